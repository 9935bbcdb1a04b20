/**
 * 小程序备案 (facts V-02..V-05, V-08): fill in → platform first review (working days) → MIIT SMS verification on
 * each principal's phone, within 24 hours or the filing lapses → provincial authority review (working days) → filed.
 * Participants who are different people must not share a phone number; the emergency contact is not the principal.
 */
import { formatText } from '../../../core/i18n';
import type { ActionOf, FilingParticipantInput } from '../kernel/actions';
import { FILING_TEXTS } from './texts';
import { appFor, emit, isError, nextId, rules, type Ctx, type HandlerResult, type Timer } from '../kernel/context';
import { consoleError, type ConsoleError } from '../kernel/errors';
import { maskMobile, maskPersonName } from '../kernel/idcard';
import { DIGITS, randomString } from '../kernel/prng';
import { addWorkingDays, HOUR } from '../kernel/time';
import { FILING_ROLES, type FilingParticipant, type MiniProgram, type PlannedOutcome } from '../kernel/types';
import { nameFingerprint, phoneFingerprint } from '../registration/rules';
import { normalizeMobile, validateIdName, validateMobile } from '../kernel/validators';
import { FILING_STAGE_LABELS } from '../versions/rules';

/** Whether two participants are the same person: the same name, or the same phone (one phone, one person). */
function samePerson(a: FilingParticipant, b: FilingParticipant): boolean {
  return a.nameFingerprint === b.nameFingerprint || a.phoneFingerprint === b.phoneFingerprint;
}

/**
 * Checks the participants (every role, valid names and phones, fact V-04; the emergency contact is someone other
 * than the subject principal, fact V-08) and keeps only masked forms.
 */
export function checkParticipants(inputs: readonly FilingParticipantInput[]): FilingParticipant[] | ConsoleError {
  for (const role of FILING_ROLES) {
    if (!inputs.some((p) => p.role === role)) return consoleError('FILING_PARTICIPANTS_REQUIRED');
  }
  const out: FilingParticipant[] = [];
  for (let i = 0; i < inputs.length; i++) {
    const p = inputs[i];
    const nameProblem = validateIdName(p.name);
    if (nameProblem) return { ...nameProblem, field: `participants[${i}].name` };
    const phoneProblem = validateMobile(p.phone);
    if (phoneProblem) return { ...phoneProblem, field: `participants[${i}].phone` };
    const name = p.name.trim();
    const phone = normalizeMobile(p.phone);
    const entry: FilingParticipant = {
      role: p.role,
      nameMasked: maskPersonName(name),
      nameFingerprint: nameFingerprint(name, 'filing-name'),
      phoneMasked: maskMobile(phone),
      phoneFingerprint: phoneFingerprint(phone),
    };
    const principal = out.find((o) => o.role === 'subjectPrincipal');
    if (entry.role === 'emergencyContact' && principal && samePerson(entry, principal)) {
      return consoleError('FILING_EMERGENCY_IS_PRINCIPAL', {}, `participants[${i}].name`);
    }
    const clash = out.find(
      (o) => o.phoneFingerprint === entry.phoneFingerprint && o.nameFingerprint !== entry.nameFingerprint,
    );
    if (clash) return consoleError('FILING_PHONE_SHARED', { phone: entry.phoneMasked }, `participants[${i}].phone`);
    out.push(entry);
  }
  return out;
}

/** What a filing needs from the basic settings first (facts B-10, B-07), all of it at once. */
export function filingPrerequisites(app: MiniProgram): ('name' | 'category')[] {
  const missing: ('name' | 'category')[] = [];
  if (app.basic.name === null) missing.push('name');
  if (app.categories.length === 0) missing.push('category');
  return missing;
}

/** Refuses a new filing while one runs or after it is done, and before the basic info it needs exists. */
export function filingStartError(app: MiniProgram): ConsoleError | null {
  const stage = app.filing.stage;
  if (stage === 'done') return consoleError('FILING_ALREADY_DONE');
  if (stage !== 'none' && stage !== 'rejected') {
    const label = FILING_STAGE_LABELS[stage];
    return consoleError('FILING_IN_PROGRESS', { stage: label });
  }
  const missing = filingPrerequisites(app);
  if (missing.length === 0) return null;
  const items = missing.map((m) => FILING_TEXTS[m === 'name' ? 'needName' : 'needCategory']);
  const list = { zh: items.map((i) => i.zh).join('；'), en: items.map((i) => i.en).join('; ') };
  return consoleError('FILING_NEEDS_BASIC_INFO', { missing: list });
}

export function startFiling(ctx: Ctx, app: MiniProgram, participants: FilingParticipant[]): void {
  const f = app.filing;
  const planned: PlannedOutcome = ctx.w.platform.filingPlan.shift() || { outcome: 'pass', reason: null };
  f.stage = 'platformReview';
  f.submittedAt = ctx.w.now;
  f.stageEndsAt = addWorkingDays(ctx.w.now, rules(ctx)['V-03'].platformReviewWorkingDays);
  f.participants = participants;
  f.smsChecks = [];
  f.planned = planned;
  f.rejectReason = null;
  f.doneAt = null;
  emit(ctx, 'FILING_SUBMITTED', { appId: app.appId, stageEndsAt: f.stageEndsAt });
}

export function submitFiling(ctx: Ctx, action: ActionOf<'filing.submit'>): HandlerResult {
  const app = appFor(ctx, 'admin');
  if (isError(app)) return app;
  const blocked = filingStartError(app);
  if (blocked) return blocked;
  const participants = checkParticipants(action.participants);
  if (isError(participants)) return participants;
  startFiling(ctx, app, participants);
}

/** Fact V-03: each participant confirms the MIIT SMS; then the provincial review starts. */
export function verifyFilingSms(ctx: Ctx, action: ActionOf<'filing.verifySms'>): HandlerResult {
  const app = appFor(ctx, 'admin');
  if (isError(app)) return app;
  const f = app.filing;
  if (f.stage !== 'smsVerification') {
    const hint = f.stage === 'platformReview' ? { hint: FILING_TEXTS.smsAfterFirstReview } : { hint: '' };
    return consoleError('FILING_NOT_AT_SMS', hint);
  }
  const invalid = validateMobile(action.phone);
  if (invalid) return invalid;
  const fp = phoneFingerprint(action.phone);
  const check = f.smsChecks.find((c) => c.phoneFingerprint === fp);
  if (!check) return consoleError('FILING_SMS_UNKNOWN_PHONE');
  if (action.code.trim() !== check.code) return consoleError('FILING_SMS_WRONG');
  check.verified = true;
  emit(ctx, 'FILING_SMS_VERIFIED', { phone: check.phoneMasked });
  if (f.smsChecks.every((c) => c.verified)) {
    f.stage = 'provincialReview';
    f.stageEndsAt = addWorkingDays(ctx.w.now, f.provincialDays);
    emit(ctx, 'FILING_STAGE_CHANGED', { appId: app.appId, stage: 'provincialReview', stageEndsAt: f.stageEndsAt });
  }
}

export function filingTimer(app: MiniProgram): Timer | null {
  const f = app.filing;
  const timed = f.stage === 'platformReview' || f.stage === 'provincialReview' || f.stage === 'smsVerification';
  if (!timed || f.stageEndsAt === null) return null;
  return {
    at: f.stageEndsAt,
    fire(ctx) {
      if (f.stage === 'smsVerification') {
        // Fact V-08: the SMS check was not finished in time; the filing lapses and must be submitted again.
        f.stage = 'rejected';
        f.stageEndsAt = null;
        f.rejectReason = formatText(FILING_TEXTS.smsLapsed, { hours: rules(ctx)['V-08'].smsWindowHours });
        emit(ctx, 'FILING_SMS_LAPSED', { appId: app.appId });
        return;
      }
      if (f.stage === 'provincialReview') {
        f.stage = 'done';
        f.stageEndsAt = null;
        f.doneAt = ctx.w.now;
        emit(ctx, 'FILING_DONE', { appId: app.appId });
        return;
      }
      if (f.planned && f.planned.outcome === 'reject') {
        f.stage = 'rejected';
        f.stageEndsAt = null;
        f.rejectReason = f.planned.reason;
        emit(ctx, 'FILING_REJECTED', { appId: app.appId, reason: f.rejectReason ? f.rejectReason.zh : null });
        return;
      }
      f.stage = 'smsVerification';
      f.stageEndsAt = ctx.w.now + rules(ctx)['V-08'].smsWindowHours * HOUR;
      const seen: string[] = [];
      for (const p of f.participants) {
        // The MIIT checks the principals' phones; the emergency contact is only named.
        if (p.role === 'emergencyContact' || seen.indexOf(p.phoneFingerprint) >= 0) continue;
        seen.push(p.phoneFingerprint);
        const code = randomString(ctx.w, DIGITS, 6);
        f.smsChecks.push({ phoneMasked: p.phoneMasked, phoneFingerprint: p.phoneFingerprint, code, verified: false });
        ctx.w.phone.sms.push({
          id: nextId(ctx, 'sms'),
          toMasked: p.phoneMasked,
          text: formatText(FILING_TEXTS.miitSms, {
            code,
            hours: rules(ctx)['V-08'].smsWindowHours,
          }),
          code,
          receivedAt: ctx.w.now,
          sender: 'miit',
        });
        emit(ctx, 'FILING_SMS_SENT', { phone: p.phoneMasked });
      }
      emit(ctx, 'FILING_STAGE_CHANGED', { appId: app.appId, stage: 'smsVerification', stageEndsAt: f.stageEndsAt });
    },
  };
}
