/** Registration and the simulated mailbox (the activation mail) as pages and missions read them. */
import type { I18nText } from '../../../core/i18n';
import { newestFirst } from '../kernel/selectors';
import { rulesOf } from '../kernel/rulesets';
import type { Mail, MailFolder, SubjectType, World } from '../kernel/types';
import { STEP_LABELS } from './steps';
export { SUBJECT_TYPE_LABELS } from './texts';

export interface RegistrationView {
  step: World['registration']['step'];
  /** 1, 2, 3 for the three steps; 4 once done. */
  stepNumber: number;
  stepLabel: I18nText;
  email: string | null;
  /** When the latest activation mail was sent (for "没有收到邮件？"). */
  lastMailAt: number | null;
  captcha: string;
  region: string | null;
  subjectType: SubjectType | null;
  smsSentTo: string | null;
  /** Seconds until another SMS may be requested (0 when allowed). */
  smsCooldownSeconds: number;
  smsExpired: boolean;
  adminScan: 'none' | 'pending' | 'confirmed';
  dialogOpen: boolean;
  appId: string | null;
}

const STEP_NUMBERS = { account: 1, activation: 2, info: 3, done: 4 };

export function registrationView(w: World): RegistrationView {
  const reg = w.registration;
  const cooldown = rulesOf(w.ruleSet)['I-04'].smsResendCooldownMs;
  return {
    step: reg.step,
    stepNumber: STEP_NUMBERS[reg.step],
    stepLabel: STEP_LABELS[reg.step],
    email: reg.email,
    lastMailAt: reg.lastMailAt,
    captcha: reg.captcha,
    region: reg.region,
    subjectType: reg.subjectType,
    smsSentTo: reg.sms ? reg.sms.phoneMasked : null,
    smsCooldownSeconds: reg.sms ? Math.max(0, Math.ceil((reg.sms.sentAt + cooldown - w.now) / 1000)) : 0,
    smsExpired: reg.sms ? w.now >= reg.sms.expiresAt : false,
    adminScan: reg.adminScan ? reg.adminScan.status : 'none',
    dialogOpen: reg.dialogOpen,
    appId: reg.appId,
  };
}

export interface MailboxView {
  folder: MailFolder;
  mails: Mail[];
  unread: Record<MailFolder, number>;
}

/** Mails of one folder, newest first, and unread counts per folder. */
export function mailboxView(w: World, folder: MailFolder = 'inbox'): MailboxView {
  const mails = newestFirst(w.mailbox.mails.filter((m) => m.folder === folder));
  const unread = { inbox: 0, spam: 0 };
  for (const m of w.mailbox.mails) if (!m.read) unread[m.folder] += 1;
  return { folder, mails, unread };
}
