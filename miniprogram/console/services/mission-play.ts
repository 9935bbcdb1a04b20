/**
 * The mission being played, for the console session (session.ts routes getWorld/act to it while it is open): its
 * run in memory, saved after every change as the list of actions under the mission's own key
 * (services/missions.ts), and the learner's records (started, solved with the best figures) kept up to date.
 * Opening a mission restores its saved run by replaying the actions on its start world (the engine is pure).
 */
import { sandboxSummary } from '../engine/index';
import type { Action, World } from '../engine/index';
import { applyAction, missionById, replay, resetRun, startRun, undo, unlockHint } from '../missions/index';
import type { Mission, MissionRun } from '../missions/index';
import { recordSolved, recordStart } from '../../core/missions/progress';
import type { MissionSave } from '../../core/missions/save';
import { readMissionSave, updateMissionProgress, writeMissionSave } from '../../services/missions';
import type { SaveProblem } from '../../services/storage';
import { ownMission } from './own-missions';

export interface PlayedMission {
  readonly run: MissionRun;
  /** SMS the phone page has shown in this run. */
  readonly smsSeen: number;
  /** The learner asked to see the reference solution. */
  readonly solutionShown: boolean;
  /** Real time this run was completed (epoch ms), or null while it is not complete. */
  readonly completedAt: number | null;
}

type Notify = (world: World) => void;

let played: PlayedMission | null = null;
/**
 * Missions not built in (imported from a share code or made in the builder), looked up by id: by default the
 * learner's own missions and the builder's draft (own-missions.ts); the classroom pages may widen it.
 */
let extraMissions: (id: string) => Mission | undefined = ownMission;

export function setMissionLibrary(lookup: (id: string) => Mission | undefined): void {
  extraMissions = lookup;
}

export function findMission(id: string): Mission | undefined {
  return missionById(id) || extraMissions(id);
}

export function currentMission(): PlayedMission | null {
  return played;
}

function saveOf(p: PlayedMission): MissionSave {
  const run = p.run;
  return {
    missionId: run.mission.id,
    actions: run.actions.slice(),
    hintsUnlocked: run.hintsUnlocked,
    solutionShown: p.solutionShown,
    startedAt: run.startedAt,
    smsSeen: p.smsSeen,
    status: run.status,
    goalsMet: run.checklist.filter((g) => g.met).length,
    goalsTotal: run.checklist.length,
    entry: sandboxSummary(run.world).entry,
    ...(p.completedAt !== null ? { completedAt: p.completedAt } : {}),
  };
}

/** Makes `next` the played mission, saves it, records a completion, tells the listeners. The write's problem, if any. */
function put(change: PlayedMission, notify: Notify): SaveProblem | undefined {
  const before = played;
  const justCompleted = change.run.status === 'completed' && (!before || before.run.status !== 'completed');
  // The moment of completion is this run's time; undo or reset forget it.
  const completedAt =
    change.run.status !== 'completed'
      ? null
      : justCompleted && change.completedAt === null
        ? Date.now()
        : change.completedAt;
  const next = { ...change, completedAt };
  played = next;
  let problem: SaveProblem | undefined;
  const saved = writeMissionSave(saveOf(next));
  if (!saved.ok) problem = saved.problem;
  if (justCompleted) {
    const recorded = updateMissionProgress((p) =>
      recordSolved(p, next.run, next.completedAt !== null ? next.completedAt : Date.now()),
    );
    if (!recorded.ok) problem = recorded.problem;
  }
  notify(next.run.world);
  return problem;
}

function recordAttempt(missionId: string): SaveProblem | undefined {
  const recorded = updateMissionProgress((p) => recordStart(p, missionId, Date.now()));
  return recorded.ok ? undefined : recorded.problem;
}

/**
 * A mission's run rebuilt from its save (the actions replayed on its start world), or a new run started at `now`
 * when there is no save. Null when its start cannot be built.
 */
export function runFromSave(mission: Mission, saved: MissionSave | null, now: number): MissionRun | null {
  const started = startRun(mission, saved ? saved.startedAt : now);
  if (!started.ok) return null;
  if (!saved) return started.run;
  return {
    ...replay(started.run, saved.actions as Action[]),
    hintsUnlocked: Math.min(saved.hintsUnlocked, mission.hints.length),
  };
}

/**
 * Opens a mission: its saved run, or a new one when it has none or `fresh` is asked (the 实操 tab asked the learner
 * first). Null when no mission has that id or its start cannot be built.
 */
export function openMission(id: string, fresh: boolean, notify: Notify): MissionRun | null {
  const mission = findMission(id);
  if (!mission) return null;
  const saved = fresh ? null : readMissionSave(id);
  const run = runFromSave(mission, saved, Date.now());
  if (!run) return null;
  if (!saved) recordAttempt(id);
  played = null;
  put(
    {
      run,
      smsSeen: saved ? saved.smsSeen : 0,
      solutionShown: saved ? saved.solutionShown : false,
      completedAt: saved && saved.completedAt !== undefined ? saved.completedAt : null,
    },
    notify,
  );
  return run;
}

/** Back to the sandbox: the mission stays saved under its key. */
export function closeMission(): void {
  played = null;
}

function change(notify: Notify, update: (p: PlayedMission) => PlayedMission): SaveProblem | undefined {
  return played ? put(update(played), notify) : undefined;
}

export function missionAct(action: Action, notify: Notify): SaveProblem | undefined {
  return change(notify, (p) => ({ ...p, run: applyAction(p.run, action) }));
}

export function missionSmsSeen(notify: Notify): SaveProblem | undefined {
  if (!played || played.smsSeen === played.run.world.phone.sms.length) return undefined;
  return change(notify, (p) => ({ ...p, smsSeen: p.run.world.phone.sms.length }));
}

/** Takes back the last action (replays the log minus one). */
export function missionUndo(notify: Notify): SaveProblem | undefined {
  return change(notify, (p) => {
    const run = undo(p.run);
    return { ...p, run, smsSeen: Math.min(p.smsSeen, run.world.phone.sms.length) };
  });
}

/** Back to the mission's start (counted as a new attempt); hints already unlocked stay counted. */
export function missionReset(notify: Notify): SaveProblem | undefined {
  if (!played) return undefined;
  const attempt = recordAttempt(played.run.mission.id);
  return change(notify, (p) => ({ ...p, run: resetRun(p.run, Date.now()), smsSeen: 0 })) || attempt;
}

export function missionHint(notify: Notify): SaveProblem | undefined {
  return change(notify, (p) => ({ ...p, run: unlockHint(p.run) }));
}

/** Marks the reference solution as seen (the caller has asked the learner first). */
export function missionSolutionShown(notify: Notify): SaveProblem | undefined {
  return change(notify, (p) => ({ ...p, solutionShown: true }));
}
