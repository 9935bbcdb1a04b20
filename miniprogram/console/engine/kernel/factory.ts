/** Constructors for fresh pieces of the world. */
import { peek } from './draft';
import { CAPTCHA_ALPHABET, HEX, randomString, type RngHolder } from './prng';
import type {
  ChangeLog,
  DevSettings,
  Filing,
  MiniProgram,
  Registration,
  Subject,
  Verification,
  Versions,
  World,
} from './types';

export function newCaptcha(holder: RngHolder): string {
  return randomString(holder, CAPTCHA_ALPHABET, 4);
}

export function newRegistration(holder: RngHolder): Registration {
  return {
    step: 'account',
    captcha: newCaptcha(holder),
    email: null,
    passwordFingerprint: null,
    activationToken: null,
    lastMailAt: null,
    region: null,
    subjectType: null,
    sms: null,
    adminScan: null,
    pending: null,
    dialogOpen: false,
    appId: null,
  };
}

export function emptyChangeLog(): ChangeLog {
  return {
    name: [],
    abbreviation: [],
    avatar: [],
    introduction: [],
    categoryAdd: [],
    mainCategory: [],
    domains: [],
    withdraw: [],
  };
}

export function emptyDevSettings(): DevSettings {
  return {
    secret: null,
    previousSecret: null,
    secretFrozen: false,
    secretFreezePending: null,
    ipWhitelistOn: false,
    ipWhitelist: [],
    domains: { request: [], socket: [], uploadFile: [], downloadFile: [] },
    uploadKey: null,
    uploadIpWhitelist: [],
    capabilities: [],
  };
}

export function emptyVersions(): Versions {
  return { dev: [], trial: null, review: null, online: null, previous: null, firstPublishedAt: null, history: [] };
}

export function emptyFiling(): Filing {
  return {
    stage: 'none',
    submittedAt: null,
    stageEndsAt: null,
    participants: [],
    smsChecks: [],
    planned: null,
    rejectReason: null,
    doneAt: null,
    provincialDays: 5,
  };
}

export function emptyVerification(): Verification {
  return {
    stage: 'none',
    kind: 'initial',
    appliedAt: null,
    endsAt: null,
    planned: null,
    feeYuan: 0,
    feesPaidYuan: 0,
    verifiedAt: null,
    expiresAt: null,
    noticesSent: [],
    rejectReason: null,
    pendingFiling: null,
  };
}

/** `wx` followed by 16 lower-case hex characters, unique within the world. */
export function newAppId(w: World): string {
  for (;;) {
    const appId = `wx${randomString(w, HEX, 16)}`;
    if (!peek(w.apps).some((app) => app.appId === appId)) return appId;
  }
}

export function newApp(
  w: World,
  fields: { email: string; passwordFingerprint: string; adminWechatId: string; subject: Subject },
): MiniProgram {
  return {
    appId: newAppId(w),
    email: fields.email,
    passwordFingerprint: fields.passwordFingerprint,
    createdAt: w.now,
    adminWechatId: fields.adminWechatId,
    subject: fields.subject,
    basic: { name: null, abbreviation: null, avatar: null, introduction: null },
    categories: [],
    mainCategory: null,
    changes: emptyChangeLog(),
    dev: emptyDevSettings(),
    members: [],
    versions: emptyVersions(),
    filing: emptyFiling(),
    verification: emptyVerification(),
    privacy: null,
  };
}

/** Passwords are kept only as a fingerprint bound to the account's email. */
export const PASSWORD_SALT = 'reglab-password';
export const SECRET_SALT = 'reglab-appsecret';
export const UPLOAD_KEY_SALT = 'reglab-upload-key';
export const ID_SALT = 'reglab-id-number';
export const PHONE_SALT = 'reglab-phone';
