/**
 * The mission runtime (pure TypeScript, no wx): predicates over the engine's selectors, the mission schema,
 * start worlds, runs, progress records and share codes. The missions themselves are data in
 * `console/missions/content/`. See docs/missions.md.
 */
export { MISSIONS, missionById } from './content/index';
export type {
  CompareOp,
  Forbidden,
  Goal,
  Json,
  Mission,
  MissionStart,
  PatchOp,
  Predicate,
  SelectorName,
} from './content/model';
export { holds, holdsIn, predicateProblem, readPath, SELECTOR_NAMES, SELECTORS, WorldReader } from './predicates';
export { checkMission, MISSION_LIMITS, type MissionCheck } from './validate';
export { parseStartTime, startWorld, type StartResult } from './start';
export { EMPTY_MEMORY, remember, resolveRef, resolveStep, type Memory } from './refs';
export {
  applyAction,
  evaluate,
  playSteps,
  replay,
  resetRun,
  runStats,
  startRun,
  undo,
  unlockHint,
  visibleHints,
  type GoalStatus,
  type MissionRun,
  type RunStats,
  type RunStatus,
  type SolutionReplay,
  type StartRunResult,
} from './run';
export {
  initialMissionProgress,
  isMissionProgress,
  isMissionRecord,
  MISSION_PROGRESS_KEY,
  MISSION_PROGRESS_SCHEMA,
  MISSION_PROGRESS_VERSION,
  NEW_RECORD,
  recordOf,
  recordSolved,
  recordStart,
  type MissionProgress,
  type MissionRecord,
  type MissionState,
} from './progress';
export {
  CODE_VERSION,
  decodeMission,
  encodeMission,
  importMission,
  MAX_CODE_LENGTH,
  type CodeProblem,
  type DecodeResult,
  type ImportedMissions,
  type ImportResult,
} from './codec';
