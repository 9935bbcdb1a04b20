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
  const scores: Record<string, ScoreRecord | null> = {};
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

/** `PROGRESS_MIGRATIONS[n]` upgrades schema n to n + 1. */
export const PROGRESS_MIGRATIONS: Readonly<Record<number, Migration>> = { 1: migrateV1toV2 };
