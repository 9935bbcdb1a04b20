/**
 * The mission schema: checks any value (built-in data, a decoded share code) and says, in words a student
 * understands, what is wrong. A mission that passes can be started and its predicates evaluated safely.
 */
import { isActionType, RULE_SET_IDS, SCENARIO_IDS, type Action } from '../engine/index';
import { STAGES, type StageId } from '../../core/content-model';
import { formatText, type I18nText } from '../../core/i18n';
import { FACTS } from '../../content/facts';
import { PATCH_ROOTS, type Mission } from './content/model';
import { isJson, predicateProblem } from './predicates';
import { MISSION_TEXTS } from './texts';

export type MissionCheck = { ok: true; mission: Mission } | { ok: false; problem: string; message: I18nText };

export const MISSION_LIMITS = {
  goals: 12,
  forbidden: 6,
  hints: 5,
  facts: 30,
  solution: 200,
  patch: 20,
  text: 400,
} as const;

const FACT_IDS = new Set(FACTS.map((f) => f.id));

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function textProblem(v: unknown, at: string, max: number = MISSION_LIMITS.text): string {
  if (!isObject(v) || Object.keys(v).some((k) => k !== 'zh' && k !== 'en' && k !== 'bilingual')) {
    return `${at}: needs { zh, en }`;
  }
  for (const lang of ['zh', 'en']) {
    const s = v[lang];
    if (typeof s !== 'string' || s.trim() === '' || s.length > max) return `${at}.${lang}: 1 to ${max} characters`;
  }
  return '';
}

function listProblem(v: unknown, at: string, max: number, item: (x: unknown, at: string) => string): string {
  if (!Array.isArray(v) || v.length > max) return `${at}: a list of at most ${max}`;
  for (let i = 0; i < v.length; i++) {
    const p = item(v[i], `${at}[${i}]`);
    if (p) return p;
  }
  return '';
}

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function idsUnique(v: unknown[], at: string): string {
  const ids = v.map((x) => (isObject(x) ? x.id : undefined));
  return new Set(ids).size === ids.length ? '' : `${at}: ids must be unique`;
}

function startProblem(v: unknown): string {
  if (!isObject(v)) return 'start: not an object';
  if (Object.keys(v).some((k) => ['scenario', 'ruleSet', 'seed', 'at', 'patch'].indexOf(k) < 0)) {
    return 'start: unknown keys';
  }
  if (SCENARIO_IDS.indexOf(v.scenario as never) < 0) return `start.scenario: unknown ${JSON.stringify(v.scenario)}`;
  if (v.ruleSet !== undefined && RULE_SET_IDS.indexOf(v.ruleSet as never) < 0) return 'start.ruleSet: unknown';
  if (v.seed !== undefined && !(Number.isInteger(v.seed) && (v.seed as number) >= 0 && (v.seed as number) < 2 ** 31)) {
    return 'start.seed: a whole number';
  }
  if (v.at !== undefined && (typeof v.at !== 'string' || !/^\d{4}-\d\d-\d\d \d\d:\d\d$/.test(v.at))) {
    return 'start.at: YYYY-MM-DD HH:mm';
  }
  if (v.patch === undefined) return '';
  return listProblem(v.patch, 'start.patch', MISSION_LIMITS.patch, (op, at) => {
    if (!isObject(op) || Object.keys(op).length !== 3 || (op.op !== 'set' && op.op !== 'push')) {
      return `${at}: needs { op: set|push, path, value }`;
    }
    const path = op.path;
    if (!Array.isArray(path) || path.length < 1 || path.length > 8 || !path.every((k) => typeof k === 'string')) {
      return `${at}.path: a list of 1 to 8 keys`;
    }
    if (PATCH_ROOTS.indexOf(path[0]) < 0) return `${at}.path: must start with ${PATCH_ROOTS.join(', ')}`;
    return isJson(op.value) ? '' : `${at}.value: not JSON`;
  });
}

function missionProblem(v: unknown): string {
  if (!isObject(v)) return 'not an object';
  const keys = ['id', 'title', 'briefing', 'stage', 'order', 'factIds', 'start', 'goals', 'forbidden', 'hints'];
  const allowed = keys.concat(['solution', 'par']);
  const extra = Object.keys(v).filter((k) => allowed.indexOf(k) < 0);
  if (extra.length > 0) return `unknown keys: ${extra.join(', ')}`;
  if (typeof v.id !== 'string' || v.id.length > 40 || !ID.test(v.id)) return 'id: lowercase words joined by -';
  const problem =
    textProblem(v.title, 'title', 40) ||
    textProblem(v.briefing, 'briefing') ||
    (STAGES.indexOf(v.stage as StageId) < 0 ? `stage: one of ${STAGES.join(', ')}` : '') ||
    (Number.isInteger(v.order) && (v.order as number) >= 1 && (v.order as number) <= 99 ? '' : 'order: 1 to 99') ||
    listProblem(v.factIds, 'factIds', MISSION_LIMITS.facts, (f, at) =>
      typeof f === 'string' && FACT_IDS.has(f) ? '' : `${at}: unknown fact ${JSON.stringify(f)}`,
    ) ||
    startProblem(v.start) ||
    listProblem(v.goals, 'goals', MISSION_LIMITS.goals, (g, at) => {
      if (!isObject(g) || Object.keys(g).some((k) => ['id', 'label', 'check', 'metAtStart'].indexOf(k) < 0)) {
        return `${at}: needs { id, label, check }`;
      }
      if (typeof g.id !== 'string' || !ID.test(g.id)) return `${at}.id: lowercase words joined by -`;
      if (g.metAtStart !== undefined && g.metAtStart !== true) return `${at}.metAtStart: true or absent`;
      return textProblem(g.label, `${at}.label`, 80) || predicateProblem(g.check, `${at}.check`);
    }) ||
    (Array.isArray(v.goals) && v.goals.length === 0 ? 'goals: at least one' : '') ||
    idsUnique(v.goals as unknown[], 'goals') ||
    listProblem(v.forbidden, 'forbidden', MISSION_LIMITS.forbidden, (f, at) => {
      if (!isObject(f) || Object.keys(f).some((k) => ['id', 'when', 'reason'].indexOf(k) < 0)) {
        return `${at}: needs { id, when, reason }`;
      }
      if (typeof f.id !== 'string' || !ID.test(f.id)) return `${at}.id: lowercase words joined by -`;
      return textProblem(f.reason, `${at}.reason`, 200) || predicateProblem(f.when, `${at}.when`);
    }) ||
    idsUnique(v.forbidden as unknown[], 'forbidden') ||
    listProblem(v.hints, 'hints', MISSION_LIMITS.hints, (h, at) => textProblem(h, at, 200));
  if (problem) return problem;
  if (!Number.isInteger(v.par) || (v.par as number) < 1 || (v.par as number) > MISSION_LIMITS.solution) {
    return `par: 1 to ${MISSION_LIMITS.solution}`;
  }
  if (v.solution === null || v.solution === undefined) return '';
  return (
    listProblem(v.solution, 'solution', MISSION_LIMITS.solution, (a, at) =>
      isObject(a) && isActionType(a.type) ? '' : `${at}: not a console action`,
    ) || ((v.solution as Action[]).length === v.par ? '' : 'par: must equal the number of solution actions')
  );
}

/** Checks a value against the mission schema; an absent solution becomes null. */
export function checkMission(value: unknown): MissionCheck {
  const problem = missionProblem(value);
  if (problem) {
    return {
      ok: false,
      problem,
      message: formatText(MISSION_TEXTS.missionInvalid, { problem }),
    };
  }
  const m = value as Mission;
  return { ok: true, mission: m.solution === undefined ? { ...m, solution: null } : m };
}
