/**
 * A mission run, as pure functions the mission pages will call: start it, apply an action (the goals are checked
 * after every action, all at the same moment), undo (replay the log minus one), reset, unlock hints, and read the
 * counts against par and the elapsed simulated and real time. The real clock is always passed in.
 */
import { dispatchUnknown, type Action, type ConsoleError, type Reveal, type World } from '../engine/index';
import type { I18nText } from '../../core/i18n';
import type { Mission } from './content/model';
import { holds, WorldReader } from './predicates';
import { EMPTY_MEMORY, remember, resolveStep, type Memory } from './refs';
import { startWorld } from './start';

export interface GoalStatus {
  id: string;
  label: I18nText;
  met: boolean;
}

export type RunStatus = 'playing' | 'completed' | 'failed';

export interface MissionRun {
  readonly mission: Mission;
  readonly start: World;
  readonly world: World;
  /** Every action the learner took, accepted or refused (a refused action is a step too: it is in the log). */
  readonly actions: readonly Action[];
  readonly checklist: readonly GoalStatus[];
  readonly status: RunStatus;
  /** The forbidden condition that ended the run. */
  readonly failure: { id: string; reason: I18nText } | null;
  /** The console's refusal of the latest action, if it refused. */
  readonly lastError: ConsoleError | null;
  /** A secret shown by the latest action (show it once; never store it). */
  readonly lastReveal: Reveal | null;
  readonly hintsUnlocked: number;
  /** Real time (epoch ms) when this run started. */
  readonly startedAt: number;
}

export type StartRunResult = { ok: true; run: MissionRun } | { ok: false; message: I18nText };

/** The checklist, the forbidden conditions and the status for a world: what runs after every action. */
export function evaluate(mission: Mission, world: World): Pick<MissionRun, 'checklist' | 'status' | 'failure'> {
  const reader = new WorldReader(world);
  const forbidden = mission.forbidden.find((f) => holds(f.when, reader));
  const checklist = mission.goals.map((g) => ({ id: g.id, label: g.label, met: holds(g.check, reader) }));
  // A forbidden condition wins over the goals: completing the wrong way is not completing.
  if (forbidden) return { checklist, status: 'failed', failure: { id: forbidden.id, reason: forbidden.reason } };
  return { checklist, status: checklist.every((g) => g.met) ? 'completed' : 'playing', failure: null };
}

export function startRun(mission: Mission, realNow: number): StartRunResult {
  const started = startWorld(mission.start);
  if (!started.ok) return started;
  return {
    ok: true,
    run: {
      mission,
      start: started.world,
      world: started.world,
      actions: [],
      ...evaluate(mission, started.world),
      lastError: null,
      lastReveal: null,
      hintsUnlocked: 0,
      startedAt: realNow,
    },
  };
}

/**
 * Applies one action (of unknown shape: the engine checks it). A finished run takes no more actions and is
 * returned unchanged.
 */
export function applyAction(run: MissionRun, action: unknown): MissionRun {
  if (run.status !== 'playing') return run;
  const result = dispatchUnknown(run.world, action);
  // Not an action at all (a page bug, a damaged replay): said, but not a learner's step.
  if (!result.ok && (result.error.code === 'UNKNOWN_ACTION' || result.error.code === 'INVALID_ACTION')) {
    return { ...run, lastError: result.error, lastReveal: null };
  }
  // The engine's schema has checked the action; it is kept whether accepted or refused, as a copy of its own: a
  // page may pass an object it later changes in place (setData on `form.idNumber`), which would rewrite the
  // history the save replays.
  const actions = run.actions.concat([JSON.parse(JSON.stringify(action)) as Action]);
  return {
    ...run,
    world: result.world,
    actions,
    ...evaluate(run.mission, result.world),
    lastError: result.ok ? null : result.error,
    lastReveal: result.ok && result.reveal ? result.reveal : null,
  };
}

/** Replays the actions on the start world (what undo and a restored run use). */
export function replay(run: MissionRun, actions: readonly Action[]): MissionRun {
  const base: MissionRun = {
    ...run,
    world: run.start,
    actions: [],
    ...evaluate(run.mission, run.start),
    lastError: null,
    lastReveal: null,
  };
  return actions.reduce<MissionRun>(applyAction, base);
}

/** Takes back the last action (also after a forbidden condition ended the run). */
export function undo(run: MissionRun): MissionRun {
  if (run.actions.length === 0) return run;
  return replay(run, run.actions.slice(0, -1));
}

/** Back to the start world; the hints already unlocked stay unlocked (they were used). */
export function resetRun(run: MissionRun, realNow: number): MissionRun {
  return { ...replay(run, []), startedAt: realNow };
}

export function unlockHint(run: MissionRun): MissionRun {
  return run.hintsUnlocked >= run.mission.hints.length ? run : { ...run, hintsUnlocked: run.hintsUnlocked + 1 };
}

export function visibleHints(run: MissionRun): I18nText[] {
  return run.mission.hints.slice(0, run.hintsUnlocked);
}

export interface RunStats {
  actions: number;
  par: number;
  /** Actions beyond par (0 at or under par). */
  overPar: number;
  hintsUsed: number;
  goalsMet: number;
  goalsTotal: number;
  simulatedMs: number;
  realMs: number;
}

export function runStats(run: MissionRun, realNow: number): RunStats {
  return {
    actions: run.actions.length,
    par: run.mission.par,
    overPar: Math.max(0, run.actions.length - run.mission.par),
    hintsUsed: run.hintsUnlocked,
    goalsMet: run.checklist.filter((g) => g.met).length,
    goalsTotal: run.checklist.length,
    simulatedMs: run.world.now - run.start.now,
    realMs: Math.max(0, realNow - run.startedAt),
  };
}

export interface SolutionReplay {
  run: MissionRun;
  /** Index of the step whose `$` reference could not be read, or -1. */
  stuckAt: number;
  missing: string[];
}

/** Plays a list of solution-style steps (with `$` references) through a run. */
export function playSteps(run: MissionRun, steps: readonly Action[]): SolutionReplay {
  let memory: Memory = EMPTY_MEMORY;
  let r = run;
  for (let i = 0; i < steps.length; i++) {
    const resolved = resolveStep(steps[i], r.world, memory);
    if (!resolved.ok) return { run: r, stuckAt: i, missing: resolved.missing };
    r = applyAction(r, resolved.action);
    memory = remember(memory, r.lastReveal || undefined);
  }
  return { run: r, stuckAt: -1, missing: [] };
}
