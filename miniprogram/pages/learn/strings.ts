import type { I18nText } from '../../core/i18n';

export const LEARN_STRINGS = {
  title: { zh: '学习', en: 'Learn' },
  subtitle: { zh: '小程序从注册到发布的四个阶段', en: 'The four stages from registration to release' },
  continueTitle: { zh: '继续学习', en: 'Continue where you left off' },
  continueLesson: { zh: '继续阅读', en: 'Continue reading' },
  continueQuiz: { zh: '继续答题', en: 'Continue the quiz' },
  startLesson: { zh: '开始学习', en: 'Start' },
  toPractice: { zh: '去练习', en: 'Go to Practice' },
  step: { zh: '第 {step} 步', en: 'Step {step}' },
  lessonsDone: { zh: '{done} / {total} 已学完', en: '{done} / {total} read' },
  sectionsSeen: { zh: '{seen} / {total} 节', en: '{seen} / {total} sections' },
  done: { zh: '已学完', en: 'Done' },
  best: { zh: '测验{score}', en: 'Quiz: {score}' },
} satisfies Record<string, I18nText>;

export type LearnStringKey = keyof typeof LEARN_STRINGS;
