/**
 * Registration step ③ 信息登记 (facts I-01..I-12): region, subject type, the administrator's identity with real
 * validation, the SMS code, the administrator scan, the per-ID/phone/WeChat limits, the confirmation dialog,
 * and creating the mini program. Also the organisation's subject verification by small payment (I-10).
 */
import { formatText } from '../../../core/i18n';
import { wrongStep } from './steps';
import { REGISTRATION_MESSAGES } from './texts';
import type { ActionOf, RegistrationForm } from '../kernel/actions';
import {
  activeApp,
  emit,
  isError,
  nextId,
  requireModule,
  rules,
  type Ctx,
  type HandlerResult,
  pushScan,
} from '../kernel/context';
import { peek } from '../kernel/draft';
import { consoleError, type ConsoleError } from '../kernel/errors';
import { ID_SALT, newApp, PHONE_SALT } from '../kernel/factory';
import { rulesOf } from '../kernel/rulesets';
import { shortTag, TAG_BITS } from '../kernel/hash';
import { maskCreditCode, maskIdNumber, maskMobile, maskPersonName, normalizeIdNumber } from '../kernel/idcard';
import { DIGITS, randomInt, randomString } from '../kernel/prng';
import { MINUTE } from '../kernel/time';
import type { PendingSubject, RuleSetId, SubjectMethod, SubjectType, World } from '../kernel/types';
import {
  normalizeMobile,
  validateCreditCode,
  validateIdName,
  validateIdNumber,
  validateMobile,
  validateOrgName,
  validateSmsCode,
} from '../kernel/validators';

export function isOrganisation(type: SubjectType): boolean {
  return type !== 'individual';
}

/** Subject types that must verify through WeChat verification (fact I-10). */
export function mustUseWechatVerification(type: SubjectType): boolean {
  return type === 'government' || type === 'media' || type === 'other';
}

/** The verification methods the form offers an organisation under a rule set (fact I-10); none for individuals. */
export function subjectMethodsFor(type: SubjectType, ruleSet: RuleSetId): readonly SubjectMethod[] {
  if (!isOrganisation(type)) return [];
  if (mustUseWechatVerification(type)) return ['wechat'];
  return rulesOf(ruleSet)['I-10'].enterpriseMethods;
}

/** Methods done on the spot at registration (the scan is part of confirming), so the entity is verified at once. */
function verifiedAtConfirmation(method: SubjectMethod): boolean {
  return method === 'faceScan' || method === 'eLicence';
}

/** The mask plus a 4-bit tag: recognises the number again, cannot give it back (docs/privacy.md). */
export function idFingerprint(idNumber: string): string {
  const id = normalizeIdNumber(idNumber);
  return shortTag(id, ID_SALT, TAG_BITS.idNumber, maskIdNumber(id));
}

/** The mask plus a 4-bit tag: recognises the number again, cannot give it back (docs/privacy.md). */
export function phoneFingerprint(phone: string): string {
  const mobile = normalizeMobile(phone);
  return shortTag(mobile, PHONE_SALT, TAG_BITS.phone, maskMobile(mobile));
}

/** The masked name plus an 8-bit tag of the whole name. */
export function nameFingerprint(name: string, domain: string): string {
  return shortTag(name, domain, TAG_BITS.name, maskPersonName(name));
}

/** Registrations counted against fact I-05 / I-06 / I-07: elsewhere on the platform plus the learner's own. */
export function idUsage(w: World, fp: string): number {
  return (w.platform.idUsage[fp] || 0) + peek(w.apps).filter((app) => app.subject.idFingerprint === fp).length;
}

export function phoneUsage(w: World, fp: string): number {
  return (w.platform.phoneUsage[fp] || 0) + peek(w.apps).filter((app) => app.subject.phoneFingerprint === fp).length;
}

export function adminUsage(w: World, wechatId: string): number {
  return (w.platform.adminUsage[wechatId] || 0) + peek(w.apps).filter((app) => app.adminWechatId === wechatId).length;
}

function inInfoStep(ctx: Ctx): ConsoleError | null {
  return ctx.w.registration.step === 'info' ? null : wrongStep(ctx.w);
}

export function selectRegion(ctx: Ctx, action: ActionOf<'register.selectRegion'>): HandlerResult {
  const wrong = inInfoStep(ctx);
  if (wrong) return wrong;
  if (action.region !== 'mainland') return consoleError('REGION_NOT_SIMULATED');
  ctx.w.registration.region = action.region;
  emit(ctx, 'REGION_SELECTED', { region: action.region });
}

export function selectSubjectType(ctx: Ctx, action: ActionOf<'register.selectSubjectType'>): HandlerResult {
  const wrong = inInfoStep(ctx);
  if (wrong) return wrong;
  const reg = ctx.w.registration;
  if (reg.region === null) return consoleError('REGION_REQUIRED');
  if (reg.subjectType !== action.subjectType) {
    reg.subjectType = action.subjectType;
    for (const scan of ctx.w.phone.scans) {
      if (scan.purpose === 'registerAdmin' && scan.status === 'pending') scan.status = 'superseded';
    }
    reg.adminScan = null;
    reg.pending = null;
    reg.dialogOpen = false;
  }
  emit(ctx, 'SUBJECT_TYPE_SELECTED', { subjectType: action.subjectType });
}

/**
 * Fact I-05: one ID card registers at most `perIdNumber` mini programs (5 under the current rules; the number is
 * the rule set's). The one check of this limit: step ③ and the confirmation dialog both call it.
 */
function idLimitError(w: World, fingerprint: string): ConsoleError | null {
  const limit = rulesOf(w.ruleSet)['I-05'].perIdNumber;
  const count = idUsage(w, fingerprint);
  return count >= limit ? consoleError('ID_NUMBER_LIMIT', { count, limit }) : null;
}

/** Fact I-06: one phone number registers at most `perPhone` mini programs (the rule set's number). */
function phoneLimitError(w: World, fingerprint: string): ConsoleError | null {
  const limit = rulesOf(w.ruleSet)['I-06'].perPhone;
  const count = phoneUsage(w, fingerprint);
  return count >= limit ? consoleError('PHONE_LIMIT', { count, limit }) : null;
}

/** Fact I-04: sends a 6-digit code to the simulated phone, with a resend cool-down and an expiry. */
export function sendSms(ctx: Ctx, action: ActionOf<'register.sendSms'>): HandlerResult {
  const wrong = inInfoStep(ctx);
  if (wrong) return wrong;
  const reg = ctx.w.registration;
  if (reg.region === null) return consoleError('REGION_REQUIRED');
  if (reg.subjectType === null) return consoleError('SUBJECT_TYPE_REQUIRED');
  const invalid = validateMobile(action.phone) || phoneLimitError(ctx.w, phoneFingerprint(action.phone));
  if (invalid) return invalid;
  const r = rules(ctx)['I-04'];
  if (reg.sms && ctx.w.now < reg.sms.sentAt + r.smsResendCooldownMs) {
    const seconds = Math.ceil((reg.sms.sentAt + r.smsResendCooldownMs - ctx.w.now) / 1000);
    return consoleError('SMS_COOLDOWN', { seconds });
  }
  const phone = normalizeMobile(action.phone);
  const code = randomString(ctx.w, DIGITS, 6);
  reg.sms = {
    phoneFingerprint: phoneFingerprint(phone),
    phoneMasked: maskMobile(phone),
    code,
    sentAt: ctx.w.now,
    expiresAt: ctx.w.now + r.smsCodeTtlMs,
  };
  const minutes = Math.round(r.smsCodeTtlMs / MINUTE);
  ctx.w.phone.sms.push({
    id: nextId(ctx, 'sms'),
    toMasked: reg.sms.phoneMasked,
    text: formatText(REGISTRATION_MESSAGES.smsCode, { code, minutes }),
    code,
    receivedAt: ctx.w.now,
  });
  emit(ctx, 'SMS_SENT', { to: reg.sms.phoneMasked });
}

/** The subject fields, checked in the order the form shows them, up to and including the SMS code. */
function checkIdentity(w: World, form: RegistrationForm): ConsoleError | null {
  const reg = w.registration;
  if (reg.region === null) return consoleError('REGION_REQUIRED');
  const type = reg.subjectType;
  if (type === null) return consoleError('SUBJECT_TYPE_REQUIRED');
  if (isOrganisation(type)) {
    const orgProblem =
      validateOrgName(form.orgName) || validateCreditCode(form.creditCode) || methodError(type, form.method, w.ruleSet);
    if (orgProblem) return orgProblem;
  }
  const problem =
    validateIdName(form.idName) ||
    validateIdNumber(form.idNumber, w.now) ||
    idLimitError(w, idFingerprint(form.idNumber)) ||
    validateMobile(form.phone) ||
    phoneLimitError(w, phoneFingerprint(form.phone)) ||
    validateSmsCode(form.smsCode);
  if (problem) return problem;
  const sms = reg.sms;
  if (!sms) return consoleError('SMS_NOT_SENT');
  if (sms.phoneFingerprint !== phoneFingerprint(form.phone)) return consoleError('SMS_PHONE_CHANGED');
  if (w.now >= sms.expiresAt) {
    return consoleError('SMS_CODE_EXPIRED', { minutes: Math.round((sms.expiresAt - sms.sentAt) / MINUTE) });
  }
  if (form.smsCode.trim() !== sms.code) return consoleError('SMS_CODE_WRONG');
  return null;
}

function methodError(type: SubjectType, method: SubjectMethod, ruleSet: RuleSetId): ConsoleError | null {
  if (method === 'none') return consoleError('SUBJECT_METHOD_REQUIRED');
  if (subjectMethodsFor(type, ruleSet).indexOf(method) >= 0) return null;
  return consoleError(mustUseWechatVerification(type) ? 'SUBJECT_METHOD_NOT_ALLOWED' : 'SUBJECT_METHOD_NOT_OFFERED');
}

function identityFingerprint(w: World, form: RegistrationForm): string {
  // Built from the short tags only, so it says no more about the person than they do; 16 bits tell a changed
  // form from the scanned one but for a 1 in 65,536 chance.
  return shortTag(
    JSON.stringify([
      w.registration.subjectType,
      nameFingerprint(form.idName.trim(), 'identity-name'),
      idFingerprint(form.idNumber),
      phoneFingerprint(form.phone),
      form.orgName.trim(),
      form.creditCode.trim().toUpperCase(),
    ]),
    'identity',
    16,
  );
}

function adminLimitError(w: World, wechatId: string): ConsoleError | null {
  const limit = rulesOf(w.ruleSet)['I-07'].perAdminWechat;
  const count = adminUsage(w, wechatId);
  return count >= limit ? consoleError('ADMIN_WECHAT_LIMIT', { count, limit }) : null;
}

/** Fact I-04: the QR code appears once the identity is filled in; scanning it puts a request on the phone. */
export function requestAdminScan(ctx: Ctx, action: ActionOf<'register.requestAdminScan'>): HandlerResult {
  const wrong = inInfoStep(ctx);
  if (wrong) return wrong;
  const problem = checkIdentity(ctx.w, action.form);
  if (problem) {
    // Only an empty identity field is "fill it in first"; a real problem (an ID or phone over its quota, a changed
    // phone, a wrong or expired SMS code) is said as it is, under its field.
    const empty =
      /_REQUIRED$/.test(problem.code) && problem.code !== 'REGION_REQUIRED' && problem.code !== 'SUBJECT_TYPE_REQUIRED';
    return empty ? { ...consoleError('ADMIN_SCAN_NEEDS_IDENTITY'), field: problem.field || 'adminScan' } : problem;
  }
  for (const scan of ctx.w.phone.scans) {
    if (scan.purpose === 'registerAdmin' && scan.status === 'pending') scan.status = 'superseded';
  }
  const scanId = pushScan(ctx, 'registerAdmin', REGISTRATION_MESSAGES.adminScanTitle);
  ctx.w.registration.adminScan = {
    scanId,
    identityFingerprint: identityFingerprint(ctx.w, action.form),
    status: 'pending',
    wechatId: null,
  };
  emit(ctx, 'SCAN_REQUESTED', { scanId, purpose: 'registerAdmin' });
}

/** Called when the learner confirms the registration scan on the simulated phone. */
export function confirmAdminScan(ctx: Ctx, scanId: string): HandlerResult {
  const reg = ctx.w.registration;
  if (reg.step !== 'info' || !reg.adminScan || reg.adminScan.scanId !== scanId) return consoleError('SCAN_NOT_PENDING');
  const wechatId = ctx.w.learner.wechatId;
  const limit = adminLimitError(ctx.w, wechatId);
  if (limit) return limit;
  reg.adminScan.status = 'confirmed';
  reg.adminScan.wechatId = wechatId;
  emit(ctx, 'ADMIN_VERIFIED', { wechatId });
}

/** 继续: everything is checked, then the confirmation dialog opens (fact I-08). */
export function continueRegistration(ctx: Ctx, action: ActionOf<'register.continue'>): HandlerResult {
  const wrong = inInfoStep(ctx);
  if (wrong) return wrong;
  const w = ctx.w;
  const form = action.form;
  const problem = checkIdentity(w, form);
  if (problem) return problem;
  const scan = w.registration.adminScan;
  if (!scan) return consoleError('ADMIN_SCAN_REQUIRED');
  if (scan.identityFingerprint !== identityFingerprint(w, form)) return consoleError('ADMIN_SCAN_STALE');
  if (scan.status !== 'confirmed' || scan.wechatId === null) return consoleError('ADMIN_SCAN_PENDING');
  const adminLimit = adminLimitError(w, scan.wechatId);
  if (adminLimit) return adminLimit;
  const type = w.registration.subjectType as SubjectType;
  const idNumber = normalizeIdNumber(form.idNumber);
  const phone = normalizeMobile(form.phone);
  const org = isOrganisation(type);
  const pending: PendingSubject = {
    type,
    displayName: org ? form.orgName.trim() : maskPersonName(form.idName.trim()),
    idMasked: maskIdNumber(idNumber),
    idFingerprint: idFingerprint(idNumber),
    phoneMasked: maskMobile(phone),
    phoneFingerprint: phoneFingerprint(phone),
    adminWechatId: scan.wechatId,
    orgName: org ? form.orgName.trim() : null,
    creditCodeMasked: org ? maskCreditCode(form.creditCode.trim().toUpperCase()) : null,
    method: org ? form.method : 'none',
  };
  w.registration.pending = pending;
  w.registration.dialogOpen = true;
  emit(ctx, 'CONFIRM_DIALOG_OPENED');
}

/** The dialog's 确定 creates the mini program (facts I-08, I-09, I-12); 取消 leaves it unregistered. */
export function confirmRegistration(ctx: Ctx, action: ActionOf<'register.confirm'>): HandlerResult {
  const w = ctx.w;
  const reg = w.registration;
  if (reg.step !== 'info' || !reg.dialogOpen || !reg.pending) return consoleError('DIALOG_NOT_OPEN');
  if (!action.accept) {
    reg.dialogOpen = false;
    reg.pending = null;
    emit(ctx, 'CONFIRM_DIALOG_CANCELLED');
    return;
  }
  const p = reg.pending;
  // The limits again at the moment of creation: other registrations may have used them since step ③.
  const overLimit =
    idLimitError(w, p.idFingerprint) || phoneLimitError(w, p.phoneFingerprint) || adminLimitError(w, p.adminWechatId);
  if (overLimit) return overLimit;
  const payment = p.method === 'payment';
  const app = newApp(w, {
    email: reg.email || '',
    passwordFingerprint: reg.passwordFingerprint || '',
    adminWechatId: p.adminWechatId,
    subject: {
      type: p.type,
      region: reg.region || 'mainland',
      displayName: p.displayName,
      idMasked: p.idMasked,
      idFingerprint: p.idFingerprint,
      phoneMasked: p.phoneMasked,
      phoneFingerprint: p.phoneFingerprint,
      creditCodeMasked: p.creditCodeMasked,
      method: p.method,
      status:
        p.method === 'none' || verifiedAtConfirmation(p.method)
          ? 'verified'
          : payment
            ? 'awaitingPayment'
            : 'awaitingVerification',
      paymentAmountFen: payment ? randomInt(w, 1, 99) : null,
      paymentDeadline: payment ? w.now + rules(ctx)['I-10'].paymentWindowMs : null,
      confirmedAt: w.now,
    },
  });
  w.apps.push(app);
  reg.step = 'done';
  reg.appId = app.appId;
  reg.dialogOpen = false;
  reg.pending = null;
  reg.sms = null;
  reg.passwordFingerprint = null;
  w.session = { appId: app.appId, stage: 'active', scanId: null, actor: app.adminWechatId };
  sendWelcomeMail(ctx, app.email, app.appId);
  emit(ctx, 'APP_REGISTERED', { appId: app.appId, subjectType: p.type, subjectStatus: app.subject.status });
  if (verifiedAtConfirmation(p.method)) emit(ctx, 'SUBJECT_VERIFIED', { method: p.method });
}

/** A notice to the account's email that registration succeeded, with the AppID (no link to open). */
function sendWelcomeMail(ctx: Ctx, to: string, appId: string): void {
  const w = ctx.w;
  if (w.mailbox.addresses.length > 0 && w.mailbox.addresses.indexOf(to) < 0) return;
  w.mailbox.mails.push({
    id: nextId(ctx, 'mail'),
    to,
    from: 'weixinteam@tencent.com',
    subject: REGISTRATION_MESSAGES.registeredSubject,
    body: formatText(REGISTRATION_MESSAGES.registeredBody, { appId }),
    folder: 'inbox',
    read: false,
    fraudWarning: false,
    receivedAt: w.now,
    kind: 'notice',
    token: null,
  });
}

/** Fact I-10: the small payment from the company account, exactly the amount shown, within 10 days. */
export function paySubject(ctx: Ctx, action: ActionOf<'subject.pay'>): HandlerResult {
  const app = activeApp(ctx);
  if (isError(app)) return app;
  const denied = requireModule(ctx, app, 'admin');
  if (denied) return denied;
  const s = app.subject;
  if (s.status === 'paymentExpired') return consoleError('PAYMENT_DEADLINE_PASSED');
  if (s.status !== 'awaitingPayment' || s.paymentAmountFen === null) return consoleError('PAYMENT_NOT_EXPECTED');
  if (s.paymentDeadline !== null && ctx.w.now >= s.paymentDeadline) return consoleError('PAYMENT_DEADLINE_PASSED');
  if (action.amountFen !== s.paymentAmountFen) {
    return consoleError('PAYMENT_AMOUNT_WRONG', { amount: (s.paymentAmountFen / 100).toFixed(2) });
  }
  s.status = 'verified';
  emit(ctx, 'SUBJECT_PAYMENT_RECEIVED', { amountFen: action.amountFen });
  emit(ctx, 'SUBJECT_VERIFIED', { method: 'payment' });
}

/** Fact I-10: switch from the small payment to WeChat verification (e.g. after the 10 days passed). */
export function useWechatVerification(ctx: Ctx): HandlerResult {
  const app = activeApp(ctx);
  if (isError(app)) return app;
  const denied = requireModule(ctx, app, 'admin');
  if (denied) return denied;
  const s = app.subject;
  if (s.status !== 'awaitingPayment' && s.status !== 'paymentExpired') return consoleError('PAYMENT_NOT_EXPECTED');
  s.method = 'wechat';
  s.status = 'awaitingVerification';
  s.paymentAmountFen = null;
  s.paymentDeadline = null;
  emit(ctx, 'SUBJECT_METHOD_CHANGED', { method: 'wechat' });
}

/** Fact I-09: subject information is frozen once confirmed; any attempt to change it is refused. */
export function changeSubject(ctx: Ctx): HandlerResult {
  const app = activeApp(ctx);
  if (isError(app)) return app;
  return consoleError('SUBJECT_FROZEN');
}
