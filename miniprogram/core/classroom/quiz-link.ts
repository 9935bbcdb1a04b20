/**
 * The link from a classroom page (console subpackage) to the quiz page (pages/quiz subpackage): neither can require
 * the other's code, so the assignment's quiz travels in the page query and its score comes back through storage
 * (services/classroom.ts, `reglab.classroom.quiz.<assignmentId>`). Pure.
 *
 *   /pages/quiz/index?mode=classroom&assignment=<id>&quiz=exam.20.20.80&seed=123
 *   quiz: `exam.<count>.<minutes>.<passPercent>` | `mixed.<count>` | `stage.<stageId>.<count>`
 */
import { STAGES, type StageId } from '../content-model';
import { queryParam } from '../page-query';
import { isQuizMode } from '../quiz/guards';
import type { Question } from '../content-model';
import type { Progress } from '../progress/model';
import { toSeed } from '../quiz/random';
import { createRun, type QuizMode, type QuizRun, type QuizSpec } from '../quiz/run';
import { resumableRun, specFor } from '../quiz/screen';

export const CLASSROOM_QUIZ_MODE = 'classroom';

/** The quiz of an assignment, as the quiz page needs it (the same shape as the classroom's AssignmentQuiz). */
export type ClassroomQuiz =
  | { readonly mode: 'exam'; readonly count: number; readonly minutes: number; readonly passPercent: number }
  | { readonly mode: 'mixed'; readonly count: number }
  | { readonly mode: 'stage'; readonly stage: StageId; readonly count: number };

export interface ClassroomQuizLink {
  readonly assignmentId: string;
  readonly quiz: ClassroomQuiz;
  readonly seed: number;
}

function specText(q: ClassroomQuiz): string {
  if (q.mode === 'exam') return `exam.${q.count}.${q.minutes}.${q.passPercent}`;
  if (q.mode === 'mixed') return `mixed.${q.count}`;
  return `stage.${q.stage}.${q.count}`;
}

/** The quiz page's URL for an assignment's quiz. */
export function classroomQuizUrl(link: ClassroomQuizLink): string {
  return (
    `/pages/quiz/index?mode=${CLASSROOM_QUIZ_MODE}&assignment=${link.assignmentId}` +
    `&quiz=${specText(link.quiz)}&seed=${link.seed}`
  );
}

const INT = /^\d{1,10}$/;
const int = (s: string | undefined): number | null => (s !== undefined && INT.test(s) ? Number(s) : null);

/** Reads the quiz page's query; null when it is not a (well-formed) classroom quiz link. */
export function parseClassroomQuiz(query: Readonly<Record<string, string | undefined>>): ClassroomQuizLink | null {
  if (query.mode !== CLASSROOM_QUIZ_MODE) return null;
  const id = query.assignment || '';
  const seed = int(query.seed);
  if (!/^[0-9a-f]{8}$/.test(id) || seed === null || seed > 0xffffffff) return null;
  const parts = (query.quiz || '').split('.');
  let quiz: ClassroomQuiz | null = null;
  if (parts[0] === 'exam' && parts.length === 4) {
    const [count, minutes, passPercent] = [int(parts[1]), int(parts[2]), int(parts[3])];
    if (count && minutes && passPercent !== null && passPercent <= 100) {
      quiz = { mode: 'exam', count, minutes, passPercent };
    }
  } else if (parts[0] === 'mixed' && parts.length === 2) {
    const count = int(parts[1]);
    if (count) quiz = { mode: 'mixed', count };
  } else if (parts[0] === 'stage' && parts.length === 3) {
    const count = int(parts[2]);
    const stage = STAGES.find((s) => s === parts[1]);
    if (count && stage) quiz = { mode: 'stage', stage, count };
  }
  return quiz ? { assignmentId: id, quiz, seed } : null;
}

/** The quiz engine's spec of a classroom quiz (`createRun(bank, spec, link.seed, now)`). */
export function classroomQuizSpec(q: ClassroomQuiz): QuizSpec {
  if (q.mode === 'exam') {
    return { mode: 'exam', config: { questionCount: q.count, durationMinutes: q.minutes, passPercent: q.passPercent } };
  }
  if (q.mode === 'mixed') return { mode: 'mixed', count: q.count };
  return { mode: 'stage', stage: q.stage, limit: q.count };
}

/** What the quiz page's query asks for: a mode and target, and the assignment's fixed quiz for a classroom link. */
export interface QuizRequest {
  readonly mode: QuizMode | 'resume';
  readonly target: string;
  readonly fixed: ClassroomQuizLink | null;
}

export function quizRequest(query: Readonly<Record<string, string | undefined>>): QuizRequest {
  const fixed = parseClassroomQuiz(query);
  if (fixed) return { mode: fixed.quiz.mode, target: fixed.quiz.mode === 'stage' ? fixed.quiz.stage : '', fixed };
  if (query.mode === 'resume') return { mode: 'resume', target: queryParam(query, 'id'), fixed: null };
  return { mode: isQuizMode(query.mode) ? query.mode : 'mixed', target: queryParam(query, 'id'), fixed: null };
}

/**
 * The run the quiz page shows for a request: the active run when it matches (for a classroom quiz, only one with the
 * assignment's seed), else a new one (a classroom quiz from the assignment's spec and seed); undefined if none.
 */
export function runFor(
  progress: Progress,
  request: QuizRequest,
  bank: readonly Question[],
  now: number,
): QuizRun | undefined {
  const { mode, target, fixed } = request;
  const exists = (id: string) => bank.some((q) => q.id === id);
  const active = resumableRun(progress, mode, target, exists);
  if (active && (!fixed || active.seed === fixed.seed)) return active;
  if (mode === 'resume') return undefined;
  const spec = fixed ? classroomQuizSpec(fixed.quiz) : specFor(mode, target, progress, now);
  if (!spec) return undefined;
  const created = createRun(bank, spec, fixed ? fixed.seed : toSeed(now), now);
  return created.ok ? created.run : undefined;
}
