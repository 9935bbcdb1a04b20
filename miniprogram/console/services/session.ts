/**
 * The console world's session: the one World the learner's console pages share, loaded once per app run, saved
 * after every change under its own storage key (schema-versioned; an unreadable save is backed up and the
 * learner told, through `takeConsoleNotice`).
 *
 * Usage (console pages normally go through behaviors/console.ts, which wraps these):
 *   const world = getWorld();                  // the current world (a fresh one is started if none exists)
 *   const result = act({ type: 'register.refreshCaptcha' });  // dispatch + save + notify listeners
 *   if (!result.ok) show(result.error);        // the error's world (log extended) is saved too
 *   const off = subscribe((w) => render(w));   // called after every save; call off() when done
 * A `reveal` (AppSecret, upload key) exists only in the ActionResult `act` returns: it is never saved.
 *
 * Several worlds: the sandbox (saved here under CONSOLE_KEY) and one run per mission (services/mission-play.ts, each
 * under its own key). A console page opened with `?mission=<id>` (`&fresh=1` for a new run) plays that mission until
 * a page is opened with `?sandbox=1` or `?scenario=…`; meanwhile getWorld/act/phoneBadge work on the mission's world.
 */
import {
  checkWorld,
  consoleError,
  createWorld,
  currentApp,
  dispatch,
  findScenario,
  phoneBadgeCount,
  RULE_SET_IDS,
  sandboxSummary,
  SCHEMA_VERSION,
} from '../engine/index';
import type { Action, ActionResult, MiniProgram, RuleSetId, World, WorldOptions } from '../engine/index';
import {
  CONSOLE_KEY,
  forgetSandboxSummary,
  readSandboxSummary,
  sandboxResets,
  writeSandboxSummary,
} from '../../services/sandbox';
import { migrateConsoleV1toV2, migrateConsoleV2toV3, migrateConsoleV3toV4 } from './migrations';
import {
  closeMission,
  currentMission,
  missionAct,
  missionHint,
  missionReset,
  missionSmsSeen,
  missionSolutionShown,
  missionUndo,
  openMission,
} from './mission-play';
import type { PlayedMission } from './mission-play';
import { createVersionedStore, listBackups } from '../../services/storage';
import { forgetMissionStores } from '../../services/missions';
import type {
  BackupEntry,
  SaveProblem,
  Salvage,
  StorageNotice,
  VersionedStore,
  VersionedStoreOptions,
} from '../../services/storage';

/** Storage key of the console world (services/sandbox.ts, so the main package can reset it). */
export { CONSOLE_KEY };

/** What is saved: the world (null before the learner starts one) and how many SMS the phone page has shown. */
export interface ConsoleSave {
  world: World | null;
  smsSeen: number;
}

function isConsoleSave(value: unknown): value is ConsoleSave {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v = value as { world?: unknown; smsSeen?: unknown };
  if (typeof v.smsSeen !== 'number' || !(v.smsSeen >= 0)) return false;
  if (v.world === null) return true;
  return checkWorld(v.world).ok;
}

const EMPTY: ConsoleSave = { world: null, smsSeen: 0 };

/**
 * Keeps a readable world when only the SMS count beside it is wrong. A world is kept or left out whole: a half-read
 * world would break the engine's invariants (its cross-references), so an unreadable one is backed up instead.
 */
function salvageConsoleSave(value: unknown): Salvage<ConsoleSave> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const v = value as { world?: unknown; smsSeen?: unknown };
  const smsOk = typeof v.smsSeen === 'number' && v.smsSeen >= 0;
  const smsSeen = smsOk ? (v.smsSeen as number) : 0;
  const dropped = smsOk ? [] : ['smsSeen'];
  if (v.world === null || v.world === undefined) return { value: { world: null, smsSeen: 0 }, dropped };
  const checked = checkWorld(v.world);
  return checked.ok ? { value: { world: checked.world, smsSeen }, dropped } : undefined;
}

const CONSOLE_STORE: VersionedStoreOptions<ConsoleSave> = {
  key: CONSOLE_KEY,
  // The envelope follows the world's schema; older worlds are migrated, unreadable ones backed up and reported.
  version: SCHEMA_VERSION,
  migrations: { 1: migrateConsoleV1toV2, 2: migrateConsoleV2toV3, 3: migrateConsoleV3toV4 },
  validate: isConsoleSave,
  initial: () => ({ ...EMPTY }),
  salvage: salvageConsoleSave,
};

let store: VersionedStore<ConsoleSave> | undefined;
let cached: ConsoleSave | undefined;
let pendingNotice: StorageNotice | undefined;
/** The main package's reset count when `cached` was loaded: a reset from the 实操 tab makes the copy stale. */
let loadedAtReset = -1;
/** Why the last write was refused by storage, while the learner has not been told yet. */
let unsavedChange: SaveProblem | undefined;
const listeners: ((world: World) => void)[] = [];

function getStore(): VersionedStore<ConsoleSave> {
  if (!store) {
    store = createVersionedStore<ConsoleSave>(CONSOLE_STORE);
  }
  return store;
}

function loaded(): ConsoleSave {
  if (!cached || loadedAtReset !== sandboxResets()) {
    const result = getStore().load();
    cached = result.value;
    pendingNotice = result.notice;
    loadedAtReset = sandboxResets();
    // A save from before the summary existed (or seeded by a tool) gets its summary now.
    if (cached.world && !readSandboxSummary()) writeSandboxSummary(sandboxSummary(cached.world));
  }
  return cached;
}

/** Tells every listener about the world now shown (the sandbox's or the mission's). */
function notify(world: World): void {
  for (const listener of listeners.slice()) listener(world);
}

function write(next: ConsoleSave): boolean {
  cached = next;
  const result = getStore().save(next);
  const saved = result.ok;
  unsavedChange = result.ok ? undefined : result.problem;
  if (next.world) {
    const world = next.world;
    writeSandboxSummary(sandboxSummary(world));
    // While a mission is played, its world is the one shown: a sandbox write (the phone's count) is not news.
    if (!currentMission()) notify(world);
  }
  return saved;
}

/** The saved world, or null when the learner has not started one (or it was reset). */
export function loadWorld(): World | null {
  const played = currentMission();
  return played ? played.run.world : loaded().world;
}

/** The current world; starts (and saves) a fresh one when there is none, e.g. a console page opened from a lesson. */
export function getWorld(): World {
  const played = currentMission();
  if (played) return played.run.world;
  const world = loaded().world;
  return world ? world : startWorld();
}

/** Starts a new sandbox world (scenario, rule set, seed, start time), replacing the current one. */
export function startWorld(options: WorldOptions = {}): World {
  dropDrafts();
  const world = createWorld(options);
  write({ world, smsSeen: 0 });
  return world;
}

/** Replaces the current world (keeping the phone's seen count) and saves it; false if storage refused. */
export function saveWorld(world: World): boolean {
  return write({ world, smsSeen: loaded().smsSeen });
}

/**
 * Starts the sandbox a console page was opened for by the 实操 tab (`?scenario=…&ruleSet=…&seed=…`, see
 * core/lab-scenarios.ts `labStartUrl`). Returns the new world, or null when the query asks for no (known) scenario.
 */
export function startFromQuery(query: Readonly<Record<string, string | undefined>>): World | null {
  if (query.mission !== undefined) {
    const run = openMission(query.mission, query.fresh === '1', notify);
    return run ? run.world : null;
  }
  // The sandbox asked for by name (the 实操 tab's "continue" or a new sandbox): any mission is set aside, kept saved.
  if ((query.sandbox !== undefined || query.scenario !== undefined) && currentMission()) {
    closeMission();
    // Components already attached (the toolbar, the checklist) show the sandbox from now on.
    notify(getWorld());
  }
  const scenario = query.scenario !== undefined ? findScenario(query.scenario) : undefined;
  if (!scenario) return null;
  const ruleSet = RULE_SET_IDS.find((id) => id === query.ruleSet);
  const seed = Number(query.seed);
  return startWorld({
    scenario: scenario.id,
    ...(ruleSet ? { ruleSet } : {}),
    ...(Number.isInteger(seed) && seed > 0 ? { seed } : {}),
  });
}

/**
 * Dispatches an action on the current world and saves the world the engine returns (on an error too: the
 * error is in its log). Listeners are told. The result (with any one-time reveal) goes back to the caller only.
 */
export function act(action: Action): ActionResult {
  const played = currentMission();
  if (played) {
    if (played.run.status !== 'playing')
      return { ok: false, world: played.run.world, error: consoleError('MISSION_OVER') };
    // The page needs the engine's result (events, reveal); the run replays the same pure step.
    const result = dispatch(played.run.world, action);
    const problem = missionAct(action, notify);
    if (problem) unsavedChange = problem;
    return result;
  }
  const result = dispatch(getWorld(), action);
  saveWorld(result.world);
  return result;
}

/** Switches the rule set of the current world (toolbar): the engine's `sandbox.setRuleSet`, logged and saved. */
export function setRuleSet(ruleSet: RuleSetId): World {
  return act({ type: 'sandbox.setRuleSet', ruleSet }).world;
}

/** The logged-in mini program of the current world, or null. */
export function currentMiniProgram(): MiniProgram | null {
  const world = loadWorld();
  return world ? currentApp(world) : null;
}

/** The count on the floating phone button: SMS not yet seen on the phone page plus pending scans. */
export function phoneBadge(): number {
  const played = currentMission();
  if (played) return phoneBadgeCount(played.run.world, played.smsSeen);
  const save = loaded();
  return save.world ? phoneBadgeCount(save.world, save.smsSeen) : 0;
}

/** The phone page calls this when it shows the SMS list. */
export function markSmsSeen(): void {
  const played = currentMission();
  if (played) {
    const problem = missionSmsSeen(notify);
    if (problem) unsavedChange = problem;
    return;
  }
  const save = loaded();
  if (save.world && save.smsSeen !== save.world.phone.sms.length) {
    write({ world: save.world, smsSeen: save.world.phone.sms.length });
  }
}

/** Called with the new world after every save. Returns the function that unsubscribes. */
export function subscribe(listener: (world: World) => void): () => void {
  listeners.push(listener);
  return () => {
    const i = listeners.indexOf(listener);
    if (i >= 0) listeners.splice(i, 1);
  };
}

/**
 * Why the latest change could not be written to storage (undefined when it was), once. The world stays in memory
 * for this run, so nothing is lost until the mini program closes; the caller tells the learner
 * (`saveProblemText(problem)` has the advice for each reason).
 */
export function takeSaveFailure(): SaveProblem | undefined {
  const failed = unsavedChange;
  unsavedChange = undefined;
  return failed;
}

/** Backups of the console save, newest first. */
export function listConsoleBackups(): BackupEntry[] {
  return listBackups([CONSOLE_KEY]);
}

/** The notice from loading the console save, once (undefined when it loaded fine or was already taken). */
export function takeConsoleNotice(): StorageNotice | undefined {
  loaded();
  const notice = pendingNotice;
  pendingNotice = undefined;
  return notice;
}

/** Forgets the in-memory copy so the next read loads from storage (app restart; tests). Listeners are kept. */
export function forgetLoadedWorld(): void {
  forgetSandboxSummary();
  closeMission();
  forgetMissionStores();
  dropDrafts();
  cached = undefined;
  pendingNotice = undefined;
  store = undefined;
}

/** The mission being played, or null in the sandbox. */
export function activeMission(): PlayedMission | null {
  return currentMission();
}

function missionChange(change: (n: (world: World) => void) => SaveProblem | undefined): void {
  const problem = change(notify);
  if (problem) unsavedChange = problem;
}

/** Mission play (the checklist): undo the last action, reset to the start, unlock a hint, mark the solution seen. */
export const undoMission = (): void => missionChange(missionUndo);
export const resetMission = (): void => missionChange(missionReset);
export const unlockMissionHint = (): void => missionChange(missionHint);
export const markSolutionShown = (): void => missionChange(missionSolutionShown);

/** Form fields a page keeps while the learner leaves it (in memory, per sandbox or mission; a new world drops them). */
const drafts = new Map<string, unknown>();
const draftKey = (name: string) => {
  const played = currentMission();
  return `${played ? played.run.mission.id : 'sandbox'}:${name}`;
};

export function keepDraft(name: string, value: unknown): void {
  drafts.set(draftKey(name), value);
}

export function draftOf<T>(name: string): T | undefined {
  return drafts.get(draftKey(name)) as T | undefined;
}

/** Drops the kept drafts (a new world, or the app restarted). */
export function dropDrafts(): void {
  drafts.clear();
}
