import { memberCount, memberLimits } from '../../../../miniprogram/console/engine/members/rules';
import { QUOTA_KEYS, quotaOf } from '../../../../miniprogram/console/engine/kernel/quotas';
import {
  deserializeWorld,
  nextDue,
  rulesOf,
  sampleIdentity,
  serializeWorld,
  type Action,
  type ActionResult,
  type MiniProgram,
  type World,
} from '../../../../miniprogram/console/engine/index';
import type { Memory } from './random-actions';

/**
 * The invariants of the property suite, as plain checks that throw (fast-check shrinks on a throw). They run
 * after every one of hundreds of thousands of actions, so each costs what the action changed: an error must
 * leave the state as it was (then every state invariant still holds); a success is checked on the branches and
 * mini programs it replaced (all of them when the clock, the rule set or the platform moved), and what it
 * replaced is scanned for secrets, ID and phone numbers. The whole save is scanned and round-tripped at the end
 * of each run (`checkFinal`).
 */

/** Thrown when an invariant does not hold: the message says which, after which action. */
export function fail(message: string): never {
  throw new Error(message);
}

function stateOnly(w: World): string {
  const { log: _log, logDropped: _dropped, ...rest } = w;
  return JSON.stringify(rest);
}

/** The same world apart from the log: every branch is the very same object (errors copy nothing). */
function sameStateRefs(after: World, before: World): boolean {
  return (Object.keys(before) as (keyof World)[]).every(
    (key) => key === 'log' || key === 'logDropped' || after[key] === before[key],
  );
}

/** What must never be stored: secrets and keys shown once, and the full ID and phone numbers the learner typed. */
export interface Forbidden {
  memory: Memory;
  /** Full ID and phone numbers the random learner types (sample identities, filing people). */
  numbers: readonly string[];
}

export function forbiddenFor(w: World, memory: Memory): Forbidden {
  const numbers = ['13800138001', '13800138002'];
  for (let i = 0; i < 4; i++) {
    const s = sampleIdentity(w, i);
    numbers.push(s.idNumber, s.phone);
  }
  return { memory, numbers };
}

function scan(text: string, forbidden: Forbidden, where: string): void {
  for (const list of [forbidden.numbers, forbidden.memory.secrets, forbidden.memory.uploadKeys]) {
    for (const value of list) if (text.indexOf(value) >= 0) fail(`${where}: stores ${value}`);
  }
}

/** Quotas, member and category limits, domains and uploaders of one mini program. */
function checkApp(w: World, app: MiniProgram, where: string): void {
  const rules = rulesOf(w.ruleSet);
  for (const key of QUOTA_KEYS) {
    const remaining = quotaOf(app, rules, w.now, key).remaining;
    if (!(remaining >= 0)) fail(`${where}: ${app.appId} quota ${key} is ${remaining}`);
  }
  const limits = memberLimits(w, app);
  if (memberCount(app, 'project') > limits.project) fail(`${where}: project members over ${limits.project}`);
  if (memberCount(app, 'experience') > limits.experience) fail(`${where}: experience members over the limit`);
  if (app.categories.length > rules['B-07'].maxCategories) fail(`${where}: too many categories`);
  for (const kind of Object.keys(app.dev.domains) as (keyof typeof app.dev.domains)[]) {
    if (app.dev.domains[kind].length > rules['D-07'].maxPerKind) fail(`${where}: too many ${kind} domains`);
  }
  const uploaders = app.versions.dev.map((v) => v.uploader);
  if (new Set(uploaders).size !== uploaders.length) fail(`${where}: two development versions by one uploader`);
}

function checkClock(w: World, where: string): void {
  const due = nextDue(w);
  if (due !== null && !(due > w.now)) fail(`${where}: something due at ${due} did not happen by ${w.now}`);
}

const TEXTS = new WeakMap<object, string>();

/** A branch or mini program as saved (JSON), computed once per object: worlds share what an action left alone. */
function textOf(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  let text = TEXTS.get(value);
  if (text === undefined) {
    text = JSON.stringify(value);
    TEXTS.set(value, text);
  }
  return text;
}

/**
 * Whether two pieces of plain JSON data hold the same (key order aside): a fraction of the cost of comparing their
 * JSON or of util.isDeepStrictEqual, and as strict for the world's data (a key holding undefined is a difference).
 */
export function samePlain(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    if (a.length !== other.length) return false;
    for (let i = 0; i < a.length; i++) if (!samePlain(a[i], other[i])) return false;
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  if (keys.length !== Object.keys(y).length) return false;
  for (const key of keys) {
    if (!Object.prototype.hasOwnProperty.call(y, key) || !samePlain(x[key], y[key])) return false;
  }
  return true;
}

/** Whether a branch or mini program changed: a draft copies what a rule reads, so a new object may hold the same. */
function moved(after: unknown, before: unknown): boolean {
  return !samePlain(after, before);
}

/** Every state invariant of a world (the start of a run). */
export function checkWorld(w: World, forbidden: Forbidden, where: string): void {
  for (const app of w.apps) checkApp(w, app, where);
  checkClock(w, where);
  scan(serializeWorld(w), forbidden, where);
}

/** Fact P-05: what goes online is the version whose review passed; a rollback restores the previous one. */
function checkOnline(action: Action, old: MiniProgram | undefined, app: MiniProgram, where: string): void {
  const was = old && old.versions.online ? old.versions.online.version.id : null;
  const now = app.versions.online ? app.versions.online.version.id : null;
  if (now === was) return;
  if (action.type === 'versions.publish') {
    const review = old ? old.versions.review : null;
    if (!review || review.status !== 'passed' || review.version.id !== now) {
      fail(`${where}: published ${now}, which had not passed review`);
    }
  } else if (action.type === 'versions.rollback') {
    if (!old || !old.versions.previous || old.versions.previous.id !== now) fail(`${where}: rolled back to ${now}`);
  } else {
    fail(`${where}: the online version changed`);
  }
}

/** The invariants after one action, at the cost of what it changed. */
export function checkAction(before: World, action: Action, result: ActionResult, forbidden: Forbidden): void {
  const after = result.world;
  const where = `after ${action.type}`;
  if (!result.ok) {
    if (result.error.code === 'INTERNAL_ERROR') fail(`${where}: INTERNAL_ERROR`);
    if (after.log.length + after.logDropped !== before.log.length + before.logDropped + 1) {
      fail(`${where}: an error was not logged once`);
    }
    if (!sameStateRefs(after, before) && stateOnly(after) !== stateOnly(before))
      fail(`${where}: an error changed the world`);
    return;
  }
  if (after.now < before.now) fail(`${where}: the clock went back`);
  // What the action changed, as the text that would be saved: scanned for what must never be stored.
  const changed: string[] = [];
  let platformMoved = false;
  for (const key of Object.keys(after) as (keyof World)[]) {
    const value = after[key];
    if (key === 'log' || key === 'apps' || !moved(value, before[key])) continue;
    if (key === 'platform') platformMoved = true;
    changed.push(textOf(value));
  }
  // Quotas and limits depend on the clock, the rule set and the platform: all mini programs when one moved.
  const all = after.now !== before.now || after.ruleSet !== before.ruleSet || platformMoved;
  for (const app of after.apps) {
    const old = before.apps.find((a) => a.appId === app.appId);
    const appMoved = moved(app, old);
    if (!appMoved && !all) continue;
    checkApp(after, app, where);
    checkOnline(action, old, app, where);
    if (appMoved) changed.push(textOf(app));
  }
  for (const old of before.apps) {
    if (!after.apps.some((a) => a.appId === old.appId)) fail(`${where}: mini program ${old.appId} vanished`);
  }
  const added = after.log.length + after.logDropped - (before.log.length + before.logDropped);
  if (added > 0) changed.push(JSON.stringify(after.log.slice(-added)));
  // A secret just shown: the whole save, once (it must not be anywhere, changed or not).
  if (result.reveal) changed.push(serializeWorld(after));
  scan(changed.join('\n'), forbidden, where);
  checkClock(after, where);
}

/** The end of a run: the whole save holds nothing forbidden and loads back as the same world. */
export function checkFinal(w: World, forbidden: Forbidden): void {
  const text = serializeWorld(w);
  scan(text, forbidden, 'the final save');
  const loaded = deserializeWorld(text);
  if (!loaded.ok) fail(`the final save does not load: ${loaded.error.code}`);
  if (!samePlain(loaded.world, w)) fail('the final save loads as a different world');
}
