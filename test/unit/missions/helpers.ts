import type { Action } from '../../../miniprogram/console/engine/index';
import { playSteps, startRun, type Mission, type MissionRun } from '../../../miniprogram/console/missions/index';

export function started(mission: Mission): MissionRun {
  const result = startRun(mission, 1_000);
  if (!result.ok) throw new Error(`${mission.id} does not start: ${result.message.en}`);
  return result.run;
}

/** Plays steps (with `$` references) from the mission's start; fails when a reference cannot be read. */
export function play(mission: Mission, steps: readonly Action[]): MissionRun {
  const replay = playSteps(started(mission), steps);
  if (replay.stuckAt >= 0) throw new Error(`${mission.id}: step ${replay.stuckAt} cannot read ${replay.missing}`);
  return replay.run;
}
