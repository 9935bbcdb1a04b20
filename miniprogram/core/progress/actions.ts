import type { Lang } from '../i18n';
import type { Lesson } from '../content-model';
import type { QuizMode, QuizResult, QuizRun } from '../quiz/run';
import { compareScores, pointsOf } from '../quiz/score';
import { MAX_EXAM_HISTORY, initialProgress } from './model';
import type { ExamRecord, LessonProgress, Progress, ScoreRecord, ThemePref } from './model';

/** Pure updates of `Progress`: each returns a new object and leaves its input unchanged. */

export function setLang(progress: Progress, lang: Lang): Progress {
  return progress.lang === lang ? progress : { ...progress, lang };
}

export function setTheme(progress: Progress, theme: ThemePref): Progress {
  return progress.theme === theme ? progress : { ...progress, theme };
}

/** The key under which a quiz's scores are kept. */
export function scoreKey(mode: QuizMode, target: string): string {
  return `${mode}:${target}`;
}

/** The parts of a lesson progress needs (IDs only), so callers can pass a full `Lesson`. */
export type LessonShape = Pick<Lesson, 'id'> & { readonly sections: readonly { readonly id: string }[] };

/** Marks a section as seen and remembers it as the place to continue from. */
export function markSectionSeen(progress: Progress, lesson: LessonShape, sectionId: string, now: number): Progress {
  const old: LessonProgress | undefined = progress.lessons[lesson.id];
  const seen = old ? old.seen.slice() : [];
  if (!seen.includes(sectionId)) seen.push(sectionId);
  const allSeen = lesson.sections.length > 0 && lesson.sections.every((s) => seen.includes(s.id));
  const completedAt = old && old.completedAt !== undefined ? old.completedAt : allSeen ? now : undefined;
  const record: LessonProgress =
    completedAt === undefined
      ? { seen, lastSectionId: sectionId, updatedAt: now }
      : { seen, completedAt, lastSectionId: sectionId, updatedAt: now };
  return {
    ...progress,
    lessons: { ...progress.lessons, [lesson.id]: record },
    lastPosition: { kind: 'lesson', lessonId: lesson.id, sectionId, at: now },
  };
}

export interface LessonStatus {
  readonly seen: number;
  readonly total: number;
  /** Whole percent of sections seen (100 once completed). */
  readonly percent: number;
  readonly done: boolean;
}

export function lessonStatus(progress: Progress, lesson: LessonShape): LessonStatus {
  const record = progress.lessons[lesson.id];
  const total = lesson.sections.length;
  const seen = record ? lesson.sections.filter((s) => record.seen.includes(s.id)).length : 0;
  const done = record !== undefined && (record.completedAt !== undefined || (total > 0 && seen === total));
  const percent = done ? 100 : total === 0 ? 0 : Math.round((seen / total) * 100);
  return { seen: done ? total : seen, total, percent, done };
}

/** Stores the quiz in progress, so it can be resumed, and remembers it as the place to continue from. */
export function saveActiveRun(progress: Progress, run: QuizRun, now: number): Progress {
  return { ...progress, activeRun: run, lastPosition: { kind: 'quiz', runId: run.id, at: now } };
}

export function clearActiveRun(progress: Progress): Progress {
  if (!progress.activeRun) return progress;
  const { activeRun: _dropped, ...rest } = progress;
  return rest;
}

/**
 * Records a finished quiz: exams go to the exam history, lesson/stage/mixed quizzes to their score record
 * (review and retry runs only feed the wrong-answer book). The result becomes `lastResult`, and the run,
 * if it was the active one, is cleared.
 */
export function recordResult(progress: Progress, result: QuizResult, now: number): Progress {
  let next: Progress = { ...progress, lastResult: result };
  if (result.mode === 'exam') {
    const record: ExamRecord = {
      at: now,
      points: result.points,
      total: result.total,
      passed: result.passed === true,
      timedOut: result.timedOut === true,
      durationMs: result.durationMs,
      byStage: result.byStage.map((r) => ({ stage: r.stage, total: r.total, correct: r.correct, points: r.points })),
    };
    next = { ...next, exams: progress.exams.concat([record]).slice(-MAX_EXAM_HISTORY) };
  } else if (result.mode === 'lesson' || result.mode === 'stage' || result.mode === 'mixed') {
    const key = scoreKey(result.mode, result.target);
    const old: ScoreRecord | undefined = progress.scores[key];
    const last = pointsOf(result);
    const record: ScoreRecord = {
      best: old && compareScores(old.best, last) >= 0 ? old.best : last,
      last,
      attempts: (old ? old.attempts : 0) + 1,
      lastAt: now,
    };
    next = { ...next, scores: { ...progress.scores, [key]: record } };
  }
  if (next.activeRun && next.activeRun.id === result.runId) next = clearActiveRun(next);
  if (next.lastPosition && next.lastPosition.kind === 'quiz' && next.lastPosition.runId === result.runId) {
    const { lastPosition: _dropped, ...rest } = next;
    next = rest;
  }
  return next;
}

/** Best exam so far by exact ratio (the earliest of equals), or undefined. */
export function bestExam(progress: Progress): ExamRecord | undefined {
  let best: ExamRecord | undefined;
  for (const e of progress.exams) if (!best || compareScores(e, best) > 0) best = e;
  return best;
}

/** Forgets everything learnt but keeps the learner's language and theme. */
export function resetProgress(progress: Progress): Progress {
  return { ...initialProgress(progress.lang), theme: progress.theme };
}

export type ContinueTarget =
  | { readonly kind: 'quiz'; readonly run: QuizRun }
  | { readonly kind: 'lesson'; readonly lessonId: string; readonly sectionId?: string }
  | { readonly kind: 'done' };

/**
 * "Continue where you left off": an unfinished quiz; else the lesson last read, if not finished; else the first
 * unfinished lesson in `lessons` (pass them in course order); else done.
 */
export function continueTarget(progress: Progress, lessons: readonly LessonShape[]): ContinueTarget {
  const run = progress.activeRun;
  if (run && run.finishedAt === undefined && progress.lastPosition && progress.lastPosition.kind === 'quiz') {
    return { kind: 'quiz', run };
  }
  const pos = progress.lastPosition;
  if (pos && pos.kind === 'lesson') {
    const lesson = lessons.find((l) => l.id === pos.lessonId);
    if (lesson && !lessonStatus(progress, lesson).done) {
      return pos.sectionId === undefined
        ? { kind: 'lesson', lessonId: lesson.id }
        : { kind: 'lesson', lessonId: lesson.id, sectionId: pos.sectionId };
    }
  }
  const next = lessons.find((l) => !lessonStatus(progress, l).done);
  if (next) return { kind: 'lesson', lessonId: next.id };
  if (run && run.finishedAt === undefined) return { kind: 'quiz', run };
  return { kind: 'done' };
}
