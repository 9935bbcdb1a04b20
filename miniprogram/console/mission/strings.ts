import type { I18nText } from '../../core/i18n';

export const MISSION_RESULT_STRINGS = {
  completed: { zh: '任务完成', en: 'Mission complete' },
  notCompleted: { zh: '任务还没完成', en: 'The mission is not complete yet' },
  noMission: { zh: '没有找到这个任务。', en: 'This mission was not found.' },
  runTime: { zh: '本次用时', en: 'This run' },
  time: { zh: '最佳用时', en: 'Best time' },
  simulated: { zh: '模拟时间过去', en: 'Simulated time passed' },
  actions: { zh: '操作步数', en: 'Actions' },
  actionsValue: { zh: '{actions} 步（参考 {par} 步）', en: '{actions} (par {par})' },
  underPar: { zh: '达到参考步数！', en: 'At or under par!' },
  hints: { zh: '使用提示', en: 'Hints used' },
  hintsValue: { zh: '{used} / {total}', en: '{used} of {total}' },
  solutionSeen: { zh: '查看过参考解法', en: 'You looked at the solution' },
  facts: { zh: '这个任务教了你', en: 'What this mission taught' },
  next: { zh: '下一个任务：{title}', en: 'Next mission: {title}' },
  map: { zh: '返回任务地图', en: 'Back to the mission map' },
  keepPlaying: { zh: '回到任务', en: 'Back to the mission' },
  days: { zh: '{d} 天 {h} 小时', en: '{d} d {h} h' },
  hours: { zh: '{h} 小时 {m} 分', en: '{h} h {m} min' },
} satisfies Record<string, I18nText>;

export type MissionResultStringKey = keyof typeof MISSION_RESULT_STRINGS;
