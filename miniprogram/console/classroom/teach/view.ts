/**
 * The teacher's form as an assignment (pure): what was typed, turned into an `Assignment` and checked with the
 * classroom's own rule (`assignmentProblems`), one message per field. Tested in test/unit/classroom/pages-view.test.ts.
 */
import { t, type Lang } from '../../../core/i18n';
import { STAGES, STAGE_TITLES, type StageId } from '../../../core/content-model';
import { decodeMission, type Mission } from '../../missions/index';
import { TEACH_STRINGS as T } from './strings';
import { assignmentProblems, beijingTime, type Assignment, type AssignmentField, type AssignmentQuiz } from '../index';

export type QuizChoice = 'none' | 'exam' | 'mixed' | 'stage';

export interface TeachForm {
  readonly className: string;
  readonly due: string;
  readonly seed: string;
  readonly picked: readonly string[];
  /** Teacher-built missions, as their share codes (embedded in the assignment). */
  readonly codes: readonly string[];
  readonly quiz: QuizChoice;
  readonly stage: StageId;
  readonly count: string;
  readonly minutes: string;
  readonly pass: string;
}

/** A new form: due in a week at 23:59 Beijing time, a random seed, a 10-question quiz off. */
export function newForm(now: number, seed: number): TeachForm {
  const due = `${beijingTime(now + 7 * 86400000).slice(0, 10)} 23:59`;
  return {
    className: '',
    due,
    seed: String(seed),
    picked: [],
    codes: [],
    quiz: 'none',
    stage: 'register',
    count: '10',
    minutes: '20',
    pass: '60',
  };
}

/** A typed number as it is: '12' → 12, anything else → NaN (the rule then says what is wrong). */
const whole = (text: string): number => (/^\s*\d+\s*$/.test(text) ? Number(text) : NaN);

function quizOf(f: TeachForm): AssignmentQuiz | null {
  const count = whole(f.count);
  if (f.quiz === 'exam') return { mode: 'exam', count, minutes: whole(f.minutes), passPercent: whole(f.pass) };
  if (f.quiz === 'mixed') return { mode: 'mixed', count };
  if (f.quiz === 'stage') return { mode: 'stage', stage: f.stage, count };
  return null;
}

/** The assignment the form stands for, in the missions' own order. */
export function assignmentOf(f: TeachForm, builtIns: readonly Mission[]): Assignment {
  return {
    className: f.className.trim(),
    due: f.due.trim(),
    seed: whole(f.seed),
    missions: [
      ...builtIns.filter((m) => f.picked.indexOf(m.id) >= 0).map((m) => ({ builtIn: m.id })),
      ...f.codes.map((code) => ({ code })),
    ],
    quiz: quizOf(f),
  };
}

export type FormErrors = Record<AssignmentField, string>;

/** The form's problems by field ('' where none), in the teacher's language. */
export function formErrors(f: TeachForm, builtIns: readonly Mission[], lang: Lang): FormErrors {
  const out: FormErrors = { className: '', due: '', missions: '', quiz: '', seed: '' };
  for (const p of assignmentProblems(assignmentOf(f, builtIns), builtIns)) {
    out[p.field] = out[p.field] ? `${out[p.field]} ${t(p.message, lang)}` : t(p.message, lang);
  }
  return out;
}

export interface PickRow {
  readonly id: string;
  readonly title: string;
  readonly picked: boolean;
}

export interface PickGroup {
  readonly stage: string;
  readonly rows: readonly PickRow[];
}

/** The missions to choose from, grouped by stage. */
export function pickGroups(builtIns: readonly Mission[], picked: readonly string[], lang: Lang): PickGroup[] {
  return STAGES.map((stage) => ({
    stage: STAGE_TITLES[stage][lang],
    rows: builtIns
      .filter((m) => m.stage === stage)
      .map((m) => ({ id: m.id, title: t(m.title, lang), picked: picked.indexOf(m.id) >= 0 })),
  })).filter((g) => g.rows.length > 0);
}

/** The stage choices of a one-stage quiz. */
export function stageChoices(selected: StageId, lang: Lang): { id: StageId; title: string; selected: boolean }[] {
  return STAGES.map((id) => ({ id, title: STAGE_TITLES[id][lang], selected: id === selected }));
}

/** The teacher-built missions added to the form, as rows (a code that no longer decodes shows as its problem). */
export function customRows(codes: readonly string[], lang: Lang): { key: string; title: string }[] {
  return codes.map((code, i) => {
    const d = decodeMission(code);
    return { key: `${i}`, title: d.ok ? t(d.mission.title, lang) : t(d.message, lang) };
  });
}

/** Adds a pasted mission share code: the new list, or why it cannot be added. */
export function addMissionCode(
  codes: readonly string[],
  text: string,
  lang: Lang,
): { ok: true; codes: string[] } | { ok: false; message: string } {
  const code = text.trim();
  const d = decodeMission(code);
  if (!d.ok) return { ok: false, message: t(d.message, lang) };
  if (
    codes.some((c) => {
      const x = decodeMission(c);
      return x.ok && x.mission.id === d.mission.id;
    })
  ) {
    return { ok: false, message: t(T.codeTwice, lang, { title: t(d.mission.title, lang) }) };
  }
  return { ok: true, codes: codes.concat([code]) };
}
