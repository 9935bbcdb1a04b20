import type { I18nText } from '../../core/i18n';

/** Labels of 设置 → 微信认证 (console labels: Chinese, plus English in English mode). */
export const VERIFY_STRINGS = {
  title: { zh: '微信认证', en: 'WeChat verification', bilingual: true },
  intro: {
    zh: '微信认证确认小程序主体的真实身份，有效期一年，到期前需要年审。认证后可以开通更多能力（个人主体仍不能使用微信支付等）。',
    en: 'WeChat verification confirms who the registered entity really is. It lasts a year and needs an annual review. Verified mini programs can enable more features (individuals still cannot use WeChat Pay and some others).',
  },
  notLoggedIn: { zh: '请先登录小程序管理后台', en: 'Log in to the console first', bilingual: true },
  goLogin: { zh: '去登录', en: 'Log in', bilingual: true },
  status: { zh: '认证状态', en: 'Status', bilingual: true },
  fee: { zh: '认证费用', en: 'Fee', bilingual: true },
  subjectMethods: { zh: '主体验证方式', en: 'Ways to verify the registered entity', bilingual: true },
  apply: { zh: '申请认证', en: 'Apply', bilingual: true },
  applyTitle: { zh: '申请微信认证？', en: 'Apply for WeChat verification?', bilingual: true },
  applyBody: {
    zh: '{fee}。审核约 3 天（模拟时钟），期间可以继续其他操作。',
    en: '{fee}. The review takes about 3 days (simulated clock); you can carry on meanwhile.',
  },
  applied: { zh: '已提交认证申请', en: 'Application submitted', bilingual: true },
  withFiling: {
    zh: '同时办理小程序备案（认证通过后自动进入备案）',
    en: 'File at the same time (filing starts once verification passes)',
  },
  principal: { zh: '备案负责人（主体负责人兼小程序负责人）', en: 'Filing principal (both roles)' },
  name: { zh: '姓名', en: 'Name', bilingual: true },
  emergency: { zh: '应急联系人（不能是负责人本人）', en: 'Emergency contact (not the principal)' },
  namePlaceholder: { zh: '例如：测试甲（模拟，勿填真实姓名）', en: 'e.g. 测试甲 (simulated; no real name)' },
  phonePlaceholder: { zh: '11 位手机号，例如 13800138000', en: '11 digits, e.g. 13800138000' },
  phone: { zh: '手机号码', en: 'Mobile number', bilingual: true },
  notAllowedTitle: { zh: '个人号无法认证', en: 'Individuals cannot verify', bilingual: true },
  notAllowedBody: {
    zh: '这是 2020–2023 年教程里的规则。现行规则下个人主体可以申请认证（30 元/次）：在工具栏切换到“现行规则”看看区别。',
    en: 'This is the rule of the 2020–2023 tutorials. Under the current rules individuals may verify (30 RMB each time): switch the rule set in the toolbar to compare.',
  },
  annual: { zh: '申请年审', en: 'Annual review', bilingual: true },
  annualTitle: { zh: '申请年审？', en: 'Apply for the annual review?', bilingual: true },
  skip: { zh: '快进到审核结果（模拟时钟）', en: 'Skip to the result (simulated clock)' },
  effects: { zh: '认证过期的影响', en: 'What an expired verification blocks', bilingual: true },
  overdue: { zh: '已过期 {n} 天', en: '{n} days overdue', bilingual: true },
  rejected: { zh: '认证未通过', en: 'Not approved', bilingual: true },
  feeNotRefunded: { zh: '审核不通过，费用不退还。', en: 'The fee is not refunded when rejected.', bilingual: true },
  cancel: { zh: '取消', en: 'Cancel', bilingual: true },
} satisfies Record<string, I18nText>;

export type VerifyStringKey = keyof typeof VERIFY_STRINGS;
