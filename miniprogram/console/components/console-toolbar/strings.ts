import type { I18nText } from '../../../core/i18n';

/** The sandbox toolbar's texts (console labels marked `bilingual`). */
export const TOOLBAR_STRINGS = {
  sandbox: { zh: '模拟环境 · 请勿填写真实信息', en: 'Simulation · never type real personal data' },
  toggle: { zh: '展开或收起模拟工具', en: 'Open or close the simulation tools' },
  simulatedTime: { zh: '模拟时间', en: 'Simulated time', bilingual: true },
  nextDue: { zh: '跳到下一个定时变化（{time}）', en: 'Jump to the next timed change ({time})' },
  ruleSet: { zh: '规则集', en: 'Rule set', bilingual: true },
  eventLog: { zh: '事件日志', en: 'Event log', bilingual: true },
  noLog: { zh: '暂无记录', en: 'Nothing yet' },
  why: { zh: '为什么？', en: 'Why?' },
  close: { zh: '收起', en: 'Close', bilingual: true },
} satisfies Record<string, I18nText>;
