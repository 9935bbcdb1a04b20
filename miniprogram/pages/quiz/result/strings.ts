import type { I18nText } from '../../../core/i18n';

export const RESULT_STRINGS = {
  title: { zh: '测验结果', en: 'Result' },
  correctCount: { zh: '答对', en: 'Right' },
  time: { zh: '用时', en: 'Time' },
  timedOut: { zh: '时间到，未答的题记 0 分。', en: 'Time ran out; unanswered questions score 0.' },
  byStage: { zh: '各阶段得分', en: 'By stage' },
  wrongOnes: { zh: '需要再看看的题', en: 'Questions to look at again' },
  allRight: { zh: '全部答对，太棒了！', en: 'All right. Well done!' },
  retryWrong: { zh: '重做错题', en: 'Retry the wrong ones' },
  again: { zh: '再测一次', en: 'Take it again' },
  toPractice: { zh: '返回练习', en: 'Back to Practice' },
  toBook: { zh: '打开错题本', en: 'Open the wrong-answer book' },
  nothing: { zh: '还没有测验结果。', en: 'No result yet.' },
  partialRule: {
    zh: '多选题部分正确计 0.5 分，但仍算作需要再看的题。',
    en: 'Partly right multiple-choice answers earn 0.5 but still count as questions to look at again.',
  },
} satisfies Record<string, I18nText>;

export type ResultStringKey = keyof typeof RESULT_STRINGS;
