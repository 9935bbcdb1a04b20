import type { I18nText } from '../../../core/i18n';
import { RULE_SET_TEXTS } from './texts';
import { DAY, MINUTE } from './time';
import type { Capability, MemberLimits, RuleSetId, SubjectMethod, SubjectType } from './types';

/**
 * The two rule sets as data, keyed by the fact each value comes from. `current` is what the console does now
 * (the default); `classic` is what the 2020-2023 tutorials (the seeds among them) show. Every difference
 * between them lives in this table, so the engine never asks "which rule set?" in an `if`.
 */

export type QuotaPeriod = 'day' | 'month' | 'year';

export interface QuotaRule {
  readonly limit: number;
  readonly period: QuotaPeriod;
}

export type NameChangeRule =
  /** Current: N per calendar year, reset on 1 January and when WeChat verification passes. */
  | { readonly kind: 'perYear'; readonly limit: number; readonly resetOnVerification: boolean }
  /** Classic: N before publishing; after publishing M per year. */
  | { readonly kind: 'beforeAndAfterPublish'; readonly beforePublish: number; readonly afterPublishPerYear: number };

export interface Rules {
  readonly 'R-06': { readonly minPasswordLength: number };
  readonly 'I-03': { readonly individualCapabilities: readonly Capability[] };
  readonly 'I-04': { readonly smsCodeTtlMs: number; readonly smsResendCooldownMs: number };
  readonly 'I-05': { readonly perIdNumber: number };
  readonly 'I-06': { readonly perPhone: number };
  readonly 'I-07': { readonly perAdminWechat: number };
  /** The verification methods an enterprise (or individual business) is offered on the registration form. */
  readonly 'I-10': { readonly paymentWindowMs: number; readonly enterpriseMethods: readonly SubjectMethod[] };
  readonly 'B-02': NameChangeRule;
  readonly 'B-04': QuotaRule;
  readonly 'B-05': QuotaRule & { readonly formats: readonly string[]; readonly maxBytes: number };
  readonly 'B-06': QuotaRule & { readonly minLength: number; readonly maxLength: number };
  readonly 'B-07': {
    readonly maxCategories: number;
    readonly additions: QuotaRule;
    readonly mainCategoryRequired: boolean;
    readonly mainChanges: QuotaRule;
  };
  /** The privacy guide before review (since 2023; older tutorials do not have it). */
  readonly 'B-11': {
    readonly guideRequiredForReview: boolean;
    readonly purposeMin: number;
    readonly purposeMax: number;
    readonly maxRetentionDays: number;
  };
  readonly 'D-04': { readonly resetGraceMs: number };
  readonly 'D-05': { readonly freezeDelayMs: number };
  readonly 'D-06': { readonly maxEntries: number };
  readonly 'D-07': { readonly maxPerKind: number; readonly changes: QuotaRule };
  /** Organisations: the larger limits only once the mini program is verified and published (go by the console). */
  readonly 'M-05': {
    readonly individual: MemberLimits;
    readonly organisation: { readonly base: MemberLimits; readonly verifiedAndPublished: MemberLimits };
  };
  readonly 'M-06': { readonly projectPerUser: number; readonly experiencePerUser: number };
  readonly 'P-04': {
    readonly withdrawPerDay: number;
    readonly withdrawPerMonth: number;
    readonly extraDaysMax: number;
  };
  /** 上架 read as publishing (the audit's decision): filing before 发布, not before review. */
  readonly 'V-02': { readonly filingRequiredForPublish: boolean };
  readonly 'V-03': { readonly platformReviewWorkingDays: number };
  /** Hours the principals have for the MIIT SMS check once it is sent; after that the filing lapses. */
  readonly 'V-08': { readonly smsWindowHours: number };
  /** Fee in RMB per subject type; null means the type cannot apply. */
  readonly 'V-06': { readonly feeYuan: Readonly<Record<SubjectType, number | null>>; readonly reviewDays: number };
  readonly 'V-07': { readonly validYears: number; readonly annualReviewOpensMonthsBefore: number };
}

export interface RuleSet {
  readonly id: RuleSetId;
  readonly title: I18nText;
  readonly summary: I18nText;
  readonly rules: Rules;
}

const CURRENT: Rules = {
  'R-06': { minPasswordLength: 8 },
  'I-03': { individualCapabilities: [] },
  'I-04': { smsCodeTtlMs: 10 * MINUTE, smsResendCooldownMs: MINUTE },
  'I-05': { perIdNumber: 5 },
  'I-06': { perPhone: 5 },
  'I-07': { perAdminWechat: 5 },
  'I-10': { paymentWindowMs: 10 * DAY, enterpriseMethods: ['payment', 'faceScan', 'eLicence'] },
  'B-02': { kind: 'perYear', limit: 2, resetOnVerification: true },
  'B-04': { limit: 2, period: 'year' },
  'B-05': { limit: 5, period: 'year', formats: ['bmp', 'jpeg', 'jpg', 'gif', 'png'], maxBytes: 2 * 1024 * 1024 },
  'B-06': { limit: 5, period: 'month', minLength: 4, maxLength: 120 },
  'B-07': {
    maxCategories: 5,
    additions: { limit: 5, period: 'month' },
    mainCategoryRequired: true,
    mainChanges: { limit: 5, period: 'year' },
  },
  'B-11': { guideRequiredForReview: true, purposeMin: 4, purposeMax: 100, maxRetentionDays: 3650 },
  'D-04': { resetGraceMs: 0 },
  'D-05': { freezeDelayMs: 10 * MINUTE },
  'D-06': { maxEntries: 10 },
  'D-07': { maxPerKind: 200, changes: { limit: 50, period: 'month' } },
  'M-05': {
    individual: { project: 15, experience: 15 },
    organisation: { base: { project: 15, experience: 15 }, verifiedAndPublished: { project: 90, experience: 90 } },
  },
  'M-06': { projectPerUser: 50, experiencePerUser: 50 },
  'P-04': { withdrawPerDay: 5, withdrawPerMonth: 10, extraDaysMax: 7 },
  'V-02': { filingRequiredForPublish: true },
  'V-03': { platformReviewWorkingDays: 2 },
  'V-08': { smsWindowHours: 24 },
  'V-06': {
    feeYuan: { individual: 30, enterprise: 300, individualBusiness: 30, government: 0, media: 300, other: 300 },
    reviewDays: 3,
  },
  'V-07': { validYears: 1, annualReviewOpensMonthsBefore: 3 },
};

const CLASSIC: Rules = {
  ...CURRENT,
  'B-02': { kind: 'beforeAndAfterPublish', beforePublish: 2, afterPublishPerYear: 2 },
  'B-07': { ...CURRENT['B-07'], mainCategoryRequired: false },
  'B-11': { ...CURRENT['B-11'], guideRequiredForReview: false },
  'D-04': { resetGraceMs: 10 * MINUTE },
  'D-07': { maxPerKind: 200, changes: { limit: 5, period: 'month' } },
  'V-02': { filingRequiredForPublish: false },
  'I-10': { ...CURRENT['I-10'], enterpriseMethods: ['payment', 'wechat'] },
  'V-06': { ...CURRENT['V-06'], feeYuan: { ...CURRENT['V-06'].feeYuan, individual: null } },
};

export const RULE_SETS: Readonly<Record<RuleSetId, RuleSet>> = {
  current: {
    id: 'current',
    title: RULE_SET_TEXTS.currentTitle,
    summary: RULE_SET_TEXTS.currentSummary,
    rules: CURRENT,
  },
  classic: {
    id: 'classic',
    title: RULE_SET_TEXTS.classicTitle,
    summary: RULE_SET_TEXTS.classicSummary,
    rules: CLASSIC,
  },
};

export const RULE_SET_IDS: readonly RuleSetId[] = ['current', 'classic'];

export function rulesOf(ruleSet: RuleSetId): Rules {
  return RULE_SETS[ruleSet].rules;
}

/** The fact IDs whose values differ between the two rule sets (for lessons' "older tutorials say" notes). */
export function ruleSetDifferences(): string[] {
  const keys = Object.keys(CURRENT) as (keyof Rules)[];
  return keys.filter((key) => JSON.stringify(CURRENT[key]) !== JSON.stringify(CLASSIC[key]));
}
