import type { Migration } from '../storage/envelope';
import { isRecord } from '../storage/guards';
import { newEntry } from '../quiz/wrongbook';
import type { WrongBookEntry } from '../quiz/wrongbook';
import type { Points } from '../quiz/score';
import type { LessonProgress } from './model';

/** A score record of schema 1 and 2: best and last as whole percents (rounded to the nearest). */
interface ScoreRecordV2 {
  readonly best: number;
  readonly last: number;
  readonly attempts: number;
  readonly lastAt: number;
}

/**
 * Schema 1, as the first release stored it: a locale string, a flat list of lessons marked read, one score per
 * lesson quiz (percent), and a flat list of wrongly answered question IDs with no schedule.
 */
export interface ProgressV1 {
  readonly language?: 'zh-CN' | 'en-US';
  readonly readLessons: readonly string[];
  readonly quizScores: Readonly<Record<string, number>>;
  readonly wrongQuestionIds: readonly string[];
}

/**
 * 1 → 2: the locale becomes `lang`; a theme preference is added (follow the system); lessons marked read become
 * completed lesson records; lesson scores become score records under `lesson:<id>`; wrong question IDs enter the
 * FSRS wrong-answer book as new cards due at migration time (a repeated ID once); exam history starts empty.
 * Record by record: a value of the wrong type is carried over as an invalid record under a name that says where it
 * came from, so that validation leaves out that record only (and names it) and keeps the rest.
 */
const V1_KEYS = ['language', 'readLessons', 'quizScores', 'wrongQuestionIds'];

export const migrateV1toV2: Migration = (data, { now }) => {
  if (!isRecord(data)) throw new Error('schema 1 data is not an object');
  if (!V1_KEYS.some((key) => key in data)) throw new Error('no schema 1 field in the data');
  const v1 = data as Partial<Record<keyof ProgressV1, unknown>>;
  const unreadable = null;
  const lessons: Record<string, LessonProgress | null> = {};
  if (Array.isArray(v1.readLessons)) {
    v1.readLessons.forEach((id: unknown, i) => {
      if (typeof id === 'string') lessons[id] = { seen: [], completedAt: now, updatedAt: now };
      else lessons[`readLessons[${i}]`] = unreadable;
    });
  } else if (v1.readLessons !== undefined) lessons.readLessons = unreadable;
  const scores: Record<string, ScoreRecordV2 | null> = {};
  const quizScores = v1.quizScores;
  if (isRecord(quizScores)) {
    for (const id of Object.keys(quizScores)) {
      const score = quizScores[id];
      if (typeof score === 'number' && Number.isFinite(score)) {
        const percent = Math.max(0, Math.min(100, Math.round(score)));
        scores[`lesson:${id}`] = { best: percent, last: percent, attempts: 1, lastAt: now };
      } else scores[`lesson:${id}`] = unreadable;
    }
  } else if (quizScores !== undefined) scores.quizScores = unreadable;
  const entries: Record<string, WrongBookEntry | null> = {};
  if (Array.isArray(v1.wrongQuestionIds)) {
    v1.wrongQuestionIds.forEach((id: unknown, i) => {
      if (typeof id === 'string') entries[id] = newEntry(id, now);
      else entries[`wrongQuestionIds[${i}]`] = unreadable;
    });
  } else if (v1.wrongQuestionIds !== undefined) entries.wrongQuestionIds = unreadable;
  const language = v1.language;
  return {
    lang: language === 'en-US' ? 'en' : language === undefined || language === 'zh-CN' ? 'zh' : language,
    theme: 'system',
    lessons,
    scores,
    exams: [],
    wrongBook: { entries },
  };
};

/**
 * An old whole percent as points. Schema 2 kept only the percent, rounded to the nearest whole, so the exact score
 * is lost: 79.6 % was saved as 80. It is kept as that many points of 100, so an old best stays exactly what it was
 * and counts as it did (an old 80 stays a pass); every attempt from now on is stored exactly. Out-of-range values
 * are clamped to 0–100.
 */
export function percentAsPoints(percent: number): Points {
  return { points: Math.max(0, Math.min(100, percent)), total: 100 };
}

function scoreV2toV3(record: unknown): unknown {
  if (!isRecord(record) || typeof record.best !== 'number' || typeof record.last !== 'number') return record;
  if (!Number.isFinite(record.best) || !Number.isFinite(record.last)) return record;
  return { ...record, best: percentAsPoints(record.best), last: percentAsPoints(record.last) };
}

/** Drops a stored rounded `percent`; what it was rounded from (points, total) is kept beside it. */
function withoutPercent(value: unknown): unknown {
  if (!isRecord(value) || !('percent' in value)) return value;
  const { percent: _rounded, ...rest } = value;
  return rest;
}

/**
 * 2 → 3: scores are kept as points of a total instead of rounded percents. Lesson, stage and mixed quiz records
 * become `percentAsPoints` of their old percent (the exact value cannot be recovered); exam records and the last
 * result already held their points and total, so only their rounded `percent` is dropped and nothing is lost.
 * A record that is not of the old shape is carried over unchanged, for validation to leave out and name.
 */
export const migrateV2toV3: Migration = (data) => {
  if (!isRecord(data)) throw new Error('schema 2 data is not an object');
  const next: Record<string, unknown> = { ...data };
  if (isRecord(data.scores)) {
    const scores: Record<string, unknown> = {};
    for (const key of Object.keys(data.scores)) {
      // `__proto__` would set the prototype rather than add an entry: the record is left out.
      if (key !== '__proto__') scores[key] = scoreV2toV3(data.scores[key]);
    }
    next.scores = scores;
  }
  if (Array.isArray(data.exams)) next.exams = data.exams.map(withoutPercent);
  if (data.lastResult !== undefined) next.lastResult = withoutPercent(data.lastResult);
  return next;
};

/** `PROGRESS_MIGRATIONS[n]` upgrades schema n to n + 1. */
export const PROGRESS_MIGRATIONS: Readonly<Record<number, Migration>> = { 1: migrateV1toV2, 2: migrateV2toV3 };
