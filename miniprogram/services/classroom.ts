/**
 * The classroom's storage, for both subpackages (core/classroom/store.ts): the student (name and number only), the
 * assignments opened and created on this phone, and each assignment's quiz score, which the quiz page writes
 * (pages/quiz) and the classroom pages read (console/classroom). Nothing here leaves the phone.
 */
import {
  CLASSROOM_KEYS,
  CLASSROOM_STORE_VERSION,
  isStoredAssignments,
  isStoredQuiz,
  isStoredStudent,
  quizKey,
  remember,
} from '../core/classroom/store';
import type { StoredAssignment, StoredStudent } from '../core/classroom/store';
import type { QuizResult } from '../core/quiz/run';
import { createVersionedStore } from './storage';
import type { SaveResult, VersionedStore } from './storage';

function store<T>(key: string, validate: (v: unknown) => v is T, initial: () => T): VersionedStore<T> {
  return createVersionedStore<T>({ key, version: CLASSROOM_STORE_VERSION, validate, initial });
}

const studentStore = () => store(CLASSROOM_KEYS.student, isStoredStudent, () => null);
const listStore = (key: string) => store(key, isStoredAssignments, () => []);
const quizStore = (id: string) => store(quizKey(id), isStoredQuiz, () => null);

export function readStudent(): StoredStudent | null {
  return studentStore().load().value;
}

export function writeStudent(student: StoredStudent): SaveResult {
  return studentStore().save({ name: student.name.trim(), number: student.number.trim() });
}

export type AssignmentList = 'joined' | 'teaching';

/** The assignments opened (joined) or created (teaching) on this phone, newest first. */
export function readAssignments(list: AssignmentList): StoredAssignment[] {
  return listStore(CLASSROOM_KEYS[list]).load().value;
}

export function rememberAssignment(list: AssignmentList, entry: StoredAssignment): SaveResult {
  const s = listStore(CLASSROOM_KEYS[list]);
  return s.save(remember(s.load().value, entry));
}

/** The assignment's quiz result (its first finished attempt), or null. */
export function readClassroomQuiz(assignmentId: string): QuizResult | null {
  return quizStore(assignmentId).load().value;
}

/** Records a finished attempt; an earlier finished attempt stays (the first one counts). True when written now. */
export function recordClassroomQuiz(assignmentId: string, result: QuizResult): boolean {
  const s = quizStore(assignmentId);
  if (s.load().value) return false;
  return s.save(result).ok;
}
