import type { ErrorSpec } from '../kernel/errors';

/** Errors of versions: upload, review, withdrawal, release, phased release, rollback: each with its facts, the form field it concerns and its message. */
export const VERSIONS_ERRORS = {
  VERSION_FORMAT: {
    factIds: ['P-02'],
    field: 'version',
    zh: '版本号格式不对：请用数字和点，例如 1.0.0。',
    en: 'Invalid version number: use digits and dots, for example 1.0.0.',
  },
  VERSION_NOTE_TOO_LONG: {
    factIds: ['P-02'],
    field: 'note',
    zh: '项目备注最多 {max} 个字。',
    en: 'The project note may have at most {max} characters.',
  },
  UPLOAD_NOT_DEVELOPER: {
    factIds: ['P-02', 'D-09', 'M-07'],
    field: 'uploader',
    zh: '“{wechatId}”不是这个小程序的开发者，不能上传代码。请管理员先在“成员管理”里把他添加为项目成员并勾选开发者权限。',
    en: '"{wechatId}" is not a developer of this mini program and cannot upload code. The administrator must first add them as a project member with the developer role.',
  },
  DEV_VERSION_NOT_FOUND: {
    factIds: ['P-03'],
    field: 'uploader',
    zh: '没有这个开发版本。请先在开发者工具里上传代码。',
    en: 'There is no such development version. Upload code from the developer tools first.',
  },
  REVIEW_NEEDS_BASIC_INFO: {
    factIds: ['B-10', 'C-05'],
    zh: '提交审核前要先完善小程序信息，还缺：{missing}。请到“设置 → 基本设置”填写。',
    en: 'Complete the mini program info before review; still missing: {missing}. Fill it in under 设置 → 基本设置.',
  },
  REVIEW_NEEDS_CATEGORY: {
    factIds: ['B-07', 'B-10'],
    zh: '提交审核前需要至少一个状态为“已通过”的服务类目。',
    en: 'Submitting for review needs at least one approved service category.',
  },
  REVIEW_NEEDS_MAIN_CATEGORY: {
    factIds: ['B-07'],
    zh: '提交审核前需要设置主营类目（自 2022 年 6 月起的要求）。',
    en: 'Submitting for review needs a main category (required since June 2022).',
  },
  PUBLISH_NEEDS_FILING: {
    factIds: ['V-02', 'V-01'],
    zh: '小程序还没有完成备案（当前：{stage}）。自 2023 年 9 月 1 日起，未上架的小程序须完成备案后才可上架（发布）。请先到“小程序备案”完成备案；提交审核不受影响。',
    en: 'The mini program is not filed yet (now: {stage}). Since 1 September 2023 a mini program must finish filing before it can go online (publish). Complete filing first; submitting for review is not affected.',
  },
  REVIEW_NEEDS_SUBJECT_VERIFIED: {
    factIds: ['I-10'],
    zh: '主体还没有完成验证（{status}）。请先完成对公打款或微信认证。',
    en: 'The registered entity is not verified yet ({status}). Finish the small payment or WeChat verification first.',
  },
  REVIEW_IN_PROGRESS: {
    factIds: ['P-04'],
    zh: '已有版本 {version} 在审核中，同一时间只能有一个版本在审核。如需改交新版本，请先撤回审核。',
    en: 'Version {version} is already in review and only one version can be in review at a time. Withdraw it first to submit another.',
  },
  WITHDRAW_NOTHING: {
    factIds: ['P-04'],
    zh: '没有正在审核中的版本可以撤回。',
    en: 'No version is in review, so there is nothing to withdraw.',
  },
  WITHDRAW_LIMIT_DAY: {
    factIds: ['P-04'],
    zh: '今天的撤回次数（{limit} 次）已用完，明天 0 点恢复。',
    en: "Today's withdrawals ({limit}) are used up; they reset at midnight.",
  },
  WITHDRAW_LIMIT_MONTH: {
    factIds: ['P-04'],
    zh: '本月的撤回次数（{limit} 次）已用完，下月 1 日恢复。',
    en: "This month's withdrawals ({limit}) are used up; they reset on the 1st.",
  },
  PUBLISH_NOTHING: {
    factIds: ['P-05'],
    zh: '没有审核通过、等待发布的版本。请先提交审核。',
    en: 'No version has passed review and is waiting to be published. Submit one for review first.',
  },
  PUBLISH_NOT_PASSED: {
    factIds: ['P-05'],
    zh: '版本 {version} 还不能发布：{status}。只有审核通过的版本才能点“发布”。',
    en: 'Version {version} cannot be published yet: {status}. Only a version that passed review can be published.',
  },
  PUBLISH_BLOCKED_VERIFICATION_EXPIRED: {
    factIds: ['V-07'],
    zh: '微信认证已过期，不能发布新版本。请先完成年审。',
    en: 'WeChat verification has expired, which blocks new releases. Complete the annual review first.',
  },
  PHASED_PERCENT_INVALID: {
    factIds: ['P-06'],
    field: 'percent',
    zh: '分阶段发布的比例应为 1–100 之间的整数，且大于当前比例（{current}%）。',
    en: 'A phased release percentage is a whole number from 1 to 100, above the current one ({current}%).',
  },
  PHASED_NOT_RUNNING: {
    factIds: ['P-06'],
    zh: '当前没有进行中的分阶段发布。',
    en: 'No phased release is running.',
  },
  PHASED_NEEDS_ONLINE: {
    factIds: ['P-06'],
    field: 'percent',
    zh: '小程序还没有线上版本，不能分阶段发布（错误码 85079）。第一个版本请全量发布（100%）。',
    en: 'The mini program has no online version yet, so it cannot be released in phases (error 85079). Publish the first version to everyone (100%).',
  },
  ROLLBACK_DURING_PHASED: {
    factIds: ['P-06'],
    zh: '现网正在分阶段发布（{percent}%），不能进行版本回退（错误码 87011）。请先把发布比例调到 100% 或发布新版本。',
    en: 'A phased release is running ({percent}%), so the version cannot be rolled back (error 87011). Widen it to 100% or publish a new version first.',
  },
  ROLLBACK_ONCE: {
    factIds: ['P-06'],
    zh: '已经回退过一次，不能再次回退（错误码 87012）。下次发布新版本后才能再回退。',
    en: 'The version was already rolled back once and cannot be rolled back again (error 87012) until a new version is published.',
  },
  ROLLBACK_NOTHING: {
    factIds: ['P-06'],
    zh: '没有可以回退的上一个线上版本（只能回退到上一个版本一次）。',
    en: 'There is no previous online version to roll back to (you can roll back to the previous version once).',
  },
} satisfies Record<string, ErrorSpec>;
