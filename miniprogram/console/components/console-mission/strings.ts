import type { I18nText } from '../../../core/i18n';

/** The mission checklist's texts. */
export const MISSION_STRINGS = {
  mission: { zh: '任务', en: 'Mission' },
  goals: { zh: '目标 {met}/{total}', en: 'Goals {met}/{total}' },
  completed: { zh: '任务完成！', en: 'Mission complete!' },
  failed: { zh: '任务失败：{reason}', en: 'Mission failed: {reason}' },
  actions: { zh: '已用 {actions} 步（参考 {par} 步）', en: '{actions} actions so far (par {par})' },
  hint: { zh: '提示（{used}/{total}）', en: 'Hint ({used}/{total})' },
  noMoreHints: { zh: '没有更多提示了', en: 'No more hints' },
  undo: { zh: '撤销上一步', en: 'Undo the last action' },
  reset: { zh: '重新开始', en: 'Start again' },
  resetTitle: { zh: '重新开始这个任务？', en: 'Start this mission again?' },
  resetBody: {
    zh: '回到任务开始时的状态，已做的操作都会撤销。已用的提示仍然计数。',
    en: 'Back to the start of the mission: every action is taken back. Hints already used still count.',
  },
  solution: { zh: '查看参考解法', en: 'Show the solution' },
  solutionTitle: { zh: '查看参考解法？', en: 'Show the solution?' },
  solutionBody: {
    zh: '会显示完成这个任务的参考步骤，并记在本次成绩里。先试试提示？',
    en: 'This shows the reference steps for this mission and is noted in your result. Try a hint first?',
  },
  solutionConfirm: { zh: '显示', en: 'Show' },
  noSolution: {
    zh: '这个任务来自分享码，分享码不附带参考解法。',
    en: 'This mission came from a share code, and share codes carry no solution.',
  },
  result: { zh: '查看成绩', en: 'See the result' },
} satisfies Record<string, I18nText>;

export type MissionStringKey = keyof typeof MISSION_STRINGS;
