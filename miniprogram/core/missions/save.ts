/**
 * A mission's saved run, one storage key per mission (`reglab.mission.<id>`), beside the sandbox's own key: starting
 * or playing one mission never touches another mission's save or the sandbox. Only the actions are kept (the engine
 * is pure: the console session replays them on the mission's start world), so a save stays a few KB, far under the
 * 1 MB a key may hold. The 实操 tab reads the status, goal count and entry page without the engine.
 */
import { isFiniteNumber, isNonNegativeInt, isRecord } from '../storage/guards';

export const MISSION_SAVE_PREFIX = 'reglab.mission.';
export const MISSION_SAVE_VERSION = 1;

export interface MissionSave {
  readonly missionId: string;
  /** Every action taken, in order (checked again by the engine when replayed). */
  readonly actions: readonly unknown[];
  readonly hintsUnlocked: number;
  /** Whether the learner asked to see the reference solution. */
  readonly solutionShown: boolean;
  /** Real time the run started, epoch ms. */
  readonly startedAt: number;
  /** SMS the phone page has shown in this run. */
  readonly smsSeen: number;
  readonly status: 'playing' | 'completed' | 'failed';
  readonly goalsMet: number;
  readonly goalsTotal: number;
  /** The console page "continue" opens. */
  readonly entry: string;
  /** Real time the run was completed, epoch ms (absent while it is not complete). */
  readonly completedAt?: number;
}

export function missionSaveKey(missionId: string): string {
  return MISSION_SAVE_PREFIX + missionId;
}

export function isMissionSave(value: unknown): value is MissionSave {
  return (
    isRecord(value) &&
    typeof value.missionId === 'string' &&
    /^[a-z0-9-]{1,40}$/.test(value.missionId) &&
    Array.isArray(value.actions) &&
    isNonNegativeInt(value.hintsUnlocked) &&
    typeof value.solutionShown === 'boolean' &&
    isFiniteNumber(value.startedAt) &&
    isNonNegativeInt(value.smsSeen) &&
    (value.status === 'playing' || value.status === 'completed' || value.status === 'failed') &&
    isNonNegativeInt(value.goalsMet) &&
    isNonNegativeInt(value.goalsTotal) &&
    typeof value.entry === 'string' &&
    value.entry.startsWith('/console/') &&
    (value.completedAt === undefined || isFiniteNumber(value.completedAt))
  );
}

/** The console URL that opens a mission: its saved run, or a new one with `fresh` (the caller has asked first). */
export function missionUrl(entry: string, missionId: string, fresh = false): string {
  return `${entry}?mission=${missionId}${fresh ? '&fresh=1' : ''}`;
}
