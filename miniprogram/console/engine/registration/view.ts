/**
 * What the registration page shows besides the engine's state: the regions, the subject types with what each is
 * and what it can and cannot do under the active rule set (facts I-02, I-03, I-10, V-06), the organisation
 * form's labels, and a quick local check of whether the administrator's identity is filled in.
 */
import { format, formatText, t } from '../../../core/i18n';
import type { I18nText, Lang } from '../../../core/i18n';
import type { RegistrationForm } from '../kernel/actions';
import type { ConsoleError } from '../kernel/errors';
import { rulesOf } from '../kernel/rulesets';
import { registrationView, SUBJECT_TYPE_LABELS } from './selectors';
import { formatDateTime } from '../kernel/time';
import { REGIONS, SUBJECT_METHODS } from '../kernel/types';
import type {
  Region,
  RegistrationStep,
  RuleSetId,
  SubjectMethod,
  SubjectStatus,
  SubjectType,
  World,
} from '../kernel/types';
import { subjectMethodsFor } from './rules';
import { sampleIdentity } from '../kernel/world';
import {
  ENTERPRISE_KIND_LABELS,
  ENTERPRISE_VERIFY,
  ORG_NAME_LABELS,
  REGION_LABELS,
  SUBJECT_TYPE_ABILITIES,
  SUBJECT_TYPE_WHAT,
  VERIFICATION_FEE,
} from './texts';
export { ORG_NAME_LABELS, REGION_LABELS } from './texts';
import {
  validateCreditCode,
  validateEmail,
  validateIdName,
  validateIdNumber,
  validateMobile,
  validateOrgName,
  validatePassword,
  validatePasswordConfirmation,
  validateSmsCode,
} from '../kernel/validators';

/** Every subject type, in the order the guide explains them: the seed's five, then 个体工商户. */
export const SUBJECT_TYPE_ORDER: readonly SubjectType[] = [
  'individual',
  'enterprise',
  'government',
  'media',
  'other',
  'individualBusiness',
];

/** The type buttons on the form: 个体工商户 registers under 企业 (fact I-02), so it is a sub-choice, not a button. */
export const FORM_TYPE_ORDER: readonly SubjectType[] = ['individual', 'enterprise', 'government', 'media', 'other'];

/** The sub-choice under 企业: a company or an individual business (fact I-02; the fee differs, fact V-06). */
export const ENTERPRISE_KINDS: readonly SubjectType[] = ['enterprise', 'individualBusiness'];

function isEnterpriseKind(type: SubjectType | null): boolean {
  return type !== null && ENTERPRISE_KINDS.indexOf(type) >= 0;
}

export interface SubjectTypeInfo {
  type: SubjectType;
  label: I18nText;
  what: I18nText;
  can: I18nText;
  cannot: I18nText;
  /** How the subject is verified after registration (fact I-10). */
  verify: I18nText;
  factIds: string[];
}

function feeText(fee: number | null): I18nText {
  if (fee === null) return VERIFICATION_FEE.none;
  if (fee === 0) return VERIFICATION_FEE.free;
  return formatText(VERIFICATION_FEE.paid, { fee });
}

/** A subject type's explanation under a rule set. */
export function subjectTypeInfo(type: SubjectType, ruleSet: RuleSetId): SubjectTypeInfo {
  const r = rulesOf(ruleSet);
  const fee = feeText(r['V-06'].feeYuan[type]);
  const A = SUBJECT_TYPE_ABILITIES;
  if (type === 'individual') {
    const canVerify = r['V-06'].feeYuan.individual !== null;
    return {
      type,
      label: SUBJECT_TYPE_LABELS[type],
      what: SUBJECT_TYPE_WHAT[type],
      can: canVerify ? formatText(A.individualCanWithFee, { fee }) : A.individualCan,
      cannot: canVerify ? A.individualCannotWhenVerifiable : A.individualCannot,
      verify: A.individualVerify,
      factIds: ['I-03', 'V-06'],
    };
  }
  const payment = type === 'enterprise' || type === 'individualBusiness';
  return {
    type,
    label: SUBJECT_TYPE_LABELS[type],
    what: SUBJECT_TYPE_WHAT[type],
    can: formatText(A.organisationCan, { fee }),
    cannot: A.organisationCannot,
    verify: payment ? ENTERPRISE_VERIFY[ruleSet] : A.verifyByWechatOnly,
    factIds: ['I-10', 'V-06'],
  };
}

/** Whether the administrator's identity fields look complete, so the QR code for the scan can appear. */
export function identityReady(form: RegistrationForm, today: number): boolean {
  return (
    validateIdName(form.idName) === null &&
    validateIdNumber(form.idNumber, today) === null &&
    validateMobile(form.phone) === null &&
    validateSmsCode(form.smsCode) === null
  );
}

export const EMPTY_FORM: RegistrationForm = {
  idName: '',
  idNumber: '',
  phone: '',
  smsCode: '',
  orgName: '',
  creditCode: '',
  method: 'none',
};

/** Step ①'s form as the page keeps it. */
export interface AccountForm {
  email: string;
  password: string;
  confirmPassword: string;
  captcha: string;
  agree: boolean;
}

export const EMPTY_ACCOUNT: AccountForm = { email: '', password: '', confirmPassword: '', captcha: '', agree: false };

export const ACCOUNT_FIELDS: readonly (keyof AccountForm)[] = ['email', 'password', 'confirmPassword', 'captcha'];
export const FORM_FIELDS: readonly (keyof RegistrationForm)[] = [
  'idName',
  'idNumber',
  'phone',
  'smsCode',
  'orgName',
  'creditCode',
];

/** The live check of one step ① field as the learner types (the password length is the rule set's, fact R-06). */
export function checkAccountField(world: World, account: AccountForm, field: keyof AccountForm): ConsoleError | null {
  switch (field) {
    case 'email':
      return validateEmail(account.email);
    case 'password':
      return validatePassword(account.password, rulesOf(world.ruleSet)['R-06'].minPasswordLength);
    case 'confirmPassword':
      return validatePasswordConfirmation(account.password, account.confirmPassword);
    default:
      return null;
  }
}

/** The live check of one step ③ field. */
export function checkFormField(
  world: World,
  form: RegistrationForm,
  field: keyof RegistrationForm,
): ConsoleError | null {
  switch (field) {
    case 'idName':
      return validateIdName(form.idName);
    case 'idNumber':
      return validateIdNumber(form.idNumber, world.now);
    case 'phone':
      return validateMobile(form.phone);
    case 'smsCode':
      return validateSmsCode(form.smsCode);
    case 'orgName':
      return validateOrgName(form.orgName);
    case 'creditCode':
      return validateCreditCode(form.creditCode);
    default:
      return null;
  }
}

export interface Chip {
  id: string;
  label: string;
  selected: boolean;
}

/** The page's own texts the view fills in (from console/register/strings.ts, in the learner's language). */
export interface RegisterPageTexts {
  step1: string;
  step2: string;
  step3: string;
  thanks: string;
  smsSent: string;
  payBody: string;
  methodPayment: string;
  methodWechat: string;
  methodFaceScan: string;
  methodELicence: string;
}

export interface RegisterDoneView {
  appId: string;
  subject: string;
  status: SubjectStatus;
  payText: string;
}

/** Everything the registration page shows of the world, in one language. */
export interface RegisterPageView {
  steps: { text: string }[];
  step: RegistrationStep;
  stepIndex: number;
  captcha: string[];
  thanks: string;
  regions: Chip[];
  types: Chip[];
  /** The 企业 sub-choice (company or individual business), shown while either is selected. */
  kinds: Chip[];
  typeInfo: { what: string; can: string; cannot: string; verify: string } | null;
  guide: { id: string; label: string; what: string }[];
  isOrg: boolean;
  orgNameLabel: string;
  smsNote: string;
  adminScan: 'none' | 'pending' | 'confirmed';
  dialogOpen: boolean;
  dialogSubject: string;
  done: RegisterDoneView | null;
}

/** The registration page's view of the world; `showGuide` adds the guide to the subject types. */
export function registerPageView(world: World, lang: Lang, s: RegisterPageTexts, showGuide: boolean): RegisterPageView {
  const v = registrationView(world);
  const type = v.subjectType;
  const info = type ? subjectTypeInfo(type, world.ruleSet) : null;
  const pending = world.registration.pending;
  const app = v.appId ? world.apps.find((a) => a.appId === v.appId) : undefined;
  let done: RegisterDoneView | null = null;
  if (app) {
    const sub = app.subject;
    done = {
      appId: app.appId,
      subject: `${sub.displayName} · ${t(SUBJECT_TYPE_LABELS[sub.type], lang)}`,
      status: sub.status,
      payText:
        sub.paymentAmountFen !== null && sub.paymentDeadline !== null
          ? format(s.payBody, {
              deadline: formatDateTime(sub.paymentDeadline),
              amount: (sub.paymentAmountFen / 100).toFixed(2),
            })
          : '',
    };
  }
  return {
    steps: [{ text: s.step1 }, { text: s.step2 }, { text: s.step3 }],
    step: v.step,
    stepIndex: v.stepNumber - 1,
    captcha: v.captcha.split(''),
    thanks: format(s.thanks, { email: v.email || '' }),
    regions: REGIONS.map((r) => ({ id: r, label: t(REGION_LABELS[r], lang), selected: r === v.region })),
    types: FORM_TYPE_ORDER.map((st) => ({
      id: st,
      label: t(SUBJECT_TYPE_LABELS[st], lang),
      selected: st === type || (st === 'enterprise' && isEnterpriseKind(type)),
    })),
    kinds: isEnterpriseKind(type)
      ? ENTERPRISE_KINDS.map((k) => ({ id: k, label: t(ENTERPRISE_KIND_LABELS[k], lang), selected: k === type }))
      : [],
    typeInfo: info
      ? { what: t(info.what, lang), can: t(info.can, lang), cannot: t(info.cannot, lang), verify: t(info.verify, lang) }
      : null,
    guide: showGuide
      ? SUBJECT_TYPE_ORDER.map((st) => {
          const gi = subjectTypeInfo(st, world.ruleSet);
          return { id: st, label: t(gi.label, lang), what: t(gi.what, lang) };
        })
      : [],
    isOrg: type !== null && type !== 'individual',
    orgNameLabel: type ? t(ORG_NAME_LABELS[type], lang) : '',
    smsNote: v.smsSentTo ? format(s.smsSent, { phone: v.smsSentTo }) : '',
    adminScan: v.adminScan,
    dialogOpen: v.dialogOpen,
    dialogSubject: pending
      ? `${pending.displayName} · ${t(SUBJECT_TYPE_LABELS[pending.type], lang)} · ${pending.idMasked}`
      : '',
    done,
  };
}

/** The ways an organisation's entity can be verified under the rule set (fact I-10); none for individuals. */
export function methodChips(
  type: SubjectType | null,
  method: string,
  s: RegisterPageTexts,
  ruleSet: RuleSetId,
): Chip[] {
  if (!type) return [];
  const labels: Record<Exclude<SubjectMethod, 'none'>, string> = {
    payment: s.methodPayment,
    wechat: s.methodWechat,
    faceScan: s.methodFaceScan,
    eLicence: s.methodELicence,
  };
  return subjectMethodsFor(type, ruleSet)
    .filter((m): m is Exclude<SubjectMethod, 'none'> => m !== 'none')
    .map((m) => ({ id: m, label: labels[m], selected: method === m }));
}

/** The parts of the page that depend on the step ③ form the learner is typing: the method chips, the scan's QR code. */
export function registerFormView(
  world: World,
  form: RegistrationForm,
  s: RegisterPageTexts,
): { methods: Chip[]; ready: boolean } {
  return {
    methods: methodChips(world.registration.subjectType, form.method, s, world.ruleSet),
    ready: identityReady(form, world.now),
  };
}

/** The verification method kept when the subject type changes: one the new type offers too (企业 ↔ 个体工商户), else none. */
export function methodAfterTypeChange(type: SubjectType, method: SubjectMethod, ruleSet: RuleSetId): SubjectMethod {
  return method !== 'none' && subjectMethodsFor(type, ruleSet).indexOf(method) >= 0 ? method : 'none';
}

/** The identity fields the 示例数据 button fills in: the n-th sample identity, the organisation's only for one. */
export function sampleFormFields(
  world: World,
  n: number,
  isOrg: boolean,
): Omit<RegistrationForm, 'smsCode' | 'method'> {
  const id = sampleIdentity(world, n);
  return {
    idName: id.idName,
    idNumber: id.idNumber,
    phone: id.phone,
    orgName: isOrg ? id.orgName : '',
    creditCode: isOrg ? id.creditCode : '',
  };
}

/** The amount a learner typed in yuan, in fen (0 when it is not a number). */
export function yuanToFen(typed: string): number {
  const yuan = Number(typed.trim());
  return Number.isFinite(yuan) ? Math.round(yuan * 100) : 0;
}

export function isRegion(value: string): value is Region {
  return (REGIONS as readonly string[]).indexOf(value) >= 0;
}

export function isSubjectMethod(value: string): value is SubjectMethod {
  return (SUBJECT_METHODS as readonly string[]).indexOf(value) >= 0;
}

export function isSubjectType(value: string): value is SubjectType {
  return (SUBJECT_TYPE_ORDER as readonly string[]).indexOf(value) >= 0;
}

/** The view before the first render. */
export const EMPTY_REGISTER_VIEW: RegisterPageView = {
  steps: [],
  step: 'account',
  stepIndex: 0,
  captcha: [],
  thanks: '',
  regions: [],
  types: [],
  kinds: [],
  typeInfo: null,
  guide: [],
  isOrg: false,
  orgNameLabel: '',
  smsNote: '',
  adminScan: 'none',
  dialogOpen: false,
  dialogSubject: '',
  done: null,
};
