/**
 * 微信认证 (facts V-05..V-07, I-03): whether this subject can verify and for what fee under the rule set, the review on
 * the simulated clock, the year of validity with its annual review, and what an overdue verification blocks.
 */
import { t, type I18nText, type Lang } from '../../../core/i18n';
import { currentApp } from '../kernel/selectors';
import { verificationStatus } from './selectors';
import { formatDate, formatDateTime } from '../kernel/time';
import type { World } from '../kernel/types';
import { VERIFICATION_VIEW_TEXTS } from './texts';

const W = VERIFICATION_VIEW_TEXTS;

export interface VerifyPageView {
  loggedIn: boolean;
  stage: 'none' | 'reviewing' | 'verified' | 'rejected';
  stageText: string;
  valid: boolean;
  /** The fee note: "每次申请 30 元，审核不通过不退还", "个人号无法认证"… */
  feeNote: string;
  canApply: boolean;
  /** Individuals cannot verify under this rule set. */
  notAllowed: boolean;
  expiresText: string;
  annualText: string;
  annualOpen: boolean;
  reviewText: string;
  msLeft: number;
  overdueDays: number;
  /** What an overdue verification blocks, at this moment. */
  effects: { text: string; active: boolean }[];
  rejectReason: string;
  feesPaid: string;
  /** Filing can start together with verification (fact V-05). */
  filingStartable: boolean;
  /** Fact I-10: how an organisation's subject is verified now, and what older tutorials say ('' for individuals). */
  subjectMethods: string;
  subjectMethodsOlder: string;
}

const EMPTY: VerifyPageView = {
  subjectMethods: '',
  subjectMethodsOlder: '',
  loggedIn: false,
  stage: 'none',
  stageText: '',
  valid: false,
  feeNote: '',
  canApply: false,
  notAllowed: false,
  expiresText: '',
  annualText: '',
  annualOpen: false,
  reviewText: '',
  msLeft: 0,
  overdueDays: 0,
  effects: [],
  rejectReason: '',
  feesPaid: '',
  filingStartable: false,
};

const STAGE_TEXT = {
  none: VERIFICATION_VIEW_TEXTS.notVerified,
  reviewing: VERIFICATION_VIEW_TEXTS.underReview,
  verified: VERIFICATION_VIEW_TEXTS.verified,
  rejected: VERIFICATION_VIEW_TEXTS.rejected,
  expired: VERIFICATION_VIEW_TEXTS.expired,
};

const EFFECTS: readonly {
  key: 'blocksRelease' | 'blocksSearch' | 'blocksSharing' | 'blocksNewUsers';
  text: I18nText;
}[] = [
  { key: 'blocksRelease', text: VERIFICATION_VIEW_TEXTS.fromExpiryNoNew },
  { key: 'blocksSearch', text: VERIFICATION_VIEW_TEXTS.fromExpiryNotFound },
  { key: 'blocksSharing', text: VERIFICATION_VIEW_TEXTS.t30DaysAfterExpiry },
  {
    key: 'blocksNewUsers',
    text: VERIFICATION_VIEW_TEXTS.t60DaysAfterExpiry,
  },
];

export function verifyPageView(world: World, lang: Lang): VerifyPageView {
  const app = currentApp(world);
  const s = verificationStatus(world);
  if (!app || !s) return EMPTY;
  const v = app.verification;
  const expired = s.expiresAt !== null && !s.valid && s.stage !== 'reviewing';
  const stageText = t(expired ? STAGE_TEXT.expired : STAGE_TEXT[s.stage], lang);
  const annualOpen = s.annualReviewOpensAt !== null && world.now >= s.annualReviewOpensAt && s.stage !== 'reviewing';
  const filing = app.filing.stage;
  const organisation = app.subject.type !== 'individual';
  const methods = [W.methodCompanyAccount, W.methodFaceScan, W.methodELicence].map((m) => t(m, lang));
  return {
    subjectMethods: organisation
      ? t(W.subjectMethodsNow, lang, { methods: methods.join(lang === 'zh' ? '、' : ', ') })
      : '',
    subjectMethodsOlder: organisation ? t(W.subjectMethodsOlder, lang) : '',
    loggedIn: true,
    stage: s.stage,
    stageText,
    valid: s.valid,
    feeNote: t(s.feeNote, lang),
    canApply: s.feeYuan !== null && s.stage !== 'reviewing' && !s.valid,
    notAllowed: s.feeYuan === null,
    expiresText:
      s.expiresAt !== null ? t(VERIFICATION_VIEW_TEXTS.validUntilDate, lang, { date: formatDate(s.expiresAt) }) : '',
    annualText:
      s.annualReviewOpensAt !== null
        ? t(VERIFICATION_VIEW_TEXTS.annualReviewOpensDate, lang, {
            date: formatDate(s.annualReviewOpensAt),
          })
        : '',
    annualOpen,
    reviewText:
      s.stage === 'reviewing' && v.endsAt !== null
        ? t(VERIFICATION_VIEW_TEXTS.resultExpectedTimeSimulated, lang, {
            time: formatDateTime(v.endsAt),
          })
        : '',
    msLeft: s.stage === 'reviewing' && v.endsAt !== null ? Math.max(0, v.endsAt - world.now) : 0,
    overdueDays: s.daysOverdue,
    effects: EFFECTS.map((e) => ({ text: t(e.text, lang), active: s.effects[e.key] })),
    rejectReason: s.rejectReason ? t(s.rejectReason, lang) : '',
    feesPaid:
      v.feesPaidYuan > 0
        ? t(VERIFICATION_VIEW_TEXTS.feesPaidSoFar, lang, {
            fee: v.feesPaidYuan,
          })
        : '',
    filingStartable:
      (filing === 'none' || filing === 'rejected') && app.basic.name !== null && app.categories.length > 0,
  };
}
