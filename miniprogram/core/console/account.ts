/** Registration step ① 帐号信息 and step ② 邮箱激活 (facts R-01..R-08, A-01, A-02), and the simulated mailbox. */
import type { ActionOf } from './actions';
import { emit, rules, type Ctx, type HandlerResult } from './context';
import { consoleError, type ConsoleError } from './errors';
import { newCaptcha, newRegistration, PASSWORD_SALT } from './factory';
import { fingerprint } from './hash';
import { HEX, randomString } from './prng';
import type { Mail, RegistrationStep, World } from './types';
import {
  normalizeEmail,
  validateCaptcha,
  validateEmail,
  validatePassword,
  validatePasswordConfirmation,
} from './validators';

export const STEP_LABELS: Readonly<Record<RegistrationStep, { zh: string; en: string }>> = {
  account: { zh: '① 帐号信息', en: '① account info' },
  activation: { zh: '② 邮箱激活', en: '② email activation' },
  info: { zh: '③ 信息登记', en: '③ information registration' },
  done: { zh: '注册完成', en: 'registration complete' },
};

export function wrongStep(w: World): ConsoleError {
  return consoleError('REGISTER_WRONG_STEP', { step: STEP_LABELS[w.registration.step].zh });
}

export function passwordFingerprint(email: string, password: string): string {
  return fingerprint(`${normalizeEmail(email)}\n${password}`, PASSWORD_SALT);
}

/** Facts: where an email is already in use, as its own error. */
export function emailUseError(w: World, email: string): ConsoleError | null {
  const value = normalizeEmail(email);
  if (w.apps.some((app) => app.email === value)) return consoleError('EMAIL_USED_BY_MINI_PROGRAM');
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

function mailboxReceives(w: World, address: string): boolean {
  return w.mailbox.addresses.length === 0 || w.mailbox.addresses.indexOf(address) >= 0;
}

/** Fact: a new activation mail; only the newest link works. It lands where the scenario says. */
function sendActivationMail(ctx: Ctx): void {
  const w = ctx.w;
  const reg = w.registration;
  const to = reg.email || '';
  const token = randomString(w, HEX, 24);
  reg.activationToken = token;
  reg.lastMailAt = w.now;
  const delivered = mailboxReceives(w, to);
  const folder = w.platform.activationFolder;
  if (delivered) {
    ctx.w.seq += 1;
    const mail: Mail = {
      id: `mail-${w.seq}`,
      to,
      from: 'weixinteam@tencent.com',
      subject: { zh: '激活你的小程序帐号', en: 'Activate your mini program account' },
      body: {
        zh: `感谢注册！你的注册邮箱为 ${to}。请点击下面的链接激活小程序帐号，继续完成信息登记。（模拟邮件，链接只在本模拟中有效）`,
        en: `Thank you for registering! Your registration email is ${to}. Open the link below to activate the mini program account and continue with the information registration. (A simulated mail: the link only works in this simulation.)`,
      },
      folder,
      read: false,
      fraudWarning: folder === 'spam',
      receivedAt: w.now,
      kind: 'activation',
      token,
    };
    w.mailbox.mails.push(mail);
  }
  emit(ctx, 'ACTIVATION_MAIL_SENT', { to, folder: delivered ? folder : null, delivered });
}

export function resendActivation(ctx: Ctx): HandlerResult {
  if (ctx.w.registration.step !== 'activation') return wrongStep(ctx.w);
  sendActivationMail(ctx);
}

/** "返回重新填写": back to step ① to correct the email; earlier activation links stop working. */
export function changeEmail(ctx: Ctx): HandlerResult {
  const reg = ctx.w.registration;
  if (reg.step !== 'activation') return wrongStep(ctx.w);
  reg.step = 'account';
  reg.activationToken = null;
  reg.passwordFingerprint = null;
  emit(ctx, 'REGISTRATION_EMAIL_RESET', { email: reg.email });
}

/** Starts a new registration (e.g. for another mini program); an unfinished one is discarded. */
export function restartRegistration(ctx: Ctx): HandlerResult {
  for (const scan of ctx.w.phone.scans) {
    if (scan.purpose === 'registerAdmin' && scan.status === 'pending') scan.status = 'superseded';
  }
  ctx.w.registration = newRegistration(ctx.w);
  emit(ctx, 'REGISTRATION_RESTARTED');
}

function findMail(w: World, mailId: string): Mail | ConsoleError {
  const mail = w.mailbox.mails.find((m) => m.id === mailId);
  return mail ? mail : consoleError('MAIL_NOT_FOUND');
}

export function openMail(ctx: Ctx, action: ActionOf<'mail.open'>): HandlerResult {
  const mail = findMail(ctx.w, action.mailId);
  if ('code' in mail) return mail;
  mail.read = true;
  emit(ctx, 'MAIL_OPENED', { mailId: mail.id, folder: mail.folder, fraudWarning: mail.fraudWarning });
}

/** "这不是垃圾邮件": moves a mail from spam to the inbox. */
export function moveToInbox(ctx: Ctx, action: ActionOf<'mail.moveToInbox'>): HandlerResult {
  const mail = findMail(ctx.w, action.mailId);
  if ('code' in mail) return mail;
  mail.folder = 'inbox';
  mail.fraudWarning = false;
  emit(ctx, 'MAIL_MOVED', { mailId: mail.id, folder: 'inbox' });
}

/** Fact A-01: opening the newest activation link activates the account and leads to step ③. */
export function openActivationLink(ctx: Ctx, action: ActionOf<'mail.openLink'>): HandlerResult {
  const mail = findMail(ctx.w, action.mailId);
  if ('code' in mail) return mail;
  if (mail.kind !== 'activation' || mail.token === null) return consoleError('MAIL_HAS_NO_LINK');
  const reg = ctx.w.registration;
  if (reg.step !== 'activation') {
    return reg.activationToken === null && reg.step === 'account' && reg.email !== null
      ? consoleError('ACTIVATION_LINK_EXPIRED')
      : consoleError('ACTIVATION_NOT_PENDING');
  }
  if (mail.token !== reg.activationToken) return consoleError('ACTIVATION_LINK_EXPIRED');
  mail.read = true;
  reg.step = 'info';
  reg.activationToken = null;
  emit(ctx, 'ACCOUNT_ACTIVATED', { email: reg.email });
}
