import type { ErrorSpec } from '../kernel/errors';

/** Errors of WeChat verification (微信认证): each with its facts, the form field it concerns and its message. */
export const VERIFICATION_ERRORS = {
  VERIFY_NOT_FOR_INDIVIDUAL: {
    factIds: ['V-06', 'I-03'],
    zh: '在当前规则（{ruleSet}）下个人帐号无法进行微信认证。',
    en: 'Under the current rule set ({ruleSet}) individual accounts cannot apply for WeChat verification.',
  },
  VERIFY_IN_PROGRESS: {
    factIds: ['V-06'],
    zh: '微信认证正在审核中，请等待结果。',
    en: 'WeChat verification is under review; wait for the result.',
  },
  VERIFY_ALREADY_VERIFIED: {
    factIds: ['V-07'],
    zh: '已完成微信认证，有效期至 {expires}。到期前 3 个月可以申请年审。',
    en: 'Already verified until {expires}. The annual review opens 3 months before expiry.',
  },
  VERIFY_NOT_VERIFIED: {
    factIds: ['V-07'],
    zh: '还没有完成微信认证，无需年审。请先申请认证。',
    en: 'Not verified yet, so there is no annual review. Apply for verification first.',
  },
  VERIFY_ANNUAL_NOT_OPEN: {
    factIds: ['V-07'],
    zh: '年审在认证到期前 3 个月开放（{opens} 起），现在还不能申请。',
    en: 'The annual review opens 3 months before expiry (from {opens}); it is not open yet.',
  },
} satisfies Record<string, ErrorSpec>;
