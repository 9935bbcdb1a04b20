/**
 * The console engine's public API: import from this file only
 * (`import { createWorld, dispatch } from '../../core/console/engine'`).
 *
 * A world is created from a scenario, changed only by `dispatch(world, action)`, read through the selectors,
 * and saved with `serializeWorld` / `deserializeWorld`. See docs/console-engine.md.
 */
export { dispatch, dispatchAll, dispatchUnknown, LOG_LIMIT, type ActionResult } from './dispatch';
export {
  ACTION_TYPES,
  isActionType,
  type Action,
  type ActionOf,
  type ActionType,
  type FilingParticipantInput,
  type RegistrationForm,
} from './actions';
export type { Reveal } from './context';
export { MODULE_ACCESS, type Module } from './context';
export {
  consoleError,
  ERROR_CATALOG,
  ERROR_CODES,
  isConsoleError,
  isErrorCode,
  type ConsoleError,
  type ErrorCode,
} from './errors';
export { EVENT_FACTS, EVENT_TYPES, isEventType, type ConsoleEvent, type EventType } from './events';
export { createWorld, DEFAULT_START, sampleIdentity, type SampleIdentity, type WorldOptions } from './world';
export { fingerprint, LEGACY_TAG, shortTag, TAG_BITS } from './hash';
export { idFingerprint, nameFingerprint, phoneFingerprint } from './registration';
export { passwordFingerprint } from './account';
export { ID_SALT, PHONE_SALT } from './factory';
export {
  EXISTING_EMAIL,
  EXISTING_PASSWORD,
  findScenario,
  LEARNER_EMAIL,
  SCENARIO_IDS,
  SCENARIOS,
  type Scenario,
  type ScenarioId,
} from './scenarios';
export { RULE_SET_IDS, RULE_SETS, ruleSetDifferences, rulesOf, type RuleSet, type Rules } from './rulesets';
export { CATEGORIES, findCategory, type CategoryDef } from './category-data';
export { deserializeWorld, checkWorld, serializeWorld, type LoadResult } from './serialization';
export { nextDue } from './clock';
export { ENFORCED_FACTS, NOT_ENFORCED } from './coverage';
export { QUOTA_KEYS, type QuotaKey, type QuotaStatus } from './quotas';
export {
  basicInfoView,
  canUseTrial,
  clockView,
  currentApp,
  devSettingsView,
  filingStatus,
  mailboxView,
  memberSlots,
  membersView,
  phoneView,
  quotas,
  recentLog,
  registrationView,
  releaseChecklist,
  reviewBlockers,
  sessionView,
  SUBJECT_TYPE_LABELS,
  verificationStatus,
  versionsView,
  type ChecklistItem,
  type DevSettingsView,
  type FilingStatus,
  type MailboxView,
  type PhoneView,
  type RegistrationView,
  type SessionView,
  type Slots,
  type VerificationEffects,
  type VerificationStatus,
  type VersionsView,
} from './selectors';
export {
  avatarFormat,
  charCount,
  nameWidth,
  normalizeDomain,
  normalizeEmail,
  registrableDomain,
  validateAbbreviation,
  validateAppName,
  validateAvatar,
  validateCaptcha,
  validateCreditCode,
  validateDomain,
  validateEmail,
  validateIdName,
  validateIdNumber,
  validateIntroduction,
  validateIp,
  validateMobile,
  validateOrgName,
  validatePassword,
  validatePasswordConfirmation,
  validateSmsCode,
  validateVersionNote,
  validateVersionNumber,
  validateWechatId,
} from './validators';
export {
  checkIdNumber,
  idCheckDigit,
  maskIdNumber,
  maskMobile,
  maskPersonName,
  sampleCreditCode,
  sampleIdName,
  sampleIdNumber,
  sampleMobile,
  sampleOrgName,
} from './idcard';
export { beijing, days, formatDate, formatDateTime, hours, minutes, parseDate, DAY, HOUR, MINUTE } from './time';
export * from './types';
