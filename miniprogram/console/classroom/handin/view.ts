/**
 * The student's result (pure): each mission from its saved run (or "not started"), the quiz from the stored score,
 * the student, the time. Tested in test/unit/classroom/pages-view.test.ts.
 */
import { t, type Lang } from '../../../core/i18n';
import type { QuizResult } from '../../../core/quiz/run';
import { scoreView } from '../../../core/score/view';
import type { Mission, MissionRun } from '../../missions/index';
import {
  assignmentPassPercent,
  missionNotStarted,
  missionResultFromRun,
  quizScoreFrom,
  quizTotals,
  type Student,
  type StudentResult,
} from '../index';
import type { Assignment, AssignmentQuiz, QuizScore } from '../index';
import { HANDIN_STRINGS as T } from './strings';

/** A mission's run and when it was last played (the solve time of a solved run). */
export interface PlayedRun {
  readonly run: MissionRun;
  readonly lastPlayedAt: number | null;
}

export function studentResultOf(
  opened: { id: string; assignment: Assignment; missions: readonly Mission[] },
  student: Student,
  runOf: (m: Mission) => PlayedRun | null,
  quiz: QuizResult | null,
  now: number,
): StudentResult {
  return {
    assignment: opened.id,
    className: opened.assignment.className,
    student: { name: student.name, number: student.number },
    submittedAt: now,
    missions: opened.missions.map((m) => {
      const played = runOf(m);
      if (!played) return missionNotStarted(m);
      const end = played.run.status === 'completed' && played.lastPlayedAt !== null ? played.lastPlayedAt : now;
      return missionResultFromRun(played.run, end);
    }),
    quiz: opened.assignment.quiz && quiz ? quizScoreFrom(quiz) : null,
  };
}

/** The handed-in quiz in the one score presentation: score x / y, percent, verdict against the quiz's pass mark. */
function quizLine(score: QuizScore, quiz: AssignmentQuiz | null, lang: Lang): string {
  const view = scoreView({ ...quizTotals(score), passPercent: assignmentPassPercent(quiz) }, lang);
  return t(T.quiz, lang, { score: view.line });
}

/** One line on what is handed in; `quiz` is the assignment's quiz (null without one). */
export function resultSummary(r: StudentResult, quiz: AssignmentQuiz | null, lang: Lang): string {
  const solved = r.missions.filter((m) => m.solved).length;
  const head = t(T.summary, lang, { name: r.student.name, className: r.className, solved, total: r.missions.length });
  if (r.quiz) return `${head} · ${quizLine(r.quiz, quiz, lang)}`;
  return quiz ? `${head} · ${t(T.noQuiz, lang)}` : head;
}
