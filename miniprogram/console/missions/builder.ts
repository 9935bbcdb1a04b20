/**
 * The mission builder's logic (pure; the page is console/builder/): a teacher starts from a scenario or the current
 * sandbox, plays the draft in the console, and comes back. The builder then proposes goals from what changed (the
 * engine's selectors read on the start world and on the world now, compared leaf by leaf, plus the log entries that
 * are new), the teacher ticks goals and writes title, briefing and hints, and `buildMission` checks the form, makes
 * the recorded actions the reference solution (cut at the first action after which every goal holds: that is the
 * par), replays it on the start world to prove the mission solvable, and checks that it fits a share code.
 */
import { createWorld, ENFORCED_FACTS, EVENT_FACTS, formatDateTime, type Action, type World } from '../engine/index';
import { FACTS } from '../../content/facts';
import type { StageId } from '../../core/content-model';
import { formatText } from '../../core/i18n';
import type { I18nText } from '../../core/i18n';
import { BUILDER_TEXTS as T, FIELD_LABELS, SELECTOR_TITLES } from './content/builder-texts';
import { encodeMission, MAX_CODE_LENGTH } from './codec';
import {
  PATCH_ROOTS,
  type Json,
  type Mission,
  type MissionStart,
  type PatchOp,
  type Predicate,
  type SelectorName,
} from './content/model';
import { holdsIn, SELECTORS } from './predicates';
import { applyAction, replay, startRun } from './run';
import { checkMission, MISSION_LIMITS } from './validate';
import { BUILDER_DRAFT_ID } from '../../core/missions/progress';

/** The id of the mission being recorded in the builder (one draft at a time; it never gets a progress record). */
export { BUILDER_DRAFT_ID };

/** The draft played while recording: the chosen start, one goal that never holds (no log entry has this type). */
export function draftMission(start: MissionStart): Mission {
  return {
    id: BUILDER_DRAFT_ID,
    title: T.draftTitle,
    briefing: T.recordingGoal,
    stage: 'register',
    order: 1,
    factIds: [],
    start,
    goals: [{ id: 'recording', label: T.recordingGoal, check: { log: 'MISSION_BUILDER_RECORDING' } }],
    forbidden: [],
    hints: [],
    solution: null,
    par: 1,
  };
}

/**
 * A start that rebuilds the current sandbox as far as a mission start can: its scenario and rule set, its clock,
 * and the platform, registration, mailbox, mini programs, phone and session (who is logged in, as whom) set where
 * they differ from the scenario's own start. The log (what happened before) is not carried: goals are proposed from
 * what the recording changes.
 */
export function startFromSandbox(world: World): MissionStart {
  const base = createWorld({
    scenario: world.scenarioId as MissionStart['scenario'],
    ruleSet: world.ruleSet,
  }) as unknown as Record<string, Json>;
  const now = world as unknown as Record<string, Json>;
  const patch: PatchOp[] = [];
  for (const root of PATCH_ROOTS) {
    const a = base[root];
    const b = now[root];
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    if (!isObject(a) || !isObject(b)) {
      patch.push({ op: 'set', path: [root], value: b });
      continue;
    }
    for (const key of Object.keys(b)) {
      if (JSON.stringify(a[key]) !== JSON.stringify(b[key]))
        patch.push({ op: 'set', path: [root, key], value: b[key] });
    }
  }
  return {
    scenario: world.scenarioId as MissionStart['scenario'],
    ruleSet: world.ruleSet,
    at: formatDateTime(world.now),
    ...(patch.length > 0 ? { patch } : {}),
  };
}

export interface ProposedGoal {
  readonly id: string;
  readonly label: I18nText;
  readonly check: Predicate;
}

/** Selectors whose changes make no sense as a goal (time passes on its own). */
const NOT_GOALS: readonly SelectorName[] = ['clockView'];
/** Keys that name an element of a list, so a path survives other elements coming and going. */
const ELEMENT_KEYS = ['id', 'appId', 'wechatId', 'version', 'key', 'email', 'phone', 'name'];
export const MAX_PROPOSALS = 40;

function isObject(v: unknown): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function elementKey(list: Json[]): string | null {
  for (const key of ELEMENT_KEYS) {
    const values = list.map((x) => (isObject(x) ? x[key] : undefined));
    const ok = values.every((v) => (typeof v === 'string' && !/[/=]/.test(v)) || typeof v === 'number');
    if (ok && new Set(values).size === values.length) return key;
  }
  return null;
}

interface Leaf {
  path: string;
  op: 'eq' | 'has';
  value: Json;
}

const join = (path: string, seg: string) => (path === '' ? seg : `${path}/${seg}`);

/** Where `b` differs from `a`, as paths (keys, `key=value` for lists of records) to the values `b` has. */
function diffLeaves(a: Json | undefined, b: Json, path: string, out: Leaf[], depth: number): void {
  if (JSON.stringify(a) === JSON.stringify(b) || out.length >= MAX_PROPOSALS * 2) return;
  if (depth > 6) return void out.push({ path, op: 'eq', value: b });
  if (isObject(b)) {
    const from = isObject(a) ? a : {};
    for (const key of Object.keys(b))
      if (!/[/=#]/.test(key)) diffLeaves(from[key], b[key], join(path, key), out, depth + 1);
    return;
  }
  if (Array.isArray(b)) {
    const from = Array.isArray(a) ? a : [];
    const key = b.length > 0 && b.every(isObject) ? elementKey(b) : null;
    if (key) {
      for (const item of b as Record<string, Json>[]) {
        const old = from.find((x) => isObject(x) && x[key] === item[key]);
        diffLeaves(old, item, join(path, `${key}=${item[key]}`), out, depth + 1);
      }
    } else if (b.every((x) => !isObject(x) && !Array.isArray(x))) {
      for (const x of b) if (!from.some((y) => y === x)) out.push({ path, op: 'has', value: x });
    }
    if (b.length !== from.length) out.push({ path: join(path, '#'), op: 'eq', value: b.length });
    return;
  }
  // A moment in time (`…At`, epoch ms) is when something happened, not what a learner must achieve.
  if (/At$/.test(path) || (typeof b === 'number' && b > 1e11)) return;
  out.push({ path, op: 'eq', value: b });
}

function shown(v: Json): string {
  const text = typeof v === 'string' ? v : JSON.stringify(v);
  return text.length > 24 ? `${text.slice(0, 23)}…` : text;
}

const own = (key: string): I18nText | undefined =>
  Object.prototype.hasOwnProperty.call(FIELD_LABELS, key) ? FIELD_LABELS[key] : undefined;

/**
 * A selector path in words (`online/version/version` → 线上版本 › 版本): each field from FIELD_LABELS, a list element
 * (`wechatId=dev_xiaoming`) by its key's value (itself a field label when it is one), a `version` record holding a
 * field by that field alone; a field the table does not know stays as it is in the path.
 */
export function pathLabel(path: string): I18nText {
  const segs = path === '' ? [] : path.split('/');
  const parts = segs
    .filter((seg, i) => !(seg === 'version' && i < segs.length - 1))
    .map((seg): I18nText => {
      const eq = seg.indexOf('=');
      const key = eq > 0 ? seg.slice(eq + 1) : seg;
      return own(key) || { zh: key, en: key };
    });
  return { zh: parts.map((p) => p.zh).join(' › '), en: parts.map((p) => p.en).join(' › ') };
}

function labelOf(title: I18nText, path: string, op: 'eq' | 'has', value: Json): I18nText {
  const clip = (x: string) => (x.length > 80 ? `${x.slice(0, 79)}…` : x);
  const text = formatText(op === 'has' ? T.goalHas : T.goalIs, {
    what: title,
    where: pathLabel(path),
    value: shown(value),
  });
  return { zh: clip(text.zh), en: clip(text.en) };
}

/**
 * The goals the builder proposes for a play from `start` to `now`: each holds now and did not hold at the start
 * (so no proposal is met before the learner acts), at most MAX_PROPOSALS, selectors in the engine's order, then
 * the log entries (events and refusals) that are new.
 */
export function proposeGoals(start: World, now: World): ProposedGoal[] {
  const found: { label: I18nText; check: Predicate }[] = [];
  for (const sel of Object.keys(SELECTORS) as SelectorName[]) {
    if (NOT_GOALS.indexOf(sel) >= 0) continue;
    const leaves: Leaf[] = [];
    diffLeaves(SELECTORS[sel](start) as Json, SELECTORS[sel](now) as Json, '', leaves, 0);
    for (const leaf of leaves) {
      const check: Predicate = { sel, path: leaf.path, op: leaf.op, value: leaf.value };
      found.push({ label: labelOf(SELECTOR_TITLES[sel], leaf.path, leaf.op, leaf.value), check });
    }
  }
  const before = new Set(start.log.map((e) => e.type));
  const fresh = now.log.slice(start.log.length).map((e) => e.type);
  fresh
    .filter((type, i) => fresh.indexOf(type) === i && !before.has(type))
    .forEach((type) =>
      found.push({
        label: formatText(T.goalLogged, { type }),
        check: { log: type },
      }),
    );
  return found
    .filter((g) => holdsIn(g.check, now) && !holdsIn(g.check, start))
    .slice(0, MAX_PROPOSALS)
    .map((g, i) => ({ id: `goal-${i + 1}`, ...g }));
}

/** Fact ids a code names: the facts whose error codes (ENFORCED_FACTS) or event types (EVENT_FACTS) carry it. */
function factsOfCode(code: string): readonly string[] {
  const own = (o: object) => Object.prototype.hasOwnProperty.call(o, code);
  const byEvent = own(EVENT_FACTS) ? (EVENT_FACTS as Record<string, readonly string[]>)[code] : [];
  const enforced = Object.keys(ENFORCED_FACTS).filter((id) => ENFORCED_FACTS[id].indexOf(code) >= 0);
  return byEvent.concat(enforced);
}

/**
 * The facts a recording touched: those carried by the error codes and event types it logged (the log entries after
 * the start), in the facts sheet's order, at most MISSION_LIMITS.facts.
 */
export function suggestFacts(start: World, now: World): string[] {
  const named = new Set<string>();
  for (const e of now.log.slice(start.log.length)) factsOfCode(e.type).forEach((id) => named.add(id));
  return FACTS.filter((f) => named.has(f.id))
    .map((f) => f.id)
    .slice(0, MISSION_LIMITS.facts);
}

/** The fact ids typed in the form's "other facts" field (split at spaces and commas, upper-cased). */
export function typedFacts(text: string): string[] {
  return text
    .split(/[\s,，、]+/)
    .map((x) => x.trim().toUpperCase())
    .filter((x) => x !== '');
}

/** What the teacher fills in. English is optional: an empty English text takes the Chinese one. */
export interface BuilderForm {
  readonly titleZh: string;
  readonly titleEn: string;
  readonly briefingZh: string;
  readonly briefingEn: string;
  /** One hint per line. */
  readonly hints: string;
  /** The hints in English, line by line with the Chinese ones; a missing line takes the Chinese hint. */
  readonly hintsEn: string;
  readonly stage: StageId;
  /** Ids of the ticked proposals. */
  readonly goalIds: readonly string[];
  /** Ids of the proposals marked forbidden (never also a goal). */
  readonly forbiddenIds: readonly string[];
  /** The suggested facts ticked. */
  readonly factIds: readonly string[];
  /** Further fact ids typed by the teacher (e.g. "R-03, V-08"). */
  readonly otherFacts: string;
}

export type BuilderField = 'title' | 'briefing' | 'hints' | 'goals' | 'facts' | 'play';

/** The non-empty lines of a text field, trimmed. */
export const hintLines = (text: string): string[] =>
  text
    .split('\n')
    .map((h) => h.trim())
    .filter((h) => h !== '');

/** The hints as the mission stores them: Chinese line i with English line i, or the Chinese when it has none. */
export function hintsOf(form: BuilderForm): I18nText[] {
  const en = hintLines(form.hintsEn);
  return hintLines(form.hints).map((zh, i) => ({ zh, en: en[i] || zh }));
}

/** The facts the mission will name: the ticked suggestions, then the typed ones (each once). */
export function factsOf(form: BuilderForm): string[] {
  const all = form.factIds.concat(typedFacts(form.otherFacts));
  return all.filter((id, i) => all.indexOf(id) === i);
}

export type BuildResult =
  { ok: true; mission: Mission; recorded: number } | { ok: false; problems: Partial<Record<BuilderField, I18nText>> };

function textOf(zh: string, en: string): I18nText {
  return { zh: zh.trim(), en: en.trim() || zh.trim() };
}

/** The form's own problems, field by field, in words a teacher understands (empty when there are none). */
export function formProblems(form: BuilderForm, actions: number): Partial<Record<BuilderField, I18nText>> {
  const out: Partial<Record<BuilderField, I18nText>> = {};
  const title = textOf(form.titleZh, form.titleEn);
  const briefing = textOf(form.briefingZh, form.briefingEn);
  const hints = hintLines(form.hints);
  const hintsEn = hintLines(form.hintsEn);
  const max = (text: I18nText, n: number) => formatText(text, { max: n });
  if (!title.zh) out.title = T.titleMissing;
  else if (title.zh.length > 40 || title.en.length > 40) out.title = max(T.titleTooLong, 40);
  if (!briefing.zh) out.briefing = T.briefingMissing;
  else if (briefing.zh.length > MISSION_LIMITS.text || briefing.en.length > MISSION_LIMITS.text) {
    out.briefing = max(T.briefingTooLong, MISSION_LIMITS.text);
  }
  if (hints.length > MISSION_LIMITS.hints) out.hints = max(T.hintsTooMany, MISSION_LIMITS.hints);
  else if (hints.concat(hintsEn).some((h) => h.length > 200)) out.hints = max(T.hintTooLong, 200);
  else if (hintsEn.length > hints.length) out.hints = T.hintsEnExtra;
  if (form.goalIds.length === 0) out.goals = T.goalsNone;
  else if (form.goalIds.length > MISSION_LIMITS.goals) out.goals = max(T.goalsTooMany, MISSION_LIMITS.goals);
  else if (form.forbiddenIds.length > MISSION_LIMITS.forbidden) {
    out.goals = max(T.forbiddenTooMany, MISSION_LIMITS.forbidden);
  }
  const facts = factsOf(form);
  const unknown = facts.filter((id) => !FACTS.some((f) => f.id === id));
  if (unknown.length > 0) out.facts = formatText(T.factUnknown, { ids: unknown.join(', ') });
  else if (facts.length > MISSION_LIMITS.facts) out.facts = max(T.factsTooMany, MISSION_LIMITS.facts);
  if (actions === 0) out.play = T.playNone;
  else if (actions > MISSION_LIMITS.solution) out.play = max(T.playTooLong, MISSION_LIMITS.solution);
  return out;
}

/**
 * Builds the mission: the form checked, the ticked goals, the recorded actions as the reference solution, cut where
 * every goal first holds (par), replayed on the start world to prove it solvable, and its share code ≤ MAX_CODE_LENGTH.
 */
export function buildMission(
  form: BuilderForm,
  proposals: readonly ProposedGoal[],
  start: MissionStart,
  actions: readonly Action[],
  id: string,
): BuildResult {
  const problems = formProblems(form, actions.length);
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  const goals = proposals.filter((g) => form.goalIds.indexOf(g.id) >= 0);
  const forbidden = proposals.filter((g) => form.forbiddenIds.indexOf(g.id) >= 0 && form.goalIds.indexOf(g.id) < 0);
  const draft: Mission = {
    id,
    title: textOf(form.titleZh, form.titleEn),
    briefing: textOf(form.briefingZh, form.briefingEn),
    stage: form.stage,
    order: 1,
    factIds: factsOf(form),
    start,
    goals: goals.map((g) => ({ id: g.id, label: g.label, check: g.check })),
    forbidden: forbidden.map((g) => ({
      id: g.id,
      when: g.check,
      reason: formatText(T.forbiddenReason, { what: g.label }),
    })),
    hints: hintsOf(form),
    solution: null,
    par: actions.length,
  };
  const unsolvable = T.unsolvable;
  const started = startRun(draft, 0);
  if (!started.ok) return { ok: false, problems: { play: started.message } };
  if (started.run.status !== 'playing')
    return {
      ok: false,
      problems: { goals: T.startMeetsAll },
    };
  // The first moment every goal holds is where the reference solution ends.
  let run = started.run;
  let par = 0;
  while (par < actions.length && run.status === 'playing') run = applyAction(run, actions[par++]);
  if (run.status === 'failed') {
    const hit = forbidden.find((g) => run.failure && g.id === run.failure.id);
    return { ok: false, problems: { goals: formatText(T.forbiddenInPlay, { what: hit ? hit.label : '' }) } };
  }
  if (run.status !== 'completed') return { ok: false, problems: { play: unsolvable } };
  const mission: Mission = { ...draft, solution: actions.slice(0, par), par };
  const checked = checkMission(mission);
  if (!checked.ok) return { ok: false, problems: { play: checked.message } };
  // The reference solution replayed on a fresh run of the finished mission: complete exactly at its last action.
  const again = startRun(mission, 0);
  const replayed = again.ok ? replay(again.run, actions.slice(0, par)) : null;
  if (!replayed || replayed.status !== 'completed' || replayed.actions.length !== par) {
    return { ok: false, problems: { play: unsolvable } };
  }
  if (encodeMission(mission).length > MAX_CODE_LENGTH) {
    return {
      ok: false,
      problems: {
        briefing: T.tooBig,
      },
    };
  }
  return { ok: true, mission, recorded: actions.length };
}

export interface Recording {
  readonly start: MissionStart;
  /** The actions recorded so far (the draft's saved run). */
  readonly actions: readonly Action[];
  readonly proposals: readonly ProposedGoal[];
  /** The facts the recorded play touched (`suggestFacts`). */
  readonly facts: readonly string[];
}

/** The draft's recording replayed on its start: the actions and the goals proposed from the difference. */
export function recordingOf(draft: Mission, actions: readonly unknown[]): Recording | null {
  const started = startRun(draft, 0);
  if (!started.ok) return null;
  const run = replay(started.run, actions as readonly Action[]);
  return {
    start: draft.start,
    actions: run.actions,
    proposals: proposeGoals(run.start, run.world),
    facts: suggestFacts(run.start, run.world),
  };
}

/** A fresh id for a built mission (not a built-in's, not one in `taken`). */
export function builtMissionId(realNow: number, taken: (id: string) => boolean): string {
  let n = realNow;
  while (taken(`own-${n.toString(36)}`)) n++;
  return `own-${n.toString(36)}`;
}
