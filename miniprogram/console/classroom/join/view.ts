/**
 * What the classroom entry shows (pure): the student's assignment (missions with their state, the quiz, what is left,
 * the due date), the remembered assignments, the launch scene. Tested in test/unit/classroom/pages-view.test.ts.
 */
import { STAGE_TITLES } from '../../../core/content-model';
import { t, type Lang } from '../../../core/i18n';
import type { MissionSave } from '../../../core/missions/save';
import type { StoredAssignment } from '../../../core/classroom/store';
import type { QuizResult } from '../../../core/quiz/run';
import { scoreView, type ScoreTone } from '../../../core/score/view';
import { parseStartTime, type Mission } from '../../missions/index';
import { decodeAssignment, type Assignment } from '../index';
import { JOIN_STRINGS as T } from './strings';

export interface MissionRow {
  readonly id: string;
  readonly title: string;
  readonly status: string;
  readonly solved: boolean;
}

export interface AssignmentView {
  readonly className: string;
  readonly due: string;
  readonly overdue: boolean;
  readonly left: string;
  readonly missions: readonly MissionRow[];
  /** The quiz line, its score when finished, or null without a quiz. */
  readonly quiz: {
    readonly label: string;
    readonly done: boolean;
    readonly score: string;
    /** The score's verdict against the quiz's pass mark (core/score/view.ts); 'none' before it is finished. */
    readonly tone: ScoreTone | 'none';
  } | null;
}

function missionStatus(save: MissionSave | null, lang: Lang): { status: string; solved: boolean } {
  if (!save) return { status: t(T.notStarted, lang), solved: false };
  if (save.status === 'completed') return { status: t(T.solved, lang), solved: true };
  if (save.status === 'failed') return { status: t(T.failed, lang), solved: false };
  return { status: t(T.playing, lang, { met: save.goalsMet, total: save.goalsTotal }), solved: false };
}

/** The quiz as one line (the same words the teacher chose). */
export function quizLabel(a: Assignment, lang: Lang): string {
  const q = a.quiz;
  if (!q) return '';
  if (q.mode === 'exam') return t(T.quizExam, lang, { count: q.count, minutes: q.minutes, pass: q.passPercent });
  if (q.mode === 'mixed') return t(T.quizMixed, lang, { count: q.count });
  return t(T.quizStage, lang, { stage: STAGE_TITLES[q.stage][lang], count: q.count });
}

export function assignmentView(
  a: Assignment,
  missions: readonly Mission[],
  saveOf: (id: string) => MissionSave | null,
  quiz: QuizResult | null,
  lang: Lang,
  now: number,
): AssignmentView {
  const rows = missions.map((m) => ({ id: m.id, title: t(m.title, lang), ...missionStatus(saveOf(m.id), lang) }));
  const left = rows.filter((r) => !r.solved).length + (a.quiz && !quiz ? 1 : 0);
  const dueMs = parseStartTime(a.due);
  return {
    className: a.className,
    due: t(T.due, lang, { due: a.due }),
    overdue: dueMs !== null && now > dueMs,
    left: left ? t(T.left, lang, { left }) : t(T.allDone, lang),
    missions: rows,
    quiz: a.quiz ? { label: quizLabel(a, lang), done: !!quiz, ...quizScore(quiz, lang) } : null,
  };
}

/** The finished quiz in the one score presentation, and that the first finished attempt counts. */
function quizScore(quiz: QuizResult | null, lang: Lang): { score: string; tone: ScoreTone | 'none' } {
  if (!quiz) return { score: '', tone: 'none' };
  const view = scoreView(
    { points: quiz.points, total: quiz.total, correct: quiz.correct, passPercent: quiz.passPercent },
    lang,
  );
  return { score: t(T.quizDone, lang, { score: view.line }), tone: view.tone };
}

export interface ListRow {
  readonly id: string;
  readonly title: string;
}

/** Remembered assignments that still decode (an app update could retire a mission), as rows. */
export function listRows(list: readonly StoredAssignment[], builtIns: readonly Mission[], lang: Lang): ListRow[] {
  const rows: ListRow[] = [];
  for (const entry of list) {
    const d = decodeAssignment(entry.code, builtIns);
    if (d.ok)
      rows.push({ id: d.id, title: t(T.rowTitle, lang, { className: d.assignment.className, due: d.assignment.due }) });
  }
  return rows;
}

/** Where the page was opened from, as a sentence ('' for an ordinary opening). */
export function sceneText(scene: number, lang: Lang): string {
  const where =
    scene === 1044
      ? T.sceneGroup
      : scene === 1007 || scene === 1008
        ? T.sceneChat
        : scene === 1011 || scene === 1013
          ? T.sceneScan
          : null;
  return where ? t(T.scene, lang, { where: t(where, lang) }) : '';
}
