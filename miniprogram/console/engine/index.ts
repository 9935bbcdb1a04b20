/**
 * The console engine's public API (the facade): code outside console/engine imports from this file only, e.g.
 * `import { createWorld, dispatch } from '../engine/index'` in a console page (test/unit/app/layers.test.ts).
 * The engine lives in the console subpackage: main-package code cannot import it (the 实操 tab uses
 * core/lab-scenarios.ts and services/sandbox.ts instead).
 *
 * A world is created from a scenario, changed only by `dispatch(world, action)`, read through the selectors,
 * and saved with `serializeWorld` / `deserializeWorld`. See docs/console-engine.md.
 */
export { dispatch, dispatchAll, dispatchUnknown, LOG_LIMIT, type ActionResult } from './kernel/dispatch';
export {
  ACTION_TYPES,
  isActionType,
  type Action,
  type ActionOf,
  type ActionType,
  type FilingParticipantInput,
  type PrivacyDeclarationInput,
  type RegistrationForm,
} from './kernel/actions';
export type { Reveal } from './kernel/context';
export { MODULE_ACCESS, type Module } from './kernel/context';
export {
  consoleError,
  ERROR_CATALOG,
  ERROR_CODES,
  isConsoleError,
  isErrorCode,
  type ConsoleError,
  type ErrorCode,
} from './kernel/errors';
export { EVENT_FACTS, EVENT_TYPES, isEventType, type ConsoleEvent, type EventType } from './kernel/events';
export { createWorld, DEFAULT_START, sampleIdentity, type SampleIdentity, type WorldOptions } from './kernel/world';
export { fingerprint, LEGACY_TAG, shortTag, TAG_BITS } from './kernel/hash';
export { idFingerprint, nameFingerprint, phoneFingerprint, subjectMethodsFor } from './registration/rules';
export { passwordFingerprint } from './registration/account';
export { emptyFiling, ID_SALT, PHONE_SALT } from './kernel/factory';
export {
  EXISTING_EMAIL,
  EXISTING_PASSWORD,
  findScenario,
  LEARNER_EMAIL,
  SCENARIO_IDS,
  SCENARIOS,
  type Scenario,
  type ScenarioId,
} from './sandbox/scenarios';
export { RULE_SET_IDS, RULE_SETS, ruleSetDifferences, rulesOf, type RuleSet, type Rules } from './kernel/rulesets';
export { CATEGORIES, findCategory, type CategoryDef } from './basic-settings/category-data';
export { deserializeWorld, checkWorld, serializeWorld, type LoadResult } from './kernel/serialization';
export { nextDue } from './sandbox/clock';
export { ENFORCED_FACTS, NOT_ENFORCED } from './kernel/coverage';
export { QUOTA_KEYS, type QuotaKey, type QuotaStatus } from './kernel/quotas';
// The read views (selectors) of each area, for pages and missions.
export { currentApp } from './kernel/selectors';
export { scanLoginView, sessionView, type ScanLoginView, type SessionView } from './login/selectors';
export {
  mailboxView,
  registrationView,
  SUBJECT_TYPE_LABELS,
  type MailboxView,
  type RegistrationView,
} from './registration/selectors';
export { phoneView, type PhoneView } from './phone/selectors';
export { basicInfoView, quotas } from './basic-settings/selectors';
export { canUseTrial, memberSlots, membersView, type Slots } from './members/selectors';
export { reviewBlockers, versionsView, type VersionsView } from './versions/selectors';
export { releaseChecklist, type ChecklistItem } from './home/selectors';
export { filingStatus, type FilingStatus } from './filing/selectors';
export { verificationStatus, type VerificationEffects, type VerificationStatus } from './verification/selectors';
export { devSettingsView, type DevSettingsView } from './dev-settings/selectors';
export { clockView, recentLog } from './sandbox/selectors';
export { privacyStatus, type PrivacyStatus } from './privacy/selectors';
export { itemList, validatePrivacyContact, validatePrivacyPurpose, validateRetentionDays } from './privacy/rules';
export { PRIVACY_ITEM_LABELS } from './privacy/texts';
// Field validators (each returns a ConsoleError or null) and ID numbers, credit codes, masks and sample values.
export * from './kernel/validators';
export * from './kernel/idcard';
export {
  beijing,
  days,
  formatDate,
  formatDateTime,
  hours,
  minutes,
  parseDate,
  DAY,
  HOUR,
  MINUTE,
  MAX_TIME,
} from './kernel/time';
export {
  cleanInput,
  displayable,
  INPUT_LIMITS,
  invisibleIn,
  normalizeText,
  PASTE_FACTOR,
  type InputField,
} from './kernel/input';
export * from './kernel/types';

// The page views: what each console page shows, derived from the world (pure; the pages only render them).
export * from './home/view';
export * from './home/cards';
export * from './registration/view';
export * from './basic-settings/view';
export * from './dev-settings/view';
export * from './members/view';
export * from './versions/view';
export * from './filing/view';
export * from './verification/view';
export * from './privacy/view';
export * from './sandbox/view';
export * from './sandbox/entry';
