/**
 * 小程序备案 (facts V-01..V-05): the filing stages on the simulated clock as a steps indicator, what the current
 * stage waits for, the participants (masked), and the sample participants for the form.
 */
import { t, type I18nText, type Lang } from '../../../core/i18n';
import type { FilingParticipantInput } from '../kernel/actions';
import { currentApp } from '../kernel/selectors';
import { filingStatus } from './selectors';
import { formatDate, formatDateTime } from '../kernel/time';
import type { FilingStage, World } from '../kernel/types';
import { label } from '../home/view';
import { sampleIdentity } from '../kernel/world';
import { FILING_TEXTS } from './texts';
import { filingPrerequisites } from './rules';
import { rulesOf } from '../kernel/rulesets';

export const FILING_STEPS: readonly I18nText[] = [
  FILING_TEXTS.fillIn,
  FILING_TEXTS.platformReview,
  FILING_TEXTS.miitSMSCheck,
  FILING_TEXTS.provincialReview,
  FILING_TEXTS.filed,
];

const STEP_OF: Readonly<Record<FilingStage, number>> = {
  none: 0,
  rejected: 0,
  platformReview: 1,
  smsVerification: 2,
  provincialReview: 3,
  done: 4,
};

export interface FilingPageView {
  loggedIn: boolean;
  stage: FilingStage;
  stageLabel: string;
  active: number;
  steps: { text: string }[];
  /** What the stage waits for, in a sentence. */
  waiting: string;
  /** Milliseconds of simulated time until the stage ends (timed stages only). */
  msLeft: number;
  canSubmit: boolean;
  smsPending: string[];
  participants: { role: string; name: string; phone: string }[];
  rejectReason: string;
  required: boolean;
  doneText: string;
  /** The subject is an individual: the two principals are usually the same person. */
  individual: boolean;
  /** Everything filing still needs from the basic settings, each with where to do it (all at once). */
  missing: { id: string; text: string; section: string }[];
}

export const ROLE_TITLES: Readonly<Record<FilingParticipantInput['role'], I18nText>> = {
  subjectPrincipal: FILING_TEXTS.subjectPrincipal,
  appPrincipal: FILING_TEXTS.miniProgramPrincipal,
  emergencyContact: FILING_TEXTS.emergencyContact,
};

const EMPTY: FilingPageView = {
  loggedIn: false,
  stage: 'none',
  stageLabel: '',
  active: 0,
  steps: [],
  waiting: '',
  msLeft: 0,
  canSubmit: false,
  smsPending: [],
  participants: [],
  rejectReason: '',
  required: false,
  doneText: '',
  individual: true,
  missing: [],
};

export function filingPageView(world: World, lang: Lang): FilingPageView {
  const app = currentApp(world);
  const status = filingStatus(world);
  if (!app || !status) return EMPTY;
  const f = app.filing;
  let waiting = '';
  if (status.stage === 'platformReview') {
    waiting = t(FILING_TEXTS.platformFirstReview1, lang, {
      time: formatDateTime(status.stageEndsAt || world.now),
      days: status.workingDaysLeft || 0,
    });
  } else if (status.stage === 'smsVerification') {
    waiting = t(FILING_TEXTS.smsDeadline, lang, {
      time: formatDateTime(status.stageEndsAt || world.now),
      hours: rulesOf(world.ruleSet)['V-08'].smsWindowHours,
    });
  } else if (status.stage === 'provincialReview') {
    waiting = t(FILING_TEXTS.provincialAuthorityReview1, lang, {
      time: formatDateTime(status.stageEndsAt || world.now),
      days: status.workingDaysLeft || 0,
    });
  }
  const timed = status.stage === 'platformReview' || status.stage === 'provincialReview';
  return {
    loggedIn: true,
    stage: status.stage,
    stageLabel: t(status.label, lang),
    active: STEP_OF[status.stage],
    steps: FILING_STEPS.map((s) => ({ text: label(s, lang) })),
    waiting,
    msLeft: timed && status.stageEndsAt !== null ? Math.max(0, status.stageEndsAt - world.now) : 0,
    canSubmit: status.stage === 'none' || status.stage === 'rejected',
    smsPending: status.smsPending,
    participants: f.participants.map((p) => ({
      role: t(ROLE_TITLES[p.role], lang),
      name: p.nameMasked,
      phone: p.phoneMasked,
    })),
    rejectReason: status.rejectReason ? t(status.rejectReason, lang) : '',
    required: status.required,
    doneText: f.doneAt !== null ? t(FILING_TEXTS.filedOnDate, lang, { date: formatDate(f.doneAt) }) : '',
    individual: app.subject.type === 'individual',
    missing: filingPrerequisites(app).map((m) => ({
      id: m,
      text: t(m === 'name' ? FILING_TEXTS.needName : FILING_TEXTS.needCategory, lang),
      section: m === 'name' ? 'edit:name' : 'category',
    })),
  };
}

/**
 * Sample participants: clearly fake people; one for both principals when `samePerson` (an individual files as
 * themself), and always someone else as the emergency contact (fact V-08).
 */
export function sampleParticipants(world: World, samePerson: boolean): FilingParticipantInput[] {
  const a = sampleIdentity(world, 7);
  const b = sampleIdentity(world, 8);
  const c = sampleIdentity(world, 9);
  return [
    { role: 'subjectPrincipal', name: a.idName, phone: a.phone },
    samePerson
      ? { role: 'appPrincipal', name: a.idName, phone: a.phone }
      : { role: 'appPrincipal', name: b.idName, phone: b.phone },
    { role: 'emergencyContact', name: c.idName, phone: c.phone },
  ];
}
