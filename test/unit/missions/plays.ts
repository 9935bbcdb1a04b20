/**
 * For every built-in mission: a plausible shortcut a learner might take, which must not complete it, and for every
 * forbidden condition the play that makes it fire. Steps use the solution's `$` references.
 */
import type { Action } from '../../../miniprogram/console/engine/index';
import {
  ACCEPT,
  account,
  activate,
  basics,
  DAY,
  EMAIL,
  EXISTING,
  filing,
  form,
  info,
  login,
  PEOPLE,
  release,
  upload,
  wait,
} from '../../../miniprogram/console/missions/content/dsl';

const submit: Action = { type: 'versions.submitReview', uploader: 'reglab_learner' };
const publish = (percent = 100): Action => ({ type: 'versions.publish', percent });
const IP = '203.0.113.10';
const scan: Action = { type: 'phone.confirmScan', scanId: '$scan' };
const register: Action[] = [...activate(), ...info(), ACCEPT];

/** Mission id → a shortcut that must leave the mission incomplete. */
export const SHORTCUTS: Readonly<Record<string, Action[]>> = {
  // Registration ends logged in: publishing without the second login scan is not the walkthrough.
  walkthrough: [...register, ...basics(), ...filing(), upload('1.0.0', 'v1'), ...release()],
  'email-rules': [account(EMAIL)],
  'password-captcha': [account(EMAIL)],
  // Activating straight from spam leaves the mail there: later notices would be lost too.
  'mail-in-spam': [account(EMAIL), { type: 'mail.openLink', mailId: '$mail' }],
  'wrong-address': [{ type: 'register.resendActivation' }],
  'admin-identity': register,
  'id-quota': [
    ...activate(),
    ...info().slice(0, 3),
    { type: 'register.requestAdminScan', form: { ...form(1), phone: '$id0.phone' } },
    scan,
    { type: 'register.continue', form: { ...form(1), phone: '$id0.phone' } },
    ACCEPT,
  ],
  'phone-quota': [
    ...activate(),
    ...info().slice(0, 2),
    { type: 'register.sendSms', phone: '$id1.phone' },
    { type: 'register.requestAdminScan', form: form(1) },
    scan,
    { type: 'register.continue', form: form(1) },
    ACCEPT,
  ],
  'admin-wechat-limit': [...activate(), { type: 'register.restart' }],
  'cancelled-dialog': [...register, { type: 'subject.change' }],
  'enterprise-payment': [
    ...activate(),
    ...info('enterprise', 0, 'payment'),
    ACCEPT,
    { type: 'subject.useWechatVerification' },
  ],
  'payment-expired': [
    ...activate(),
    ...info('enterprise', 0, 'payment'),
    ACCEPT,
    { type: 'subject.useWechatVerification' },
  ],
  // The clean path of the walkthrough meets none of the mistakes.
  'every-mistake': [
    ...activate(),
    ...info('individual', 1),
    ACCEPT,
    ...basics(),
    ...filing(),
    upload('1.0.0', 'v1'),
    ...release(),
  ],
  'complete-info': [
    { type: 'basic.setName', name: '我的练习应用' },
    { type: 'login.submit', email: EXISTING.email, password: EXISTING.password },
    { type: 'basic.setAvatar', format: 'png', sizeBytes: 1000 },
  ],
  'name-rules': [{ type: 'basic.setName', name: '练习注册小工具' }],
  'quotas-used': [
    { type: 'basic.setName', name: '练习注册小工具' },
    { type: 'clock.advance', ms: 40 * DAY },
    { type: 'basic.setIntroduction', introduction: '练习小程序注册、备案与发布的模拟工具。' },
  ],
  'abbr-avatar': [
    { type: 'basic.setAvatar', format: 'png', sizeBytes: 1000 },
    { type: 'basic.setAbbreviation', abbreviation: '实训' },
  ],
  categories: [
    { type: 'category.add', categoryId: 'tools.notes' },
    { type: 'category.setMain', categoryId: 'tools.notes' },
  ],
  'secret-reset': [
    { type: 'dev.generateSecret' },
    { type: 'dev.setIpWhitelist', ips: [IP] },
    { type: 'dev.callApi', secret: '$secret', ip: IP },
  ],
  // Resetting but leaving the server on the old secret.
  'secret-lost': [{ type: 'dev.resetSecret' }, { type: 'dev.callApi', secret: 'the-old-config-value', ip: IP }],
  'ip-whitelist': [
    { type: 'dev.generateSecret' },
    { type: 'dev.setIpWhitelist', ips: [IP] },
    { type: 'dev.callApi', secret: '$secret', ip: IP },
  ],
  // Calling right after asking for the freeze: it is not in force yet.
  'freeze-secret': [
    { type: 'dev.generateSecret' },
    { type: 'dev.setIpWhitelist', ips: [IP] },
    { type: 'dev.freezeSecret' },
    { type: 'dev.callApi', secret: '$secret', ip: IP },
  ],
  'server-domains': [{ type: 'dev.setDomains', kind: 'request', domains: ['https://api.reglab-demo.cn'] }],
  'ci-upload': [upload('1.0.1', 'by hand')],
  'add-developer': [
    { type: 'members.add', wechatId: 'dev_xiaoming', kind: 'project', roles: ['developer'] },
    scan,
    upload('1.0.1', 'admin'),
  ],
  'hidden-member': [{ type: 'members.add', wechatId: 'hidden_xiaoli', kind: 'experience', roles: [] }],
  'member-limits': [
    { type: 'members.remove', wechatId: 'member_15', kind: 'project' },
    { type: 'members.add', wechatId: 'dev_xiaoming', kind: 'project', roles: ['developer'] },
    scan,
  ],
  'testers-trial': [
    { type: 'members.add', wechatId: 'tester_amy', kind: 'experience', roles: [] },
    scan,
    { type: 'versions.setTrial', uploader: 'reglab_learner' },
  ],
  permissions: [
    { type: 'members.add', wechatId: 'ops_xiaohong', kind: 'project', roles: ['operator'] },
    scan,
    { type: 'session.actAs', wechatId: 'ops_xiaohong' },
  ],
  // Publishing right after submitting: the review has not passed.
  'first-release': [submit, publish()],
  // Resubmitting the rejected version unchanged.
  'review-rejected': [submit, wait(DAY), submit, wait(DAY), publish()],
  // Waiting does not publish.
  'approved-not-published': [wait(7 * DAY)],
  'phased-release': [publish(), upload('1.0.1', 'new'), submit, wait(DAY), publish(10)],
  rollback: [publish(), { type: 'versions.rollback' }],
  'withdraw-review': [submit, { type: 'versions.withdrawReview' }],
  filing: [{ type: 'filing.submit', participants: PEOPLE }, submit],
  'verify-with-filing': [{ type: 'verify.apply', withFiling: false, participants: [] }, wait(4 * DAY)],
  'classic-vs-current': [
    { type: 'sandbox.setRuleSet', ruleSet: 'current' },
    { type: 'verify.apply', withFiling: false, participants: [] },
  ],
  // Submitting as is: the guide does not declare the location the code now uses, so the review is rejected.
  'privacy-guide': [
    { type: 'versions.submitReview', uploader: 'reglab_learner' },
    wait(DAY),
    { type: 'versions.publish', percent: 100 },
  ],
  // Enabling straight away: the component needs a verified organisation.
  'phone-number': [{ type: 'dev.enableCapability', capability: 'phoneNumber' }],
  // The email + password route still works, but it is not the scan route.
  'scan-login': login(EXISTING.email, EXISTING.password),
  'annual-review': [wait(30 * DAY)],
  // Filed in time without ever letting the SMS check lapse: the 24-hour rule was not met.
  'filing-sms-window': [
    { type: 'filing.submit', participants: PEOPLE },
    wait(2 * DAY),
    { type: 'filing.verifySms', phone: PEOPLE[0].phone, code: `$filing.${PEOPLE[0].phone}` },
    { type: 'filing.verifySms', phone: PEOPLE[1].phone, code: `$filing.${PEOPLE[1].phone}` },
    wait(7 * DAY),
  ],
};

/** Mission id → forbidden id → the play that makes it fire. */
export const FORBIDDEN_PLAYS: Readonly<Record<string, Readonly<Record<string, Action[]>>>> = {
  'payment-expired': {
    paid: [
      ...activate(),
      ...info('enterprise', 0, 'payment'),
      ACCEPT,
      { type: 'subject.pay', amountFen: '$payment' as never },
    ],
  },
  permissions: { 'admin-submitted': [submit] },
  'phased-release': {
    'full-at-once': [publish(), upload('1.0.1', 'new'), submit, wait(DAY), publish(100)],
  },
  'withdraw-review': { 'bad-online': [submit, wait(DAY), publish()] },
  'annual-review': { expired: [wait(70 * DAY)] },
};
