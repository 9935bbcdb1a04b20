/**
 * Change quotas, computed from the moments of counted changes (never stored as counters, so they reset by
 * themselves when the simulated clock crosses a day, month or year boundary in Beijing time).
 */
import { formatText, type I18nText } from '../../../core/i18n';
import type { QuotaPeriod, QuotaRule, Rules } from './rulesets';
import { PERIOD_QUOTA_TEXTS, QUOTA_SUBJECTS, QUOTA_TEXTS } from './texts';
import { addMonths, addYears, DAY, startOfDay, startOfMonth, startOfYear } from './time';
import type { MiniProgram } from './types';

export interface QuotaStatus {
  readonly limit: number;
  readonly used: number;
  /**
   * limit - used, never below zero: a rule-set switch (classic allows fewer changes than current) or a limit
   * lowered after changes were counted leaves `used` above `limit`, and the quota is then simply used up.
   */
  readonly remaining: number;
  /** When the count starts again (null when it only resets on an event, such as publishing). */
  readonly resetsAt: number | null;
  /** The figure the console shows next to the field, e.g. "一年内可申请修改2次，今年还可修改1次". */
  readonly text: I18nText;
}

export function periodStart(period: QuotaPeriod, now: number): number {
  if (period === 'day') return startOfDay(now);
  if (period === 'month') return startOfMonth(now);
  return startOfYear(now);
}

export function periodEnd(period: QuotaPeriod, now: number): number {
  if (period === 'day') return startOfDay(now) + DAY;
  if (period === 'month') return addMonths(startOfMonth(now), 1);
  return addYears(startOfYear(now), 1);
}

export function countSince(stamps: readonly number[], since: number, until = Infinity): number {
  return stamps.filter((t) => t >= since && t < until).length;
}

export function periodQuota(stamps: readonly number[], rule: QuotaRule, now: number, what: I18nText): QuotaStatus {
  const used = countSince(stamps, periodStart(rule.period, now));
  const remaining = Math.max(0, rule.limit - used);
  return {
    limit: rule.limit,
    used,
    remaining,
    resetsAt: periodEnd(rule.period, now),
    text: formatText(PERIOD_QUOTA_TEXTS[rule.period], { what, limit: rule.limit, remaining }),
  };
}

/** Fact B-02 under either rule set. */
export function nameQuota(app: MiniProgram, rules: Rules, now: number): QuotaStatus {
  const rule = rules['B-02'];
  const stamps = app.changes.name;
  if (rule.kind === 'perYear') {
    const yearStart = startOfYear(now);
    const verifiedAt = app.verification.verifiedAt;
    const since = rule.resetOnVerification && verifiedAt !== null && verifiedAt > yearStart ? verifiedAt : yearStart;
    const used = countSince(stamps, since);
    const remaining = Math.max(0, rule.limit - used);
    return {
      limit: rule.limit,
      used,
      remaining,
      resetsAt: addYears(yearStart, 1),
      text: formatText(QUOTA_TEXTS.namePerYear, { limit: rule.limit, remaining }),
    };
  }
  const published = app.versions.firstPublishedAt;
  if (published === null || published > now) {
    const used = countSince(stamps, -Infinity);
    const remaining = Math.max(0, rule.beforePublish - used);
    return {
      limit: rule.beforePublish,
      used,
      remaining,
      resetsAt: null,
      text: formatText(QUOTA_TEXTS.nameBeforePublish, {
        limit: rule.beforePublish,
        remaining,
        afterPublish: rule.afterPublishPerYear,
      }),
    };
  }
  const yearStart = startOfYear(now);
  const used = countSince(stamps, Math.max(yearStart, published));
  const remaining = Math.max(0, rule.afterPublishPerYear - used);
  return {
    limit: rule.afterPublishPerYear,
    used,
    remaining,
    resetsAt: addYears(yearStart, 1),
    text: formatText(QUOTA_TEXTS.nameAfterPublish, { limit: rule.afterPublishPerYear, remaining }),
  };
}

export type QuotaKey =
  | 'name'
  | 'abbreviation'
  | 'avatar'
  | 'introduction'
  | 'categoryAdditions'
  | 'mainCategory'
  | 'domainChanges'
  | 'withdrawDay'
  | 'withdrawMonth';

export const QUOTA_KEYS: readonly QuotaKey[] = [
  'name',
  'abbreviation',
  'avatar',
  'introduction',
  'categoryAdditions',
  'mainCategory',
  'domainChanges',
  'withdrawDay',
  'withdrawMonth',
];

export function quotaOf(app: MiniProgram, rules: Rules, now: number, key: QuotaKey): QuotaStatus {
  const c = app.changes;
  switch (key) {
    case 'name':
      return nameQuota(app, rules, now);
    case 'abbreviation':
      return periodQuota(c.abbreviation, rules['B-04'], now, QUOTA_SUBJECTS.abbreviation);
    case 'avatar':
      return periodQuota(c.avatar, rules['B-05'], now, QUOTA_SUBJECTS.avatar);
    case 'introduction':
      return periodQuota(c.introduction, rules['B-06'], now, QUOTA_SUBJECTS.introduction);
    case 'categoryAdditions': {
      const q = periodQuota(c.categoryAdd, rules['B-07'].additions, now, { zh: '', en: '' });
      const max = rules['B-07'].maxCategories;
      return { ...q, text: formatText(QUOTA_TEXTS.categoryAdditions, { max, remaining: q.remaining }) };
    }
    case 'mainCategory':
      return periodQuota(c.mainCategory, rules['B-07'].mainChanges, now, QUOTA_SUBJECTS.mainCategory);
    case 'domainChanges':
      return periodQuota(c.domains, rules['D-07'].changes, now, QUOTA_SUBJECTS.domains);
    case 'withdrawDay':
      return periodQuota(
        c.withdraw,
        { limit: rules['P-04'].withdrawPerDay, period: 'day' },
        now,
        QUOTA_SUBJECTS.withdraw,
      );
    case 'withdrawMonth':
      return periodQuota(
        c.withdraw,
        { limit: rules['P-04'].withdrawPerMonth, period: 'month' },
        now,
        QUOTA_SUBJECTS.withdraw,
      );
  }
}

/** Change logs whose moments count only within a year (name changes are kept apart: see pruneChanges). */
const YEARLY_CHANGES = [
  'abbreviation',
  'avatar',
  'introduction',
  'categoryAdd',
  'mainCategory',
  'domains',
  'withdraw',
] as const;

function pruneHorizon(now: number): number {
  return addMonths(startOfYear(now), -1);
}

/** Keeps change logs small: drops moments no quota can still count (older than about 13 months). */
export function pruneChanges(app: MiniProgram, now: number): void {
  const horizon = pruneHorizon(now);
  const c = app.changes;
  for (const key of YEARLY_CHANGES) c[key] = c[key].filter((t) => t >= horizon);
  // Name changes before publishing count for ever under the classic rules (at most 2 allowed): older moments
  // beyond a few can change no quota, so a learner renaming every year for centuries does not grow the save.
  const old = c.name.filter((t) => t < horizon);
  if (old.length > NAME_STAMPS_KEPT) c.name = old.slice(-NAME_STAMPS_KEPT).concat(c.name.filter((t) => t >= horizon));
}

/** Whether pruneChanges would drop anything (read only: a clock move copies only the mini programs it prunes). */
export function hasPrunableChanges(app: Readonly<MiniProgram>, now: number): boolean {
  const horizon = pruneHorizon(now);
  const c = app.changes;
  const before = (t: number) => t < horizon;
  return YEARLY_CHANGES.some((key) => c[key].some(before)) || c.name.filter(before).length > NAME_STAMPS_KEPT;
}

/** Older name-change moments kept: more than any rule set's before-publish allowance. */
export const NAME_STAMPS_KEPT = 10;
