/**
 * 微信认证 (facts V-05..V-07, I-03, I-10): who may verify and for what fee under the active rule set, the review,
 * one year of validity, reminders before expiry, the annual review, and verification with filing together.
 */
import type { ActionOf } from '../kernel/actions';
import { appFor, emit, isError, rules, type Ctx, type HandlerResult, type Timer } from '../kernel/context';
import { consoleError } from '../kernel/errors';
import { checkParticipants, filingStartError, startFiling } from '../filing/rules';
import { RULE_SETS } from '../kernel/rulesets';
import { addMonths, addYears, DAY, formatDate } from '../kernel/time';
import type { FilingParticipant, MiniProgram } from '../kernel/types';

function beginReview(
  ctx: Ctx,
  app: MiniProgram,
  kind: 'initial' | 'annual',
  fee: number,
  filing: FilingParticipant[] | null,
): void {
  const v = app.verification;
  v.stage = 'reviewing';
  v.kind = kind;
  v.appliedAt = ctx.w.now;
  v.endsAt = ctx.w.now + rules(ctx)['V-06'].reviewDays * DAY;
  v.planned = ctx.w.platform.verificationPlan.shift() || { outcome: 'pass', reason: null };
  v.feeYuan = fee;
  v.feesPaidYuan += fee;
  v.rejectReason = null;
  v.pendingFiling = filing;
  emit(ctx, 'VERIFICATION_APPLIED', { appId: app.appId, kind, feeYuan: fee, withFiling: filing !== null });
}

function feeFor(ctx: Ctx, app: MiniProgram): number | null {
  return rules(ctx)['V-06'].feeYuan[app.subject.type];
}

export function applyVerification(ctx: Ctx, action: ActionOf<'verify.apply'>): HandlerResult {
  const app = appFor(ctx, 'admin');
  if (isError(app)) return app;
  const v = app.verification;
  if (v.stage === 'reviewing') return consoleError('VERIFY_IN_PROGRESS');
  if (v.verifiedAt !== null && v.expiresAt !== null && ctx.w.now < v.expiresAt) {
    return consoleError('VERIFY_ALREADY_VERIFIED', { expires: formatDate(v.expiresAt) });
  }
  const fee = feeFor(ctx, app);
  if (fee === null) return consoleError('VERIFY_NOT_FOR_INDIVIDUAL', { ruleSet: RULE_SETS[ctx.w.ruleSet].title.zh });
  let filing: FilingParticipant[] | null = null;
  if (action.withFiling) {
    const blocked = filingStartError(app);
    if (blocked) return blocked;
    const checked = checkParticipants(action.participants);
    if (isError(checked)) return checked;
    filing = checked;
  }
  beginReview(ctx, app, 'initial', fee, filing);
}

/** Fact V-07: the annual review opens 3 months before expiry (and stays open after it). */
export function annualReview(ctx: Ctx): HandlerResult {
  const app = appFor(ctx, 'admin');
  if (isError(app)) return app;
  const v = app.verification;
  if (v.verifiedAt === null || v.expiresAt === null) return consoleError('VERIFY_NOT_VERIFIED');
  if (v.stage === 'reviewing') return consoleError('VERIFY_IN_PROGRESS');
  const opens = addMonths(v.expiresAt, -rules(ctx)['V-07'].annualReviewOpensMonthsBefore);
  if (ctx.w.now < opens) return consoleError('VERIFY_ANNUAL_NOT_OPEN', { opens: formatDate(opens) });
  const fee = feeFor(ctx, app);
  if (fee === null) return consoleError('VERIFY_NOT_FOR_INDIVIDUAL', { ruleSet: RULE_SETS[ctx.w.ruleSet].title.zh });
  beginReview(ctx, app, 'annual', fee, null);
}

/** The moments of the V-07 notices for one expiry date, in order. */
export function noticeSchedule(expiresAt: number): { key: string; at: number }[] {
  return [
    { key: 'm3', at: addMonths(expiresAt, -3) },
    { key: 'm2', at: addMonths(expiresAt, -2) },
    { key: 'm1', at: addMonths(expiresAt, -1) },
    { key: 'd7', at: expiresAt - 7 * DAY },
    { key: 'expired', at: expiresAt },
    { key: 'd30', at: expiresAt + 30 * DAY },
    { key: 'd60', at: expiresAt + 60 * DAY },
  ];
}

export function verificationTimers(app: MiniProgram): Timer[] {
  const v = app.verification;
  const out: Timer[] = [];
  if (v.stage === 'reviewing' && v.endsAt !== null) {
    out.push({ at: v.endsAt, fire: (ctx) => finishReview(ctx, app) });
  }
  if (v.verifiedAt !== null && v.expiresAt !== null) {
    const expiresAt = v.expiresAt;
    const next = noticeSchedule(expiresAt).find(
      (n) => v.noticesSent.indexOf(n.key) < 0 && n.at >= (v.verifiedAt as number),
    );
    if (next) {
      out.push({
        at: next.at,
        fire(ctx) {
          v.noticesSent.push(next.key);
          emit(ctx, 'VERIFICATION_NOTICE', { appId: app.appId, notice: next.key, expiresAt });
        },
      });
    }
  }
  const s = app.subject;
  if (s.status === 'awaitingPayment' && s.paymentDeadline !== null) {
    out.push({
      at: s.paymentDeadline,
      fire(ctx) {
        s.status = 'paymentExpired';
        emit(ctx, 'SUBJECT_PAYMENT_EXPIRED', { appId: app.appId });
      },
    });
  }
  return out;
}

function finishReview(ctx: Ctx, app: MiniProgram): void {
  const v = app.verification;
  const planned = v.planned || { outcome: 'pass', reason: null };
  const now = ctx.w.now;
  v.endsAt = null;
  v.planned = null;
  const filing = v.pendingFiling;
  v.pendingFiling = null;
  if (planned.outcome === 'reject') {
    v.stage = v.verifiedAt !== null ? 'verified' : 'rejected';
    v.rejectReason = planned.reason;
    emit(ctx, 'VERIFICATION_REJECTED', {
      appId: app.appId,
      feeYuan: v.feeYuan,
      refunded: false,
      reason: planned.reason ? planned.reason.zh : null,
    });
    return;
  }
  const base = v.kind === 'annual' && v.expiresAt !== null && v.expiresAt > now ? v.expiresAt : now;
  v.stage = 'verified';
  v.verifiedAt = now;
  v.expiresAt = addYears(base, rules(ctx)['V-07'].validYears);
  v.noticesSent = [];
  emit(ctx, 'VERIFICATION_PASSED', { appId: app.appId, expiresAt: v.expiresAt });
  if (app.subject.status === 'awaitingVerification' || app.subject.status === 'paymentExpired') {
    app.subject.status = 'verified';
    emit(ctx, 'SUBJECT_VERIFIED', { method: 'wechat' });
  }
  if (filing && filingStartError(app) === null) startFiling(ctx, app, filing);
}
