import type { I18nText } from '../../core/i18n';

export const LAB_STRINGS = {
  title: { zh: '实操', en: 'Lab' },
  classroom: { zh: '课堂：老师的作业 / 交作业', en: "Classroom: your teacher's assignment / hand in" },
  subtitle: {
    zh: '在模拟的小程序管理后台里亲手走一遍',
    en: 'Do it yourself in a simulated mini program admin console',
  },
  badge: { zh: '模拟环境 · 请勿填写真实信息', en: 'Simulation · never type real personal data' },
  showIntro: { zh: '什么是模拟控制台？', en: 'What is the simulated console?' },
  hideIntro: { zh: '收起说明', en: 'Hide' },
  intro: {
    zh: '实操页模拟 mp.weixin.qq.com 的注册与管理流程：所有数据只保存在本机，不会发送到任何地方。表单都有“填入示例数据”按钮，请使用虚构数据。',
    en: 'The lab simulates the registration and admin flow of mp.weixin.qq.com. Everything stays on this device. Every form has a "fill in sample data" button: use made-up data only.',
  },
  currentTitle: { zh: '当前模拟', en: 'Current sandbox' },
  scenario: { zh: '场景', en: 'Scenario' },
  ruleSet: { zh: '规则集', en: 'Rule set' },
  clock: { zh: '模拟时间', en: 'Simulated time' },
  where: { zh: '进度', en: 'Where you are' },
  continue: { zh: '继续实操', en: 'Continue' },
  reset: { zh: '重置模拟', en: 'Reset the sandbox' },
  resetTitle: { zh: '重置模拟？', en: 'Reset the sandbox?' },
  resetBody: {
    zh: '当前模拟里的注册、设置和版本都会被清除，无法恢复。学习记录不受影响。',
    en: 'Everything in this sandbox (registrations, settings, versions) is deleted for good. Your learning progress is kept.',
  },
  resetDone: { zh: '已重置', en: 'Reset' },
  newTitle: { zh: '开始新的模拟', en: 'Start a new sandbox' },
  noWorld: {
    zh: '还没有模拟。选一个场景开始：“从零开始”会带你走完整的注册流程。',
    en: 'No sandbox yet. Pick a scenario: "Start from scratch" takes you through the whole registration.',
  },
  pickScenario: { zh: '选择场景', en: 'Choose a scenario' },
  pickRules: { zh: '选择规则集', en: 'Choose the rule set' },
  start: { zh: '开始', en: 'Start' },
  replaceTitle: { zh: '替换当前模拟？', en: 'Replace the current sandbox?' },
  replaceBody: {
    zh: '开始新的模拟会清除当前模拟里的所有进度。',
    en: 'Starting a new sandbox deletes everything in the current one.',
  },
  confirmStart: { zh: '开始', en: 'Start' },
  missionsTitle: { zh: '任务地图', en: 'Mission map' },
  missionsIntro: {
    zh: '每个任务是控制台里的一件具体事情，有目标清单、提示和参考步数。每个任务有自己的存档，不会影响自由模拟。',
    en: 'Each mission is one concrete job in the console, with a goal checklist, hints and a par. Each has its own save and never touches the free sandbox.',
  },
  resume: { zh: '继续任务：{title}', en: 'Continue: {title}' },
  replayTitle: { zh: '再玩一次？', en: 'Play it again?' },
  replayBody: {
    zh: '这个任务已经完成。重新开始会清除它的存档（成绩记录保留），其他任务和自由模拟不受影响。',
    en: 'You solved this mission. Starting again clears its save (your best figures are kept); other missions and the sandbox are not touched.',
  },
  replay: { zh: '重新开始', en: 'Start again' },
  missionCodes: { zh: '任务码：导入与分享', en: 'Mission codes: import and share' },
  missionBuilder: { zh: '任务编辑器（教师用）', en: 'Mission builder (for teachers)' },
  sandboxTitle: { zh: '自由模拟', en: 'Free sandbox' },
  allScenarios: { zh: '显示全部 {count} 个场景', en: 'Show all {count} scenarios' },
  fewerScenarios: { zh: '收起场景列表', en: 'Show fewer scenarios' },
} satisfies Record<string, I18nText>;

export type LabStringKey = keyof typeof LAB_STRINGS;
