/**
 * Own missions (imported or built) as the runtime sees them: a library entry (core/missions/library.ts, what is
 * stored) made from a mission, the mission read back from an entry, and importing a share code into the library.
 * Pure: the caller reads and writes storage (services/missions.ts). The classroom pages use the same three calls.
 */
import { formatText } from '../../core/i18n';
import type { I18nText } from '../../core/i18n';
import { BUILDER_TEXTS } from './content/builder-texts';
import {
  findLibraryEntry,
  MAX_LIBRARY_MISSIONS,
  putLibraryEntry,
  type LibraryEntry,
  type LibraryOrigin,
  type MissionLibrary,
} from '../../core/missions/library';
import type { Action } from '../engine/index';
import { decodeMission, encodeMission, importMission, type CodeProblem } from './codec';
import type { Mission } from './content/model';

/** The stored form of a mission: its share code and what the map shows; a built mission keeps its solution. */
export function libraryEntryOf(mission: Mission, origin: LibraryOrigin, realNow: number): LibraryEntry {
  return {
    id: mission.id,
    title: mission.title,
    stage: mission.stage,
    par: mission.par,
    scenario: mission.start.scenario,
    code: encodeMission(mission),
    solution: mission.solution ? mission.solution.slice() : null,
    origin,
    addedAt: realNow,
  };
}

/** The mission of an entry (its code decoded again, with the builder's solution), or null when it no longer reads. */
export function missionOfEntry(entry: LibraryEntry): Mission | null {
  const decoded = decodeMission(entry.code);
  if (!decoded.ok || decoded.mission.id !== entry.id) return null;
  const solution = entry.solution && entry.solution.length === decoded.mission.par ? entry.solution : null;
  return { ...decoded.mission, solution: solution as readonly Action[] | null };
}

/** A mission of the library by id. */
export function libraryMission(library: MissionLibrary, id: string): Mission | undefined {
  const entry = findLibraryEntry(library, id);
  const mission = entry ? missionOfEntry(entry) : null;
  return mission || undefined;
}

export type LibraryImport =
  | { ok: true; library: MissionLibrary; mission: Mission; outcome: 'added' | 'replaced' | 'built-in' }
  | { ok: false; library: MissionLibrary; problem: CodeProblem | 'full'; message: I18nText };

/** Said when "my missions" has no room left. */
export const LIBRARY_FULL: I18nText = formatText(BUILDER_TEXTS.libraryFull, { max: MAX_LIBRARY_MISSIONS });

/**
 * Adds the mission of a share code to the library. A bad, foreign, oversized or tampered code, or one that would
 * shadow a built-in mission, returns the same library object with the codec's bilingual message; the code of a
 * built-in mission adds nothing (it is on the map already).
 */
export function importCode(
  library: MissionLibrary,
  code: unknown,
  builtIns: readonly Mission[],
  realNow: number,
): LibraryImport {
  const result = importMission({ missions: [] }, code, builtIns);
  if (!result.ok) return { ok: false, library, problem: result.problem, message: result.message };
  const mission = result.mission;
  if (builtIns.some((m) => m.id === mission.id)) return { ok: true, library, mission, outcome: 'built-in' };
  const old = findLibraryEntry(library, mission.id);
  if (!old && library.missions.length >= MAX_LIBRARY_MISSIONS) {
    return { ok: false, library, problem: 'full', message: LIBRARY_FULL };
  }
  // Re-importing one's own built mission keeps its solution when the mission is the same.
  const keep = old && old.code === libraryEntryOf(mission, 'imported', realNow).code ? old : null;
  const entry = keep || libraryEntryOf(mission, 'imported', realNow);
  return { ok: true, library: putLibraryEntry(library, entry), mission, outcome: old ? 'replaced' : 'added' };
}
