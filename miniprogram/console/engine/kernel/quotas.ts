/**
 * Change quotas, computed from the moments of counted changes (never stored as counters, so they reset by
 * themselves when the simulated clock crosses a day, month or year boundary in Beijing time).
 */
import type { I18nText } from '../../../core/i18n';
import type { QuotaPeriod, QuotaRule, Rules } from './rulesets';
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

const PERIOD_WORDS: Record<QuotaPeriod, { within: string; current: string; en: string; currentEn: string }> = {
  day: { within: '每天', current: '今天', en: 'a day', currentEn: 'today' },
  month: { within: '一个月内', current: '本月', en: 'a month', currentEn: 'this month' },
  year: { within: '一年内', current: '今年', en: 'a year', currentEn: 'this year' },
};

export function periodQuota(stamps: readonly number[], rule: QuotaRule, now: number, what: I18nText): QuotaStatus {
  const used = countSince(stamps, periodStart(rule.period, now));
  const remaining = Math.max(0, rule.limit - used);
  const words = PERIOD_WORDS[rule.period];
  return {
    limit: rule.limit,
    used,
    remaining,
    resetsAt: periodEnd(rule.period, now),
    text: {
      zh: `${words.within}可修改${what.zh}${rule.limit}次，${words.current}还可修改${remaining}次`,
      en: `${what.en}: ${rule.limit} changes ${words.en}, ${remaining} left ${words.currentEn}`,
    },
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
      text: {
        zh: `一年内可修改${rule.limit}次名称，今年还可修改${remaining}次（1 月 1 日或微信认证通过时重置）`,
        en: `${rule.limit} name changes per calendar year, ${remaining} left (resets on 1 January or when verification passes)`,
      },
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
      text: {
        zh: `小程序发布前，可修改${rule.beforePublish}次名称。当前还能修改${remaining}次。发布后，个人帐号可一年内修改${rule.afterPublishPerYear}次名称。`,
        en: `Before publishing the name can change ${rule.beforePublish} times; ${remaining} left. After publishing an individual account can change it ${rule.afterPublishPerYear} times a year.`,
      },
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
    text: {
      zh: `发布后，个人帐号可一年内修改${rule.afterPublishPerYear}次名称。今年还可修改${remaining}次。`,
      en: `After publishing an individual account can change the name ${rule.afterPublishPerYear} times a year; ${remaining} left this year.`,
    },
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
      return periodQuota(c.abbreviation, rules['B-04'], now, { zh: '简称', en: 'Short name' });
    case 'avatar':
      return periodQuota(c.avatar, rules['B-05'], now, { zh: '头像', en: 'Avatar' });
    case 'introduction':
      return periodQuota(c.introduction, rules['B-06'], now, { zh: '介绍', en: 'Introduction' });
    case 'categoryAdditions': {
      const q = periodQuota(c.categoryAdd, rules['B-07'].additions, now, { zh: '', en: '' });
      const max = rules['B-07'].maxCategories;
      return {
        ...q,
        text: {
          zh: `服务类目最多添加${max}个，本月还可添加${q.remaining}次`,
          en: `At most ${max} service categories; ${q.remaining} additions left this month`,
        },
      };
    }
    case 'mainCategory':
      return periodQuota(c.mainCategory, rules['B-07'].mainChanges, now, { zh: '主营类目', en: 'Main category' });
    case 'domainChanges':
      return periodQuota(c.domains, rules['D-07'].changes, now, { zh: '服务器域名', en: 'Server domains' });
    case 'withdrawDay':
      return periodQuota(c.withdraw, { limit: rules['P-04'].withdrawPerDay, period: 'day' }, now, {
        zh: '撤回审核',
        en: 'Review withdrawals',
      });
    case 'withdrawMonth':
      return periodQuota(c.withdraw, { limit: rules['P-04'].withdrawPerMonth, period: 'month' }, now, {
        zh: '撤回审核',
        en: 'Review withdrawals',
      });
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
