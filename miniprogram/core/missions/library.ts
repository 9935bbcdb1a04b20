/**
 * The learner's own missions ("我的任务"): imported from a share code or made in the mission builder, kept on this
 * phone under `reglab.library` (versioned like the other stores). Each entry keeps the mission's share code (the
 * console subpackage decodes it when the mission is played) beside what the 实操 tab's map needs without the
 * engine: id, stage, title, par and start scenario. A mission made in the builder also keeps its reference solution
 * (share codes leave it out). Pure: services/missions.ts reads and writes it, console/missions/library.ts makes
 * entries from missions. See docs/missions.md ("Own missions").
 */
import { STAGES } from '../content-model';
import type { StageId } from '../content-model';
import type { I18nText } from '../i18n';
import type { ScenarioId } from '../lab-scenarios';
import { SCENARIO_TEXTS } from '../lab-scenarios';
import type { Salvage, VersionedSchema } from '../storage/envelope';
import type { MissionIndexEntry } from './mission-index';
import { isFiniteNumber, isNonNegativeInt, isRecord } from '../storage/guards';

export const MISSION_LIBRARY_KEY = 'reglab.library';
export const MISSION_LIBRARY_VERSION = 1;
/** At most this many own missions (each entry is a code of ≤ 2 KB and a solution: far under 1 MB per key). */
export const MAX_LIBRARY_MISSIONS = 50;

export type LibraryOrigin = 'imported' | 'built';

export interface LibraryEntry {
  readonly id: string;
  readonly title: I18nText;
  readonly stage: StageId;
  readonly par: number;
  readonly scenario: ScenarioId;
  /** The share code (console/missions/codec.ts), without the reference solution. */
  readonly code: string;
  /** The reference solution of a mission made in the builder (engine actions), or null for an imported one. */
  readonly solution: readonly unknown[] | null;
  readonly origin: LibraryOrigin;
  /** Real time it was added, epoch ms. */
  readonly addedAt: number;
}

export interface MissionLibrary {
  /** Oldest first. */
  readonly missions: readonly LibraryEntry[];
}

export function emptyLibrary(): MissionLibrary {
  return { missions: [] };
}

export function findLibraryEntry(library: MissionLibrary, id: string): LibraryEntry | undefined {
  return library.missions.find((m) => m.id === id);
}

/** Adds an entry, replacing one with the same id (kept in its place). */
export function putLibraryEntry(library: MissionLibrary, entry: LibraryEntry): MissionLibrary {
  const at = library.missions.findIndex((m) => m.id === entry.id);
  if (at < 0) return { missions: library.missions.concat([entry]) };
  const missions = library.missions.slice();
  missions[at] = entry;
  return { missions };
}

export function removeLibraryEntry(library: MissionLibrary, id: string): MissionLibrary {
  return { missions: library.missions.filter((m) => m.id !== id) };
}

/** The own missions as the map lists them (like the built-ins' index), in the order they were added. */
export function libraryIndex(library: MissionLibrary): MissionIndexEntry[] {
  return library.missions.map((m, i) => ({
    id: m.id,
    stage: m.stage,
    order: i + 1,
    par: m.par,
    scenario: m.scenario,
    title: m.title,
  }));
}

const isText = (v: unknown): v is I18nText => isRecord(v) && typeof v.zh === 'string' && typeof v.en === 'string';

export function isLibraryEntry(v: unknown): v is LibraryEntry {
  return (
    isRecord(v) &&
    typeof v.id === 'string' &&
    /^[a-z0-9-]{1,40}$/.test(v.id) &&
    isText(v.title) &&
    STAGES.indexOf(v.stage as StageId) >= 0 &&
    isNonNegativeInt(v.par) &&
    typeof v.scenario === 'string' &&
    Object.prototype.hasOwnProperty.call(SCENARIO_TEXTS, v.scenario) &&
    typeof v.code === 'string' &&
    /^[A-Za-z0-9_-]{1,2048}$/.test(v.code) &&
    (v.solution === null || Array.isArray(v.solution)) &&
    (v.origin === 'imported' || v.origin === 'built') &&
    isFiniteNumber(v.addedAt)
  );
}

export function isMissionLibrary(v: unknown): v is MissionLibrary {
  if (!isRecord(v) || !Array.isArray(v.missions) || v.missions.length > MAX_LIBRARY_MISSIONS) return false;
  const ids = v.missions.map((m: unknown) => (isRecord(m) ? m.id : undefined));
  return v.missions.every(isLibraryEntry) && new Set(ids).size === ids.length;
}

/** Keeps the readable entries of a damaged library (the first of each id), naming how many were left out. */
export function salvageLibrary(v: unknown): Salvage<MissionLibrary> | undefined {
  if (!isRecord(v) || !Array.isArray(v.missions)) return undefined;
  const kept: LibraryEntry[] = [];
  for (const m of v.missions as unknown[]) {
    if (isLibraryEntry(m) && !findLibraryEntry({ missions: kept }, m.id) && kept.length < MAX_LIBRARY_MISSIONS) {
      kept.push(m);
    }
  }
  const dropped = v.missions.length - kept.length;
  return { value: { missions: kept }, dropped: dropped > 0 ? [`${dropped} missions`] : [] };
}

export const MISSION_LIBRARY_SCHEMA: VersionedSchema<MissionLibrary> = {
  key: MISSION_LIBRARY_KEY,
  version: MISSION_LIBRARY_VERSION,
  migrations: {},
  validate: isMissionLibrary,
  initial: emptyLibrary,
  salvage: salvageLibrary,
};

/**
 * The mission builder's draft (one at a time, key `reglab.builder`): the chosen start (a mission start, checked
 * again when the draft is played) and what the teacher has typed so far, kept while they play in the console.
 */
export interface BuilderDraft {
  readonly start: Readonly<Record<string, unknown>>;
  readonly form: Readonly<Record<string, string | readonly string[]>>;
}

export const BUILDER_DRAFT_KEY = 'reglab.builder';

export function isBuilderDraft(v: unknown): v is BuilderDraft {
  return (
    isRecord(v) &&
    isRecord(v.start) &&
    isRecord(v.form) &&
    Object.keys(v.form).every((k) => {
      const x = (v.form as Record<string, unknown>)[k];
      return typeof x === 'string' || (Array.isArray(x) && x.every((y) => typeof y === 'string'));
    })
  );
}
