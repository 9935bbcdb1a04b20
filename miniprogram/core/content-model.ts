import type { I18nText } from './i18n';

/**
 * The four stages of the access flow (fact C-05): 注册 → 小程序信息完善 → 开发小程序 → 提交审核和发布.
 * Lessons and questions each belong to one stage.
 */
export type StageId = 'register' | 'complete' | 'develop' | 'release';

export const STAGES: readonly StageId[] = ['register', 'complete', 'develop', 'release'];

/** A source a lesson rests on, with the newest date it supports. */
export interface Source {
  readonly id: string;
  readonly title: I18nText;
  /** Where to find it; seeds are named by file, official docs by their public URL (shown, never fetched). */
  readonly where: string;
  readonly asOf: string;
}

export type CalloutKind = 'rule' | 'pitfall' | 'older' | 'tip';

/** A highlighted box in a lesson section: a key rule, a common pitfall, or an "older tutorials say…" note. */
export interface Callout {
  readonly kind: CalloutKind;
  readonly text: I18nText;
  readonly factIds: readonly string[];
}

export interface LessonSection {
  /** Unique across all lessons, e.g. `register-account.email`. */
  readonly id: string;
  readonly title: I18nText;
  /** Short paragraphs. */
  readonly paragraphs: readonly I18nText[];
  readonly callouts: readonly Callout[];
  /** Facts this section teaches. */
  readonly factIds: readonly string[];
}

/** Where a lesson's "try it in the console" button leads (a console page or a mission). */
export interface ConsoleLink {
  /** A mini program path, e.g. `/console/register/index`, or a mission ID prefixed with `mission:`. */
  readonly target: string;
  readonly label: I18nText;
}

export interface Lesson {
  readonly id: string;
  readonly stage: StageId;
  /** Position within its stage, from 1. */
  readonly order: number;
  readonly title: I18nText;
  readonly summary: I18nText;
  readonly sections: readonly LessonSection[];
  /** Source IDs. */
  readonly sources: readonly string[];
  readonly console?: ConsoleLink;
}

export type QuestionType = 'single' | 'multiple' | 'truefalse' | 'order' | 'mistake';

interface QuestionBase {
  /** Unique, stable, e.g. `q-r03-1`. */
  readonly id: string;
  readonly stage: StageId;
  readonly lessonId: string;
  readonly sectionId: string;
  readonly factIds: readonly string[];
  readonly prompt: I18nText;
  readonly explanation: I18nText;
}

export interface SingleChoiceQuestion extends QuestionBase {
  readonly type: 'single';
  readonly options: readonly I18nText[];
  /** Index into `options`. */
  readonly answer: number;
}

export interface MultipleChoiceQuestion extends QuestionBase {
  readonly type: 'multiple';
  readonly options: readonly I18nText[];
  /** Indexes into `options`, at least two. */
  readonly answer: readonly number[];
}

export interface TrueFalseQuestion extends QuestionBase {
  readonly type: 'truefalse';
  readonly answer: boolean;
}

/** "Put the steps in order": `items` are listed in the correct order; the quiz shuffles them. */
export interface OrderQuestion extends QuestionBase {
  readonly type: 'order';
  readonly items: readonly I18nText[];
}

/** A field of a filled-in form shown by a "find the mistake" question. */
export interface FormField {
  readonly label: I18nText;
  readonly value: string;
}

/** "Find the mistake": a filled-in form with exactly one invalid field. */
export interface MistakeQuestion extends QuestionBase {
  readonly type: 'mistake';
  readonly form: I18nText;
  readonly fields: readonly FormField[];
  /** Index of the invalid field. */
  readonly answer: number;
}

export type Question =
  SingleChoiceQuestion | MultipleChoiceQuestion | TrueFalseQuestion | OrderQuestion | MistakeQuestion;
