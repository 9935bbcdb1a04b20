import {
  createWorld,
  currentApp,
  EXISTING_EMAIL,
  EXISTING_PASSWORD,
  sessionView,
} from '../../../../miniprogram/console/engine/index';
import { activate, addMember, fails, ok, PASSWORD, pendingScanId, readyWorld, submitAccount } from '../helpers';

describe('login (L-01, L-02)', () => {
  const w = createWorld({ scenario: 'existing-app' });

  test('L-01: wrong password and unknown email give the same error', () => {
    const wrong = fails(
      w,
      { type: 'login.submit', email: EXISTING_EMAIL, password: 'WrongPass1' },
      'LOGIN_WRONG_CREDENTIALS',
    );
    expect(wrong.message.zh).toContain('帐号或密码错误');
    fails(
      w,
      { type: 'login.submit', email: 'nobody@example.com', password: EXISTING_PASSWORD },
      'LOGIN_WRONG_CREDENTIALS',
    );
    fails(
      w,
      { type: 'login.submit', email: EXISTING_EMAIL, password: EXISTING_PASSWORD.toLowerCase() },
      'LOGIN_WRONG_CREDENTIALS',
    );
    fails(w, { type: 'login.submit', email: 'bad', password: EXISTING_PASSWORD }, 'EMAIL_FORMAT');
    fails(w, { type: 'login.submit', email: EXISTING_EMAIL, password: '' }, 'PASSWORD_REQUIRED');
  });

  test('L-01, L-02: the password step then a scan on the bound WeChat opens the console', () => {
    const pending = ok(w, { type: 'login.submit', email: EXISTING_EMAIL.toUpperCase(), password: EXISTING_PASSWORD });
    expect(sessionView(pending)).toMatchObject({ loggedIn: false, awaitingScan: true });
    expect(currentApp(pending)).toBeNull();
    const blocked = fails(pending, { type: 'basic.setName', name: '新的名字呀' }, 'LOGIN_SCAN_PENDING');
    expect(blocked.factIds).toContain('L-02');
    const active = ok(pending, { type: 'phone.confirmScan', scanId: pendingScanId(pending) });
    expect(sessionView(active)).toMatchObject({ loggedIn: true, isAdmin: true, actor: 'reglab_learner' });
    expect(currentApp(active)?.email).toBe(EXISTING_EMAIL);
  });

  test('L-02: rejecting the scan cancels the login; a second login supersedes the first scan', () => {
    const pending = ok(w, { type: 'login.submit', email: EXISTING_EMAIL, password: EXISTING_PASSWORD });
    const first = pendingScanId(pending);
    const rejected = ok(pending, { type: 'phone.rejectScan', scanId: first });
    expect(rejected.session).toBeNull();
    const again = ok(pending, { type: 'login.submit', email: EXISTING_EMAIL, password: EXISTING_PASSWORD });
    fails(again, { type: 'phone.confirmScan', scanId: first }, 'SCAN_NOT_PENDING');
    fails(again, { type: 'phone.confirmScan', scanId: 'scan-404' }, 'SCAN_NOT_FOUND');
  });

  test('L-01: console actions need a login; logging out ends the session', () => {
    const error = fails(w, { type: 'dev.generateSecret' }, 'NOT_LOGGED_IN');
    expect(error.message.zh).toContain('登录');
    const ready = readyWorld();
    const out = ok(ready, { type: 'login.logout' });
    expect(out.session).toBeNull();
    fails(out, { type: 'login.logout' }, 'NOT_LOGGED_IN');
  });

  test('A-01, I-12: an unactivated or unfinished registration says what is missing', () => {
    const pending = submitAccount(createWorld(), 'half@example.com');
    fails(pending, { type: 'login.submit', email: 'half@example.com', password: PASSWORD }, 'LOGIN_NOT_ACTIVATED');
    const activated = activate(pending);
    fails(
      activated,
      { type: 'login.submit', email: 'half@example.com', password: PASSWORD },
      'LOGIN_REGISTRATION_INCOMPLETE',
    );
  });

  test('M-07: the learner can view the console as a project member, and back as the administrator', () => {
    const ready = addMember(readyWorld(), 'dev_xiaoming', 'project', ['developer']);
    const asDev = ok(ready, { type: 'session.actAs', wechatId: 'dev_xiaoming' });
    expect(sessionView(asDev)).toMatchObject({ actor: 'dev_xiaoming', actorRoles: ['developer'], isAdmin: false });
    fails(asDev, { type: 'basic.setIntroduction', introduction: '开发者不能改介绍' }, 'PERMISSION_DENIED');
    const back = ok(asDev, { type: 'session.actAs', wechatId: 'reglab_learner' });
    expect(sessionView(back).isAdmin).toBe(true);
    fails(ready, { type: 'session.actAs', wechatId: 'tester_amy' }, 'ACT_AS_UNKNOWN');
  });
});
