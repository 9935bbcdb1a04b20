/**
 * A student's result file: what they hand in (JSON, readable by a person; also as a compact code for a result QR
 * code). Per mission: solved, actions, hints, real time and the goals not met (where they got stuck); the quiz
 * score per stage. It carries a checksum of its content.
 *
 * What the checksum proves, plainly: it detects casual edits (a changed number in a text editor) and damage in
 * transfer. It is NOT proof against a determined cheat: the app's code is public and runs on the student's phone,
 * so anyone who reads it can recompute the checksum for an edited file. It is a seal, not a signature.
 */
import { formatText, type I18nText } from '../../core/i18n';
import { STAGES, type StageId } from '../../core/content-model';
import type { QuizResult } from '../../core/quiz/run';
import { wholePercent } from '../../core/quiz/score';
import type { AssignmentQuiz } from './assignment';
import type { Mission } from '../missions/content/model';
import type { MissionRun } from '../missions/run';
import { checksumHex, openEnvelope, sealEnvelope, type Envelope } from './bytes';
import { RESULT_FOREIGN_CLASS, RESULT_MESSAGES, STUDENT_TEXTS } from './texts';

export const RESULT_APP = 'reglab-result';
export const RESULT_VERSION = 1;
/** A result file larger than this is refused unread (10 missions make well under 4 KB). */
export const MAX_RESULT_BYTES = 16 * 1024;
const CHECKSUM_SALT = 'reglab-result-v1|';

export const STUDENT_LIMITS = { nameChars: 20, numberChars: 20 } as const;

export interface Student {
  readonly name: string;
  /** Student number as the school writes it; may be empty. */
  readonly number: string;
}

export interface MissionResult {
  readonly id: string;
  readonly solved: boolean;
  /** Actions of the counted run (the solved one, else the latest). */
  readonly actions: number;
  readonly hints: number;
  /** Real time of the counted run, ms. */
  readonly timeMs: number;
  /** Goals not met at the end of the counted run (empty when solved): where the student got stuck. */
  readonly unmet: readonly string[];
}

export interface StageScore {
  readonly stage: StageId;
  readonly total: number;
  readonly correct: number;
  /** Sum of credit, partial credit included. */
  readonly points: number;
}

export interface QuizScore {
  readonly percent: number;
  readonly passed: boolean | null;
  readonly stages: readonly StageScore[];
}

export interface StudentResult {
  readonly assignment: string;
  readonly className: string;
  readonly student: Student;
  /** Real time of hand-in, epoch ms. */
  readonly submittedAt: number;
  readonly missions: readonly MissionResult[];
  readonly quiz: QuizScore | null;
}

/** The hand-in for a mission from its run (completed or not). */
export function missionResultFromRun(run: MissionRun, realNow: number): MissionResult {
  return {
    id: run.mission.id,
    solved: run.status === 'completed',
    actions: run.actions.length,
    hints: run.hintsUnlocked,
    timeMs: Math.max(0, Math.round(realNow - run.startedAt)),
    unmet: run.status === 'completed' ? [] : run.checklist.filter((g) => !g.met).map((g) => g.id),
  };
}

/** A mission the student never opened: not solved, every goal unmet. */
export function missionNotStarted(mission: Mission): MissionResult {
  return { id: mission.id, solved: false, actions: 0, hints: 0, timeMs: 0, unmet: mission.goals.map((g) => g.id) };
}

/** A handed-in quiz's points, total and fully right answers, summed over its stages (what its verdict is made of). */
export function quizTotals(score: QuizScore): { points: number; total: number; correct: number } {
  const sum = (pick: (s: StageScore) => number) => score.stages.reduce((n, s) => n + pick(s), 0);
  return { points: sum((s) => s.points), total: sum((s) => s.total), correct: sum((s) => s.correct) };
}

/**
 * The pass mark a handed-in quiz is judged by: an exam's own; otherwise undefined, for every quiz's pass mark
 * (core/score/view.ts), as the student's phone judged it.
 */
export function assignmentPassPercent(quiz: AssignmentQuiz | null | undefined): number | undefined {
  return quiz && quiz.mode === 'exam' ? quiz.passPercent : undefined;
}

/** The quiz part from the quiz engine's summary; its percent as every page shows it (core/quiz/score.ts). */
export function quizScoreFrom(summary: QuizResult): QuizScore {
  return {
    percent: wholePercent(summary),
    passed: summary.passed === undefined ? null : summary.passed,
    stages: summary.byStage.map((s) => ({ stage: s.stage, total: s.total, correct: s.correct, points: s.points })),
  };
}

export type StudentField = 'name' | 'number';

/** Problems with what a student typed, in words a student understands. */
export function studentProblems(name: string, number: string): { field: StudentField; message: I18nText }[] {
  const out: { field: StudentField; message: I18nText }[] = [];
  const n = name.trim();
  if (!n)
    out.push({
      field: 'name',
      message: STUDENT_TEXTS.nameMissing,
    });
  else if ([...n].length > STUDENT_LIMITS.nameChars || /[\r\n,"]/.test(n)) {
    out.push({
      field: 'name',
      message: formatText(STUDENT_TEXTS.nameInvalid, { max: STUDENT_LIMITS.nameChars }),
    });
  }
  if (number.trim() && !/^[A-Za-z0-9-]{1,20}$/.test(number.trim())) {
    out.push({
      field: 'number',
      message: STUDENT_TEXTS.numberInvalid,
    });
  }
  return out;
}

// ---- canonical form and checksum ----

/** A mission's figures in the file's key order, without the goals left unmet (what a roster cell shows). */
export function missionFigures(m: MissionResult): Omit<MissionResult, 'unmet'> {
  return { id: m.id, solved: m.solved, actions: m.actions, hints: m.hints, timeMs: m.timeMs };
}

/** The result as plain JSON in a fixed key order (what the checksum covers). */
function canonical(r: StudentResult): Record<string, unknown> {
  return {
    app: RESULT_APP,
    v: RESULT_VERSION,
    assignment: r.assignment,
    className: r.className,
    student: { name: r.student.name, number: r.student.number },
    submittedAt: r.submittedAt,
    missions: r.missions.map((m) => ({ ...missionFigures(m), unmet: m.unmet.slice() })),
    quiz: r.quiz
      ? {
          percent: r.quiz.percent,
          passed: r.quiz.passed,
          stages: r.quiz.stages.map((s) => ({ stage: s.stage, total: s.total, correct: s.correct, points: s.points })),
        }
      : null,
  };
}

export function resultChecksum(r: StudentResult): string {
  return checksumHex(CHECKSUM_SALT + JSON.stringify(canonical(r)));
}

/** The result file's text (JSON, one line). */
export function resultFileText(r: StudentResult): string {
  return JSON.stringify({ ...canonical(r), checksum: resultChecksum(r) });
}

/** A file name for `wx.shareFileMessage`: class, number, name (safe characters only). */
export function resultFileName(r: StudentResult): string {
  const safe = (s: string) => s.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 30);
  return `reglab-${safe(r.className)}-${safe(r.student.number || 'x')}-${safe(r.student.name)}.json`;
}

const RESULT_ENVELOPE: Envelope = {
  magic: 'RR',
  version: RESULT_VERSION,
  dictionary:
    '{"app":"reglab-result","v":1,"assignment":"","className":"","student":{"name":"","number":""},"submittedAt":' +
    ',"missions":[{"id":"","solved":true,"actions":,"hints":0,"timeMs":,"unmet":[]},{"id":"","solved":false,' +
    '"quiz":{"percent":,"passed":null,"stages":[{"stage":"register","total":,"correct":,"points":},' +
    '{"stage":"complete"{"stage":"develop"{"stage":"release"],"checksum":"',
  maxBodyBytes: MAX_RESULT_BYTES,
};

/** The result as a compact code for a result QR code the teacher scans. */
export function resultCode(r: StudentResult): string {
  return sealEnvelope(RESULT_ENVELOPE, JSON.parse(resultFileText(r)));
}

// ---- reading ----

/** What the reader needs of the assignment: its id, class and missions; the roster also its quiz (for the pass mark). */
export interface AssignmentContext {
  readonly id: string;
  readonly className: string;
  readonly missions: readonly Mission[];
  /** The assignment's quiz; absent or null: judged by every quiz's pass mark. */
  readonly quiz?: AssignmentQuiz | null;
}

export type ResultProblem = 'empty' | 'oversized' | 'truncated' | 'corrupt' | 'newer' | 'tampered' | 'foreign';

export type ResultRead =
  { ok: true; result: StudentResult } | { ok: false; problem: ResultProblem; message: I18nText; detail: string };

function fail(problem: ResultProblem, detail: string, message: I18nText = RESULT_MESSAGES[problem]): ResultRead {
  return { ok: false, problem, message, detail };
}

const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function parseMission(v: unknown): MissionResult | null {
  if (!isObj(v) || typeof v.id !== 'string' || typeof v.solved !== 'boolean') return null;
  if (!isCount(v.actions) || !isCount(v.hints) || !isCount(v.timeMs)) return null;
  if (!Array.isArray(v.unmet) || !v.unmet.every((g) => typeof g === 'string')) return null;
  return {
    id: v.id,
    solved: v.solved,
    actions: v.actions,
    hints: v.hints,
    timeMs: v.timeMs,
    unmet: v.unmet as string[],
  };
}

function parseQuiz(v: unknown): QuizScore | null | undefined {
  if (v === null) return null;
  if (!isObj(v) || !isCount(v.percent) || (v.percent as number) > 100) return undefined;
  if (!(v.passed === null || typeof v.passed === 'boolean') || !Array.isArray(v.stages)) return undefined;
  const stages: StageScore[] = [];
  for (const s of v.stages) {
    if (!isObj(s) || STAGES.indexOf(s.stage as StageId) < 0 || !isCount(s.total) || !isCount(s.correct))
      return undefined;
    if (typeof s.points !== 'number' || !(s.points >= 0) || s.points > s.total || s.correct > s.total) return undefined;
    stages.push({ stage: s.stage as StageId, total: s.total, correct: s.correct, points: s.points });
  }
  return { percent: v.percent as number, passed: v.passed as boolean | null, stages };
}

/** Checks a parsed value against the result schema, the checksum and the assignment. */
export function checkResultJson(json: unknown, context: AssignmentContext): ResultRead {
  if (!isObj(json) || json.app !== RESULT_APP) return fail('corrupt', 'not a RegLab result');
  if (!Number.isInteger(json.v) || (json.v as number) < 1) return fail('corrupt', 'no version');
  if ((json.v as number) > RESULT_VERSION) return fail('newer', `version ${json.v}`);
  const s = json.student;
  if (typeof json.assignment !== 'string' || typeof json.className !== 'string' || !isObj(s)) {
    return fail('corrupt', 'missing fields');
  }
  if (typeof s.name !== 'string' || typeof s.number !== 'string' || !Number.isFinite(json.submittedAt)) {
    return fail('corrupt', 'missing student or time');
  }
  if (!Array.isArray(json.missions) || json.missions.length > 50) return fail('corrupt', 'missions');
  const missions: MissionResult[] = [];
  for (const m of json.missions) {
    const parsed = parseMission(m);
    if (!parsed) return fail('corrupt', 'a mission entry');
    missions.push(parsed);
  }
  const quiz = parseQuiz(json.quiz);
  if (quiz === undefined) return fail('corrupt', 'quiz');
  const result: StudentResult = {
    assignment: json.assignment,
    className: json.className,
    student: { name: s.name, number: s.number },
    submittedAt: json.submittedAt as number,
    missions,
    quiz,
  };
  if (json.checksum !== resultChecksum(result)) return fail('tampered', 'checksum mismatch');
  if (result.assignment !== context.id) {
    return fail(
      'foreign',
      `assignment ${result.assignment}`,
      formatText(RESULT_FOREIGN_CLASS, { className: result.className, expected: context.className }),
    );
  }
  // Same assignment and a valid checksum, but missions that are not the assignment's: made, not handed in.
  const expected = context.missions.map((m) => m.id).join(',');
  if (missions.map((m) => m.id).join(',') !== expected) return fail('tampered', 'missions differ from the assignment');
  for (const m of missions) {
    const goals = (context.missions.find((x) => x.id === m.id) as Mission).goals.map((g) => g.id);
    if (!m.unmet.every((g) => goals.indexOf(g) >= 0) || (m.solved && m.unmet.length > 0)) {
      return fail('tampered', `goals of ${m.id}`);
    }
  }
  return { ok: true, result };
}

/** Reads a result file's text. Pure; never throws. */
export function readResultFile(text: unknown, context: AssignmentContext): ResultRead {
  if (typeof text !== 'string' || text.trim() === '') return fail('empty', 'no text');
  if (text.length > MAX_RESULT_BYTES) return fail('oversized', `${text.length} characters`);
  const body = text.replace(/^\uFEFF/, '').trim();
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    // A file that starts like a result but stops early was cut off in transfer; anything else is not one.
    return body.startsWith('{') && body.indexOf(`"${RESULT_APP}"`) >= 0 && !body.endsWith('}')
      ? fail('truncated', 'JSON ends early')
      : fail('corrupt', 'not JSON');
  }
  return checkResultJson(json, context);
}

/** Reads a result code (from a result QR code). */
export function readResultCode(code: unknown, context: AssignmentContext): ResultRead {
  if (typeof code !== 'string' || code.trim() === '') return fail('empty', 'no text');
  if (code.length > MAX_RESULT_BYTES) return fail('oversized', `${code.length} characters`);
  const opened = openEnvelope(RESULT_ENVELOPE, code.trim());
  if (!opened.ok) {
    const map: Record<typeof opened.problem, ResultProblem> = {
      malformed: 'corrupt',
      foreign: 'corrupt',
      newer: 'newer',
      damaged: 'truncated',
      'too-long': 'oversized',
    };
    // A scanned code arrives whole or not at all: a body that unpacks but fails its checksum was edited.
    return fail(opened.detail === 'checksum mismatch' ? 'tampered' : map[opened.problem], opened.detail);
  }
  return checkResultJson(opened.json, context);
}
