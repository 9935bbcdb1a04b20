import type { Question, QuestionType } from '../content-model';
import { formatText } from '../i18n';
import type { I18nText } from '../i18n';
import { SCORING_TEXTS } from './texts';

/**
 * A learner's answer. Indexes always refer to the question's own arrays (`options`, `items`, `fields`) in their
 * original order, never to the shuffled order shown on screen: the quiz view gives each shown option its original index.
 */
export type QuizResponse =
  | { readonly type: 'single'; readonly choice: number }
  | { readonly type: 'multiple'; readonly choices: readonly number[] }
  | { readonly type: 'truefalse'; readonly value: boolean }
  /** Item indexes in the order the learner tapped them; the correct order is 0, 1, 2, … */
  | { readonly type: 'order'; readonly sequence: readonly number[] }
  | { readonly type: 'mistake'; readonly field: number };

export type GradeOutcome = 'correct' | 'partial' | 'wrong';

export interface Grade {
  /** Credit from 0 to 1. */
  readonly score: number;
  readonly outcome: GradeOutcome;
}

export type GradeError = 'type-mismatch' | 'invalid-index' | 'empty' | 'incomplete';

export type GradeResult = ({ readonly ok: true } & Grade) | { readonly ok: false; readonly error: GradeError };

/** Credit for a multiple-choice answer; the UI shows `SCORING_RULES.multiple`, which states the same numbers. */
export const MULTIPLE_CHOICE_CREDIT = {
  /** Every right option chosen and no wrong one. */
  allRight: 1,
  /** Some right options chosen, none wrong, at least one right option missing. */
  someRightNoneWrong: 0.5,
  /** Any wrong option chosen. */
  anyWrong: 0,
} as const;

/** How each question type is scored, in words the quiz page shows next to the question. */
export const SCORING_RULES: Readonly<Record<QuestionType, I18nText>> = {
  ...SCORING_TEXTS,
  multiple: formatText(SCORING_TEXTS.multiple, {
    all: MULTIPLE_CHOICE_CREDIT.allRight,
    some: MULTIPLE_CHOICE_CREDIT.someRightNoneWrong,
    wrong: MULTIPLE_CHOICE_CREDIT.anyWrong,
  }),
};

function isIndex(value: number, length: number): boolean {
  return Number.isInteger(value) && value >= 0 && value < length;
}

function outcomeOf(score: number): GradeOutcome {
  if (score >= 1) return 'correct';
  return score > 0 ? 'partial' : 'wrong';
}

function ok(score: number): GradeResult {
  return { ok: true, score, outcome: outcomeOf(score) };
}

function fail(error: GradeError): GradeResult {
  return { ok: false, error };
}

/** Grades one answer. Never throws: a malformed answer comes back as a typed error the page can ignore or report. */
export function grade(question: Question, response: QuizResponse): GradeResult {
  switch (question.type) {
    case 'single': {
      if (response.type !== 'single') return fail('type-mismatch');
      if (!isIndex(response.choice, question.options.length)) return fail('invalid-index');
      return ok(response.choice === question.answer ? 1 : 0);
    }
    case 'multiple': {
      if (response.type !== 'multiple') return fail('type-mismatch');
      const chosen = new Set(response.choices);
      if (chosen.size === 0) return fail('empty');
      for (const c of chosen) if (!isIndex(c, question.options.length)) return fail('invalid-index');
      const right = new Set(question.answer);
      let hits = 0;
      for (const c of chosen) {
        if (!right.has(c)) return ok(MULTIPLE_CHOICE_CREDIT.anyWrong);
        hits++;
      }
      return ok(hits === right.size ? MULTIPLE_CHOICE_CREDIT.allRight : MULTIPLE_CHOICE_CREDIT.someRightNoneWrong);
    }
    case 'truefalse': {
      if (response.type !== 'truefalse') return fail('type-mismatch');
      return ok(response.value === question.answer ? 1 : 0);
    }
    case 'order': {
      if (response.type !== 'order') return fail('type-mismatch');
      const n = question.items.length;
      const seen = new Set<number>();
      for (const i of response.sequence) {
        if (!isIndex(i, n) || seen.has(i)) return fail('invalid-index');
        seen.add(i);
      }
      if (seen.size !== n) return fail('incomplete');
      return ok(response.sequence.every((item, position) => item === position) ? 1 : 0);
    }
    case 'mistake': {
      if (response.type !== 'mistake') return fail('type-mismatch');
      if (!isIndex(response.field, question.fields.length)) return fail('invalid-index');
      return ok(response.field === question.answer ? 1 : 0);
    }
  }
}

/** The answer that earns full credit, e.g. to mark the right options after the learner answers. */
export function expectedResponse(question: Question): QuizResponse {
  switch (question.type) {
    case 'single':
      return { type: 'single', choice: question.answer };
    case 'multiple':
      return { type: 'multiple', choices: question.answer.slice().sort((a, b) => a - b) };
    case 'truefalse':
      return { type: 'truefalse', value: question.answer };
    case 'order':
      return { type: 'order', sequence: question.items.map((_, i) => i) };
    case 'mistake':
      return { type: 'mistake', field: question.answer };
  }
}

/** True when a response is complete enough to submit (the page enables its submit button with this). */
export function isSubmittable(question: Question, response: QuizResponse | undefined): boolean {
  if (!response) return false;
  const result = grade(question, response);
  return result.ok;
}
