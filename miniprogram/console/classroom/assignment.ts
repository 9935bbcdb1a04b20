/**
 * An assignment: what a teacher hands a class. Missions (built-in by id, or a teacher-built mission embedded as
 * its share code), an optional quiz or exam drawn from a fixed seed (the same questions, order and options for
 * everyone; the missions' own start seeds already give everyone the same captcha and sample identities), a due
 * date and the class name. It travels as a compact code (`encodeAssignment`): in a share card's page query, a QR
 * code, or copied as text.
 */
import { formatText, type I18nText } from '../../core/i18n';
import { STAGES, type StageId } from '../../core/content-model';
import type { QuizSpec } from '../../core/quiz/run';
import { classroomQuizSpec, type ClassroomQuiz } from '../../core/classroom/quiz-link';
import { decodeMission, MAX_CODE_LENGTH } from '../missions/codec';
import type { Mission } from '../missions/content/model';
import { parseStartTime } from '../missions/start';
import { checksumHex, openEnvelope, sealEnvelope, type Envelope } from './bytes';
import { ASSIGNMENT_CODE_MESSAGES, ASSIGNMENT_TEXTS as A } from './texts';

/** A mission of an assignment: a built-in one by id, or a teacher's own as its share code. */
export type AssignmentMission = { readonly builtIn: string } | { readonly code: string };

/** The quiz part: an exam (timed, with a pass mark), a mixed quiz, or one stage's questions. */
export type AssignmentQuiz = ClassroomQuiz;

export interface Assignment {
  readonly className: string;
  /** Beijing time `YYYY-MM-DD HH:mm`. */
  readonly due: string;
  /** The quiz seed: everyone gets the same questions in the same order. */
  readonly seed: number;
  readonly missions: readonly AssignmentMission[];
  readonly quiz: AssignmentQuiz | null;
}

export const ASSIGNMENT_LIMITS = {
  classNameChars: 40,
  missions: 50,
  quizMin: 1,
  quizMax: 50,
  minutesMax: 180,
  /** Longest assignment code accepted (a share card query stays ≤ 1 KB for built-in missions). */
  codeChars: 4096,
} as const;

export const ASSIGNMENT_CODE_VERSION = 1;

/** Frozen for code version 1: what assignment bodies repeat (the built-in mission ids of 2026-12, the keys). */
const DICTIONARY_V1 =
  '{"c":"","d":"2026-12-31 23:59","s":,"q":{"m":"exam","n":20,"t":20,"p":80},"m":["k":"' +
  'annual-review","classic-vs-current","verify-with-filing","filing","withdraw-review","rollback","phased-release",' +
  '"approved-not-published","review-rejected","first-release","every-mistake","payment-expired","enterprise-payment",' +
  '"cancelled-dialog","admin-wechat-limit","phone-quota","id-quota","admin-identity","wrong-address","mail-in-spam",' +
  '"password-captcha","email-rules","walkthrough","permissions","testers-trial","member-limits","hidden-member",' +
  '"add-developer","ci-upload","server-domains","freeze-secret","ip-whitelist","secret-lost","secret-reset",' +
  '"categories","abbr-avatar","quotas-used","name-rules","complete-info",' +
  '"mixed","stage","register","complete","develop","release"]}';

const ENVELOPE: Envelope = {
  magic: 'RA',
  version: ASSIGNMENT_CODE_VERSION,
  dictionary: DICTIONARY_V1,
  maxBodyBytes: 16 * 1024,
};

/** Where a share card or QR code opens the assignment (the student's page; the query format is fixed here). */
export const JOIN_PATH = 'console/classroom/join/index';

export type AssignmentField = 'className' | 'due' | 'missions' | 'quiz' | 'seed';

export interface FieldProblem {
  readonly field: AssignmentField;
  readonly message: I18nText;
}

const MISSION_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function problem(field: AssignmentField, message: I18nText): FieldProblem {
  return { field, message };
}

function checkQuiz(q: unknown): FieldProblem | null {
  if (q === null) return null;
  const bad = problem('quiz', A.quizInvalid);
  if (typeof q !== 'object' || q === undefined) return bad;
  const r = q as Record<string, unknown>;
  const { quizMin, quizMax, minutesMax } = ASSIGNMENT_LIMITS;
  if (!Number.isInteger(r.count) || (r.count as number) < quizMin || (r.count as number) > quizMax) {
    return problem('quiz', formatText(A.quizCount, { min: quizMin, max: quizMax }));
  }
  const keys = Object.keys(r).sort().join(',');
  if (r.mode === 'exam') {
    if (keys !== 'count,minutes,mode,passPercent') return bad;
    if (!Number.isInteger(r.minutes) || (r.minutes as number) < 1 || (r.minutes as number) > minutesMax) {
      return problem('quiz', formatText(A.examMinutes, { max: minutesMax }));
    }
    if (!Number.isInteger(r.passPercent) || (r.passPercent as number) < 0 || (r.passPercent as number) > 100) {
      return problem('quiz', A.passPercent);
    }
    return null;
  }
  if (r.mode === 'mixed') return keys === 'count,mode' ? null : bad;
  if (r.mode === 'stage') {
    return keys === 'count,mode,stage' && STAGES.indexOf(r.stage as StageId) >= 0 ? null : bad;
  }
  return bad;
}

/**
 * Every problem of an assignment (a teacher's form or a decoded code), in field order, each in words a teacher
 * understands. `builtIns` are the missions a `builtIn` id may name.
 */
export function assignmentProblems(value: unknown, builtIns: readonly Mission[]): FieldProblem[] {
  if (typeof value !== 'object' || value === null) return [problem('missions', A.notAssignment)];
  const a = value as Record<string, unknown>;
  const out: FieldProblem[] = [];
  const name = typeof a.className === 'string' ? a.className.trim() : '';
  if (!name) out.push(problem('className', A.classNameMissing));
  else if ([...name].length > ASSIGNMENT_LIMITS.classNameChars) {
    out.push(problem('className', formatText(A.classNameLong, { max: ASSIGNMENT_LIMITS.classNameChars })));
  }
  if (typeof a.due !== 'string' || parseStartTime(a.due) === null) {
    out.push(problem('due', A.dueInvalid));
  }
  if (!Number.isInteger(a.seed) || (a.seed as number) < 0 || (a.seed as number) > 0xffffffff) {
    out.push(problem('seed', A.seedInvalid));
  }
  const missions = Array.isArray(a.missions) ? (a.missions as unknown[]) : null;
  if (!missions || (missions.length === 0 && a.quiz === null)) {
    out.push(problem('missions', A.nothingChosen));
  } else if (missions.length > ASSIGNMENT_LIMITS.missions) {
    out.push(problem('missions', formatText(A.tooManyMissions, { max: ASSIGNMENT_LIMITS.missions })));
  } else {
    const ids = new Set<string>();
    for (let i = 0; i < missions.length; i++) {
      const resolved = resolveOne(missions[i], builtIns);
      if (!resolved.ok) {
        out.push(problem('missions', formatText(A.missionEntry, { n: i + 1, problem: resolved.message })));
      } else if (ids.has(resolved.mission.id)) {
        out.push(problem('missions', formatText(A.missionTwice, { id: resolved.mission.id })));
      } else ids.add(resolved.mission.id);
    }
  }
  const quizProblem = a.quiz === undefined ? problem('quiz', A.quizMissing) : checkQuiz(a.quiz);
  if (quizProblem) out.push(quizProblem);
  return out;
}

type Resolved = { ok: true; mission: Mission } | { ok: false; message: I18nText };

function resolveOne(entry: unknown, builtIns: readonly Mission[]): Resolved {
  if (typeof entry === 'object' && entry !== null) {
    const e = entry as Record<string, unknown>;
    const keys = Object.keys(e).join(',');
    if (keys === 'builtIn' && typeof e.builtIn === 'string' && MISSION_ID.test(e.builtIn)) {
      const mission = builtIns.find((m) => m.id === e.builtIn);
      if (mission) return { ok: true, mission };
      return { ok: false, message: formatText(A.noBuiltIn, { id: e.builtIn }) };
    }
    if (keys === 'code' && typeof e.code === 'string' && e.code.length <= MAX_CODE_LENGTH) {
      const decoded = decodeMission(e.code);
      if (!decoded.ok) return { ok: false, message: decoded.message };
      if (builtIns.some((m) => m.id === decoded.mission.id)) {
        return { ok: false, message: formatText(A.builtInId, { id: decoded.mission.id }) };
      }
      return { ok: true, mission: decoded.mission };
    }
  }
  return { ok: false, message: A.entryInvalid };
}

/** The missions of a valid assignment, in its order (imported ones without their solution). */
export function assignmentMissions(assignment: Assignment, builtIns: readonly Mission[]): Mission[] {
  return assignment.missions.map((entry) => {
    const r = resolveOne(entry, builtIns);
    if (!r.ok) throw new Error(`assignmentMissions: ${r.message.en} (check the assignment first)`);
    return r.mission;
  });
}

/** The quiz of an assignment as the quiz engine's spec; `createRun(bank, spec, assignment.seed, now)` runs it. */
export function assignmentQuizSpec(assignment: Assignment): QuizSpec | null {
  return assignment.quiz ? classroomQuizSpec(assignment.quiz) : null;
}

// ---- the code ----

type Body = {
  c: string;
  d: string;
  s: number;
  m: (string | { k: string })[];
  q?:
    { m: 'exam'; n: number; t: number; p: number } | { m: 'mixed'; n: number } | { m: 'stage'; g: StageId; n: number };
};

function toBody(a: Assignment): Body {
  const body: Body = {
    c: a.className.trim(),
    d: a.due,
    s: a.seed,
    m: a.missions.map((x) => ('builtIn' in x ? x.builtIn : { k: x.code })),
  };
  const q = a.quiz;
  if (q) {
    body.q =
      q.mode === 'exam'
        ? { m: 'exam', n: q.count, t: q.minutes, p: q.passPercent }
        : q.mode === 'mixed'
          ? { m: 'mixed', n: q.count }
          : { m: 'stage', g: q.stage, n: q.count };
  }
  return body;
}

function fromBody(v: unknown): unknown {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return null;
  const b = v as Record<string, unknown>;
  const missions = Array.isArray(b.m)
    ? b.m.map((x: unknown) =>
        typeof x === 'string'
          ? { builtIn: x }
          : typeof x === 'object' && x !== null && typeof (x as { k?: unknown }).k === 'string'
            ? { code: (x as { k: string }).k }
            : x,
      )
    : b.m;
  let quiz: unknown = null;
  if (b.q !== undefined) {
    const q = (typeof b.q === 'object' && b.q !== null ? b.q : {}) as Record<string, unknown>;
    quiz =
      q.m === 'exam'
        ? { mode: 'exam', count: q.n, minutes: q.t, passPercent: q.p }
        : q.m === 'mixed'
          ? { mode: 'mixed', count: q.n }
          : { mode: q.m, stage: q.g, count: q.n };
  }
  return { className: b.c, due: b.d, seed: b.s, missions, quiz };
}

/** The compact code of an assignment: base64url, no `=`; the text a teacher copies and the QR code carries. */
export function encodeAssignment(assignment: Assignment): string {
  return sealEnvelope(ENVELOPE, toBody(assignment));
}

/**
 * A short id of the assignment's content (8 hex digits of the checksum of its canonical body): a result file
 * names it, so the roster can tell a file for another assignment.
 */
export function assignmentId(assignment: Assignment): string {
  return checksumHex(JSON.stringify(toBody(assignment)));
}

/** The page path with its query that a share card or a QR code opens. */
export function shareQuery(assignment: Assignment): string {
  return `${JOIN_PATH}?a=${encodeAssignment(assignment)}`;
}

export type AssignmentCodeProblem = 'empty' | 'too-long' | 'malformed' | 'foreign' | 'newer' | 'damaged' | 'invalid';

export type AssignmentDecode =
  | { ok: true; assignment: Assignment; id: string; missions: Mission[] }
  | { ok: false; problem: AssignmentCodeProblem; message: I18nText; detail: string };

/** Reads an assignment code (or a share query `a=` value / whole path). Pure; never throws. */
export function decodeAssignment(input: unknown, builtIns: readonly Mission[]): AssignmentDecode {
  const fail = (p: AssignmentCodeProblem, detail: string): AssignmentDecode => ({
    ok: false,
    problem: p,
    message: ASSIGNMENT_CODE_MESSAGES[p],
    detail,
  });
  if (typeof input !== 'string' || input.trim() === '') return fail('empty', 'no text');
  let code = input.trim();
  const q = code.indexOf('?a=');
  if (q >= 0) code = code.slice(q + 3);
  if (code.length > ASSIGNMENT_LIMITS.codeChars) return fail('too-long', `${code.length} characters`);
  const opened = openEnvelope(ENVELOPE, code);
  if (!opened.ok) return fail(opened.problem, opened.detail);
  const value = fromBody(opened.json);
  const problems = assignmentProblems(value, builtIns);
  if (problems.length) return fail('invalid', problems.map((p) => p.message.en).join(' '));
  const assignment = value as Assignment;
  return { ok: true, assignment, id: assignmentId(assignment), missions: assignmentMissions(assignment, builtIns) };
}
