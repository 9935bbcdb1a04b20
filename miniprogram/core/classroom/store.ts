/**
 * What the classroom keeps on a phone (services/classroom.ts stores it; docs/storage.md lists the keys): the
 * student's name and number (typed once, only these), the assignments opened or created here (their codes), and the
 * score of each assignment's quiz (written by the quiz page, read by the classroom pages). Pure guards.
 */
import { isQuizResult } from '../quiz/guards';
import type { QuizResult } from '../quiz/run';
import { isFiniteNumber, isRecord } from '../storage/guards';

export const CLASSROOM_KEYS = {
  student: 'reglab.classroom.student',
  joined: 'reglab.classroom.joined',
  teaching: 'reglab.classroom.teaching',
  quizPrefix: 'reglab.classroom.quiz.',
  rosterPrefix: 'reglab.classroom.roster.',
} as const;

export const CLASSROOM_STORE_VERSION = 1;

/** At most this many assignments are remembered per list (the oldest are dropped). */
export const MAX_REMEMBERED = 20;

export interface StoredStudent {
  readonly name: string;
  readonly number: string;
}

/** An assignment opened (student) or created (teacher) on this phone. */
export interface StoredAssignment {
  readonly id: string;
  readonly code: string;
  readonly at: number;
}

const ID = /^[0-9a-f]{8}$/;

export function isStoredStudent(v: unknown): v is StoredStudent | null {
  return v === null || (isRecord(v) && typeof v.name === 'string' && typeof v.number === 'string');
}

export function isStoredAssignments(v: unknown): v is StoredAssignment[] {
  return (
    Array.isArray(v) &&
    v.every((a) => isRecord(a) && typeof a.id === 'string' && ID.test(a.id) && typeof a.code === 'string') &&
    v.every((a) => isFiniteNumber((a as Record<string, unknown>).at))
  );
}

export function isStoredQuiz(v: unknown): v is QuizResult | null {
  return v === null || isQuizResult(v);
}

/** The list with `entry` first (an earlier entry of the same id replaced), at most MAX_REMEMBERED long. */
export function remember(list: readonly StoredAssignment[], entry: StoredAssignment): StoredAssignment[] {
  return [entry, ...list.filter((a) => a.id !== entry.id)].slice(0, MAX_REMEMBERED);
}

export function quizKey(assignmentId: string): string {
  return CLASSROOM_KEYS.quizPrefix + assignmentId;
}

export function rosterKey(assignmentId: string): string {
  return CLASSROOM_KEYS.rosterPrefix + assignmentId;
}
