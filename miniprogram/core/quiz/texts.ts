// What the quiz shows about questions and answers (zh + en).
import type { QuestionType } from '../content-model';
import type { I18nText } from '../i18n';

export const TYPE_LABELS: Readonly<Record<QuestionType, I18nText>> = {
  single: { zh: '单选题', en: 'Single choice' },
  multiple: { zh: '多选题', en: 'Multiple choice' },
  truefalse: { zh: '判断题', en: 'True or false' },
  order: { zh: '排序题', en: 'Put in order' },
  mistake: { zh: '找错题', en: 'Find the mistake' },
};

export const TRUE_FALSE_LABELS: Readonly<Record<'true' | 'false', I18nText>> = {
  true: { zh: '正确', en: 'True' },
  false: { zh: '错误', en: 'False' },
};

/** What the quiz screen says about an answer: hints per question type, the verdict, and the wrong-answer book. */
export const QUIZ_SCREEN_TEXT = {
  orderHint: {
    zh: '按正确顺序依次点击各步骤；点已选的步骤可撤回。',
    en: 'Tap the steps in the right order; tap a placed step to take it back.',
  },
  mistakeHint: { zh: '点出填错的那一栏。', en: 'Tap the field that is filled in wrongly.' },
  multipleHint: { zh: '可多选，选好后点"提交"。', en: 'Choose all that apply, then tap Submit.' },
  correct: { zh: '回答正确', en: 'Correct' },
  partial: { zh: '部分正确', en: 'Partly right' },
  wrong: { zh: '回答错误', en: 'Not right' },
  bookAdded: {
    zh: '已加入错题本，会按计划再出现。',
    en: 'Added to your wrong-answer book; it will come back on a schedule.',
  },
  bookLapsed: {
    zh: '又答错了，复习进度清零，很快会再出现。',
    en: 'Wrong again: its review streak starts over and it will come back soon.',
  },
  bookAdvanced: {
    zh: '按计划答对了，复习进度 {streak}/{total}',
    en: 'Right on schedule; review progress {streak}/{total}',
  },
  bookGraduated: { zh: '已连续按计划答对，移出错题本！', en: 'Right on schedule enough times: it leaves the book!' },
  bookEarly: {
    zh: '答对了，但还没到复习时间，不计入复习进度。',
    en: 'Right, but before its review date, so it does not count yet.',
  },
} satisfies Record<string, I18nText>;

/** How each question type is scored (grading.ts fills the multiple-choice credits: SCORING_RULES). */
export const SCORING_TEXTS: Readonly<Record<QuestionType, I18nText>> = {
  single: { zh: '单选题：选对得 1 分，选错得 0 分。', en: 'Single choice: 1 point if right, 0 if wrong.' },
  multiple: {
    zh: '多选题：全部选对得 {all} 分；只选了部分正确选项且没有错选得 {some} 分；选了任何错误选项得 {wrong} 分。',
    en: 'Multiple choice: {all} point for all the right options; {some} for some right options and no wrong one; {wrong} if any wrong option is chosen.',
  },
  truefalse: { zh: '判断题：判断正确得 1 分。', en: 'True or false: 1 point if right.' },
  order: {
    zh: '排序题：依次点击各步骤排出顺序，完全正确得 1 分，否则 0 分。',
    en: 'Ordering: tap the steps in order; 1 point if the whole order is right, otherwise 0.',
  },
  mistake: {
    zh: '找错题：点出表单中唯一填错的一栏，找对得 1 分。',
    en: 'Find the mistake: tap the one invalid field in the form; 1 point if right.',
  },
};
