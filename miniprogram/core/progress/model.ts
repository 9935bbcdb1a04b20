import type { Lang } from '../i18n';
import type { StageId } from '../content-model';
import type { QuizResult, QuizRun } from '../quiz/run';
import type { Points } from '../quiz/score';
import { EMPTY_WRONG_BOOK } from '../quiz/wrongbook';
import type { WrongBook } from '../quiz/wrongbook';

/** The storage key of the learner's progress. */
export const PROGRESS_KEY = 'reglab.progress';

/**
 * Current schema of `Progress`. History (see migrations.ts): 1 = first release, 2 = scores as rounded whole percents,
 * 3 = this shape (scores as points of a total, so that 79.6 % is never kept as 80 %).
 */
export const PROGRESS_VERSION = 3;

/** Exams kept in the history (oldest dropped first). */
export const MAX_EXAM_HISTORY = 20;

export type ThemePref = 'system' | 'light' | 'dark';

export const THEME_PREFS: readonly ThemePref[] = ['system', 'light', 'dark'];

export interface LessonProgress {
  /** Section IDs the learner has seen, in the order first seen. */
  readonly seen: readonly string[];
  /** Set when every section has been seen (or, for data migrated from schema 1, when the lesson was marked read). */
  readonly completedAt?: number;
  readonly lastSectionId?: string;
  readonly updatedAt: number;
}

export interface ScoreRecord {
  /** Best attempt (by exact ratio) and last attempt, as points of a total, never rounded. */
  readonly best: Points;
  readonly last: Points;
  readonly attempts: number;
  readonly lastAt: number;
}

/** A finished exam; its percent is derived from the points (core/quiz/score.ts), never stored. */
export interface ExamRecord {
  readonly at: number;
  readonly points: number;
  readonly total: number;
  readonly passed: boolean;
  readonly timedOut: boolean;
  readonly durationMs: number;
  readonly byStage: readonly {
    readonly stage: StageId;
    readonly total: number;
    readonly correct: number;
    readonly points: number;
  }[];
}

/** Where the learner was, for "continue where you left off". */
export type LastPosition =
  | { readonly kind: 'lesson'; readonly lessonId: string; readonly sectionId?: string; readonly at: number }
  | { readonly kind: 'quiz'; readonly runId: string; readonly at: number };

export interface Progress {
  readonly lang: Lang;
  readonly theme: ThemePref;
  /** By lesson ID. */
  readonly lessons: Readonly<Record<string, LessonProgress>>;
  /** By `scoreKey(mode, target)`, e.g. `lesson:register-account`, `stage:register`, `mixed:`. */
  readonly scores: Readonly<Record<string, ScoreRecord>>;
  /** Oldest first, at most MAX_EXAM_HISTORY. */
  readonly exams: readonly ExamRecord[];
  readonly wrongBook: WrongBook;
  readonly lastPosition?: LastPosition;
  /** The quiz in progress, if any, so it can be resumed after a restart. */
  readonly activeRun?: QuizRun;
  /** The result page shows this. */
  readonly lastResult?: QuizResult;
}

export function initialProgress(lang: Lang = 'zh'): Progress {
  return { lang, theme: 'system', lessons: {}, scores: {}, exams: [], wrongBook: EMPTY_WRONG_BOOK };
}
