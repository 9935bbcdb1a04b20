/** The mission builder's texts (console/missions/builder.ts): the draft, goal labels and what is wrong with a form. */
import type { I18nText } from '../../../core/i18n';
import type { SelectorName } from './model';

export const BUILDER_TEXTS = {
  draftTitle: { zh: '任务草稿（录制中）', en: 'Mission draft (recording)' },
  /** The draft's only goal while recording: it is never met, so the recording never ends. */
  recordingGoal: {
    zh: '在控制台里操作，做完后回到任务编辑器',
    en: 'Play in the console, then go back to the mission builder',
  },
  goalIs: { zh: '{what}：{where} 为 {value}', en: '{what}: {where} is {value}' },
  goalHas: { zh: '{what}：{where} 包含 {value}', en: '{what}: {where} has {value}' },
  goalLogged: { zh: '控制台记录了 {type}', en: 'The console logged {type}' },
  titleMissing: { zh: '请填写任务标题', en: 'Give the mission a title' },
  titleTooLong: { zh: '标题最多 {max} 个字', en: 'The title can have at most {max} characters' },
  briefingMissing: { zh: '请写一段任务说明：学生要做成什么', en: 'Write a briefing: what the student must achieve' },
  briefingTooLong: { zh: '说明最多 {max} 个字', en: 'The briefing can have at most {max} characters' },
  hintsTooMany: { zh: '提示最多 {max} 条（每行一条）', en: 'At most {max} hints (one per line)' },
  hintTooLong: { zh: '每条提示最多 {max} 个字', en: 'Each hint can have at most {max} characters' },
  goalsNone: { zh: '请至少勾选一个目标', en: 'Tick at least one goal' },
  goalsTooMany: { zh: '目标最多 {max} 个', en: 'At most {max} goals' },
  playNone: {
    zh: '还没有录制任何操作：先去控制台里做一遍',
    en: 'Nothing recorded yet: play it in the console first',
  },
  playTooLong: {
    zh: '录制的操作超过 {max} 步：请从头录制更短的一遍',
    en: 'More than {max} actions recorded: record a shorter play',
  },
  unsolvable: {
    zh: '按录制的操作重放，勾选的目标没有同时达成：请重新录制',
    en: 'Replaying the recorded actions does not meet the ticked goals together: record again',
  },
  startMeetsAll: { zh: '起始状态已经满足全部目标', en: 'The start already meets every goal' },
  tooBig: {
    zh: '任务太大，放不进任务码：请缩短说明和提示，或少勾选几个目标',
    en: 'The mission is too big for a share code: shorten the briefing and hints, or tick fewer goals',
  },
  libraryFull: {
    zh: '“我的任务”最多保存 {max} 个：请先删除不再需要的任务。',
    en: '"My missions" holds at most {max}: remove one you no longer need first.',
  },
} satisfies Record<string, I18nText>;

/** What the teacher reads for each selector in a proposed goal (the console page it shows). */
export const SELECTOR_TITLES: Readonly<Record<SelectorName, I18nText>> = {
  sessionView: { zh: '登录', en: 'Login' },
  registrationView: { zh: '注册', en: 'Registration' },
  inbox: { zh: '收件箱', en: 'Inbox' },
  spam: { zh: '垃圾箱', en: 'Spam' },
  phoneView: { zh: '手机', en: 'Phone' },
  quotas: { zh: '注册名额', en: 'Quotas' },
  memberSlots: { zh: '成员名额', en: 'Member slots' },
  membersView: { zh: '成员管理', en: 'Members' },
  versionsView: { zh: '版本管理', en: 'Versions' },
  reviewBlockers: { zh: '提审条件', en: 'Review blockers' },
  releaseChecklist: { zh: '发布清单', en: 'Release checklist' },
  filingStatus: { zh: '备案', en: 'Filing' },
  verificationStatus: { zh: '认证', en: 'Verification' },
  privacyStatus: { zh: '用户隐私保护指引', en: 'Privacy guide' },
  devSettingsView: { zh: '开发设置', en: 'Development settings' },
  basicInfoView: { zh: '基本设置', en: 'Basic settings' },
  clockView: { zh: '模拟时间', en: 'Clock' },
};
