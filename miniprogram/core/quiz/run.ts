import { STAGES } from '../content-model';
import type { Question, StageId } from '../content-model';
import { DEFAULT_EXAM, drawExamQuestions } from './exam';
import type { ExamConfig } from './exam';
import { grade } from './grading';
import type { Grade, GradeError, QuizResponse } from './grading';
import { reachesPass } from './score';
import { createRng, hashString, permutation, shuffle, toSeed } from './random';

export type QuizMode = 'lesson' | 'stage' | 'mixed' | 'exam' | 'review' | 'retry';

export const QUIZ_MODES: readonly QuizMode[] = ['lesson', 'stage', 'mixed', 'exam', 'review', 'retry'];

/** Default size of a mixed quiz. */
export const MIXED_QUIZ_SIZE = 10;

/** What a run asks: one lesson's questions, one stage's, a random mix, an exam, or a given list (review, retry). */
export type QuizSpec =
  | { readonly mode: 'lesson'; readonly lessonId: string }
  | { readonly mode: 'stage'; readonly stage: StageId; readonly limit?: number }
  | { readonly mode: 'mixed'; readonly count?: number }
  | { readonly mode: 'exam'; readonly config?: ExamConfig }
  | { readonly mode: 'review'; readonly questionIds: readonly string[] }
  | { readonly mode: 'retry'; readonly questionIds: readonly string[] };

export interface RunItem {
  readonly questionId: string;
  readonly stage: StageId;
  /**
   * Display order: `order[position]` is the original index of the option (single, multiple) or item (order)
   * shown at that position. Empty for true/false and find-the-mistake (form fields keep their order).
   */
  readonly order: readonly number[];
  readonly response?: QuizResponse;
  /** Credit earned, 0–1, once answered. */
  readonly score?: number;
}

export interface ExamRules {
  readonly durationMs: number;
  readonly passPercent: number;
  /** Epoch ms after which answers are refused. */
  readonly deadline: number;
}

/** One quiz in progress or finished. Plain JSON, so it can be saved and resumed; the seed makes it reproducible. */
export interface QuizRun {
  readonly id: string;
  readonly mode: QuizMode;
  /** Lesson ID, stage ID, or '' for modes without a target. */
  readonly target: string;
  readonly seed: number;
  readonly startedAt: number;
  readonly items: readonly RunItem[];
  /** Index of the item on screen. */
  readonly current: number;
  readonly finishedAt?: number;
  readonly exam?: ExamRules;
}

export type CreateRunResult =
  { readonly ok: true; readonly run: QuizRun } | { readonly ok: false; readonly error: 'no-questions' };

export type AnswerError = GradeError | 'finished' | 'expired' | 'already-answered' | 'wrong-question';

export type AnswerResult =
  | { readonly ok: true; readonly run: QuizRun; readonly grade: Grade }
  | { readonly ok: false; readonly error: AnswerError };

function targetOf(spec: QuizSpec): string {
  if (spec.mode === 'lesson') return spec.lessonId;
  if (spec.mode === 'stage') return spec.stage;
  return '';
}

function byIds(bank: readonly Question[], ids: readonly string[]): Question[] {
  const index = new Map(bank.map((q) => [q.id, q] as const));
  const out: Question[] = [];
  const seen = new Set<string>();
  for (const id of ids) {
    const q = index.get(id);
    if (q && !seen.has(id)) {
      out.push(q);
      seen.add(id);
    }
  }
  return out;
}

/** The questions a spec asks for, in the run's (seeded) order. */
export function selectQuestions(bank: readonly Question[], spec: QuizSpec, rng: () => number): Question[] {
  switch (spec.mode) {
    case 'lesson':
      return shuffle(
        bank.filter((q) => q.lessonId === spec.lessonId),
        rng,
      );
    case 'stage': {
      const all = shuffle(
        bank.filter((q) => q.stage === spec.stage),
        rng,
      );
      return spec.limit !== undefined ? all.slice(0, Math.max(0, spec.limit)) : all;
    }
    case 'mixed':
      return shuffle(bank, rng).slice(0, Math.max(0, spec.count ?? MIXED_QUIZ_SIZE));
    case 'exam':
      return drawExamQuestions(bank, spec.config ?? DEFAULT_EXAM, rng);
    case 'review':
    case 'retry':
      return shuffle(byIds(bank, spec.questionIds), rng);
  }
}

/** The shown order of a question's options or items; an ordering question never starts already in order. */
export function displayOrder(question: Question, seed: number): number[] {
  const rng = createRng(hashString(question.id, toSeed(seed)));
  if (question.type === 'single' || question.type === 'multiple') return permutation(question.options.length, rng);
  if (question.type === 'order') {
    const n = question.items.length;
    const p = permutation(n, rng);
    if (n > 1 && p.every((v, i) => v === i)) p.push(p.shift() as number);
    return p;
  }
  return [];
}

/** Starts a run. The same bank, spec and seed always give the same questions in the same order. */
export function createRun(bank: readonly Question[], spec: QuizSpec, seed: number, now: number): CreateRunResult {
  const s = toSeed(seed);
  const questions = selectQuestions(bank, spec, createRng(s));
  if (questions.length === 0) return { ok: false, error: 'no-questions' };
  const target = targetOf(spec);
  const run: QuizRun = {
    id: `${spec.mode}:${target}:${s.toString(36)}`,
    mode: spec.mode,
    target,
    seed: s,
    startedAt: now,
    items: questions.map((q) => ({ questionId: q.id, stage: q.stage, order: displayOrder(q, s) })),
    current: 0,
  };
  if (spec.mode === 'exam') {
    const config = spec.config ?? DEFAULT_EXAM;
    const durationMs = Math.round(config.durationMinutes * 60000);
    return {
      ok: true,
      run: { ...run, exam: { durationMs, passPercent: config.passPercent, deadline: now + durationMs } },
    };
  }
  return { ok: true, run };
}

export function currentItem(run: QuizRun): RunItem | undefined {
  return run.items[run.current];
}

/** Milliseconds left in a timed run (never negative), or undefined for untimed runs. */
export function timeLeftMs(run: QuizRun, now: number): number | undefined {
  if (!run.exam) return undefined;
  return Math.max(0, run.exam.deadline - now);
}

export function isExpired(run: QuizRun, now: number): boolean {
  return run.exam !== undefined && now >= run.exam.deadline;
}

export function answeredCount(run: QuizRun): number {
  return run.items.filter((i) => i.score !== undefined).length;
}

export function allAnswered(run: QuizRun): boolean {
  return answeredCount(run) === run.items.length;
}

/**
 * Grades the answer to the current item and records it. `question` must be the current item's question
 * (pages look it up in the bank by `currentItem(run).questionId`). Returns a new run; the old one is unchanged.
 */
export function submitAnswer(run: QuizRun, question: Question, response: QuizResponse, now: number): AnswerResult {
  if (run.finishedAt !== undefined) return { ok: false, error: 'finished' };
  if (isExpired(run, now)) return { ok: false, error: 'expired' };
  const item = currentItem(run);
  if (!item || item.questionId !== question.id) return { ok: false, error: 'wrong-question' };
  if (item.score !== undefined) return { ok: false, error: 'already-answered' };
  const result = grade(question, response);
  if (!result.ok) return { ok: false, error: result.error };
  const items = run.items.slice();
  items[run.current] = { ...item, response, score: result.score };
  return { ok: true, run: { ...run, items }, grade: { score: result.score, outcome: result.outcome } };
}

/** Moves to another item (clamped to the run). */
export function goTo(run: QuizRun, index: number): QuizRun {
  const current = Math.max(0, Math.min(run.items.length - 1, Math.floor(index)));
  return current === run.current ? run : { ...run, current };
}

/** Moves to the next unanswered item after the current one (wrapping round), or stays if every item is answered. */
export function goNext(run: QuizRun): QuizRun {
  const n = run.items.length;
  for (let step = 1; step <= n; step++) {
    const i = (run.current + step) % n;
    if (run.items[i].score === undefined) return goTo(run, i);
  }
  return run;
}

export function finishRun(run: QuizRun, now: number): QuizRun {
  return run.finishedAt !== undefined ? run : { ...run, finishedAt: now };
}

export interface StageBreakdown {
  readonly total: number;
  readonly correct: number;
  readonly points: number;
}

/** The result page's numbers. */
export interface QuizResult {
  readonly runId: string;
  readonly mode: QuizMode;
  readonly target: string;
  readonly total: number;
  readonly answered: number;
  /** Questions with full credit. */
  readonly correct: number;
  /** Sum of credit, partial credit included. No percent is kept: pages derive it (core/quiz/score.ts). */
  readonly points: number;
  /** Only stages that had questions in the run, in flow order. */
  readonly byStage: readonly ({ readonly stage: StageId } & StageBreakdown)[];
  /** Questions without full credit (wrong, partial or unanswered), in run order: "retry the wrong ones". */
  readonly wrongIds: readonly string[];
  readonly durationMs: number;
  /** Exams only. */
  readonly passed?: boolean;
  readonly passPercent?: number;
  readonly timedOut?: boolean;
}

/** Sums up a run; unanswered items count as zero. `now` is used if the run has not been finished. */
export function summarize(run: QuizRun, now: number): QuizResult {
  const end = run.finishedAt ?? now;
  const stages = new Map<StageId, { total: number; correct: number; points: number }>();
  let points = 0;
  let correct = 0;
  const wrongIds: string[] = [];
  for (const item of run.items) {
    const score = item.score ?? 0;
    const s = stages.get(item.stage) ?? { total: 0, correct: 0, points: 0 };
    s.total++;
    s.points += score;
    if (score >= 1) {
      s.correct++;
      correct++;
    } else {
      wrongIds.push(item.questionId);
    }
    points += score;
    stages.set(item.stage, s);
  }
  const total = run.items.length;
  const byStage = STAGES.filter((s) => stages.has(s)).map((stage) => ({
    stage,
    ...(stages.get(stage) as StageBreakdown),
  }));
  const answered = answeredCount(run);
  const base = {
    runId: run.id,
    mode: run.mode,
    target: run.target,
    total,
    answered,
    correct,
    points,
    byStage,
    wrongIds,
    durationMs: Math.max(0, (run.exam ? Math.min(end, run.exam.deadline) : end) - run.startedAt),
  };
  if (!run.exam) return base;
  return {
    ...base,
    passed: reachesPass({ points, total }, run.exam.passPercent),
    passPercent: run.exam.passPercent,
    timedOut: answered < total && end >= run.exam.deadline,
  };
}
