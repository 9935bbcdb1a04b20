import type { Migration } from '../storage/envelope';
import { isRecord } from '../storage/guards';
import { newEntry } from '../quiz/wrongbook';
import type { WrongBookEntry } from '../quiz/wrongbook';
import type { LessonProgress, ScoreRecord } from './model';

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

function isV1(value: unknown): value is ProgressV1 {
  if (!isRecord(value)) return false;
  const { language, readLessons, quizScores, wrongQuestionIds } = value;
  return (
    (language === undefined || language === 'zh-CN' || language === 'en-US') &&
    Array.isArray(readLessons) &&
    readLessons.every((v) => typeof v === 'string') &&
    isRecord(quizScores) &&
    Object.keys(quizScores).every((k) => typeof quizScores[k] === 'number' && Number.isFinite(quizScores[k])) &&
    Array.isArray(wrongQuestionIds) &&
    wrongQuestionIds.every((v) => typeof v === 'string')
  );
}

/**
 * 1 → 2: the locale becomes `lang`; a theme preference is added (follow the system); lessons marked read become
 * completed lesson records; lesson scores become score records under `lesson:<id>`; wrong question IDs enter the
 * FSRS wrong-answer book as new cards due at migration time (a repeated ID once); exam history starts empty.
 */
export const migrateV1toV2: Migration = (data, { now }) => {
  if (!isV1(data)) throw new Error('schema 1 data has the wrong shape');
  const lessons: Record<string, LessonProgress> = {};
  for (const id of data.readLessons) lessons[id] = { seen: [], completedAt: now, updatedAt: now };
  const scores: Record<string, ScoreRecord> = {};
  for (const id of Object.keys(data.quizScores)) {
    const percent = Math.max(0, Math.min(100, Math.round(data.quizScores[id])));
    scores[`lesson:${id}`] = { best: percent, last: percent, attempts: 1, lastAt: now };
  }
  const entries: Record<string, WrongBookEntry> = {};
  for (const id of data.wrongQuestionIds) entries[id] = newEntry(id, now);
  return {
    lang: data.language === 'en-US' ? 'en' : 'zh',
    theme: 'system',
    lessons,
    scores,
    exams: [],
    wrongBook: { entries },
  };
};

/** `PROGRESS_MIGRATIONS[n]` upgrades schema n to n + 1. */
export const PROGRESS_MIGRATIONS: Readonly<Record<number, Migration>> = { 1: migrateV1toV2 };
