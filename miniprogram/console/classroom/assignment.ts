/**
 * An assignment: what a teacher hands a class. Missions (built-in by id, or a teacher-built mission embedded as
 * its share code), an optional quiz or exam drawn from a fixed seed (the same questions, order and options for
 * everyone; the missions' own start seeds already give everyone the same captcha and sample identities), a due
 * date and the class name. It travels as a compact code (`encodeAssignment`): in a share card's page query, a QR
 * code, or copied as text.
 */
import type { I18nText } from '../../core/i18n';
import { STAGES, type StageId } from '../../core/content-model';
import type { QuizSpec } from '../../core/quiz/run';
import { classroomQuizSpec, type ClassroomQuiz } from '../../core/classroom/quiz-link';
import { decodeMission, MAX_CODE_LENGTH } from '../missions/codec';
import type { Mission } from '../missions/content/model';
import { parseStartTime } from '../missions/start';
import { checksumHex, openEnvelope, sealEnvelope, type Envelope } from './bytes';

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

function problem(field: AssignmentField, zh: string, en: string): FieldProblem {
  return { field, message: { zh, en } };
}

function checkQuiz(q: unknown): FieldProblem | null {
  if (q === null) return null;
  const bad = problem(
    'quiz',
    '测验设置无效：请选择考试、综合练习或某一阶段。',
    'The quiz settings are not valid: choose an exam, a mixed quiz or one stage.',
  );
  if (typeof q !== 'object' || q === undefined) return bad;
  const r = q as Record<string, unknown>;
  const { quizMin, quizMax, minutesMax } = ASSIGNMENT_LIMITS;
  if (!Number.isInteger(r.count) || (r.count as number) < quizMin || (r.count as number) > quizMax) {
    return problem(
      'quiz',
      `题目数量须为 ${quizMin}–${quizMax} 之间的整数。`,
      `The number of questions must be a whole number from ${quizMin} to ${quizMax}.`,
    );
  }
  const keys = Object.keys(r).sort().join(',');
  if (r.mode === 'exam') {
    if (keys !== 'count,minutes,mode,passPercent') return bad;
    if (!Number.isInteger(r.minutes) || (r.minutes as number) < 1 || (r.minutes as number) > minutesMax) {
      return problem('quiz', `考试时长须为 1–${minutesMax} 分钟。`, `The exam must last 1 to ${minutesMax} minutes.`);
    }
    if (!Number.isInteger(r.passPercent) || (r.passPercent as number) < 0 || (r.passPercent as number) > 100) {
      return problem('quiz', '及格线须为 0–100 的百分数。', 'The pass mark must be a percentage from 0 to 100.');
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
  if (typeof value !== 'object' || value === null) return [problem('missions', '不是作业。', 'Not an assignment.')];
  const a = value as Record<string, unknown>;
  const out: FieldProblem[] = [];
  const name = typeof a.className === 'string' ? a.className.trim() : '';
  if (!name) out.push(problem('className', '请填写班级名称。', 'Enter the class name.'));
  else if ([...name].length > ASSIGNMENT_LIMITS.classNameChars) {
    out.push(
      problem(
        'className',
        `班级名称最多 ${ASSIGNMENT_LIMITS.classNameChars} 个字。`,
        `The class name can have at most ${ASSIGNMENT_LIMITS.classNameChars} characters.`,
      ),
    );
  }
  if (typeof a.due !== 'string' || parseStartTime(a.due) === null) {
    out.push(
      problem(
        'due',
        '截止时间须为有效的日期和时间，格式如 2026-12-31 23:59（北京时间）。',
        'The due date must be a real date and time such as 2026-12-31 23:59 (Beijing time).',
      ),
    );
  }
  if (!Number.isInteger(a.seed) || (a.seed as number) < 0 || (a.seed as number) > 0xffffffff) {
    out.push(problem('seed', '题目种子须为非负整数。', 'The question seed must be a whole number, 0 or more.'));
  }
  const missions = Array.isArray(a.missions) ? (a.missions as unknown[]) : null;
  if (!missions || (missions.length === 0 && a.quiz === null)) {
    out.push(problem('missions', '请至少选择一个任务或加一次测验。', 'Choose at least one mission or add a quiz.'));
  } else if (missions.length > ASSIGNMENT_LIMITS.missions) {
    out.push(
      problem(
        'missions',
        `一次作业最多 ${ASSIGNMENT_LIMITS.missions} 个任务。`,
        `An assignment can have at most ${ASSIGNMENT_LIMITS.missions} missions.`,
      ),
    );
  } else {
    const ids = new Set<string>();
    for (let i = 0; i < missions.length; i++) {
      const resolved = resolveOne(missions[i], builtIns);
      if (!resolved.ok) {
        out.push(
          problem('missions', `第 ${i + 1} 个任务：${resolved.message.zh}`, `Mission ${i + 1}: ${resolved.message.en}`),
        );
      } else if (ids.has(resolved.mission.id)) {
        out.push(
          problem(
            'missions',
            `任务 ${resolved.mission.id} 出现了两次。`,
            `The mission ${resolved.mission.id} is in the list twice.`,
          ),
        );
      } else ids.add(resolved.mission.id);
    }
  }
  const quizProblem =
    a.quiz === undefined ? problem('quiz', '缺少测验设置。', 'The quiz setting is missing.') : checkQuiz(a.quiz);
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
      return {
        ok: false,
        message: {
          zh: `没有编号为 ${e.builtIn} 的内置任务（小程序可能需要更新）。`,
          en: `There is no built-in mission ${e.builtIn} (the app may need an update).`,
        },
      };
    }
    if (keys === 'code' && typeof e.code === 'string' && e.code.length <= MAX_CODE_LENGTH) {
      const decoded = decodeMission(e.code);
      if (!decoded.ok) return { ok: false, message: decoded.message };
      if (builtIns.some((m) => m.id === decoded.mission.id)) {
        return {
          ok: false,
          message: {
            zh: `自建任务使用了内置任务的编号 ${decoded.mission.id}。`,
            en: `A teacher-built mission uses the built-in id ${decoded.mission.id}.`,
          },
        };
      }
      return { ok: true, mission: decoded.mission };
    }
  }
  return { ok: false, message: { zh: '任务条目无效。', en: 'The mission entry is not valid.' } };
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

export const ASSIGNMENT_CODE_MESSAGES: Readonly<Record<AssignmentCodeProblem, I18nText>> = {
  empty: { zh: '请先粘贴或扫描作业码。', en: 'Paste or scan an assignment code first.' },
  'too-long': {
    zh: '这段作业码太长了，不是本小程序生成的作业码。',
    en: 'This assignment code is too long: it was not made by this app.',
  },
  malformed: {
    zh: '作业码里有不该出现的字符：请完整复制，不要加空格或换行。',
    en: 'The assignment code has characters it should not have: copy it whole, without spaces or line breaks.',
  },
  foreign: {
    zh: '这不是注册实训营的作业码（任务码请在“导入任务”里使用）。',
    en: 'This is not a RegLab assignment code (a mission code goes into "Import a mission").',
  },
  newer: {
    zh: '这个作业码来自更新版本的小程序：请先更新。',
    en: 'This assignment code comes from a newer version of the app: update first.',
  },
  damaged: {
    zh: '作业码不完整或被改动过：请向老师重新获取完整的作业码。',
    en: 'The assignment code is incomplete or was changed: ask your teacher for the whole code again.',
  },
  invalid: {
    zh: '作业码里的作业内容有误，无法打开。',
    en: 'The assignment in this code is not valid and cannot be opened.',
  },
};

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
