import type { I18nText } from '../../core/i18n';

export const PRACTICE_STRINGS = {
  title: { zh: '练习', en: 'Practice' },
  subtitle: { zh: '测验、错题本与模拟考试', en: 'Quizzes, the wrong-answer book and the exam' },
  resumeTitle: { zh: '有一份未完成的测验', en: 'You have an unfinished quiz' },
  resume: { zh: '继续答题', en: 'Continue' },
  book: { zh: '错题本', en: 'Wrong-answer book' },
  bookLine: { zh: '共 {size} 道，今天待复习 {due} 道', en: '{size} in the book, {due} due today' },
  bookEmpty: { zh: '还没有错题', en: 'No wrong answers yet' },
  review: { zh: '开始复习', en: 'Review now' },
  openBook: { zh: '打开错题本', en: 'Open the book' },
  exam: { zh: '模拟考试', en: 'Exam' },
  examRules: {
    zh: '{count} 道题，覆盖四个阶段，限时 {minutes} 分钟，{pass}% 及格',
    en: '{count} questions across the four stages, {minutes} minutes, pass mark {pass}%',
  },
  examHistory: { zh: '已考 {taken} 次 · {best} · 上次 {last}', en: '{taken} taken · {best} · last {last}' },
  startExam: { zh: '开始考试', en: 'Start the exam' },
  mixed: { zh: '随机练习', en: 'Mixed practice' },
  mixedLine: { zh: '从全部题库随机抽 {count} 题', en: '{count} random questions from the whole bank' },
  startMixed: { zh: '随机来 {count} 题', en: 'Start {count} questions' },
  byStage: { zh: '按阶段测验', en: 'Quiz by stage' },
  byLesson: { zh: '按课程测验', en: 'Quiz by lesson' },
  partialRule: { zh: '计分：', en: 'Scoring: ' },
} satisfies Record<string, I18nText>;

export type PracticeStringKey = keyof typeof PRACTICE_STRINGS;
