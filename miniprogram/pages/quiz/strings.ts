import type { I18nText } from '../../core/i18n';

export const QUIZ_STRINGS = {
  progress: { zh: '进度', en: 'Progress' },
  submit: { zh: '提交', en: 'Submit' },
  next: { zh: '下一题', en: 'Next question' },
  finish: { zh: '查看结果', en: 'See the result' },
  finishEarly: { zh: '交卷', en: 'Hand in' },
  clearOrder: { zh: '重新排序', en: 'Clear the order' },
  points: { zh: '得分', en: 'Points' },
  rightAnswer: { zh: '正确答案', en: 'Right answer' },
  explanation: { zh: '解析', en: 'Explanation' },
  seeLesson: { zh: '去课程里看这一节', en: 'Read this in the lesson' },
  timeLeft: { zh: '剩余时间', en: 'Time left' },
  examNote: {
    zh: '考试中不显示对错，交卷后可查看结果。',
    en: 'No feedback during the exam: you see the result when you hand in.',
  },
  noQuestions: { zh: '这里还没有可做的题目。', en: 'There are no questions here yet.' },
  back: { zh: '返回', en: 'Back' },
  handInTitle: { zh: '交卷', en: 'Hand in' },
  handInBody: {
    zh: '还有题目没答，确定现在交卷吗？未答的题记 0 分。',
    en: 'Some questions are unanswered. Hand in now? They score 0.',
  },
  confirm: { zh: '交卷', en: 'OK' },
  cancel: { zh: '继续答题', en: 'Back' },
  timeUp: { zh: '时间到，已自动交卷', en: 'Time is up: handed in' },
} satisfies Record<string, I18nText>;

export type QuizStringKey = keyof typeof QUIZ_STRINGS;
