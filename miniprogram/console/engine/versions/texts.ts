/** The versions area's texts for its views: typed `{ zh, en }` with named parameters. */
import type { I18nText } from '../../../core/i18n';
import type { FilingStage, SubjectStatus } from '../kernel/types';

export const VERSIONS_TEXTS = {
  underReview: { zh: '审核中', en: 'Under review' },
  passedWaitingToBe: { zh: '审核通过，待发布', en: 'Passed, waiting to be published' },
  rejected: { zh: '审核未通过', en: 'Rejected' },
  answerExpectedTimeSimulated: { zh: '预计 {time} 出结果（模拟时钟）', en: 'Answer expected {time} (simulated clock)' },
  decidedTime: { zh: '审核完成于 {time}', en: 'Decided {time}' },
  versionVSimulatedUpload: { zh: '版本 {v}：模拟上传（示例备注）', en: 'Version {v}: simulated upload (sample note)' },
} satisfies Record<string, I18nText>;

/** The nickname the console gives the CI robot that uploads with the code upload key (miniprogram-ci). */
export const CI_ROBOT_NICKNAME = 'ci机器人1';

/** Where a filing stands, as the review blockers name it. */
export const FILING_STAGE_LABELS: Readonly<Record<FilingStage, I18nText>> = {
  none: { zh: '未备案', en: 'not filed' },
  platformReview: { zh: '平台初审中', en: 'platform first review' },
  smsVerification: { zh: '待工信部短信核验', en: 'waiting for the MIIT SMS verification' },
  provincialReview: { zh: '管局审核中', en: 'provincial authority review' },
  done: { zh: '已备案', en: 'filed' },
  rejected: { zh: '备案被驳回', en: 'filing rejected' },
};

/** Where the subject's verification stands. */
export const SUBJECT_STATUS_LABELS: Readonly<Record<SubjectStatus, I18nText>> = {
  verified: { zh: '已验证', en: 'verified' },
  awaitingPayment: { zh: '等待对公打款', en: 'waiting for the small payment' },
  paymentExpired: { zh: '打款已超期', en: 'payment window passed' },
  awaitingVerification: { zh: '等待微信认证', en: 'waiting for WeChat verification' },
};

/** Why a version cannot be published yet. */
export const REVIEW_STATUS_LABELS = {
  reviewing: { zh: '还在审核中', en: 'it is still in review' },
  rejected: { zh: '审核未通过', en: 'it was rejected' },
} satisfies Record<string, I18nText>;

/** The basic-info fields a review needs, by the Chinese name the console's message lists them with. */
export const BASIC_FIELD_NAMES = { name: '名称', avatar: '头像', introduction: '介绍' } as const;
