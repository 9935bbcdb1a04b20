/**
 * Missions as data: what a mission is, in a form that can be validated, exported as a share code and imported
 * again. Nothing here is executable: goals and forbidden conditions are predicates over the console engine's
 * selectors (see `miniprogram/console/missions/predicates.ts`), the start is a scenario plus a JSON patch, and the
 * reference solution is a list of engine actions. See docs/missions.md.
 */
import type { Action, RuleSetId, ScenarioId } from '../../engine/index';
import type { StageId } from '../../../core/content-model';
import type { I18nText } from '../../../core/i18n';

/** JSON values, as a world patch may carry them. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** The engine selectors a predicate may read (each is called with the world only). */
export type SelectorName =
  | 'sessionView'
  | 'registrationView'
  | 'inbox'
  | 'spam'
  | 'phoneView'
  | 'quotas'
  | 'memberSlots'
  | 'membersView'
  | 'versionsView'
  | 'reviewBlockers'
  | 'releaseChecklist'
  | 'filingStatus'
  | 'verificationStatus'
  | 'devSettingsView'
  | 'basicInfoView'
  | 'privacyStatus'
  | 'clockView';

/**
 * How a selected value is compared: `eq`/`ne` (deep equality), `gte`/`lte` (numbers), `in` (value is one of a
 * list), `has` (an array contains the value), `truthy`/`falsy` (no value needed).
 */
export type CompareOp = 'eq' | 'ne' | 'gte' | 'lte' | 'in' | 'has' | 'truthy' | 'falsy';

/**
 * A predicate over a world.
 * - `sel`: reads an engine selector, then a `/`-separated path into its result; a segment is a key, an array index,
 *   `#` (the array's length) or `key=value` (the first array element whose `key` equals `value`).
 * - `log`: an event type or error code appears in the world's log (`min` times, default 1); with `after`, only
 *   entries after the latest entry of type `after` count, and `after` itself must have happened.
 * - `all`, `any`, `not`: combinations.
 */
export type Predicate =
  | { readonly sel: SelectorName; readonly path: string; readonly op: CompareOp; readonly value?: Json }
  | { readonly log: string; readonly after?: string; readonly min?: number }
  | { readonly all: readonly Predicate[] }
  | { readonly any: readonly Predicate[] }
  | { readonly not: Predicate };

export interface Goal {
  /** Stable within the mission. */
  readonly id: string;
  /** The checklist line. */
  readonly label: I18nText;
  readonly check: Predicate;
  /** Set when the start state already meets it on purpose (e.g. "keep the version online"). */
  readonly metAtStart?: boolean;
}

/** A condition that ends the mission unsuccessfully as soon as it holds (an early or wrong completion). */
export interface Forbidden {
  readonly id: string;
  readonly when: Predicate;
  /** Why the run stopped, told to the learner. */
  readonly reason: I18nText;
}

/** Sets a value (`set`) or appends to an array (`push`) inside the start world, before the engine checks it. */
export interface PatchOp {
  readonly op: 'set' | 'push';
  /** Keys from the world's root; the first must be one of PATCH_ROOTS. */
  readonly path: readonly string[];
  readonly value: Json;
}

/**
 * The world parts a patch may change: the platform around the learner, the registration in progress, the mailbox, the
 * mini programs, the phone (its text messages and scans) and the session (who is logged in, and as whom).
 */
export const PATCH_ROOTS: readonly string[] = ['platform', 'registration', 'mailbox', 'apps', 'phone', 'session'];

export interface MissionStart {
  readonly scenario: ScenarioId;
  readonly ruleSet?: RuleSetId;
  readonly seed?: number;
  /** Beijing time `YYYY-MM-DD HH:mm`; the engine's default start when absent. */
  readonly at?: string;
  readonly patch?: readonly PatchOp[];
}

export interface Mission {
  /** Lowercase words joined by `-`. */
  readonly id: string;
  readonly title: I18nText;
  readonly briefing: I18nText;
  readonly stage: StageId;
  /** Position within its stage, from 1. */
  readonly order: number;
  /** The facts it rests on (each is exercised by its reference solution). */
  readonly factIds: readonly string[];
  readonly start: MissionStart;
  /** All must hold at the same moment; checked after every action. */
  readonly goals: readonly Goal[];
  readonly forbidden: readonly Forbidden[];
  /** Unlocked one at a time. */
  readonly hints: readonly I18nText[];
  /**
   * The reference solution: engine actions whose string values may name what a learner reads off the screen
   * (`$captcha`, `$mail`, `$scan`, `$sms`, `$secret`, `$oldSecret`, `$uploadKey`, `$payment`, `$id<n>.<field>`, `$badId<n>`,
   * `$filing.<phone>`); see `resolveStep`. Null for an imported mission: share codes leave the answer out.
   */
  readonly solution: readonly Action[] | null;
  /** The number of actions of the reference solution. */
  readonly par: number;
}
