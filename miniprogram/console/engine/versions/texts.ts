/** The versions area's texts for its views: typed `{ zh, en }` with named parameters. */
import type { I18nText } from '../../../core/i18n';

export const VERSIONS_TEXTS = {
  underReview: { zh: '审核中', en: 'Under review' },
  passedWaitingToBe: { zh: '审核通过，待发布', en: 'Passed, waiting to be published' },
  rejected: { zh: '审核未通过', en: 'Rejected' },
  answerExpectedTimeSimulated: { zh: '预计 {time} 出结果（模拟时钟）', en: 'Answer expected {time} (simulated clock)' },
  decidedTime: { zh: '审核完成于 {time}', en: 'Decided {time}' },
  versionVSimulatedUpload: { zh: '版本 {v}：模拟上传（示例备注）', en: 'Version {v}: simulated upload (sample note)' },
} satisfies Record<string, I18nText>;
