import {
  CATEGORIES,
  sampleIdentity,
  subjectMethodsFor,
  type Action,
  type DomainKind,
  type MemberRole,
  type SubjectMethod,
  type SubjectType,
  type World,
} from '../../../../miniprogram/console/engine/index';

/**
 * Random but meaningful actions for property tests: each maker turns three random numbers and the current
 * world into an action, reading what a learner would read (the captcha, the SMS code, a pending scan), so
 * that long sequences get deep into the flows instead of failing at the first form.
 */

/** Secrets and keys the test has seen revealed, to try them later (as a learner who saved them would). */
export interface Memory {
  secrets: string[];
  uploadKeys: string[];
}

type Maker = (w: World, a: number, b: number, c: number, memory: Memory) => Action;

function pick<T>(items: readonly T[], n: number): T {
  return items[n % items.length];
}

function pickOr<T>(items: readonly T[], n: number, fallback: T): T {
  return items.length > 0 ? pick(items, n) : fallback;
}

const EMAILS = [
  'new@example.com',
  'second@example.com',
  'learner@example.com',
  'taken-oa@example.com',
  'bound-wechat@example.com',
  'bad-email',
];
const PASSWORDS = ['Passw0rd!', 'short', 'RegLab2025', 'has space 123'];
const NAMES = ['练习应用', '第二个名字', '风陨', '学习小程序', '腾讯助手', 'ab', '注册实训示例', '新名字哦'];
const INTROS = ['一个练习用的小程序。', '短', '另一个介绍文字', '字'.repeat(121)];
const PEOPLE = [
  'dev_xiaoming',
  'ops_xiaohong',
  'data_laowang',
  'tester_amy',
  'hidden_xiaoli',
  'busy_dev_50',
  'nobody_here',
  'member_01',
  'reglab_learner',
];
const ROLE_SETS: MemberRole[][] = [
  [],
  ['developer'],
  ['operator'],
  ['dataAnalyst', 'developer'],
  ['operator', 'developer', 'dataAnalyst'],
];
const SUBJECTS: SubjectType[] = ['individual', 'enterprise', 'government', 'individualBusiness', 'media', 'other'];
const METHODS: SubjectMethod[] = ['none', 'payment', 'wechat', 'faceScan', 'eLicence'];
const DOMAIN_KINDS: DomainKind[] = ['request', 'socket', 'uploadFile', 'downloadFile'];
const DOMAINS = [
  'https://api.reglab-demo.cn',
  'wss://ws.reglab-demo.cn',
  'https://10.0.0.1',
  'https://api.unfiled.com',
  'https://localhost',
  'https://cdn.my-shop.com.cn:8443',
];
const IPS = ['203.0.113.10', '198.51.100.7', '999.1.1.1', '203.0.113.*', '198.51.100.0/24', '203.0.113.10:8080'];
const VERSIONS = ['1.0.0', '1.0.1', '2.0', 'v3'];
const STEPS_MS = [
  60 * 1000,
  10 * 60 * 1000,
  3600 * 1000,
  24 * 3600 * 1000,
  3 * 24 * 3600 * 1000,
  31 * 24 * 3600 * 1000,
  200 * 24 * 3600 * 1000,
];
const PERCENTS = [100, 10, 50, 0, 101];

function pendingScanIds(w: World): string[] {
  return w.phone.scans.filter((s) => s.status === 'pending').map((s) => s.id);
}

function smsCode(w: World, honest: boolean): string {
  const code = w.registration.sms ? w.registration.sms.code : '123456';
  return honest ? code : code === '000000' ? '111111' : '000000';
}

function registrationForm(w: World, a: number, b: number) {
  const s = sampleIdentity(w, a % 4);
  const method = pick(METHODS, b);
  return {
    idName: b % 7 === 0 ? '张.三' : s.idName,
    idNumber: b % 5 === 0 ? s.idNumber.slice(0, 17) + (s.idNumber.charAt(17) === '0' ? '1' : '0') : s.idNumber,
    phone: s.phone,
    smsCode: smsCode(w, b % 3 !== 0),
    orgName: method === 'none' ? '' : s.orgName,
    creditCode: method === 'none' ? '' : s.creditCode,
    method,
  };
}

function currentAppOf(w: World) {
  const session = w.session;
  return session ? w.apps.find((x) => x.appId === session.appId) : undefined;
}

export const MAKERS: readonly Maker[] = [
  (_w, a) => ({ type: 'clock.advance', ms: pick(STEPS_MS, a) }),
  (_w, a) => ({ type: 'sandbox.setRuleSet', ruleSet: a % 2 === 0 ? 'current' : 'classic' }),
  (w, a, b, c) => ({
    type: 'register.submitAccount',
    email: pick(EMAILS, a),
    password: pick(PASSWORDS, b),
    confirmPassword: c % 5 === 0 ? 'different1' : pick(PASSWORDS, b),
    captcha: c % 4 === 0 ? 'XXXX' : w.registration.captcha,
    agree: c % 6 !== 0,
  }),
  () => ({ type: 'register.resendActivation' }),
  () => ({ type: 'register.changeEmail' }),
  (_w, a) => (a % 4 === 0 ? { type: 'register.restart' } : { type: 'register.refreshCaptcha' }),
  (w, a) => ({ type: 'mail.openLink', mailId: w.mailbox.mails.length ? pick(w.mailbox.mails, a).id : 'mail-1' }),
  (w, a) => {
    const mailId = w.mailbox.mails.length ? pick(w.mailbox.mails, a).id : 'mail-1';
    return a % 2 === 0 ? { type: 'mail.moveToInbox', mailId } : { type: 'mail.open', mailId };
  },
  (_w, a) => ({ type: 'register.selectRegion', region: a % 5 === 0 ? 'overseas' : 'mainland' }),
  (_w, a) => ({ type: 'register.selectSubjectType', subjectType: pick(SUBJECTS, a) }),
  (w, a) => ({ type: 'register.sendSms', phone: sampleIdentity(w, a % 4).phone }),
  (w, a, b) => ({ type: 'register.requestAdminScan', form: registrationForm(w, a, b) }),
  (w, a, b) => ({ type: 'register.continue', form: registrationForm(w, a, b) }),
  (_w, a) => ({ type: 'register.confirm', accept: a % 4 !== 0 }),
  (w, a) => ({ type: 'phone.confirmScan', scanId: pendingScanIds(w).length ? pick(pendingScanIds(w), a) : 'scan-1' }),
  (w, a) => ({ type: 'phone.rejectScan', scanId: pendingScanIds(w).length ? pick(pendingScanIds(w), a) : 'scan-1' }),
  (_w, a, b) => ({
    type: 'login.submit',
    email: pick(['my-app@example.com', 'new@example.com', 'nobody@example.com'], a),
    password: pick(['RegLab2025', 'Passw0rd!', 'wrong'], b),
  }),
  (_w, a) => (a % 5 === 0 ? { type: 'login.logout' } : { type: 'session.actAs', wechatId: 'reglab_learner' }),
  (_w, a) => ({ type: 'session.actAs', wechatId: pick(PEOPLE, a) }),
  (_w, a) => ({ type: 'basic.setName', name: pick(NAMES, a) }),
  (_w, a) => ({ type: 'basic.setAbbreviation', abbreviation: pick(['练习', '实训', '新名', '练习应用全称'], a) }),
  (_w, a, b) => ({
    type: 'basic.setAvatar',
    format: pick(['png', 'jpg', 'webp'], a),
    sizeBytes: pick([1000, 3 * 1024 * 1024], b),
  }),
  (_w, a) => ({ type: 'basic.setIntroduction', introduction: pick(INTROS, a) }),
  (_w, a) => ({ type: 'category.add', categoryId: pick(CATEGORIES, a).id }),
  (_w, a) => ({ type: 'category.remove', categoryId: pick(CATEGORIES, a).id }),
  (_w, a) => ({ type: 'category.setMain', categoryId: pick(CATEGORIES, a).id }),
  () => ({ type: 'dev.generateSecret' }),
  () => ({ type: 'dev.resetSecret' }),
  (_w, a) => (a % 2 === 0 ? { type: 'dev.freezeSecret' } : { type: 'dev.unfreezeSecret' }),
  (_w, a) => ({ type: 'dev.setIpWhitelist', ips: a % 3 === 0 ? [] : [pick(IPS, a)] }),
  (_w, a) => ({ type: 'dev.setIpWhitelistOn', on: a % 2 === 0 }),
  (_w, a, b) => ({ type: 'dev.setDomains', kind: pick(DOMAIN_KINDS, a), domains: [pick(DOMAINS, b)] }),
  (_w, a) => (a % 2 === 0 ? { type: 'dev.generateUploadKey' } : { type: 'dev.resetUploadKey' }),
  (_w, a, b, _c, m) => ({
    type: 'dev.callApi',
    secret: m.secrets.length ? pick(m.secrets, a) : 'nothing',
    ip: pick(IPS, b),
  }),
  (_w, a, b, _c, m) => ({
    type: 'dev.ciUpload',
    uploadKey: m.uploadKeys.length ? pick(m.uploadKeys, a) : 'none',
    ip: pick(IPS, b),
    version: '1.2.0',
    note: 'ci',
  }),
  (_w, a) => ({
    type: 'dev.enableCapability',
    capability: pick(['wechatPay', 'phoneNumber', 'businessDomain'] as const, a),
  }),
  (_w, a, b, c) => ({
    type: 'members.add',
    wechatId: pick(PEOPLE, a),
    kind: c % 2 === 0 ? 'project' : 'experience',
    roles: pick(ROLE_SETS, b),
  }),
  (_w, a, _b, c) => ({
    type: 'members.remove',
    wechatId: pick(PEOPLE, a),
    kind: c % 2 === 0 ? 'project' : 'experience',
  }),
  (_w, a, b) => ({ type: 'members.setRoles', wechatId: pick(PEOPLE, a), roles: pick(ROLE_SETS, b) }),
  (_w, a, b) => ({ type: 'versions.upload', uploader: pick(PEOPLE, a), version: pick(VERSIONS, b), note: '随机上传' }),
  (w, a) => ({
    type: 'versions.setTrial',
    uploader: pickOr(currentAppOf(w)?.versions.dev.map((v) => v.uploader) || [], a, 'x'),
  }),
  (w, a) => ({
    type: 'versions.submitReview',
    uploader: pickOr(currentAppOf(w)?.versions.dev.map((v) => v.uploader) || [], a, 'x'),
  }),
  () => ({ type: 'versions.withdrawReview' }),
  (_w, a) => ({ type: 'versions.publish', percent: pick(PERCENTS, a) }),
  (_w, a) => ({ type: 'versions.setPhasedPercent', percent: pick(PERCENTS, a) }),
  () => ({ type: 'versions.rollback' }),
  (_w, a) => ({
    type: 'filing.submit',
    participants: [
      { role: 'subjectPrincipal', name: '测试甲', phone: '13800138001' },
      {
        role: 'appPrincipal',
        name: a % 3 === 0 ? '测试乙' : '测试甲',
        phone: a % 2 === 0 ? '13800138001' : '13800138002',
      },
      { role: 'emergencyContact', name: a % 5 === 0 ? '测试甲' : '测试丙', phone: '13800138003' },
    ],
  }),
  (w, a) => {
    const checks = currentAppOf(w)?.filing.smsChecks || [];
    const check = checks.length ? pick(checks, a) : null;
    const phone = check && check.phoneMasked.endsWith('8001') ? '13800138001' : '13800138002';
    return { type: 'filing.verifySms', phone, code: check ? check.code : '000000' };
  },
  (_w, a) => ({
    type: 'verify.apply',
    withFiling: a % 3 === 0,
    participants: [
      { role: 'subjectPrincipal', name: '测试甲', phone: '13800138001' },
      { role: 'appPrincipal', name: '测试乙', phone: '13800138002' },
      { role: 'emergencyContact', name: '测试丙', phone: '13800138003' },
    ],
  }),
  () => ({ type: 'verify.annualReview' }),
  (w, a) => {
    const app = currentAppOf(w);
    const amount = app && app.subject.paymentAmountFen !== null ? app.subject.paymentAmountFen : 1;
    return { type: 'subject.pay', amountFen: a % 3 === 0 ? amount + 1 : amount };
  },
  () => ({ type: 'subject.useWechatVerification' }),
];

const GOOD_PASSWORD = 'Passw0rd!';

/** The natural next step of the registration in progress, with mostly valid values. */
function guidedRegistration(w: World, a: number, b: number): Action {
  const reg = w.registration;
  switch (reg.step) {
    case 'account':
      return {
        type: 'register.submitAccount',
        email: `r${w.seq}-${a % 7}@example.com`,
        password: GOOD_PASSWORD,
        confirmPassword: GOOD_PASSWORD,
        captcha: w.registration.captcha,
        agree: true,
      };
    case 'activation': {
      const mails = w.mailbox.mails.filter((m) => m.kind === 'activation');
      if (mails.length === 0 || b % 9 === 0) return { type: 'register.resendActivation' };
      const mail = mails[mails.length - 1];
      return mail.folder === 'spam' && b % 2 === 0
        ? { type: 'mail.moveToInbox', mailId: mail.id }
        : { type: 'mail.openLink', mailId: mail.id };
    }
    case 'info': {
      if (reg.region === null) return { type: 'register.selectRegion', region: 'mainland' };
      if (reg.subjectType === null) {
        return { type: 'register.selectSubjectType', subjectType: a % 4 === 0 ? pick(SUBJECTS, b) : 'individual' };
      }
      const sample = w.apps.length % 4;
      const s = sampleIdentity(w, sample);
      const org = reg.subjectType !== 'individual';
      const method: SubjectMethod = org ? pick(subjectMethodsFor(reg.subjectType, w.ruleSet), a) : 'none';
      if (reg.sms === null || w.now >= reg.sms.expiresAt) return { type: 'register.sendSms', phone: s.phone };
      const form = {
        idName: s.idName,
        idNumber: s.idNumber,
        phone: s.phone,
        smsCode: reg.sms.code,
        orgName: org ? s.orgName : '',
        creditCode: org ? s.creditCode : '',
        method,
      };
      if (reg.adminScan === null) return { type: 'register.requestAdminScan', form };
      if (reg.adminScan.status === 'pending') return { type: 'phone.confirmScan', scanId: reg.adminScan.scanId };
      if (!reg.dialogOpen) return { type: 'register.continue', form };
      return { type: 'register.confirm', accept: b % 6 !== 0 };
    }
    case 'done':
      return a % 5 === 0 ? { type: 'register.restart' } : guidedRelease(w, a, b);
  }
}

/** The natural next step towards publishing the current mini program. */
function guidedRelease(w: World, a: number, b: number): Action {
  const app = currentAppOf(w);
  if (!app || !w.session || w.session.stage !== 'active') return guidedLogin(w, a);
  const day = 24 * 3600 * 1000;
  const basic = app.basic;
  if (basic.name === null) return { type: 'basic.setName', name: `应用名称${a % 50}号` };
  if (basic.avatar === null) return { type: 'basic.setAvatar', format: 'png', sizeBytes: 2000 };
  if (basic.introduction === null) return { type: 'basic.setIntroduction', introduction: '随机测试用的介绍。' };
  if (app.categories.length === 0) {
    const ids =
      app.subject.type === 'individual' ? ['tools.notes', 'education.online'] : ['retail.general', 'tools.notes'];
    // A category that needs a qualification goes in with its (simulated) document (fact B-12).
    return { type: 'category.add', categoryId: pick(ids, a), qualification: true };
  }
  const approved = app.categories.find((c) => c.status === 'approved');
  if (!approved) return { type: 'clock.advance', ms: day };
  if (app.mainCategory === null) return { type: 'category.setMain', categoryId: approved.id };
  if (app.subject.status === 'awaitingPayment' && app.subject.paymentAmountFen !== null) {
    return { type: 'subject.pay', amountFen: app.subject.paymentAmountFen };
  }
  if (app.subject.status !== 'verified' && app.verification.stage !== 'reviewing') {
    return b % 2 === 0
      ? { type: 'subject.useWechatVerification' }
      : { type: 'verify.apply', withFiling: false, participants: [] };
  }
  const f = app.filing;
  if (f.stage === 'none' || f.stage === 'rejected') {
    return {
      type: 'filing.submit',
      participants: [
        { role: 'subjectPrincipal', name: '测试甲', phone: '13800138001' },
        { role: 'appPrincipal', name: '测试乙', phone: b % 4 === 0 ? '13800138001' : '13800138002' },
        { role: 'emergencyContact', name: '测试丙', phone: '13800138003' },
      ],
    };
  }
  if (f.stage === 'smsVerification') {
    const check = f.smsChecks.find((c) => !c.verified);
    if (check) {
      const phone = check.phoneMasked.endsWith('8001') ? '13800138001' : '13800138002';
      return { type: 'filing.verifySms', phone, code: b % 5 === 0 ? '999999' : check.code };
    }
  }
  if (f.stage !== 'done' && w.ruleSet === 'current') return { type: 'clock.advance', ms: pick([day, 3 * day], b) };
  const v = app.versions;
  if (v.review && v.review.status === 'reviewing') {
    return b % 6 === 0 ? { type: 'versions.withdrawReview' } : { type: 'clock.advance', ms: pick([day, 8 * day], a) };
  }
  if (v.review && v.review.status === 'passed') return { type: 'versions.publish', percent: pick([100, 100, 20], a) };
  if (v.dev.length === 0 || (v.review && v.review.status === 'rejected') || (v.online && a % 2 === 0)) {
    return { type: 'versions.upload', uploader: app.adminWechatId, version: `1.${a % 9}.${b % 9}`, note: '随机' };
  }
  if (v.online && v.online.percent < 100) return { type: 'versions.setPhasedPercent', percent: 100 };
  if (v.online && v.previous && b % 3 === 0) return { type: 'versions.rollback' };
  return { type: 'versions.submitReview', uploader: v.dev[0].uploader };
}

/** Logs in to one of the learner's mini programs, or confirms the pending login scan. */
function guidedLogin(w: World, a: number): Action {
  const session = w.session;
  if (session && session.stage === 'awaitingScan' && session.scanId)
    return { type: 'phone.confirmScan', scanId: session.scanId };
  if (session && session.stage === 'active') return guidedRelease(w, a, a >> 1);
  if (w.apps.length === 0) return { type: 'login.logout' };
  const app = pick(w.apps, a);
  return {
    type: 'login.submit',
    email: app.email,
    password: app.email === 'my-app@example.com' ? 'RegLab2025' : GOOD_PASSWORD,
  };
}

/** Confirms the newest pending scan (adding a member, a login...). */
function confirmNewestScan(w: World): Action {
  const ids = pendingScanIds(w);
  return { type: 'phone.confirmScan', scanId: ids.length ? ids[ids.length - 1] : 'scan-1' };
}

/** Adds a findable person with sensible roles. */
function sensibleMember(_w: World, a: number, b: number): Action {
  const kind = b % 3 === 0 ? 'experience' : 'project';
  return {
    type: 'members.add',
    wechatId: pick(['dev_xiaoming', 'ops_xiaohong', 'data_laowang', 'tester_amy'], a),
    kind,
    roles: kind === 'project' ? pick(ROLE_SETS.slice(1), b) : [],
  };
}

/**
 * A change that counts against a quota, different from the last one (so it is a change): renames, server domains,
 * abbreviations and introductions, so that quotas get used up and a rule-set switch or a new year finds them used.
 */
function useQuota(w: World, a: number): Action {
  const n = w.log.length + w.logDropped;
  switch (a % 5) {
    case 0:
    case 1:
      return { type: 'dev.setDomains', kind: 'request', domains: [pick(QUOTA_DOMAINS, n)] };
    case 2:
      return { type: 'basic.setName', name: `练习应用${n % 97}号` };
    case 3:
      return { type: 'basic.setAbbreviation', abbreviation: pick(['练习', '实训'], n) };
    default:
      return { type: 'basic.setIntroduction', introduction: `随机测试用的介绍第${n % 97}版。` };
  }
}

const QUOTA_DOMAINS = ['https://api.reglab-demo.cn', 'https://www.my-shop.com.cn', 'https://m.example-school.edu.cn'];

/** Guided makers are listed several times so random sequences get deep into the flows. */
export const GUIDED: readonly Maker[] = [
  guidedRegistration,
  guidedRegistration,
  guidedRegistration,
  guidedRegistration,
  guidedLogin,
  guidedLogin,
  guidedRelease,
  guidedRelease,
  guidedRelease,
  confirmNewestScan,
  confirmNewestScan,
  sensibleMember,
  useQuota,
];

/** About half of all steps are guided. */
export const ALL_MAKERS: readonly Maker[] = MAKERS.concat(...Array.from({ length: 6 }, () => GUIDED));

export function makeAction(w: World, step: readonly [number, number, number, number], memory: Memory): Action {
  const maker = ALL_MAKERS[step[0] % ALL_MAKERS.length];
  return maker(w, step[1], step[2], step[3], memory);
}
