/**
 * The single entry point: `dispatch(world, action)` checks the action's shape, runs its rule on a private
 * copy of the world, and returns either the new world with its events (and any one-time reveal) or the old
 * world, unchanged except for the event log, with a typed error. It never throws.
 */
import { refreshCaptcha, restartRegistration, submitAccount } from '../registration/account';
import { changeEmail, moveToInbox, openActivationLink, openMail, resendActivation } from '../registration/activation';
import { ACTION_SCHEMAS, isActionType, type Action, type ActionOf, type ActionType } from './actions';
import { setAbbreviation, setAvatar, setIntroduction, setName } from '../basic-settings/rules';
import { addCategory, removeCategory, setMainCategory } from '../basic-settings/categories';
import { advanceClock, setClock, setRuleSet } from '../sandbox/clock';
import type { Ctx, HandlerResult, Reveal } from './context';
import {
  callApi,
  ciUpload,
  enableCapability,
  freezeSecret,
  generateSecret,
  generateUploadKey,
  resetSecret,
  resetUploadKey,
  setDomains,
  setIpWhitelist,
  setIpWhitelistOn,
  setUploadIpWhitelist,
  unfreezeSecret,
} from '../dev-settings/rules';
import { consoleError, type ConsoleError } from './errors';
import { cleanAction } from './input';
import { compactWorld } from './bounds';
import type { ConsoleEvent } from './events';
import { submitFiling, verifyFilingSms } from '../filing/rules';
import { actAs, logout, pickApp, startScanLogin, submitLogin } from '../login/rules';
import { addMember, removeMember, searchMember, setMemberRoles } from '../members/rules';
import { confirmScan, rejectScan } from '../phone/rules';
import {
  changeSubject,
  confirmRegistration,
  continueRegistration,
  paySubject,
  requestAdminScan,
  selectRegion,
  selectSubjectType,
  sendSms,
  useWechatVerification,
} from '../registration/rules';
import { draftOf } from './draft';
import { isPlainObject, validate } from './schema';
import type { LogEntry, World } from './types';
import { annualReview, applyVerification } from '../verification/rules';
import { savePrivacyGuide } from '../privacy/rules';
import { publish, rollback, setPhasedPercent, setTrial, submitReview, upload, withdrawReview } from '../versions/rules';

export { draftOf, type Draft } from './draft';

export type ActionResult =
  | { ok: true; world: World; events: ConsoleEvent[]; reveal?: Reveal }
  | { ok: false; world: World; error: ConsoleError };

type Handlers = { [K in ActionType]: (ctx: Ctx, action: ActionOf<K>) => HandlerResult };

const HANDLERS: Handlers = {
  'clock.advance': advanceClock,
  'clock.set': setClock,
  'sandbox.setRuleSet': setRuleSet,
  'register.refreshCaptcha': refreshCaptcha,
  'register.submitAccount': submitAccount,
  'register.resendActivation': resendActivation,
  'register.changeEmail': changeEmail,
  'register.restart': restartRegistration,
  'register.selectRegion': selectRegion,
  'register.selectSubjectType': selectSubjectType,
  'register.sendSms': sendSms,
  'register.requestAdminScan': requestAdminScan,
  'register.continue': continueRegistration,
  'register.confirm': confirmRegistration,
  'mail.open': openMail,
  'mail.moveToInbox': moveToInbox,
  'mail.openLink': openActivationLink,
  'phone.confirmScan': confirmScan,
  'phone.rejectScan': rejectScan,
  'subject.pay': paySubject,
  'subject.useWechatVerification': useWechatVerification,
  'subject.change': changeSubject,
  'login.submit': submitLogin,
  'login.scanStart': startScanLogin,
  'login.pickApp': pickApp,
  'login.logout': logout,
  'session.actAs': actAs,
  'basic.setName': setName,
  'basic.setAbbreviation': setAbbreviation,
  'basic.setAvatar': setAvatar,
  'basic.setIntroduction': setIntroduction,
  'category.add': addCategory,
  'category.remove': removeCategory,
  'category.setMain': setMainCategory,
  'dev.generateSecret': generateSecret,
  'dev.resetSecret': resetSecret,
  'dev.freezeSecret': freezeSecret,
  'dev.unfreezeSecret': unfreezeSecret,
  'dev.setIpWhitelist': setIpWhitelist,
  'dev.setIpWhitelistOn': setIpWhitelistOn,
  'dev.setDomains': setDomains,
  'dev.generateUploadKey': generateUploadKey,
  'dev.resetUploadKey': resetUploadKey,
  'dev.setUploadIpWhitelist': setUploadIpWhitelist,
  'dev.callApi': callApi,
  'dev.ciUpload': ciUpload,
  'dev.enableCapability': enableCapability,
  'members.search': searchMember,
  'members.add': addMember,
  'members.remove': removeMember,
  'members.setRoles': setMemberRoles,
  'versions.upload': upload,
  'versions.setTrial': setTrial,
  'versions.submitReview': submitReview,
  'versions.withdrawReview': withdrawReview,
  'versions.publish': publish,
  'versions.setPhasedPercent': setPhasedPercent,
  'versions.rollback': rollback,
  'filing.submit': submitFiling,
  'filing.verifySms': verifyFilingSms,
  'verify.apply': applyVerification,
  'verify.annualReview': annualReview,
  'privacy.save': savePrivacyGuide,
};

/** The log keeps the newest entries; older ones are counted in `logDropped`. */
export const LOG_LIMIT = 1000;

function appendLog(world: World, entries: Omit<LogEntry, 'seq'>[]): Pick<World, 'log' | 'logDropped'> {
  let seq = world.logDropped + world.log.length;
  const overflow = Math.max(0, world.log.length + entries.length - LOG_LIMIT);
  // One copy of the kept entries (the log is the largest part of the world: 1000 entries once full).
  const log = overflow > 0 ? world.log.slice(Math.min(overflow, world.log.length)) : world.log.slice();
  for (const e of entries) log.push({ ...e, seq: ++seq });
  const dropped = overflow > world.log.length ? overflow - world.log.length : 0;
  return { log: dropped > 0 ? log.slice(dropped) : log, logDropped: world.logDropped + overflow };
}

function failure(world: World, actionType: string, error: ConsoleError): ActionResult {
  const entry: Omit<LogEntry, 'seq'> = {
    at: world.now,
    kind: 'error',
    action: actionType,
    type: error.code,
    factIds: error.factIds.slice(),
    data: { field: error.field !== undefined ? error.field : null },
  };
  return { ok: false, world: { ...world, ...appendLog(world, [entry]) }, error };
}

function run<K extends ActionType>(world: World, action: ActionOf<K>): ActionResult {
  const draft = draftOf(world);
  const ctx: Ctx = { w: draft.world, events: [], reveal: null };
  const handler = HANDLERS[action.type as K];
  const error = handler(ctx, action);
  if (error) return failure(world, action.type, error);
  const after = draft.finish();
  compactWorld(after, draft.touched);
  const entries = ctx.events.map((e) => ({
    at: e.at,
    kind: 'event' as const,
    action: action.type,
    type: e.type,
    factIds: e.factIds.slice(),
    data: { ...e.data },
  }));
  const next: World = { ...after, ...appendLog(world, entries) };
  return ctx.reveal
    ? { ok: true, world: next, events: ctx.events, reveal: ctx.reveal }
    : { ok: true, world: next, events: ctx.events };
}

/** Applies one action. Any input is accepted: a malformed action is refused with an error, never thrown. */
export function dispatch(world: World, action: Action): ActionResult {
  return dispatchUnknown(world, action);
}

/** Like dispatch, for input of unknown shape (a replay, a message from a page, a test's random data). */
export function dispatchUnknown(world: World, input: unknown): ActionResult {
  const rawType = isPlainObject(input) ? input.type : undefined;
  const typeLabel = typeof rawType === 'string' ? rawType.slice(0, 60) : 'invalid';
  try {
    if (!isPlainObject(input) || !isActionType(rawType)) {
      return failure(world, typeLabel, consoleError('UNKNOWN_ACTION', { type: typeLabel }));
    }
    const clean = cleanAction(input);
    if (!clean.ok) return failure(world, rawType, clean.error);
    const problems = validate(ACTION_SCHEMAS[rawType], clean.action, 'action');
    if (problems.length > 0) {
      return failure(world, rawType, consoleError('INVALID_ACTION', { detail: problems.slice(0, 3).join('; ') }));
    }
    return run(world, clean.action as ActionOf<typeof rawType>);
  } catch {
    try {
      return failure(world, typeLabel, consoleError('INTERNAL_ERROR'));
    } catch {
      return { ok: false, world, error: consoleError('INTERNAL_ERROR') };
    }
  }
}

/** Applies actions in order, stopping at nothing: returns the final world and every result. */
export function dispatchAll(world: World, actions: readonly Action[]): { world: World; results: ActionResult[] } {
  let current = world;
  const results: ActionResult[] = [];
  for (const action of actions) {
    const result = dispatch(current, action);
    results.push(result);
    current = result.world;
  }
  return { world: current, results };
}
