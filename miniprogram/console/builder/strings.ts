import type { I18nText } from '../../core/i18n';

export const BUILDER_STRINGS = {
  titleZhPlaceholder: { zh: '例如 找回丢失的 AppSecret', en: 'e.g. 找回丢失的 AppSecret' },
  titleEnPlaceholder: { zh: '可不填，例如 Recover a lost AppSecret', en: 'Optional, e.g. Recover a lost AppSecret' },
  briefingZhPlaceholder: {
    zh: '例如 AppSecret 忘了：重置它，让服务器用上新的。',
    en: 'e.g. AppSecret 忘了：重置它，让服务器用上新的。',
  },
  briefingEnPlaceholder: {
    zh: '可不填，例如 The AppSecret is lost: reset it and put the new one on the server.',
    en: 'Optional, e.g. The AppSecret is lost: reset it and put the new one on the server.',
  },
  hintsPlaceholder: {
    zh: '一行一个提示，例如 开发管理 → 开发设置',
    en: 'One hint a line, e.g. 开发管理 → 开发设置 (development settings)',
  },
  title: { zh: '任务编辑器', en: 'Mission builder' },
  intro: {
    zh: '选一个起点，在控制台里把任务做一遍；回到这里，从变化中勾选目标，写上标题、说明和提示，试玩检查后保存。',
    en: 'Pick a start, do the mission once in the console, come back, tick goals from what changed, add a title, briefing and hints, test-play it and save.',
  },
  startTitle: { zh: '① 起点', en: '① Start' },
  sandbox: { zh: '当前的自由模拟', en: 'The current free sandbox' },
  sandboxSummary: {
    zh: '从自由模拟现在的状态开始：注册、邮箱、小程序、手机里的短信和扫码、谁登录着都带过去；之前的操作记录不带过去。',
    en: 'Start from the sandbox as it is now: registration, mailbox, mini programs, the phone’s messages and scans, and who is logged in are carried over; the history of earlier actions is not.',
  },
  record: { zh: '去控制台录制', en: 'Record in the console' },
  recordedTitle: { zh: '② 录制', en: '② Recording' },
  recorded: { zh: '已录制 {count} 步（起点：{start}）', en: '{count} actions recorded (start: {start})' },
  keepRecording: { zh: '继续录制', en: 'Keep recording' },
  discard: { zh: '放弃草稿', en: 'Discard the draft' },
  discardTitle: { zh: '放弃这个草稿？', en: 'Discard this draft?' },
  discardBody: {
    zh: '录制的操作和填写的内容都会删除。',
    en: 'The recorded actions and everything typed here are deleted.',
  },
  goalsTitle: { zh: '③ 目标（从变化中勾选）', en: '③ Goals (tick from what changed)' },
  noProposals: {
    zh: '还没有任何变化：先去控制台录制几步。',
    en: 'Nothing has changed yet: record a few actions in the console first.',
  },
  textsTitle: { zh: '④ 标题、说明与提示', en: '④ Title, briefing and hints' },
  titleZh: { zh: '标题（中文）', en: 'Title (Chinese)' },
  titleEn: { zh: '标题（英文，可不填）', en: 'Title (English, optional)' },
  briefingZh: { zh: '说明（中文）', en: 'Briefing (Chinese)' },
  briefingEn: { zh: '说明（英文，可不填）', en: 'Briefing (English, optional)' },
  hints: { zh: '提示（中文，每行一条）', en: 'Hints (Chinese, one per line)' },
  hintsEn: {
    zh: '提示（英文，可不填，与中文逐行对应）',
    en: 'Hints (English, optional, line by line with the Chinese)',
  },
  hintsEnPlaceholder: {
    zh: '可不填，例如 Development → Development settings',
    en: 'Optional, e.g. Development → Development settings',
  },
  hintsEnMissing: {
    zh: '有 {count} 条提示没有英文：英文界面会显示中文原文。',
    en: '{count} hints have no English: the English interface shows the Chinese.',
  },
  forbid: { zh: '设为禁止', en: 'Forbid' },
  forbidden: { zh: '禁止', en: 'Forbidden' },
  forbidHelp: {
    zh: '勾选 ☑ 的是目标；标为“禁止”的一旦出现任务就失败（录制时先做对，最后再做错的一步，就能在这里选到它）。',
    en: 'Ticked ☑ items are goals; one marked Forbidden fails the mission as soon as it happens (record the right play first, then the wrong step last, to find it here).',
  },
  factsTitle: { zh: '⑤ 任务涉及的知识点', en: '⑤ Facts the mission rests on' },
  factsHelp: {
    zh: '下面是录制中的操作涉及的知识点，完成页会列出勾选的知识点。',
    en: 'These are the facts the recorded play touched; the completion screen lists the ticked ones.',
  },
  noFacts: { zh: '录制的操作没有涉及知识点。', en: 'The recorded play touched no fact.' },
  otherFacts: { zh: '其他知识点编号（可不填）', en: 'Other fact ids (optional)' },
  otherFactsPlaceholder: { zh: '例如 R-03, I-05', en: 'e.g. R-03, I-05' },
  stage: { zh: '阶段', en: 'Stage' },
  test: { zh: '试玩检查', en: 'Test-play' },
  testPassed: {
    zh: '检查通过：按录制的操作重放，第 {par} 步时全部目标同时达成（参考步数 {par}，共录制 {recorded} 步）。',
    en: 'Passed: replaying the recording meets every goal together at action {par} (par {par}; {recorded} recorded).',
  },
  save: { zh: '保存到我的任务', en: 'Save to my missions' },
} satisfies Record<string, I18nText>;

export type BuilderStringKey = keyof typeof BUILDER_STRINGS;
