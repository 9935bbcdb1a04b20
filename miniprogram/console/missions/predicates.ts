/**
 * Evaluating and validating mission predicates (the serialisable form of `content/model.ts`).
 * A predicate reads the world only through the engine's selectors and its log, so a mission never carries code.
 */
import {
  basicInfoView,
  clockView,
  devSettingsView,
  filingStatus,
  mailboxView,
  memberSlots,
  membersView,
  phoneView,
  privacyStatus,
  quotas,
  registrationView,
  releaseChecklist,
  reviewBlockers,
  sessionView,
  verificationStatus,
  versionsView,
  type World,
} from '../engine/index';
import type { CompareOp, Json, Predicate, SelectorName } from './content/model';

export const SELECTORS: Readonly<Record<SelectorName, (w: World) => unknown>> = {
  sessionView,
  registrationView,
  inbox: (w) => mailboxView(w, 'inbox'),
  spam: (w) => mailboxView(w, 'spam'),
  phoneView,
  quotas: (w) => quotas(w),
  memberSlots: (w) => memberSlots(w),
  membersView: (w) => membersView(w),
  versionsView: (w) => versionsView(w),
  reviewBlockers: (w) => reviewBlockers(w),
  releaseChecklist: (w) => releaseChecklist(w),
  filingStatus: (w) => filingStatus(w),
  verificationStatus: (w) => verificationStatus(w),
  devSettingsView: (w) => devSettingsView(w),
  basicInfoView: (w) => basicInfoView(w),
  privacyStatus: (w) => privacyStatus(w),
  clockView,
};

export const SELECTOR_NAMES = Object.keys(SELECTORS) as SelectorName[];
export const COMPARE_OPS: readonly CompareOp[] = ['eq', 'ne', 'gte', 'lte', 'in', 'has', 'truthy', 'falsy'];

/** Selector results of one world, computed once however many predicates read them. */
export class WorldReader {
  private readonly cache = new Map<SelectorName, unknown>();
  constructor(readonly world: World) {}

  select(name: SelectorName): unknown {
    if (!this.cache.has(name)) this.cache.set(name, SELECTORS[name](this.world));
    return this.cache.get(name);
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function own(o: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(o, key);
}

/** Follows a `/` path; undefined when a step is missing. */
export function readPath(value: unknown, path: string): unknown {
  if (path === '') return value;
  let cur: unknown = value;
  for (const seg of path.split('/')) {
    if (Array.isArray(cur)) {
      const eq = seg.indexOf('=');
      if (seg === '#') cur = cur.length;
      else if (eq > 0) {
        const key = seg.slice(0, eq);
        const want = seg.slice(eq + 1);
        cur = cur.find((item) => isObject(item) && own(item, key) && String(item[key]) === want);
      } else if (/^\d+$/.test(seg)) cur = cur[Number(seg)];
      else return undefined;
    } else if (isObject(cur) && own(cur, seg)) cur = cur[seg];
    else return undefined;
  }
  return cur;
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => own(b, k) && deepEqual(a[k], b[k]));
  }
  return false;
}

function compare(actual: unknown, op: CompareOp, value: Json | undefined): boolean {
  switch (op) {
    case 'eq':
      return deepEqual(actual, value);
    case 'ne':
      return !deepEqual(actual, value);
    case 'gte':
      return typeof actual === 'number' && typeof value === 'number' && actual >= value;
    case 'lte':
      return typeof actual === 'number' && typeof value === 'number' && actual <= value;
    case 'in':
      return Array.isArray(value) && value.some((v) => deepEqual(actual, v));
    case 'has':
      return Array.isArray(actual) && actual.some((v) => deepEqual(v, value));
    case 'truthy':
      return !!actual;
    case 'falsy':
      return !actual;
  }
}

function logHolds(w: World, type: string, after: string | undefined, min: number): boolean {
  const log = w.log;
  let from = 0;
  if (after !== undefined) {
    let i = log.length - 1;
    while (i >= 0 && log[i].type !== after) i--;
    if (i < 0) return false;
    from = i + 1;
  }
  let n = 0;
  for (let i = from; i < log.length; i++) if (log[i].type === type && ++n >= min) return true;
  return false;
}

/** Whether the predicate holds for the world read by `r`. */
export function holds(p: Predicate, r: WorldReader): boolean {
  if ('all' in p) return p.all.every((q) => holds(q, r));
  if ('any' in p) return p.any.some((q) => holds(q, r));
  if ('not' in p) return !holds(p.not, r);
  if ('log' in p) return logHolds(r.world, p.log, p.after, p.min === undefined ? 1 : p.min);
  return compare(readPath(r.select(p.sel), p.path), p.op, p.value);
}

export function holdsIn(p: Predicate, w: World): boolean {
  return holds(p, new WorldReader(w));
}

const NEEDS_NO_VALUE: readonly CompareOp[] = ['truthy', 'falsy'];
const MAX_DEPTH = 8;

export function isJson(v: unknown, depth = 0): v is Json {
  if (depth > 12) return false;
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v);
  if (Array.isArray(v)) return v.every((x) => isJson(x, depth + 1));
  if (isObject(v)) return Object.keys(v).every((k) => isJson(v[k], depth + 1));
  return false;
}

function onlyKeys(o: Record<string, unknown>, keys: readonly string[]): boolean {
  return Object.keys(o).every((k) => keys.indexOf(k) >= 0);
}

/** Where a predicate is malformed ('' when it is well-formed), as a path like `goals[2].check.all[0]`. */
export function predicateProblem(v: unknown, at: string, depth = 0): string {
  if (depth > MAX_DEPTH) return `${at}: nested too deeply`;
  if (!isObject(v)) return `${at}: not an object`;
  if ('all' in v || 'any' in v) {
    const key = 'all' in v ? 'all' : 'any';
    const list = v[key];
    if (!onlyKeys(v, [key]) || !Array.isArray(list) || list.length === 0 || list.length > 30) {
      return `${at}.${key}: needs a list of 1 to 30 predicates`;
    }
    for (let i = 0; i < list.length; i++) {
      const problem = predicateProblem(list[i], `${at}.${key}[${i}]`, depth + 1);
      if (problem) return problem;
    }
    return '';
  }
  if ('not' in v) return onlyKeys(v, ['not']) ? predicateProblem(v.not, `${at}.not`, depth + 1) : `${at}: extra keys`;
  if ('log' in v) {
    const ok =
      onlyKeys(v, ['log', 'after', 'min']) &&
      typeof v.log === 'string' &&
      /^[A-Z][A-Z0-9_]{1,60}$/.test(v.log) &&
      (v.after === undefined || (typeof v.after === 'string' && /^[A-Z][A-Z0-9_]{1,60}$/.test(v.after))) &&
      (v.min === undefined || (typeof v.min === 'number' && Number.isInteger(v.min) && v.min >= 1 && v.min <= 100));
    return ok ? '' : `${at}: a log predicate needs an UPPER_SNAKE type, optional after and min 1..100`;
  }
  if ('sel' in v) {
    if (!onlyKeys(v, ['sel', 'path', 'op', 'value'])) return `${at}: extra keys`;
    if (typeof v.sel !== 'string' || SELECTOR_NAMES.indexOf(v.sel as SelectorName) < 0) {
      return `${at}.sel: unknown selector ${JSON.stringify(v.sel)}`;
    }
    if (typeof v.path !== 'string' || v.path.length > 120) return `${at}.path: not a path`;
    if (typeof v.op !== 'string' || COMPARE_OPS.indexOf(v.op as CompareOp) < 0) return `${at}.op: unknown`;
    const needsValue = NEEDS_NO_VALUE.indexOf(v.op as CompareOp) < 0;
    if (needsValue !== (v.value !== undefined) || (needsValue && !isJson(v.value))) {
      return `${at}.value: ${needsValue ? 'missing or not JSON' : 'not expected'}`;
    }
    return '';
  }
  return `${at}: not a predicate`;
}
