import type { I18nText } from '../../../core/i18n';

export const WRONGBOOK_STRINGS = {
  title: { zh: '错题本', en: 'Wrong-answer book' },
  subtitle: {
    zh: '答错的题会按间隔复习计划再出现，按时连续答对 3 次就会移出。',
    en: 'Questions you got wrong come back on a spaced schedule; answer one right on schedule 3 times in a row and it leaves.',
  },
  inBook: { zh: '本子里', en: 'In the book' },
  dueToday: { zh: '今天待复习', en: 'Due today' },
  review: { zh: '开始复习', en: 'Start the review' },
  nothingDue: { zh: '今天没有要复习的题', en: 'Nothing is due today' },
  empty: { zh: '错题本是空的。去练习里做几道题吧！', en: 'The book is empty. Try some quizzes in Practice!' },
  due: { zh: '复习', en: 'Review' },
  streak: { zh: '按时答对', en: 'Right on schedule' },
  mistakes: { zh: '答错次数', en: 'Times wrong' },
  show: { zh: '看答案和解析', en: 'Show the answer' },
  hide: { zh: '收起', en: 'Hide' },
  rightAnswer: { zh: '正确答案', en: 'Right answer' },
  remove: { zh: '我已掌握，移出', en: 'I know it: remove' },
  removeTitle: { zh: '移出错题本', en: 'Remove' },
  removeBody: { zh: '确定把这道题移出错题本吗？', en: 'Remove this question from the book?' },
  confirm: { zh: '移出', en: 'OK' },
  cancel: { zh: '取消', en: 'Cancel' },
  toPractice: { zh: '去练习', en: 'Go to Practice' },
} satisfies Record<string, I18nText>;

export type WrongbookStringKey = keyof typeof WRONGBOOK_STRINGS;
