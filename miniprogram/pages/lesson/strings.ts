import type { CalloutKind } from '../../core/content-model';
import type { I18nText } from '../../core/i18n';

export const LESSON_STRINGS = {
  notFound: { zh: '找不到这节课。', en: 'This lesson was not found.' },
  back: { zh: '返回', en: 'Back' },
  step: { zh: '第 {step} 步 · {stage}', en: 'Step {step} · {stage}' },
  sections: { zh: '小节', en: 'Sections' },
  prev: { zh: '上一节', en: 'Previous' },
  next: { zh: '下一节', en: 'Next section' },
  nextLesson: { zh: '下一课', en: 'Next lesson' },
  done: { zh: '本课已读完', en: 'Lesson read' },
  datedNote: {
    zh: '本节部分内容依据的资料截至 {dates}，之后可能已有变化。',
    en: 'Part of this section rests on sources as of {dates}; it may have changed since.',
  },
  sources: { zh: '资料来源', en: 'Sources' },
  asOf: { zh: '截至', en: 'as of' },
  tryConsole: { zh: '去模拟后台试一试', en: 'Try it in the console' },
  practice: { zh: '练一练：{title} ›', en: 'Practise it: {title} ›' },
  comingSoon: { zh: '即将开放', en: 'Coming soon' },
  takeQuiz: { zh: '做本课测验', en: 'Take the quiz' },
  quizCount: { zh: '做本课测验 · {count} 题', en: 'Take the quiz · {count} questions' },
  progress: { zh: '已读 {seen} / {total}', en: 'Read {seen} / {total}' },
  seen: { zh: '已读', en: 'Read' },
  notSeen: { zh: '未读', en: 'Not read' },
} satisfies Record<string, I18nText>;

export type LessonStringKey = keyof typeof LESSON_STRINGS;

export const CALLOUT_LABELS: Readonly<Record<CalloutKind, I18nText>> = {
  rule: { zh: '规则', en: 'Rule' },
  pitfall: { zh: '易错点', en: 'Pitfall' },
  older: { zh: '旧教程里是这样写的', en: 'Older tutorials say' },
  tip: { zh: '提示', en: 'Tip' },
};
