import type { Question, StageId } from '../../../core/content-model';
import { COMPLETE_QUESTIONS } from './complete';
import { DEVELOP_QUESTIONS } from './develop';
import { FILING_QUESTIONS } from './filing';
import { INTRO_QUESTIONS } from './intro';
import { MEMBER_QUESTIONS } from './members';
import { REGISTER_ACCOUNT_QUESTIONS } from './register-account';
import { REGISTER_INFO_QUESTIONS } from './register-info';
import { RELEASE_QUESTIONS } from './release';

/**
 * The question bank. It lives in the practice subpackage (root `pages/quiz`), so the first screen does not download
 * it; the tab pages read the question counts from `content/question-index.ts` in the main package instead.
 */

/** The whole question bank, grouped by lesson in course order. */
export const QUESTIONS: readonly Question[] = [
  ...INTRO_QUESTIONS,
  ...REGISTER_ACCOUNT_QUESTIONS,
  ...REGISTER_INFO_QUESTIONS,
  ...COMPLETE_QUESTIONS,
  ...FILING_QUESTIONS,
  ...DEVELOP_QUESTIONS,
  ...MEMBER_QUESTIONS,
  ...RELEASE_QUESTIONS,
];

const QUESTION_BY_ID: Record<string, Question> = {};
for (const question of QUESTIONS) QUESTION_BY_ID[question.id] = question;

export function questionById(id: string): Question | undefined {
  return Object.prototype.hasOwnProperty.call(QUESTION_BY_ID, id) ? QUESTION_BY_ID[id] : undefined;
}

/** Questions whose lesson is `lessonId`, in bank order. */
export function questionsFor(lessonId: string): Question[] {
  return QUESTIONS.filter((q) => q.lessonId === lessonId);
}

/** Questions of one stage, in bank order. */
export function questionsForStage(stage: StageId): Question[] {
  return QUESTIONS.filter((q) => q.stage === stage);
}

/** Questions that test a fact. */
export function questionsForFact(factId: string): Question[] {
  return QUESTIONS.filter((q) => q.factIds.indexOf(factId) >= 0);
}
