import type { I18nText } from './i18n';

/**
 * The four stages of the access flow (fact C-05): 注册 → 小程序信息完善 → 开发小程序 → 提交审核和发布.
 * Lessons and questions each belong to one stage.
 */
export type StageId = 'register' | 'complete' | 'develop' | 'release';

export const STAGES: readonly StageId[] = ['register', 'complete', 'develop', 'release'];

export { STAGE_TITLES } from './texts';

/** The console routes a lesson's "try it in the console" button may open. */
export { CONSOLE_ROUTES } from './console-routes';

/** What kind of document a source is: a seed walkthrough, official documentation, or a secondary report. */
export type SourceKind = 'seed' | 'official' | 'secondary';

/** A source a lesson rests on, with the newest date it supports (generated from docs/facts.md). */
export interface Source {
  readonly id: string;
  readonly title: I18nText;
  /** Author or publisher, shown with the title and date. */
  readonly publisher: I18nText;
  /** Where to find it: a public URL (shown, never fetched) or, for the seed tutorials, a description. */
  readonly where: string;
  readonly asOf: string;
  readonly kind: SourceKind;
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
  /** The id of the built-in mission that practises this section (the lesson shows a tap that opens it). */
  readonly mission?: string;
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

/**
 * A machine-checkable rule a form field follows, so a test can prove that exactly one field of a
 * "find the mistake" form is invalid. Fields without a check are context only (always valid).
 * - `email`: an e-mail address. `password`: 8+ letters, digits or ASCII symbols.
 * - `confirmPassword`: equals the nearest earlier `password` field.
 * - `idCard`: an 18-character mainland ID number whose check digit is right (I-04).
 * - `phone`: an 11-digit mobile number starting with 1; `distinctPhone`: that, and unlike every earlier phone in the form (V-04).
 * - `smsCode`: 6 digits (I-04). `agreement`: ticked, shown as ☑.
 * - `requestDomain` / `socketDomain`: an https:// or wss:// domain, not an IP, not localhost, not api.weixin.qq.com; a port is allowed (D-07).
 * - `intro`: 4–120 characters (B-06). `appName`: no "小程序" or "微信" keyword (B-03).
 * - `avatar`: `name.ext · N MB` with ext BMP/JPEG/JPG/GIF/PNG and N ≤ 2 (B-05).
 * - `atMost5`: a whole number from 0 to 5 (B-07, I-05, I-06, I-07).
 */
export type FieldCheck =
  | 'email'
  | 'password'
  | 'confirmPassword'
  | 'idCard'
  | 'phone'
  | 'distinctPhone'
  | 'smsCode'
  | 'agreement'
  | 'requestDomain'
  | 'socketDomain'
  | 'intro'
  | 'appName'
  | 'avatar'
  | 'atMost5';

/** A field of a filled-in form shown by a "find the mistake" question. */
export interface FormField {
  readonly label: I18nText;
  readonly value: string;
  /** Optional rule the value follows (see FieldCheck); context-only fields have none. */
  readonly check?: FieldCheck;
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
