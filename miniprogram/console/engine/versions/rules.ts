/**
 * 管理 → 版本管理 (facts P-02..P-06, B-10, V-02, V-07): development versions per uploader, the trial version,
 * submitting for review only when the preconditions hold, one review at a time, withdrawal limits,
 * publishing only what passed, phased release and rollback.
 */
import { format, formatText } from '../../../core/i18n';
import type { ActionOf } from '../kernel/actions';
import { findCategory } from '../basic-settings/category-data';
import {
  activeApp,
  appFor,
  emit,
  isError,
  mayUse,
  nextId,
  requireModule,
  rules,
  type Ctx,
  type HandlerResult,
  type Timer,
} from '../kernel/context';
import { consoleError, type ConsoleError } from '../kernel/errors';
import { quotaOf } from '../kernel/quotas';
import type { Rules } from '../kernel/rulesets';
import { DAY, HOUR } from '../kernel/time';
import type { MiniProgram, PlannedOutcome, PrivacyItem } from '../kernel/types';
import { itemList, privacyGuideBlocker, undeclaredItems } from '../privacy/rules';
import { PRIVACY_TEXTS } from '../privacy/texts';
import { validateVersionNote, validateVersionNumber } from '../kernel/validators';
import { BASIC_FIELD_NAMES, FILING_STAGE_LABELS, REVIEW_STATUS_LABELS, SUBJECT_STATUS_LABELS } from './texts';
export { FILING_STAGE_LABELS } from './texts';

/** True when the mini program holds a WeChat verification that has not expired. */
export function verificationValid(app: MiniProgram, now: number): boolean {
  const v = app.verification;
  return v.verifiedAt !== null && v.expiresAt !== null && now < v.expiresAt;
}

/** Fact V-07: verification existed and has run out. */
export function verificationOverdue(app: MiniProgram, now: number): boolean {
  const v = app.verification;
  return v.verifiedAt !== null && v.expiresAt !== null && now >= v.expiresAt;
}

/** The privacy APIs of the newest development version (what the next submission would most likely carry). */
export function latestCodeItems(app: MiniProgram): PrivacyItem[] {
  let latest: MiniProgram['versions']['dev'][number] | null = null;
  for (const v of app.versions.dev) if (!latest || v.uploadedAt >= latest.uploadedAt) latest = v;
  return latest ? latest.privacyItems.slice() : [];
}

/**
 * Every unmet precondition for submitting a review, in the order the console checks them (facts B-10, B-07,
 * I-10, B-11, P-04); filing (V-02) gates publishing, not review. Empty means the version can be submitted. A review
 * that has a result (passed or rejected) does not block: a new submission replaces it (fact P-04). `used` is what
 * the version's code calls (the newest upload's by default).
 */
export function reviewBlockers(
  app: MiniProgram,
  r: Rules,
  used: readonly PrivacyItem[] = latestCodeItems(app),
): ConsoleError[] {
  const out: ConsoleError[] = [];
  const b = app.basic;
  const missing: [string, string][] = [];
  if (b.name === null) missing.push([BASIC_FIELD_NAMES.name, 'name']);
  if (b.avatar === null) missing.push([BASIC_FIELD_NAMES.avatar, 'avatar']);
  if (b.introduction === null) missing.push([BASIC_FIELD_NAMES.introduction, 'introduction']);
  if (missing.length > 0) {
    out.push(
      consoleError('REVIEW_NEEDS_BASIC_INFO', {
        missing: { zh: missing.map((m) => m[0]).join('、'), en: missing.map((m) => m[1]).join(', ') },
      }),
    );
  }
  if (!app.categories.some((c) => c.status === 'approved')) out.push(consoleError('REVIEW_NEEDS_CATEGORY'));
  else if (r['B-07'].mainCategoryRequired && app.mainCategory === null) {
    out.push(consoleError('REVIEW_NEEDS_MAIN_CATEGORY'));
  }
  if (app.subject.status !== 'verified') {
    const label = SUBJECT_STATUS_LABELS[app.subject.status];
    out.push(consoleError('REVIEW_NEEDS_SUBJECT_VERIFIED', { status: label }));
  }
  const privacy = privacyGuideBlocker(app, used, r);
  if (privacy) out.push(privacy);
  const review = app.versions.review;
  if (review && review.status === 'reviewing')
    out.push(consoleError('REVIEW_IN_PROGRESS', { version: review.version.version }));
  return out;
}

/** Fact V-02: the filing gate before publishing, naming the filing stage in each language. */
function publishNeedsFiling(app: MiniProgram): ConsoleError {
  const error = consoleError('PUBLISH_NEEDS_FILING');
  const label = FILING_STAGE_LABELS[app.filing.stage];
  return {
    ...error,
    message: { zh: format(error.message.zh, { stage: label.zh }), en: format(error.message.en, { stage: label.en }) },
  };
}

/** Fact P-02: the uploader must be the administrator or a developer; each uploader's latest upload is kept. */
export function uploadVersion(
  ctx: Ctx,
  app: MiniProgram,
  uploader: string,
  version: string,
  note: string,
): HandlerResult {
  const invalid = validateVersionNumber(version) || validateVersionNote(note);
  if (invalid) return invalid;
  const entry = {
    id: nextId(ctx, 'ver'),
    version: version.trim(),
    note: note.trim(),
    uploader,
    uploadedAt: ctx.w.now,
    privacyItems: ctx.w.platform.codePrivacyItems.slice(),
  };
  const index = app.versions.dev.findIndex((v) => v.uploader === uploader);
  if (index >= 0) app.versions.dev[index] = entry;
  else app.versions.dev.push(entry);
  emit(ctx, 'VERSION_UPLOADED', { version: entry.version, uploader, replaced: index >= 0 });
}

export function upload(ctx: Ctx, action: ActionOf<'versions.upload'>): HandlerResult {
  const app = activeApp(ctx);
  if (isError(app)) return app;
  const uploader = action.uploader.trim();
  if (!mayUse(app, uploader, 'development')) return consoleError('UPLOAD_NOT_DEVELOPER', { wechatId: uploader });
  return uploadVersion(ctx, app, uploader, action.version, action.note);
}

/** Fact P-03: one development version becomes the trial version. */
export function setTrial(ctx: Ctx, action: ActionOf<'versions.setTrial'>): HandlerResult {
  const app = activeApp(ctx);
  if (isError(app)) return app;
  const actor = ctx.w.session ? ctx.w.session.actor : '';
  if (!mayUse(app, actor, 'development')) {
    const denied = requireModule(ctx, app, 'management');
    if (denied) return denied;
  }
  const dev = app.versions.dev.find((v) => v.uploader === action.uploader.trim());
  if (!dev) return consoleError('DEV_VERSION_NOT_FOUND');
  app.versions.trial = { ...dev };
  emit(ctx, 'TRIAL_SET', { version: dev.version, uploader: dev.uploader });
}

function nextPlanned(list: PlannedOutcome[]): PlannedOutcome {
  const next = list.shift();
  return next ? next : { outcome: 'pass', reason: null };
}

/** Extra review days some categories add (fact P-04). */
function extraReviewDays(app: MiniProgram, r: Rules): number {
  let extra = 0;
  for (const c of app.categories) {
    const def = findCategory(c.id);
    if (def) extra = Math.max(extra, def.extraReviewDays);
  }
  return Math.min(extra, r['P-04'].extraDaysMax);
}

export function submitReview(ctx: Ctx, action: ActionOf<'versions.submitReview'>): HandlerResult {
  const app = appFor(ctx, 'management');
  if (isError(app)) return app;
  const dev = app.versions.dev.find((v) => v.uploader === action.uploader.trim());
  if (!dev) return consoleError('DEV_VERSION_NOT_FOUND');
  const r = rules(ctx);
  const blockers = reviewBlockers(app, r, dev.privacyItems);
  if (blockers.length > 0) return blockers[0];
  const w = ctx.w;
  const decideAt = w.now + w.platform.reviewHours * HOUR + extraReviewDays(app, r) * DAY;
  app.versions.review = {
    version: { ...dev },
    status: 'reviewing',
    submittedAt: w.now,
    decideAt,
    planned: nextPlanned(w.platform.reviewPlan),
    decidedAt: null,
    reason: null,
    privacyMismatch: r['B-11'].guideRequiredForReview ? undeclaredItems(app, dev.privacyItems) : [],
  };
  emit(ctx, 'REVIEW_SUBMITTED', { version: dev.version, decideAt });
}

/** Fact P-04: withdrawing is limited per day and per month. */
export function withdrawReview(ctx: Ctx): HandlerResult {
  const app = appFor(ctx, 'management');
  if (isError(app)) return app;
  const review = app.versions.review;
  if (!review || review.status !== 'reviewing') return consoleError('WITHDRAW_NOTHING');
  const r = rules(ctx);
  const day = quotaOf(app, r, ctx.w.now, 'withdrawDay');
  if (day.remaining <= 0) return consoleError('WITHDRAW_LIMIT_DAY', { limit: day.limit });
  const month = quotaOf(app, r, ctx.w.now, 'withdrawMonth');
  if (month.remaining <= 0) return consoleError('WITHDRAW_LIMIT_MONTH', { limit: month.limit });
  if (review.planned.outcome === 'reject') ctx.w.platform.reviewPlan.unshift(review.planned);
  app.versions.review = null;
  app.changes.withdraw.push(ctx.w.now);
  emit(ctx, 'REVIEW_WITHDRAWN', { version: review.version.version });
}

/** Fact P-05: only a version that passed review can be published; P-06: it replaces the online version. */
export function publish(ctx: Ctx, action: ActionOf<'versions.publish'>): HandlerResult {
  const app = appFor(ctx, 'management');
  if (isError(app)) return app;
  const review = app.versions.review;
  if (!review) return consoleError('PUBLISH_NOTHING');
  if (review.status !== 'passed') {
    const label = REVIEW_STATUS_LABELS[review.status];
    return consoleError('PUBLISH_NOT_PASSED', {
      version: review.version.version,
      status: label,
    });
  }
  const r = rules(ctx);
  if (r['V-02'].filingRequiredForPublish && app.filing.stage !== 'done') {
    return publishNeedsFiling(app);
  }
  if (verificationOverdue(app, ctx.w.now)) return consoleError('PUBLISH_BLOCKED_VERIFICATION_EXPIRED');
  const percent = action.percent;
  if (!Number.isInteger(percent) || percent < 1 || percent > 100) {
    return consoleError('PHASED_PERCENT_INVALID', { current: 0 });
  }
  const v = app.versions;
  if (percent < 100 && !v.online) return consoleError('PHASED_NEEDS_ONLINE');
  if (v.online) v.previous = v.online.version;
  v.online = { version: review.version, publishedAt: ctx.w.now, percent };
  v.review = null;
  if (v.firstPublishedAt === null) v.firstPublishedAt = ctx.w.now;
  v.history.push({ kind: 'publish', version: review.version.version, at: ctx.w.now });
  emit(ctx, 'VERSION_PUBLISHED', { version: review.version.version, percent });
  // Fact V-09: publishing does not need verification; an unverified mini program cannot be found or shared.
  if (!verificationValid(app, ctx.w.now)) emit(ctx, 'PUBLISHED_UNVERIFIED', { version: review.version.version });
}

/** Fact P-06: widen a phased release, up to 100 % (a full release). */
export function setPhasedPercent(ctx: Ctx, action: ActionOf<'versions.setPhasedPercent'>): HandlerResult {
  const app = appFor(ctx, 'management');
  if (isError(app)) return app;
  const online = app.versions.online;
  if (!online || online.percent >= 100) return consoleError('PHASED_NOT_RUNNING');
  const percent = action.percent;
  if (!Number.isInteger(percent) || percent <= online.percent || percent > 100) {
    return consoleError('PHASED_PERCENT_INVALID', { current: online.percent });
  }
  online.percent = percent;
  emit(ctx, 'PHASED_RELEASE_UPDATED', { version: online.version.version, percent });
}

/** Fact P-06: true when the last release step was a rollback (no second one until the next publish). */
function rolledBackSincePublish(app: MiniProgram): boolean {
  const last = app.versions.history[app.versions.history.length - 1];
  return last !== undefined && last.kind === 'rollback';
}

/** Fact P-06: back to the previous online version, once, and not during a phased release. */
export function rollback(ctx: Ctx): HandlerResult {
  const app = appFor(ctx, 'management');
  if (isError(app)) return app;
  const v = app.versions;
  if (v.online && v.online.percent < 100) return consoleError('ROLLBACK_DURING_PHASED', { percent: v.online.percent });
  if (v.online && rolledBackSincePublish(app)) return consoleError('ROLLBACK_ONCE');
  if (!v.previous || !v.online) return consoleError('ROLLBACK_NOTHING');
  const target = v.previous;
  v.online = { version: target, publishedAt: ctx.w.now, percent: 100 };
  v.previous = null;
  v.history.push({ kind: 'rollback', version: target.version, at: ctx.w.now });
  emit(ctx, 'VERSION_ROLLED_BACK', { version: target.version });
}

/** Timed: the review answers at its decision time, as the scenario planned. */
export function reviewTimer(app: MiniProgram): Timer | null {
  const review = app.versions.review;
  if (!review || review.status !== 'reviewing') return null;
  return {
    at: review.decideAt,
    fire(ctx) {
      // Fact B-11: a guide that leaves out what the code uses fails the review, whatever else was planned.
      if (review.privacyMismatch.length > 0) {
        review.status = 'rejected';
        review.decidedAt = ctx.w.now;
        review.reason = formatText(PRIVACY_TEXTS.mismatchReason, { items: itemList(review.privacyMismatch) });
        // A rejection the scenario planned is still to come: it answers the next submission.
        if (review.planned.outcome === 'reject') ctx.w.platform.reviewPlan.unshift(review.planned);
        emit(ctx, 'REVIEW_REJECTED_PRIVACY', {
          appId: app.appId,
          version: review.version.version,
          items: review.privacyMismatch.join(','),
        });
        return;
      }
      const passed = review.planned.outcome === 'pass';
      review.status = passed ? 'passed' : 'rejected';
      review.decidedAt = ctx.w.now;
      review.reason = passed ? null : review.planned.reason;
      emit(
        ctx,
        passed ? 'REVIEW_PASSED' : 'REVIEW_REJECTED',
        passed
          ? { appId: app.appId, version: review.version.version }
          : { appId: app.appId, version: review.version.version, reason: review.reason ? review.reason.zh : null },
      );
    },
  };
}
