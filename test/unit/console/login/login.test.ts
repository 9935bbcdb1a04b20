import {
  createWorld,
  currentApp,
  EXISTING_EMAIL,
  EXISTING_PASSWORD,
  scanLoginView,
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

describe('scan to log in, then pick the mini program (L-05)', () => {
  test('L-05: the scan waits on the phone, the pick list holds what this WeChat administers, the pick logs in', () => {
    const w = createWorld({ scenario: 'existing-app' });
    fails(w, { type: 'login.pickApp', appId: w.apps[0].appId }, 'LOGIN_SCAN_NOT_CONFIRMED');
    const started = ok(w, { type: 'login.scanStart' });
    const scan = started.phone.scans[started.phone.scans.length - 1];
    expect(scan).toMatchObject({ purpose: 'scanLogin', status: 'pending' });
    expect(scanLoginView(started)).toMatchObject({ pendingScanId: scan.id, confirmed: false });
    const notYet = fails(started, { type: 'login.pickApp', appId: w.apps[0].appId }, 'LOGIN_SCAN_NOT_CONFIRMED');
    expect(notYet.message.zh).toContain('扫描登录页的二维码');
    const confirmed = ok(started, { type: 'phone.confirmScan', scanId: scan.id });
    const view = scanLoginView(confirmed);
    expect(view.confirmed).toBe(true);
    expect(view.apps).toEqual([{ appId: w.apps[0].appId, name: null, admin: true }]);
    fails(confirmed, { type: 'login.pickApp', appId: 'wx0000000000000000' }, 'LOGIN_APP_NOT_AVAILABLE');
    const inside = ok(confirmed, { type: 'login.pickApp', appId: w.apps[0].appId });
    expect(sessionView(inside)).toMatchObject({ loggedIn: true, appId: w.apps[0].appId, isAdmin: true });
    expect(inside.log[inside.log.length - 1]).toMatchObject({ type: 'LOGGED_IN_BY_SCAN', factIds: ['L-05'] });
    // The scan is used up: picking again needs a new scan.
    fails({ ...inside, session: null }, { type: 'login.pickApp', appId: w.apps[0].appId }, 'LOGIN_SCAN_NOT_CONFIRMED');
  });

  test('L-05: a WeChat with no mini program has nothing to enter; email + password still works beside the scan', () => {
    const fresh = ok(createWorld(), { type: 'login.scanStart' });
    const scanId = fresh.phone.scans[0].id;
    const error = fails(fresh, { type: 'phone.confirmScan', scanId }, 'LOGIN_SCAN_NO_APPS');
    expect(error.message.en).toContain('Register one first');
    const w = ok(createWorld({ scenario: 'existing-app' }), { type: 'login.scanStart' });
    const password = ok(w, { type: 'login.submit', email: EXISTING_EMAIL, password: EXISTING_PASSWORD });
    // Starting the password route supersedes nothing it should not: the scan-login code is still waiting.
    expect(password.phone.scans.filter((s) => s.status === 'pending').map((s) => s.purpose)).toEqual([
      'scanLogin',
      'login',
    ]);
    const restarted = ok(password, { type: 'login.scanStart' });
    expect(restarted.session).toBeNull();
    expect(restarted.phone.scans.filter((s) => s.status === 'pending').map((s) => s.purpose)).toEqual(['scanLogin']);
  });
});
