/**
 * The learner's record per mission (new / started / solved, best action count, fewest hints, best real time),
 * with a versioned storage schema: stored data that is damaged or old is reported by the store, never thrown,
 * and entries for missions that no longer exist are kept (a later build may bring them back). In the main package
 * (core/missions/) so the 实操 tab's mission map can read the records; the console's runtime re-exports it.
 */
import type { VersionedSchema } from '../storage/envelope';
import { isFiniteNumber, isNonNegativeInt, isRecord, isRecordOf } from '../storage/guards';

/** What a record needs of a run (console/missions/run.ts `MissionRun` has it): kept here so the main package can read records. */
export interface FinishedRun {
  readonly mission: { readonly id: string };
  readonly status: 'playing' | 'completed' | 'failed';
  readonly actions: { readonly length: number };
  readonly hintsUnlocked: number;
  readonly startedAt: number;
}

export type MissionState = 'new' | 'started' | 'solved';

export interface MissionRecord {
  readonly state: MissionState;
  /** Fewest actions of a solved run. */
  readonly bestActions: number | null;
  /** Fewest hints a solved run used. */
  readonly fewestHints: number | null;
  /** Shortest real time of a solved run, ms. */
  readonly bestTimeMs: number | null;
  readonly attempts: number;
  /** Real time of the latest start or solve, epoch ms. */
  readonly lastPlayedAt: number | null;
}

export interface MissionProgress {
  readonly records: Readonly<Record<string, MissionRecord>>;
}

export const MISSION_PROGRESS_KEY = 'reglab.missions';
export const MISSION_PROGRESS_VERSION = 1;

export const NEW_RECORD: MissionRecord = {
  state: 'new',
  bestActions: null,
  fewestHints: null,
  bestTimeMs: null,
  attempts: 0,
  lastPlayedAt: null,
};

/**
 * The mission builder's draft (console/missions/builder.ts plays it while a teacher records): a mission id that is no
 * learner's mission, so it never gets a record.
 */
export const BUILDER_DRAFT_ID = 'builder-draft';

/** The records without any that must not be kept (the builder's draft, from saves made before it was left out). */
export function trackedProgress(p: MissionProgress): MissionProgress {
  if (!Object.prototype.hasOwnProperty.call(p.records, BUILDER_DRAFT_ID)) return p;
  const records = { ...p.records };
  delete records[BUILDER_DRAFT_ID];
  return { records };
}

export function initialMissionProgress(): MissionProgress {
  return { records: {} };
}

export function recordOf(p: MissionProgress, missionId: string): MissionRecord {
  return Object.prototype.hasOwnProperty.call(p.records, missionId) ? p.records[missionId] : NEW_RECORD;
}

function put(p: MissionProgress, id: string, record: MissionRecord): MissionProgress {
  return { records: { ...p.records, [id]: record } };
}

/** A run was started (or reset): counts an attempt; a solved mission stays solved. The builder's draft counts nothing. */
export function recordStart(p: MissionProgress, missionId: string, realNow: number): MissionProgress {
  if (missionId === BUILDER_DRAFT_ID) return p;
  const r = recordOf(p, missionId);
  return put(p, missionId, {
    ...r,
    state: r.state === 'solved' ? 'solved' : 'started',
    attempts: r.attempts + 1,
    lastPlayedAt: realNow,
  });
}

const min = (a: number | null, b: number) => (a === null ? b : Math.min(a, b));

/** A run ended completed: keeps the best figures. Runs that are not completed change nothing. */
export function recordSolved(p: MissionProgress, run: FinishedRun, realNow: number): MissionProgress {
  const id = run.mission.id;
  if (run.status !== 'completed' || id === BUILDER_DRAFT_ID) return p;
  const r = recordOf(p, id);
  return put(p, id, {
    state: 'solved',
    bestActions: min(r.bestActions, run.actions.length),
    fewestHints: min(r.fewestHints, run.hintsUnlocked),
    bestTimeMs: min(r.bestTimeMs, Math.max(0, realNow - run.startedAt)),
    attempts: Math.max(1, r.attempts),
    lastPlayedAt: realNow,
  });
}

const nullableCount = (v: unknown) => v === null || isNonNegativeInt(v);

export function isMissionRecord(v: unknown): v is MissionRecord {
  return (
    isRecord(v) &&
    (v.state === 'new' || v.state === 'started' || v.state === 'solved') &&
    nullableCount(v.bestActions) &&
    nullableCount(v.fewestHints) &&
    nullableCount(v.bestTimeMs) &&
    isNonNegativeInt(v.attempts) &&
    (v.lastPlayedAt === null || isFiniteNumber(v.lastPlayedAt)) &&
    // A solved record has all its figures; an unsolved one has none.
    [v.bestActions, v.fewestHints, v.bestTimeMs].every((x) => (x !== null) === (v.state === 'solved'))
  );
}

export function isMissionProgress(v: unknown): v is MissionProgress {
  return (
    isRecord(v) &&
    Object.keys(v).length === 1 &&
    isRecordOf(v.records, (r, key): r is MissionRecord => /^[a-z0-9-]{1,40}$/.test(key) && isMissionRecord(r))
  );
}

/** For the versioned store (services/), like the lesson progress. */
export const MISSION_PROGRESS_SCHEMA: VersionedSchema<MissionProgress> = {
  key: MISSION_PROGRESS_KEY,
  version: MISSION_PROGRESS_VERSION,
  migrations: {},
  validate: isMissionProgress,
  initial: initialMissionProgress,
};
