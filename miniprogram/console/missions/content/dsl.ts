/**
 * Small builders so the mission files read as data: texts, predicates and the action sequences several
 * missions share (registration, login, basic info, filing). They only build plain JSON.
 */
import type { Action, PrivacyDeclarationInput, RegistrationForm, SubjectMethod, SubjectType } from '../../engine/index';
import type { I18nText } from '../../../core/i18n';
import type { CompareOp, Forbidden, Goal, Json, Mission, PatchOp, Predicate, SelectorName } from './model';

export const t = (zh: string, en: string): I18nText => ({ zh, en });

export const sel = (s: SelectorName, path: string, op: CompareOp, value?: Json): Predicate =>
  value === undefined ? { sel: s, path, op } : { sel: s, path, op, value };

/** An event type or error code is in the log (after the latest `after`, when given). */
export const logged = (type: string, after?: string): Predicate => (after ? { log: type, after } : { log: type });

export const all = (...ps: Predicate[]): Predicate => ({ all: ps });
export const not = (p: Predicate): Predicate => ({ not: p });

export const goal = (id: string, zh: string, en: string, check: Predicate): Goal => ({ id, label: t(zh, en), check });

export const forbid = (id: string, when: Predicate, zh: string, en: string): Forbidden => ({
  id,
  when,
  reason: t(zh, en),
});

/** Common goals. */
export const G = {
  registered: goal('registered', '小程序注册成功', 'The mini program is registered', logged('APP_REGISTERED')),
  online: (version: string) =>
    goal(
      'online',
      `版本 ${version} 已上线`,
      `Version ${version} is online`,
      sel('versionsView', 'online/version/version', 'eq', version),
    ),
  filed: goal('filed', '备案已完成', 'The ICP filing is done', sel('filingStatus', 'stage', 'eq', 'done')),
  met: (id: string, code: string, zh: string, en: string) => goal(id, zh, en, logged(code)),
};

export const PASSWORD = 'Practice2025';
export const EMAIL = 'learner@example.com';
export const EXISTING = { email: 'my-app@example.com', password: 'RegLab2025' };

export function account(email: string, password = PASSWORD, confirm = password, captcha = '$captcha'): Action {
  return { type: 'register.submitAccount', email, password, confirmPassword: confirm, captcha, agree: true };
}

export function form(sample = 0, method: SubjectMethod = 'none', idNumber?: string): RegistrationForm {
  return {
    idName: `$id${sample}.idName`,
    idNumber: idNumber || `$id${sample}.idNumber`,
    phone: `$id${sample}.phone`,
    smsCode: '$sms',
    orgName: method === 'none' ? '' : `$id${sample}.orgName`,
    creditCode: method === 'none' ? '' : `$id${sample}.creditCode`,
    method,
  };
}

/** Step ① and ② for an email whose mail lands in the inbox. */
export function activate(email = EMAIL): Action[] {
  return [account(email), { type: 'mail.openLink', mailId: '$mail' }];
}

/** Step ③ from region to the open confirmation dialog. */
export function info(subjectType: SubjectType = 'individual', sample = 0, method: SubjectMethod = 'none'): Action[] {
  return [
    { type: 'register.selectRegion', region: 'mainland' },
    { type: 'register.selectSubjectType', subjectType },
    { type: 'register.sendSms', phone: `$id${sample}.phone` },
    { type: 'register.requestAdminScan', form: form(sample, method) },
    { type: 'phone.confirmScan', scanId: '$scan' },
    { type: 'register.continue', form: form(sample, method) },
  ];
}

export const ACCEPT: Action = { type: 'register.confirm', accept: true };

/** Log in with the password, then the second factor: the scan on the phone. */
export function login(email: string, password: string): Action[] {
  return [
    { type: 'login.submit', email, password },
    { type: 'phone.confirmScan', scanId: '$scan' },
  ];
}

/** The user privacy guide declaring what the practice project's code uses (fact B-11: avatar and nickname). */
export function privacyGuide(
  items: PrivacyDeclarationInput[] = [{ item: 'userInfo', purpose: '用于展示头像和昵称' }],
): Action {
  return {
    type: 'privacy.save',
    declarations: items,
    retention: 'untilDeleted',
    retentionDays: '',
    contact: 'privacy@example.com',
  };
}

/** Name, avatar, introduction, a category as main category, the privacy guide: what review needs besides filing. */
export function basics(name = '我的练习应用'): Action[] {
  return [
    { type: 'basic.setName', name },
    { type: 'basic.setAvatar', format: 'png', sizeBytes: 100 * 1024 },
    { type: 'basic.setIntroduction', introduction: '一个用来练习注册流程的小程序。' },
    { type: 'category.add', categoryId: 'tools.notes' },
    { type: 'category.setMain', categoryId: 'tools.notes' },
    privacyGuide(),
  ];
}

export const PEOPLE = [
  { role: 'subjectPrincipal' as const, name: '测试甲', phone: '13800138001' },
  { role: 'appPrincipal' as const, name: '测试乙', phone: '13800138002' },
  { role: 'emergencyContact' as const, name: '测试丙', phone: '13800138003' },
];

export const HOUR = 3600 * 1000;
export const DAY = 24 * HOUR;
export const wait = (ms: number): Action => ({ type: 'clock.advance', ms });

/** Filing from submission to done: platform review, the two MIIT SMS checks, the provincial review. */
export function filing(): Action[] {
  return [
    { type: 'filing.submit', participants: PEOPLE },
    wait(2 * DAY),
    { type: 'filing.verifySms', phone: PEOPLE[0].phone, code: `$filing.${PEOPLE[0].phone}` },
    { type: 'filing.verifySms', phone: PEOPLE[1].phone, code: `$filing.${PEOPLE[1].phone}` },
    wait(7 * DAY),
  ];
}

/** Submit the uploaded version, wait for the review, publish. */
export function release(uploader = 'reglab_learner'): Action[] {
  return [{ type: 'versions.submitReview', uploader }, wait(DAY), { type: 'versions.publish', percent: 100 }];
}

export const upload = (version: string, note: string, uploader = 'reglab_learner'): Action => ({
  type: 'versions.upload',
  uploader,
  version,
  note,
});

/** A value the engine builds (e.g. `emptyFiling()`) as a start patch's value: the JSON the world stores. */
export const asJson = (value: object): Json => JSON.parse(JSON.stringify(value)) as Json;

/** The ready-made mini program of a scenario turned into an enterprise's (its start patch). */
export const AS_ENTERPRISE: readonly PatchOp[] = [
  { op: 'set', path: ['apps', '0', 'subject', 'type'], value: 'enterprise' },
  { op: 'set', path: ['apps', '0', 'subject', 'displayName'], value: '示例科技有限公司' },
];

/** A mission whose par is the length of its reference solution. */
export function mission(m: Omit<Mission, 'par' | 'solution'> & { solution: readonly Action[] }): Mission {
  return { ...m, par: m.solution.length };
}

/** A numeric field of a solution step that the run reads off the screen (e.g. `$payment`). */
export const numberRef = (name: string): number => name as unknown as number;
