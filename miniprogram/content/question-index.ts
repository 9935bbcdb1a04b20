import { STAGES } from '../core/content-model';
import type { Question, StageId } from '../core/content-model';

/**
 * How many questions the bank (pages/quiz/bank, in the practice subpackage) has per lesson and per stage: the counts
 * the tab pages and the lesson page show, kept in the main package so the first screen does not download the bank.
 * Derived from the bank; test/unit/content/question-index.test.ts fails when they differ (update this file to match).
 */
export interface QuestionIndex {
  readonly total: number;
  readonly byLesson: Readonly<Record<string, number>>;
  readonly byStage: Readonly<Record<StageId, number>>;
}

export const QUESTION_INDEX: QuestionIndex = {
  total: 215,
  byLesson: {
    'intro-what': 8,
    'intro-flow': 8,
    'register-account': 14,
    'register-activation': 7,
    'register-subject': 16,
    'register-individual': 16,
    'login-home': 11,
    'basic-info': 23,
    categories: 8,
    filing: 15,
    verification: 11,
    'appid-secret': 14,
    'dev-settings': 18,
    members: 18,
    versions: 8,
    'review-release': 20,
  },
  byStage: {
    register: 69,
    complete: 68,
    develop: 50,
    release: 28,
  },
};

/** Questions of one lesson (0 for a lesson without questions). */
export function questionCountFor(lessonId: string): number {
  return Object.prototype.hasOwnProperty.call(QUESTION_INDEX.byLesson, lessonId)
    ? QUESTION_INDEX.byLesson[lessonId]
    : 0;
}

/** The counts of a bank (the test compares them with QUESTION_INDEX; view tests use them on fixture banks). */
export function countQuestions(bank: readonly Pick<Question, 'lessonId' | 'stage'>[]): QuestionIndex {
  const byLesson: Record<string, number> = {};
  const byStage = {} as Record<StageId, number>;
  for (const stage of STAGES) byStage[stage] = 0;
  for (const q of bank) {
    byLesson[q.lessonId] = (Object.prototype.hasOwnProperty.call(byLesson, q.lessonId) ? byLesson[q.lessonId] : 0) + 1;
    byStage[q.stage] += 1;
  }
  return { total: bank.length, byLesson, byStage };
}
