/**
 * The teacher's roster: the class list (optional, from a pasted or imported CSV of names and numbers), merged with
 * the result files and result codes students hand in. Importing never loses anything: a re-submission replaces the
 * earlier one and says so, and a duplicate, a file for another assignment, an edited, cut-off, oversized or
 * unreadable file is reported by name and changes nothing else. `rosterView` derives what the pages show: who
 * handed in, who is missing, scores per mission and stage, time, hints, and where the class got stuck.
 */
import { formatText, t, type I18nText, type Lang } from '../../core/i18n';
import { STAGES, STAGE_TITLES, type StageId } from '../../core/content-model';
import { reachesPass, wholePercent, type Points } from '../../core/quiz/score';
import { PASS_PERCENT } from '../../core/score/view';
import { parseCsv, toCsv } from './csv';
import {
  assignmentPassPercent,
  missionFigures,
  quizTotals,
  readResultCode,
  readResultFile,
  resultChecksum,
  type AssignmentContext,
  type ResultProblem,
  type StudentResult,
} from './result';
import { CLASS_LIST_HEADERS, CLASS_LIST_TEXTS, EXPORT_TEXT, ROSTER_MESSAGES } from './texts';
export { EXPORT_TEXT, ROSTER_MESSAGES } from './texts';

export interface ClassMember {
  readonly name: string;
  readonly number: string;
}

export interface Submission {
  readonly result: StudentResult;
  /** The file name or "QR" it came from. */
  readonly source: string;
  readonly checksum: string;
  /** How many earlier hand-ins of this student it replaced. */
  readonly replaced: number;
}

export interface Roster {
  readonly members: readonly ClassMember[];
  readonly submissions: readonly Submission[];
}

export const EMPTY_ROSTER: Roster = { members: [], submissions: [] };

/** A most 100 files at once (what `wx.chooseMessageFile` gives). */
export const MAX_IMPORT = 100;

export type ImportStatus = 'added' | 'replaced' | 'duplicate' | 'older' | 'too-many' | ResultProblem;

export interface ImportOutcome {
  readonly source: string;
  readonly status: ImportStatus;
  /** Changed the roster (added or replaced). */
  readonly counted: boolean;
  readonly message: I18nText;
}

/** The student's identity key: the number when there is one, else the name. */
export function studentKey(s: { name: string; number: string }): string {
  return s.number.trim() ? `#${s.number.trim().toLowerCase()}` : `@${s.name.trim()}`;
}

/** Beijing time `YYYY-MM-DD HH:mm`. */
export function beijingTime(ms: number): string {
  return new Date(ms + 8 * 3600 * 1000).toISOString().slice(0, 16).replace('T', ' ');
}

/** Which submission stands for a class member (by number, else by name), or for an outsider. */
function matchKey(roster: Roster, s: { name: string; number: string }): string {
  const member = roster.members.find((m) =>
    m.number && s.number ? m.number.toLowerCase() === s.number.trim().toLowerCase() : m.name === s.name.trim(),
  );
  return studentKey(member || s);
}

/** Adds one read result (already checked). */
function merge(roster: Roster, result: StudentResult, source: string): { roster: Roster; outcome: ImportOutcome } {
  const key = matchKey(roster, result.student);
  const checksum = resultChecksum(result);
  const params = { file: source, name: result.student.name };
  const index = roster.submissions.findIndex((s) => matchKey(roster, s.result.student) === key);
  const outcome = (status: ImportStatus, counted: boolean, message: I18nText): ImportOutcome => ({
    source,
    status,
    counted,
    message,
  });
  if (index < 0) {
    return {
      roster: { ...roster, submissions: roster.submissions.concat([{ result, source, checksum, replaced: 0 }]) },
      outcome: outcome('added', true, formatText(ROSTER_MESSAGES.added, params)),
    };
  }
  const earlier = roster.submissions[index];
  const time = beijingTime(earlier.result.submittedAt);
  if (earlier.checksum === checksum) {
    return { roster, outcome: outcome('duplicate', false, formatText(ROSTER_MESSAGES.duplicate, params)) };
  }
  if (result.submittedAt < earlier.result.submittedAt) {
    return { roster, outcome: outcome('older', false, formatText(ROSTER_MESSAGES.older, { ...params, time })) };
  }
  const submissions = roster.submissions.slice();
  submissions[index] = { result, source, checksum, replaced: earlier.replaced + 1 };
  return {
    roster: { ...roster, submissions },
    outcome: outcome('replaced', true, formatText(ROSTER_MESSAGES.replaced, { ...params, time })),
  };
}

export interface HandIn {
  /** File name, or e.g. "QR 3" for a scanned code. */
  readonly source: string;
  readonly text: string;
  readonly kind: 'file' | 'code';
}

/**
 * Imports hand-ins in order. Returns the new roster and one outcome per hand-in; a bad one changes nothing and
 * says why. The roster passed in is never changed.
 */
export function importHandIns(
  roster: Roster,
  context: AssignmentContext,
  handIns: readonly HandIn[],
): { roster: Roster; outcomes: ImportOutcome[] } {
  let current = roster;
  const outcomes: ImportOutcome[] = [];
  handIns.forEach((h, i) => {
    if (i >= MAX_IMPORT) {
      outcomes.push({
        source: h.source,
        status: 'too-many',
        counted: false,
        message: formatText(ROSTER_MESSAGES['too-many'], { file: h.source, max: MAX_IMPORT }),
      });
      return;
    }
    const read = h.kind === 'code' ? readResultCode(h.text, context) : readResultFile(h.text, context);
    if (!read.ok) {
      outcomes.push({
        source: h.source,
        status: read.problem,
        counted: false,
        message: formatText(ROSTER_MESSAGES.unread, { file: h.source, reason: read.message }),
      });
      return;
    }
    const merged = merge(current, read.result, h.source);
    current = merged.roster;
    outcomes.push(merged.outcome);
  });
  return { roster: current, outcomes };
}

// ---- the class list ----

export interface ClassListProblem {
  /** 1-based line of the CSV. */
  readonly line: number;
  readonly message: I18nText;
}

/** Longest name on a class list, in characters. */
const NAME_MAX = 20;

/**
 * Reads a class list: one student a line, name and number in either order (a header line such as `学号,姓名` is
 * recognised), comma, tab or 全角逗号. Bad lines are reported by number and left out; nothing else is dropped.
 */
export function parseClassList(text: string): { members: ClassMember[]; problems: ClassListProblem[] } {
  const rows = parseCsv(text);
  const members: ClassMember[] = [];
  const problems: ClassListProblem[] = [];
  let nameCol = -1;
  let numberCol = -1;
  let first = 0;
  if (rows.length) {
    const head = rows[0].map((c) => c.trim().toLowerCase());
    nameCol = head.findIndex((c) => (CLASS_LIST_HEADERS.name as readonly string[]).indexOf(c) >= 0);
    numberCol = head.findIndex((c) => (CLASS_LIST_HEADERS.number as readonly string[]).indexOf(c) >= 0);
    if (nameCol >= 0) first = 1;
  }
  const seen = new Set<string>();
  for (let r = first; r < rows.length; r++) {
    const cells = rows[r].map((c) => c.trim());
    const line = r + 1;
    if (cells.every((c) => c === '')) continue;
    let name: string;
    let number: string;
    if (nameCol >= 0) {
      name = cells[nameCol] || '';
      number = numberCol >= 0 ? cells[numberCol] || '' : '';
    } else {
      // No header: the cell that looks like a number (letters and digits, at least one digit) is the number.
      const n = cells.findIndex((c) => /^[A-Za-z0-9-]*\d[A-Za-z0-9-]*$/.test(c));
      number = n >= 0 ? cells[n] : '';
      name = cells.find((c, i) => i !== n && c !== '') || '';
    }
    const bad = (problem: I18nText) =>
      problems.push({ line, message: formatText(CLASS_LIST_TEXTS.line, { line, problem }) });
    if (!name) bad(CLASS_LIST_TEXTS.noName);
    else if ([...name].length > NAME_MAX) bad(formatText(CLASS_LIST_TEXTS.nameLong, { max: NAME_MAX }));
    else if (number && !/^[A-Za-z0-9-]{1,20}$/.test(number)) bad(CLASS_LIST_TEXTS.numberInvalid);
    else if (seen.has(studentKey({ name, number }))) bad(formatText(CLASS_LIST_TEXTS.twice, { who: number || name }));
    else {
      seen.add(studentKey({ name, number }));
      members.push({ name, number });
    }
  }
  return { members, problems };
}

/** Sets the class list; submissions are kept (students not on the new list show as "not on the list"). */
export function withClassList(roster: Roster, members: readonly ClassMember[]): Roster {
  return { ...roster, members: members.slice() };
}

// ---- the view ----

export type RowStatus = 'handed-in' | 'late' | 'missing';

export interface MissionCell {
  readonly id: string;
  readonly solved: boolean;
  readonly actions: number;
  readonly hints: number;
  readonly timeMs: number;
}

export interface RosterRow {
  readonly name: string;
  readonly number: string;
  /** False for a hand-in from someone not on the class list (or when there is no list). */
  readonly onList: boolean;
  readonly status: RowStatus;
  readonly submittedAt: number | null;
  readonly source: string;
  /** Earlier hand-ins this one replaced. */
  readonly replaced: number;
  readonly missions: readonly MissionCell[];
  readonly solved: number;
  readonly hints: number;
  readonly timeMs: number;
  /** The handed-in quiz, judged against the assignment's pass mark; null when none was handed in. */
  readonly quiz: RosterQuiz | null;
  /** Whole percent (rounded down) of points per stage that the quiz asked about (null where it asked none). */
  readonly stagePercent: Readonly<Record<StageId, number | null>>;
}

/**
 * A handed-in quiz as the roster shows it: points summed over its stages (not the percent written in the file,
 * which builds before exact scores rounded), their whole percent rounded down, and the verdict from the exact ratio.
 */
export interface RosterQuiz extends Points {
  readonly correct: number;
  readonly percent: number;
  readonly passed: boolean;
}

export interface HeatCell {
  readonly missionId: string;
  readonly goalId: string;
  /** Students who handed in without meeting this goal. */
  readonly stuck: number;
  readonly of: number;
}

export interface RosterView {
  /** The pass mark every quiz in this roster is judged by (the assignment exam's, else every quiz's). */
  readonly passPercent: number;
  readonly rows: readonly RosterRow[];
  readonly handedIn: number;
  readonly late: number;
  readonly missing: readonly ClassMember[];
  readonly notOnList: number;
  /** Per mission, in the assignment's order: how many solved it. */
  readonly solvedBy: readonly { missionId: string; solved: number; of: number }[];
  /** Per mission goal, in the assignment's order: where the class got stuck. */
  readonly heat: readonly HeatCell[];
}

function stagePercents(result: StudentResult): Record<StageId, number | null> {
  const out: Record<StageId, number | null> = { register: null, complete: null, develop: null, release: null };
  for (const s of result.quiz ? result.quiz.stages : []) {
    out[s.stage] = s.total === 0 ? null : wholePercent(s);
  }
  return out;
}

function rosterQuiz(result: StudentResult, passPercent: number): RosterQuiz | null {
  if (!result.quiz) return null;
  const totals = quizTotals(result.quiz);
  return { ...totals, percent: wholePercent(totals), passed: reachesPass(totals, passPercent) };
}

function rowOf(
  member: ClassMember,
  onList: boolean,
  sub: Submission | undefined,
  dueMs: number | null,
  passPercent: number,
): RosterRow {
  if (!sub) {
    return {
      ...member,
      onList,
      status: 'missing',
      submittedAt: null,
      source: '',
      replaced: 0,
      missions: [],
      solved: 0,
      hints: 0,
      timeMs: 0,
      quiz: null,
      stagePercent: { register: null, complete: null, develop: null, release: null },
    };
  }
  const r = sub.result;
  return {
    name: onList ? member.name : r.student.name,
    number: onList ? member.number : r.student.number,
    onList,
    status: dueMs !== null && r.submittedAt > dueMs ? 'late' : 'handed-in',
    submittedAt: r.submittedAt,
    source: sub.source,
    replaced: sub.replaced,
    missions: r.missions.map(missionFigures),
    solved: r.missions.filter((m) => m.solved).length,
    hints: r.missions.reduce((n, m) => n + m.hints, 0),
    timeMs: r.missions.reduce((n, m) => n + m.timeMs, 0),
    quiz: rosterQuiz(r, passPercent),
    stagePercent: stagePercents(r),
  };
}

/** What the roster page shows. `dueMs` (epoch ms) marks late hand-ins; pass null to ignore the due date. */
export function rosterView(roster: Roster, context: AssignmentContext, dueMs: number | null): RosterView {
  const passPercent = assignmentPassPercent(context.quiz) ?? PASS_PERCENT;
  const byKey = new Map<string, Submission>();
  for (const s of roster.submissions) byKey.set(matchKey(roster, s.result.student), s);
  const rows: RosterRow[] = [];
  const used = new Set<string>();
  for (const m of roster.members) {
    const key = studentKey(m);
    used.add(key);
    rows.push(rowOf(m, true, byKey.get(key), dueMs, passPercent));
  }
  for (const [key, s] of byKey) {
    if (!used.has(key)) rows.push(rowOf(s.result.student, false, s, dueMs, passPercent));
  }
  const submitted = roster.submissions.map((s) => s.result);
  const heat: HeatCell[] = [];
  for (const mission of context.missions) {
    const entries = submitted.map((r) => r.missions.find((m) => m.id === mission.id)).filter((m) => m !== undefined);
    for (const goal of mission.goals) {
      heat.push({
        missionId: mission.id,
        goalId: goal.id,
        stuck: entries.filter((m) => m.unmet.indexOf(goal.id) >= 0).length,
        of: entries.length,
      });
    }
  }
  return {
    passPercent,
    rows,
    handedIn: rows.filter((r) => r.status !== 'missing').length,
    late: rows.filter((r) => r.status === 'late').length,
    missing: rows.filter((r) => r.status === 'missing').map((r) => ({ name: r.name, number: r.number })),
    notOnList: roster.members.length ? rows.filter((r) => !r.onList).length : 0,
    solvedBy: context.missions.map((m) => ({
      missionId: m.id,
      solved: submitted.filter((r) => r.missions.some((x) => x.id === m.id && x.solved)).length,
      of: submitted.length,
    })),
    heat,
  };
}

// ---- export ----

/** The roster as CSV (UTF-8 with a BOM, CRLF): one row per student, the columns in the page's language. */
export function rosterCsv(view: RosterView, context: AssignmentContext, lang: Lang): string {
  const x = EXPORT_TEXT;
  const header = [t(x.number, lang), t(x.name, lang), t(x.status, lang), t(x.submittedAt, lang)];
  for (const m of context.missions) {
    const p = { mission: m.title[lang] };
    header.push(t(x.solved, lang, p), t(x.actions, lang, p), t(x.hints, lang, p), t(x.seconds, lang, p));
  }
  header.push(t(x.quiz, lang), t(x.quizVerdict, lang, { pass: view.passPercent }));
  for (const s of STAGES) header.push(t(x.stage, lang, { stage: STAGE_TITLES[s][lang] }));
  header.push(t(x.totalMinutes, lang), t(x.totalHints, lang), t(x.replaced, lang));
  const num = (v: number | null) => (v === null ? '' : String(v));
  const rows = view.rows.map((r) => {
    const cells = [
      r.number,
      r.name,
      t(x[r.status], lang) + (r.onList || view.notOnList === 0 ? '' : t(x.notOnList, lang)),
      r.submittedAt === null ? '' : beijingTime(r.submittedAt),
    ];
    for (const m of context.missions) {
      const c = r.missions.find((y) => y.id === m.id);
      if (!c) cells.push('', '', '', '');
      else
        cells.push(
          t(c.solved ? x.yes : x.no, lang),
          String(c.actions),
          String(c.hints),
          String(Math.round(c.timeMs / 1000)),
        );
    }
    cells.push(
      r.quiz ? String(r.quiz.percent) : '',
      r.quiz ? t(r.quiz.passed ? x.quizPassed : x.quizFailed, lang) : '',
    );
    for (const s of STAGES) cells.push(num(r.stagePercent[s]));
    cells.push(
      r.status === 'missing' ? '' : (r.timeMs / 60000).toFixed(1),
      r.status === 'missing' ? '' : String(r.hints),
    );
    cells.push(String(r.replaced));
    return cells;
  });
  return toCsv([header, ...rows]);
}
