/**
 * Login (facts L-01, L-02, L-05): today's main route is a scan with WeChat and then picking the mini program; the
 * route of older tutorials, email + password then a second verification by scanning with the bound WeChat, still works.
 */
import { LEGACY_TAG } from '../kernel/hash';
import { passwordFingerprint } from '../registration/account';
import type { ActionOf } from '../kernel/actions';
import {
  activeApp,
  emit,
  findApp,
  findAppBy,
  isError,
  rolesOf,
  type Ctx,
  type HandlerResult,
  pushScan,
} from '../kernel/context';
import type { MiniProgram, World } from '../kernel/types';
import { consoleError } from '../kernel/errors';
import { normalizeEmail, validateEmail } from '../kernel/validators';
import { LOGIN_TEXTS } from './texts';

export function submitLogin(ctx: Ctx, action: ActionOf<'login.submit'>): HandlerResult {
  const w = ctx.w;
  const invalid = validateEmail(action.email);
  if (invalid) return invalid;
  if (action.password === '') return consoleError('PASSWORD_REQUIRED');
  const email = normalizeEmail(action.email);
  const app = findAppBy(w, (a) => a.email === email);
  if (!app) {
    const reg = w.registration;
    const samePassword = reg.passwordFingerprint === passwordFingerprint(email, action.password);
    if (reg.email === email && samePassword && reg.step === 'activation') return consoleError('LOGIN_NOT_ACTIVATED');
    if (reg.email === email && samePassword && reg.step === 'info')
      return consoleError('LOGIN_REGISTRATION_INCOMPLETE');
    return consoleError('LOGIN_WRONG_CREDENTIALS');
  }
  const tag = passwordFingerprint(email, action.password);
  // A mini program saved before passwords were tags (see LEGACY_TAG) takes its next password as the password.
  if (app.passwordFingerprint === LEGACY_TAG) app.passwordFingerprint = tag;
  else if (app.passwordFingerprint !== tag) return consoleError('LOGIN_WRONG_CREDENTIALS');
  for (const scan of w.phone.scans) {
    if (scan.purpose === 'login' && scan.status === 'pending') scan.status = 'superseded';
  }
  const scanId = pushScan(ctx, 'login', LOGIN_TEXTS.scanTitle, app.appId);
  w.session = { appId: app.appId, stage: 'awaitingScan', scanId, actor: app.adminWechatId };
  emit(ctx, 'LOGIN_PASSWORD_ACCEPTED', { appId: app.appId });
  emit(ctx, 'SCAN_REQUESTED', { scanId, purpose: 'login' });
}

/** The scan on the phone completes the login; the home page opens. */
export function confirmLoginScan(ctx: Ctx, scanId: string): HandlerResult {
  const session = ctx.w.session;
  if (!session || session.stage !== 'awaitingScan' || session.scanId !== scanId)
    return consoleError('SCAN_NOT_PENDING');
  session.stage = 'active';
  session.scanId = null;
  emit(ctx, 'LOGGED_IN', { appId: session.appId });
}

/** The mini programs the learner's WeChat may enter: where it is the administrator or a project member (fact L-05). */
export function pickableApps(w: World): MiniProgram[] {
  return w.apps.filter((app) => rolesOf(app, w.learner.wechatId).length > 0);
}

/** Fact L-05: the login page shows a code; the learner scans it with WeChat (the scan waits on the phone). */
export function startScanLogin(ctx: Ctx): HandlerResult {
  const w = ctx.w;
  for (const scan of w.phone.scans) {
    if ((scan.purpose === 'scanLogin' || scan.purpose === 'login') && scan.status !== 'rejected') {
      if (scan.status === 'pending' || scan.status === 'confirmed') scan.status = 'superseded';
    }
  }
  if (w.session && w.session.stage === 'awaitingScan') w.session = null;
  const scanId = pushScan(ctx, 'scanLogin', LOGIN_TEXTS.scanLoginTitle);
  emit(ctx, 'SCAN_REQUESTED', { scanId, purpose: 'scanLogin' });
}

/** Confirming the login scan on the phone: the WeChat must administer or belong to at least one mini program. */
export function confirmScanLogin(ctx: Ctx): HandlerResult {
  if (pickableApps(ctx.w).length === 0) return consoleError('LOGIN_SCAN_NO_APPS');
}

/** Fact L-05: after the confirmed scan, the learner picks which mini program to enter. */
export function pickApp(ctx: Ctx, action: ActionOf<'login.pickApp'>): HandlerResult {
  const w = ctx.w;
  const scans = w.phone.scans.filter((s) => s.purpose === 'scanLogin');
  const scan = scans[scans.length - 1];
  if (!scan || scan.status !== 'confirmed') return consoleError('LOGIN_SCAN_NOT_CONFIRMED');
  const app = findApp(w, action.appId.trim());
  if (!app || rolesOf(app, w.learner.wechatId).length === 0) return consoleError('LOGIN_APP_NOT_AVAILABLE');
  scan.status = 'superseded';
  w.session = { appId: app.appId, stage: 'active', scanId: null, actor: w.learner.wechatId };
  emit(ctx, 'LOGGED_IN_BY_SCAN', { appId: app.appId });
}

export function logout(ctx: Ctx): HandlerResult {
  const session = ctx.w.session;
  if (!session) return consoleError('NOT_LOGGED_IN');
  for (const scan of ctx.w.phone.scans) {
    if (scan.purpose === 'login' && scan.status === 'pending') scan.status = 'superseded';
  }
  ctx.w.session = null;
  emit(ctx, 'LOGGED_OUT', { appId: session.appId });
}

/** Lets the learner see the console as a project member sees it (fact M-07), or go back to the administrator. */
export function actAs(ctx: Ctx, action: ActionOf<'session.actAs'>): HandlerResult {
  const app = activeApp(ctx);
  if (isError(app)) return app;
  const roles = rolesOf(app, action.wechatId);
  if (roles.length === 0) return consoleError('ACT_AS_UNKNOWN');
  if (ctx.w.session) ctx.w.session.actor = action.wechatId;
  emit(ctx, 'ACTING_AS', { wechatId: action.wechatId, roles: roles.join(',') });
}
