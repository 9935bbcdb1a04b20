/**
 * The mission builder page as plain data (pure; test/unit/missions/builder-view.test.ts): the starts to pick from,
 * the form as stored in the draft, the proposals with their ticks, the stages, and the problems in the teacher's
 * language.
 */
import { STAGE_TITLES, STAGES } from '../../core/content-model';
import type { StageId } from '../../core/content-model';
import { t } from '../../core/i18n';
import type { I18nText, Lang } from '../../core/i18n';
import { findLabScenario, LAB_SCENARIOS } from '../../core/lab-scenarios';
import type { BuilderDraft } from '../../core/missions/library';
import { hintLines } from '../missions/builder';
import type { BuilderField, BuilderForm, ProposedGoal } from '../missions/builder';
import { findFact } from '../../content/facts';
import type { MissionStart } from '../missions/index';
import { BUILDER_STRINGS } from './strings';

export const SANDBOX_START = 'sandbox';

export interface Choice {
  id: string;
  title: string;
  selected: boolean;
}

/** The scenarios, then the current sandbox when there is one. */
export function startChoices(selected: string, hasSandbox: boolean, sandboxTitle: I18nText, lang: Lang): Choice[] {
  const list = LAB_SCENARIOS.map((sc) => ({
    id: sc.id as string,
    title: t(sc.title, lang),
    selected: sc.id === selected,
  }));
  return hasSandbox
    ? list.concat([{ id: SANDBOX_START, title: t(sandboxTitle, lang), selected: selected === SANDBOX_START }])
    : list;
}

export function stageChoices(selected: StageId, lang: Lang): Choice[] {
  return STAGES.map((id) => ({ id, title: t(STAGE_TITLES[id], lang), selected: id === selected }));
}

const TEXT_FIELDS = ['titleZh', 'titleEn', 'briefingZh', 'briefingEn', 'hints', 'hintsEn', 'otherFacts'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

export function isTextField(v: string): v is TextField {
  return (TEXT_FIELDS as readonly string[]).indexOf(v) >= 0;
}

/** The form kept in the draft (what the teacher typed survives a trip to the console). */
export function formOf(draft: BuilderDraft | null): BuilderForm {
  const f = draft ? draft.form : {};
  const str = (k: string) => (typeof f[k] === 'string' ? (f[k] as string) : '');
  const stage = STAGES.find((s) => s === f.stage) || 'register';
  const list = (k: string) => (Array.isArray(f[k]) ? (f[k] as readonly string[]).slice() : []);
  return {
    titleZh: str('titleZh'),
    titleEn: str('titleEn'),
    briefingZh: str('briefingZh'),
    briefingEn: str('briefingEn'),
    hints: str('hints'),
    hintsEn: str('hintsEn'),
    stage,
    goalIds: list('goalIds'),
    forbiddenIds: list('forbiddenIds'),
    factIds: list('factIds'),
    otherFacts: str('otherFacts'),
  };
}

export interface GoalRow {
  id: string;
  label: string;
  ticked: boolean;
  forbidden: boolean;
}

export function goalRows(proposals: readonly ProposedGoal[], form: BuilderForm, lang: Lang): GoalRow[] {
  return proposals.map((g) => ({
    id: g.id,
    label: t(g.label, lang),
    ticked: form.goalIds.indexOf(g.id) >= 0,
    forbidden: form.forbiddenIds.indexOf(g.id) >= 0,
  }));
}

const flip = (list: readonly string[], id: string) =>
  list.indexOf(id) >= 0 ? list.filter((x) => x !== id) : list.concat([id]);
const without = (list: readonly string[], id: string) => list.filter((x) => x !== id);

/** Ticks or unticks a proposal as a goal (a goal is never also forbidden). */
export function toggleGoal(form: BuilderForm, id: string): BuilderForm {
  return { ...form, goalIds: flip(form.goalIds, id), forbiddenIds: without(form.forbiddenIds, id) };
}

/** Marks or unmarks a proposal as forbidden: the run fails as soon as it holds (it is then no goal). */
export function toggleForbidden(form: BuilderForm, id: string): BuilderForm {
  return { ...form, forbiddenIds: flip(form.forbiddenIds, id), goalIds: without(form.goalIds, id) };
}

/** Ticks or unticks a suggested fact. */
export function toggleFact(form: BuilderForm, id: string): BuilderForm {
  return { ...form, factIds: flip(form.factIds, id) };
}

export interface FactRow {
  id: string;
  text: string;
  ticked: boolean;
}

/** The facts the recording touched, with the fact's text (clipped) to tick. */
export function factRows(suggested: readonly string[], form: BuilderForm, lang: Lang): FactRow[] {
  return suggested.map((id) => {
    const fact = findFact(id);
    const text = fact ? t(fact.text, lang) : id;
    return {
      id,
      text: `${id} ${text.length > 60 ? `${text.slice(0, 59)}…` : text}`,
      ticked: form.factIds.indexOf(id) >= 0,
    };
  });
}

/** Says which hints have no English and will show the Chinese in English mode (empty when every hint has one). */
export function hintsEnNote(form: BuilderForm, lang: Lang): string {
  const missing = hintLines(form.hints).length - hintLines(form.hintsEn).length;
  return missing > 0 ? t(BUILDER_STRINGS.hintsEnMissing, lang, { count: missing }) : '';
}

export function problemTexts(problems: Partial<Record<BuilderField, I18nText>>, lang: Lang): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(problems) as BuilderField[]) {
    const p = problems[key];
    if (p) out[key] = t(p, lang);
  }
  return out;
}

/** "已录制 3 步（起点：准备发布）": how much is recorded and from which start (a sandbox start has a patch). */
export function recordedLine(start: MissionStart, count: number, lang: Lang): string {
  const scenario = findLabScenario(start.scenario);
  const from = start.patch ? BUILDER_STRINGS.sandbox : scenario ? scenario.title : null;
  return t(BUILDER_STRINGS.recorded, lang, { count, start: from ? t(from, lang) : start.scenario });
}
