/** The texts of WeChat verification's views (facts V-06, V-07): typed `{ zh, en }` with named parameters. */
import type { I18nText } from '../../../core/i18n';

export const VERIFICATION_TEXTS = {
  feeNoIndividuals: { zh: '{ruleSet}：个人号无法认证', en: '{ruleSet}: individuals cannot verify' },
  feeFree: { zh: '免费', en: 'Free' },
  feePerApplication: {
    zh: '每次申请 {fee} 元，审核不通过不退还',
    en: '{fee} RMB per application, not refunded if rejected',
  },
} satisfies Record<string, I18nText>;

export const VERIFICATION_VIEW_TEXTS = {
  notVerified: { zh: '未认证', en: 'Not verified' },
  underReview: { zh: '认证审核中', en: 'Under review' },
  verified: { zh: '已认证', en: 'Verified' },
  rejected: { zh: '认证未通过', en: 'Rejected' },
  expired: { zh: '认证已过期', en: 'Expired' },
  fromExpiryNoNew: { zh: '过期当天起：不能发布新版本', en: 'From expiry: no new releases' },
  fromExpiryNotFound: { zh: '过期当天起：不能被搜索到', en: 'From expiry: not found by search' },
  t30DaysAfterExpiry: { zh: '过期 30 天起：不能分享', en: '30 days after expiry: no sharing' },
  t60DaysAfterExpiry: {
    zh: '过期 60 天起：新用户不能使用、不能支付',
    en: '60 days after expiry: no new users, no payment',
  },
  validUntilDate: { zh: '有效期至 {date}', en: 'Valid until {date}' },
  methodCompanyAccount: { zh: '对公账户打款', en: 'a payment from the company account (对公账户打款)' },
  methodFaceScan: { zh: '法人扫脸', en: "the legal representative's face scan (法人扫脸)" },
  methodELicence: { zh: '电子营业执照', en: 'the electronic business licence (电子营业执照)' },
  subjectMethodsNow: {
    zh: '企业主体验证，现在的表单可选：{methods}（以表单实际显示为准）；政府、媒体、其他组织用微信认证。',
    en: 'Verifying an enterprise as registered entity: today the form offers {methods} (go by what the form shows); government, media and other organisations use WeChat verification.',
  },
  subjectMethodsOlder: {
    zh: '旧教程的写法：10 天内对公打款，或申请微信认证，二选一。',
    en: 'Older tutorials say: a small payment within 10 days, or WeChat verification — one of the two.',
  },
  annualReviewOpensDate: {
    zh: '年审于 {date} 开放（到期前 3 个月）',
    en: 'Annual review opens {date} (3 months before expiry)',
  },
  resultExpectedTimeSimulated: { zh: '预计 {time} 出结果（模拟时钟）', en: 'Result expected {time} (simulated clock)' },
  feesPaidSoFar: { zh: '已支付认证费用共 {fee} 元（模拟）', en: 'Fees paid so far: {fee} RMB (simulated)' },
} satisfies Record<string, I18nText>;
