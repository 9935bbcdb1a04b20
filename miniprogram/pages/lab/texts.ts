// What the mission map on the 实操 tab says (zh + en).
import type { I18nText } from '../../core/i18n';

export const MAP_TEXT = {
  new: { zh: '未开始', en: 'New' },
  started: { zh: '进行中', en: 'Started' },
  solved: { zh: '已完成', en: 'Solved' },
  solvedDetail: {
    zh: '最少 {best} 步（参考 {par} 步）· 提示 {hints} 个 · 最佳用时 {time}',
    en: 'Best {best} actions (par {par}) · {hints} hints · best time {time}',
  },
  startedDetail: { zh: '目标 {met}/{total} · 已用 {actions} 步', en: 'Goals {met}/{total} · {actions} actions' },
  stageSolved: { zh: '已完成 {solved}/{total}', en: '{solved}/{total} solved' },
  newDetail: { zh: '参考 {par} 步', en: 'Par {par} actions' },
  mine: { zh: '我的任务', en: 'My missions' },
  failedDetail: {
    zh: '上次失败了：回到任务撤销一步或重新开始',
    en: 'The last run failed: open it to undo or start again',
  },
} satisfies Record<string, I18nText>;
