/**
 * Registration step ② 邮箱激活 (facts) and the simulated mailbox: the activation mail lands in the inbox
 * or in spam with a fraud warning; resending makes older links stop working; going back corrects the email.
 */
import { formatText } from '../../../core/i18n';
import type { ActionOf } from '../kernel/actions';
import { ACTIVATION_MAIL } from './texts';
import { emit, type Ctx, type HandlerResult } from '../kernel/context';
import { consoleError, type ConsoleError } from '../kernel/errors';
import { HEX, randomString } from '../kernel/prng';
import { wrongStep } from './steps';
import type { Mail, World } from '../kernel/types';

function mailboxReceives(w: World, address: string): boolean {
  return w.mailbox.addresses.length === 0 || w.mailbox.addresses.indexOf(address) >= 0;
}

/** Fact: a new activation mail; only the newest link works. It lands where the scenario says. */
export function sendActivationMail(ctx: Ctx): void {
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
      subject: ACTIVATION_MAIL.subject,
      body: formatText(ACTIVATION_MAIL.body, { to }),
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
