/**
 * What the learner is told about their saved data (zh + en): why something could not be read, what was kept, why a
 * write failed and what to do. Used by core/storage/envelope.ts, services/storage.ts and the pages' notices.
 */
import type { I18nText } from '../i18n';
import type { DecodeProblem, SaveProblem } from './envelope';

export const STORAGE_TEXTS = {
  progressNoticeTitle: { zh: '学习记录无法读取', en: 'Progress could not be read' },
  consoleNoticeTitle: { zh: '模拟控制台的存档无法读取', en: 'The console save could not be read' },
  saveFailedTitle: { zh: '未能保存进度', en: 'Progress not saved' },
  startingAfresh: { zh: '现已从头开始', en: 'you are starting afresh' },
  allKept: { zh: '能读取的内容均已保留', en: 'everything readable was kept' },
  dropped: {
    zh: '无法读取的 {count} {records}已略去（{named}{more}），其余内容均已保留',
    en: '{count} unreadable {records} left out ({named}{more}); everything else was kept',
  },
  recordOne: { zh: '项', en: 'record was' },
  recordMany: { zh: '项', en: 'records were' },
  droppedMore: { zh: ' 等另外 {n} 项', en: ' and {n} more' },
  backedUp: {
    zh: '{what}。{kept}。原数据已备份（{backup}），可在“我的 → 数据备份”中恢复或删除。',
    en: '{what}: {kept}. The original was backed up ({backup}); restore or delete it under Me → Data backups.',
  },
  notBackedUp: {
    zh: '{what}。{kept}。原数据未能备份（存储空间可能已满），在腾出空间之前不会覆盖它：请到“我的 → 数据备份”删除不需要的备份，或清理微信存储空间。',
    en: '{what}: {kept}. The original could not be backed up (storage may be full), so it will not be overwritten until there is room: delete backups you do not need under Me → Data backups, or free WeChat storage.',
  },
} satisfies Record<string, I18nText>;

export const DECODE_PROBLEM_TEXTS: Readonly<Record<DecodeProblem, I18nText>> = {
  unparsable: { zh: '保存的数据已损坏，无法读取', en: 'The saved data is damaged and cannot be read' },
  'wrong-shape': { zh: '保存的数据格式无法识别', en: 'The saved data has a format this app does not recognise' },
  'newer-schema': {
    zh: '保存的数据来自更新版本的小程序',
    en: 'The saved data was written by a newer version of this app',
  },
  'migration-failed': { zh: '旧版本的数据无法升级', en: 'Data from an older version could not be upgraded' },
  invalid: { zh: '保存的数据内容不完整或有误', en: 'The saved data is incomplete or invalid' },
};

export const SAVE_PROBLEM_TEXTS: Readonly<Record<SaveProblem, I18nText>> = {
  'too-large': {
    zh: '这份数据超过了微信单项存储 1 MB 的上限，所以没有保存（本次使用期间仍在内存里）。删除其他数据无济于事：请缩小这一项，例如在“实操”中重置沙盒，或在“我的”中清空学习进度。',
    en: 'This data is larger than the 1 MB WeChat allows per item, so it was not saved (it stays in memory while the app is open). Deleting other data will not help: make this item smaller, e.g. reset the sandbox in Lab, or reset progress in Me.',
  },
  'storage-full': {
    zh: '小程序的存储空间（共 10 MB）已满，这一步没有保存（本次使用期间仍在内存里，关闭小程序后会丢失）。请到“我的 → 数据备份”删除不需要的备份，或清理微信存储空间，然后再操作一次。',
    en: 'The mini program’s storage (10 MB in all) is full, so this step was not saved (it stays in memory until the app closes). Delete backups you do not need under Me → Data backups, or free WeChat storage, then do it again.',
  },
  unavailable: {
    zh: '手机存储暂时不可用，这一步没有保存（本次使用期间仍在内存里，关闭小程序后会丢失）。请稍后再试。',
    en: 'Storage on this phone is unavailable right now, so this step was not saved (it stays in memory until the app closes). Try again later.',
  },
  'backup-pending': {
    zh: '之前无法读取的数据还没能备份，为了不覆盖它，新的进度暂不保存（本次使用期间仍在内存里）。请到“我的 → 数据备份”删除不需要的备份，或清理微信存储空间。',
    en: 'Data that could not be read earlier has not been backed up yet, so new progress is not saved over it (it stays in memory while the app is open). Delete backups you do not need under Me → Data backups, or free WeChat storage.',
  },
};

export const RESTORE_PROBLEM_TEXTS: Readonly<Record<'unreadable' | 'missing', I18nText>> = {
  unreadable: {
    zh: '这份备份里没有这个版本能读取的内容，所以没有恢复。它仍然保留着，以后的版本也许能读取。',
    en: 'Nothing in this backup can be read by this version, so nothing was restored. It is kept: a later version may read it.',
  },
  missing: { zh: '这份备份已经不存在了。', en: 'This backup no longer exists.' },
};
