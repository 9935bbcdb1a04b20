/** WeChat verification and what an overdue one blocks as pages and missions read it. */
import { formatText, type I18nText } from '../../../core/i18n';
import { appOrCurrent } from '../kernel/selectors';
import { RULE_SETS, rulesOf } from '../kernel/rulesets';
import { addMonths, DAY } from '../kernel/time';
import type { MiniProgram, World } from '../kernel/types';
import { verificationOverdue, verificationValid } from '../versions/rules';
import { VERIFICATION_TEXTS } from './texts';

export interface VerificationEffects {
  blocksRelease: boolean;
  blocksSearch: boolean;
  blocksSharing: boolean;
  blocksNewUsers: boolean;
}

export interface VerificationStatus {
  stage: MiniProgram['verification']['stage'];
  valid: boolean;
  expiresAt: number | null;
  /** Fee for this subject under the active rule set, or null when it cannot apply (fact V-06). */
  feeYuan: number | null;
  feeNote: I18nText;
  annualReviewOpensAt: number | null;
  daysOverdue: number;
  effects: VerificationEffects;
  rejectReason: I18nText | null;
}

/** Verification at the current clock, and what an overdue one blocks (facts V-06, V-07). */
export function verificationStatus(w: World, appId?: string): VerificationStatus | null {
  const app = appOrCurrent(w, appId);
  if (!app) return null;
  const r = rulesOf(w.ruleSet);
  const v = app.verification;
  const fee = r['V-06'].feeYuan[app.subject.type];
  const overdue =
    verificationOverdue(app, w.now) && v.expiresAt !== null ? Math.floor((w.now - v.expiresAt) / DAY) : -1;
  const feeNote: I18nText =
    fee === null
      ? formatText(VERIFICATION_TEXTS.feeNoIndividuals, { ruleSet: RULE_SETS[w.ruleSet].title })
      : fee === 0
        ? VERIFICATION_TEXTS.feeFree
        : formatText(VERIFICATION_TEXTS.feePerApplication, { fee });
  return {
    stage: v.stage,
    valid: verificationValid(app, w.now),
    expiresAt: v.expiresAt,
    feeYuan: fee,
    feeNote,
    annualReviewOpensAt: v.expiresAt !== null ? addMonths(v.expiresAt, -r['V-07'].annualReviewOpensMonthsBefore) : null,
    daysOverdue: Math.max(0, overdue),
    effects: {
      blocksRelease: overdue >= 0,
      blocksSearch: overdue >= 0,
      blocksSharing: overdue >= 30,
      blocksNewUsers: overdue >= 60,
    },
    rejectReason: v.rejectReason,
  };
}
