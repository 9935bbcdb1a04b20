// What the progress views say (zh + en).
import type { QuizMode } from '../quiz/run';
import type { I18nText } from '../i18n';

/** Durations and due dates in words. */
export const FORMAT_TEXT = {
  minutesSeconds: { zh: '{m} 分 {ss} 秒', en: '{m} min {ss} s' },
  seconds: { zh: '{s} 秒', en: '{s} s' },
  today: { zh: '今天', en: 'today' },
  tomorrow: { zh: '明天', en: 'tomorrow' },
  inDays: { zh: '{days} 天后', en: 'in {days} days' },
} satisfies Record<string, I18nText>;

export const MODE_LABELS: Readonly<Record<QuizMode, I18nText>> = {
  lesson: { zh: '课程测验', en: 'Lesson quiz' },
  stage: { zh: '阶段测验', en: 'Stage quiz' },
  mixed: { zh: '随机练习', en: 'Mixed practice' },
  exam: { zh: '模拟考试', en: 'Exam' },
  review: { zh: '错题复习', en: 'Wrong-answer review' },
  retry: { zh: '重做错题', en: 'Retry the wrong ones' },
};

/** What "continue where you left off" says. */
export const CONTINUE_TEXT = {
  answered: { zh: '已答 {answered} / {total} 题', en: '{answered} of {total} answered' },
  sectionsRead: { zh: '已读 {seen} / {total} 节', en: '{seen} of {total} sections read' },
  startHere: { zh: '从这里开始', en: 'Start here' },
  allRead: { zh: '全部课程已学完', en: 'All lessons read' },
  testYourself: { zh: '去练习里检验一下吧', en: 'Test yourself in Practice' },
} satisfies Record<string, I18nText>;
