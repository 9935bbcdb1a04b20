/** Registration step ① 帐号信息 (facts R-01..R-08): the form, the captcha, and where an email is already used. */
import type { ActionOf } from '../kernel/actions';
import { emit, rules, type Ctx, type HandlerResult } from '../kernel/context';
import { peek } from '../kernel/draft';
import { sendActivationMail } from './activation';
import { consoleError, type ConsoleError } from '../kernel/errors';
import { newCaptcha, newRegistration, PASSWORD_SALT } from '../kernel/factory';
import { shortTag, TAG_BITS } from '../kernel/hash';
import { wrongStep } from './steps';
import type { World } from '../kernel/types';
import {
  normalizeEmail,
  validateCaptcha,
  validateEmail,
  validatePassword,
  validatePasswordConfirmation,
} from '../kernel/validators';

/**
 * An 8-bit tag of the password, bound to the email: it cannot give the password back (docs/privacy.md), and a
 * wrong password passes for the right one with probability 1/256, which a simulation tolerates.
 */
export function passwordFingerprint(email: string, password: string): string {
  return shortTag(`${normalizeEmail(email)}\n${password}`, PASSWORD_SALT, TAG_BITS.password);
}

/** Facts: where an email is already in use, as its own error. */
export function emailUseError(w: World, email: string): ConsoleError | null {
  const value = normalizeEmail(email);
  if (peek(w.apps).some((app) => app.email === value)) return consoleError('EMAIL_USED_BY_MINI_PROGRAM');
  const use = Object.prototype.hasOwnProperty.call(w.platform.emails, value) ? w.platform.emails[value] : null;
  switch (use) {
    case 'miniProgram':
      return consoleError('EMAIL_USED_BY_MINI_PROGRAM');
    case 'officialAccount':
      return consoleError('EMAIL_USED_BY_OFFICIAL_ACCOUNT');
    case 'openPlatform':
      return consoleError('EMAIL_USED_BY_OPEN_PLATFORM');
    case 'personalWeChat':
      return consoleError('EMAIL_BOUND_TO_WECHAT');
    default:
      return null;
  }
}

export function refreshCaptcha(ctx: Ctx): HandlerResult {
  if (ctx.w.registration.step !== 'account') return wrongStep(ctx.w);
  ctx.w.registration.captcha = newCaptcha(ctx.w);
  emit(ctx, 'CAPTCHA_REFRESHED');
}

/** Step ①: checks the fields in the order the form shows them, then sends the activation mail. */
export function submitAccount(ctx: Ctx, action: ActionOf<'register.submitAccount'>): HandlerResult {
  const reg = ctx.w.registration;
  if (reg.step !== 'account') return wrongStep(ctx.w);
  const problem =
    validateEmail(action.email) ||
    emailUseError(ctx.w, action.email) ||
    validatePassword(action.password, rules(ctx)['R-06'].minPasswordLength) ||
    validatePasswordConfirmation(action.password, action.confirmPassword) ||
    validateCaptcha(action.captcha, reg.captcha) ||
    (action.agree ? null : consoleError('AGREEMENT_REQUIRED'));
  if (problem) return problem;
  const email = normalizeEmail(action.email);
  reg.email = email;
  reg.passwordFingerprint = passwordFingerprint(email, action.password);
  reg.step = 'activation';
  reg.captcha = newCaptcha(ctx.w);
  emit(ctx, 'ACCOUNT_SUBMITTED', { email });
  sendActivationMail(ctx);
}

/** Starts a new registration (e.g. for another mini program); an unfinished one is discarded. */
export function restartRegistration(ctx: Ctx): HandlerResult {
  for (const scan of ctx.w.phone.scans) {
    if (scan.purpose === 'registerAdmin' && scan.status === 'pending') scan.status = 'superseded';
  }
  ctx.w.registration = newRegistration(ctx.w);
  emit(ctx, 'REGISTRATION_RESTARTED');
}
