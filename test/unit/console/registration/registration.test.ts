import {
  createWorld,
  dispatch,
  registrationView,
  sampleIdentity,
  mailboxView,
  currentApp,
  phoneView,
  type World,
} from '../../../../miniprogram/console/engine/index';
import {
  activate,
  fails,
  fillInfo,
  form,
  latestActivationMailId,
  ok,
  okAll,
  PASSWORD,
  pendingScanId,
  registerIndividual,
  submitAccount,
} from '../helpers';

function accountAction(
  w: World,
  overrides: Partial<{
    email: string;
    password: string;
    confirmPassword: string;
    captcha: string;
    agree: boolean;
  }> = {},
) {
  return {
    type: 'register.submitAccount' as const,
    email: 'someone@example.com',
    password: PASSWORD,
    confirmPassword: PASSWORD,
    captcha: w.registration.captcha,
    agree: true,
    ...overrides,
  };
}

describe('step ① account info', () => {
  const w = createWorld();

  test('R-01: the steps go in order; step ② actions are refused at step ①', () => {
    expect(registrationView(w).stepNumber).toBe(1);
    const error = fails(w, { type: 'register.resendActivation' }, 'REGISTER_WRONG_STEP');
    expect(error.factIds).toContain('R-01');
    expect(error.message.zh).toContain('① 帐号信息');
  });

  test('R-03: email format is checked and the error names the field', () => {
    const error = fails(w, accountAction(w, { email: 'not-an-email' }), 'EMAIL_FORMAT');
    expect(error.field).toBe('email');
    fails(w, accountAction(w, { email: '' }), 'EMAIL_REQUIRED');
    fails(w, accountAction(w, { email: 'a..b@example.com' }), 'EMAIL_FORMAT');
  });

  test('R-04: an email that already registered a mini program is refused', () => {
    const error = fails(w, accountAction(w, { email: 'taken-mp@example.com' }), 'EMAIL_USED_BY_MINI_PROGRAM');
    expect(error.factIds).toEqual(expect.arrayContaining(['R-04']));
  });

  test('R-05: an email used by an official account is refused, with its own error', () => {
    const error = fails(w, accountAction(w, { email: 'taken-oa@example.com' }), 'EMAIL_USED_BY_OFFICIAL_ACCOUNT');
    expect(error.message.zh).toContain('公众号');
  });

  test('R-03: an email on the open platform is refused, with its own error', () => {
    const error = fails(w, accountAction(w, { email: 'TAKEN-OPEN@example.com' }), 'EMAIL_USED_BY_OPEN_PLATFORM');
    expect(error.message.zh).toContain('开放平台');
  });

  test('R-03, R-08: an email bound to a personal WeChat is refused and the message says to unbind or change it', () => {
    const error = fails(w, accountAction(w, { email: 'bound-wechat@example.com' }), 'EMAIL_BOUND_TO_WECHAT');
    expect(error.message.zh).toContain('解除绑定');
    expect(error.factIds).toEqual(expect.arrayContaining(['R-03', 'R-08']));
  });

  test('R-04: the email of one of the learner’s own mini programs cannot register another', () => {
    const registered = registerIndividual(w, 'mine@example.com');
    const restarted = ok(registered, { type: 'register.restart' });
    fails(restarted, accountAction(restarted, { email: 'mine@example.com' }), 'EMAIL_USED_BY_MINI_PROGRAM');
  });

  test('R-06: password at least 8 characters of letters, digits or English symbols', () => {
    const short = fails(w, accountAction(w, { password: 'Ab1!', confirmPassword: 'Ab1!' }), 'PASSWORD_TOO_SHORT');
    expect(short.message.zh).toContain('8');
    expect(short.field).toBe('password');
    fails(
      w,
      accountAction(w, { password: '密码密码密码密码', confirmPassword: '密码密码密码密码' }),
      'PASSWORD_CHARACTERS',
    );
    fails(w, accountAction(w, { password: 'pass word1', confirmPassword: 'pass word1' }), 'PASSWORD_CHARACTERS');
    fails(w, accountAction(w, { password: '', confirmPassword: '' }), 'PASSWORD_REQUIRED');
  });

  test('R-06: the confirmation must match, case-sensitively', () => {
    const error = fails(w, accountAction(w, { confirmPassword: PASSWORD.toLowerCase() }), 'PASSWORD_MISMATCH');
    expect(error.field).toBe('confirmPassword');
  });

  test('R-07: the captcha is required and must match (case-insensitive), and can be refreshed', () => {
    fails(w, accountAction(w, { captcha: '' }), 'CAPTCHA_REQUIRED');
    const wrong = w.registration.captcha === 'ZZZZ' ? 'YYYY' : 'ZZZZ';
    expect(fails(w, accountAction(w, { captcha: wrong }), 'CAPTCHA_WRONG').field).toBe('captcha');
    const lower = ok(w, accountAction(w, { captcha: w.registration.captcha.toLowerCase() }));
    expect(lower.registration.step).toBe('activation');
    const refreshed = ok(w, { type: 'register.refreshCaptcha' });
    expect(refreshed.registration.captcha).toMatch(/^[A-Z2-9]{4}$/);
    fails(
      refreshed,
      accountAction(refreshed, {
        captcha: w.registration.captcha === refreshed.registration.captcha ? 'ZZZZ' : w.registration.captcha,
      }),
      'CAPTCHA_WRONG',
    );
  });

  test('R-07: both agreements must be accepted', () => {
    const error = fails(w, accountAction(w, { agree: false }), 'AGREEMENT_REQUIRED');
    expect(error.message.zh).toContain('《微信小程序平台服务条款》');
  });

  test('R-01, A-01: a valid form moves to step ② and sends the activation mail; the password is not stored', () => {
    const next = ok(w, accountAction(w));
    expect(registrationView(next).stepNumber).toBe(2);
    expect(next.mailbox.mails).toHaveLength(1);
    expect(next.mailbox.mails[0].to).toBe('someone@example.com');
    expect(JSON.stringify(next)).not.toContain(PASSWORD);
  });
});

describe('step ② email activation', () => {
  test('A-01: opening the link in the activation mail activates the account and opens step ③', () => {
    const w = submitAccount(createWorld());
    const next = ok(w, { type: 'mail.openLink', mailId: latestActivationMailId(w) });
    expect(next.registration.step).toBe('info');
    const result = dispatch(w, { type: 'mail.openLink', mailId: latestActivationMailId(w) });
    expect(result.ok && result.events.map((e) => e.type)).toContain('ACCOUNT_ACTIVATED');
  });

  test('A-02: in the spam scenario the mail lands in spam with a fraud warning and can be moved to the inbox', () => {
    const w = submitAccount(createWorld({ scenario: 'activation-in-spam' }));
    expect(mailboxView(w, 'inbox').mails).toHaveLength(0);
    const spam = mailboxView(w, 'spam');
    expect(spam.mails).toHaveLength(1);
    expect(spam.mails[0].fraudWarning).toBe(true);
    expect(spam.unread.spam).toBe(1);
    const moved = ok(w, { type: 'mail.moveToInbox', mailId: spam.mails[0].id });
    expect(mailboxView(moved, 'inbox').mails[0].fraudWarning).toBe(false);
    expect(activate(moved).registration.step).toBe('info');
  });

  test('A-02: resend sends a new mail and only the newest link works', () => {
    const w = submitAccount(createWorld());
    const first = latestActivationMailId(w);
    const resent = ok(w, { type: 'register.resendActivation' });
    expect(resent.mailbox.mails).toHaveLength(2);
    const error = fails(resent, { type: 'mail.openLink', mailId: first }, 'ACTIVATION_LINK_EXPIRED');
    expect(error.factIds).toContain('A-02');
    expect(activate(resent).registration.step).toBe('info');
  });

  test('A-02: a mistyped address gets no mail; going back to correct it works and old links stop working', () => {
    const w = createWorld({ scenario: 'wrong-address' });
    const typo = submitAccount(w, 'lerner@example.com');
    expect(typo.mailbox.mails).toHaveLength(0);
    const back = ok(typo, { type: 'register.changeEmail' });
    expect(back.registration.step).toBe('account');
    expect(back.registration.email).toBe('lerner@example.com');
    const fixed = submitAccount(back, 'learner@example.com');
    expect(fixed.mailbox.mails).toHaveLength(1);
    expect(activate(fixed).registration.step).toBe('info');
  });

  test('A-01: opening a mail that is not an activation mail, or a missing one, is refused', () => {
    const w = submitAccount(createWorld());
    fails(w, { type: 'mail.openLink', mailId: 'mail-999' }, 'MAIL_NOT_FOUND');
    const opened = ok(w, { type: 'mail.open', mailId: latestActivationMailId(w) });
    expect(opened.mailbox.mails[0].read).toBe(true);
    const activated = activate(w);
    fails(activated, { type: 'mail.openLink', mailId: latestActivationMailId(w) }, 'ACTIVATION_NOT_PENDING');
    const back = ok(w, { type: 'register.changeEmail' });
    fails(back, { type: 'mail.openLink', mailId: latestActivationMailId(w) }, 'ACTIVATION_LINK_EXPIRED');
  });
});

describe('step ③ information registration', () => {
  const activated = activate(submitAccount(createWorld()));
  const withSubject = okAll(activated, [
    { type: 'register.selectRegion', region: 'mainland' },
    { type: 'register.selectSubjectType', subjectType: 'individual' },
  ]);
  const s = sampleIdentity(activated, 0);

  test('I-01: a region is chosen first; only mainland China is simulated', () => {
    fails(activated, { type: 'register.selectSubjectType', subjectType: 'individual' }, 'REGION_REQUIRED');
    fails(activated, { type: 'register.selectRegion', region: 'overseas' }, 'REGION_NOT_SIMULATED');
  });

  test('I-02: the subject type is required before the phone step', () => {
    const region = ok(activated, { type: 'register.selectRegion', region: 'mainland' });
    fails(region, { type: 'register.sendSms', phone: s.phone }, 'SUBJECT_TYPE_REQUIRED');
  });

  test('I-04: the SMS code goes to the simulated phone, 6 digits, with a resend cool-down', () => {
    const sent = ok(withSubject, { type: 'register.sendSms', phone: s.phone });
    const sms = phoneView(sent).sms[0];
    expect(sms.code).toMatch(/^\d{6}$/);
    expect(sms.toMasked).toBe(`${s.phone.slice(0, 3)}****${s.phone.slice(7)}`);
    const cool = fails(sent, { type: 'register.sendSms', phone: s.phone }, 'SMS_COOLDOWN');
    expect(cool.message.zh).toMatch(/\d+ 秒/);
    const later = ok(sent, { type: 'clock.advance', ms: 61 * 1000 });
    expect(ok(later, { type: 'register.sendSms', phone: s.phone }).phone.sms).toHaveLength(2);
    fails(withSubject, { type: 'register.sendSms', phone: '12345' }, 'PHONE_FORMAT');
  });

  test('I-04: the administrator scan needs the identity filled in first', () => {
    const sent = ok(withSubject, { type: 'register.sendSms', phone: s.phone });
    const incomplete = { ...form(sent), idName: '' };
    const error = fails(sent, { type: 'register.requestAdminScan', form: incomplete }, 'ADMIN_SCAN_NEEDS_IDENTITY');
    expect(error.field).toBe('idName');
  });

  test('I-04: 用微信扫码 says the real problem of a filled-in identity, not "fill it in first"', () => {
    const sent = ok(withSubject, { type: 'register.sendSms', phone: s.phone });
    const f = form(sent);
    const scan = (changed: Partial<typeof f>) => ({
      type: 'register.requestAdminScan' as const,
      form: { ...f, ...changed },
    });
    fails(sent, scan({ smsCode: f.smsCode === '000000' ? '111111' : '000000' }), 'SMS_CODE_WRONG');
    fails(sent, scan({ phone: sampleIdentity(activated, 1).phone }), 'SMS_PHONE_CHANGED');
    const late = ok(sent, { type: 'clock.advance', ms: 11 * 60 * 1000 });
    fails(late, scan({}), 'SMS_CODE_EXPIRED');
  });

  test('I-04: continue checks the ID-card name, number, phone and SMS code with their own errors', () => {
    const sent = ok(withSubject, { type: 'register.sendSms', phone: s.phone });
    const f = form(sent);
    fails(sent, { type: 'register.continue', form: { ...f, idName: '阿依.古丽' } }, 'ID_NAME_SEPARATOR');
    const last = f.idNumber.charAt(17);
    const wrongCheck = f.idNumber.slice(0, 17) + (last === '0' ? '1' : '0');
    const checksum = fails(
      sent,
      { type: 'register.continue', form: { ...f, idNumber: wrongCheck } },
      'ID_NUMBER_CHECKSUM',
    );
    expect(checksum.message.zh).toContain(last);
    fails(
      sent,
      { type: 'register.continue', form: { ...f, smsCode: '000000' === f.smsCode ? '111111' : '000000' } },
      'SMS_CODE_WRONG',
    );
    fails(sent, { type: 'register.continue', form: { ...f, smsCode: '12' } }, 'SMS_CODE_FORMAT');
    fails(withSubject, { type: 'register.continue', form: { ...f, smsCode: '123456' } }, 'SMS_NOT_SENT');
    const otherPhone = sampleIdentity(sent, 1).phone === s.phone ? '13900139000' : sampleIdentity(sent, 1).phone;
    fails(sent, { type: 'register.continue', form: { ...f, phone: otherPhone } }, 'SMS_PHONE_CHANGED');
    fails(sent, { type: 'register.continue', form: f }, 'ADMIN_SCAN_REQUIRED');
  });

  test('I-04: the SMS code expires', () => {
    const sent = ok(withSubject, { type: 'register.sendSms', phone: s.phone });
    const late = ok(sent, { type: 'clock.advance', ms: 11 * 60 * 1000 });
    const error = fails(late, { type: 'register.continue', form: form(sent) }, 'SMS_CODE_EXPIRED');
    expect(error.message.zh).toContain('10 分钟');
  });

  test('I-04: the scan must be confirmed on the phone, and editing the identity afterwards needs a new scan', () => {
    const sent = ok(withSubject, { type: 'register.sendSms', phone: s.phone });
    const scanning = ok(sent, { type: 'register.requestAdminScan', form: form(sent) });
    expect(registrationView(scanning).adminScan).toBe('pending');
    fails(scanning, { type: 'register.continue', form: form(sent) }, 'ADMIN_SCAN_PENDING');
    const scanned = ok(scanning, { type: 'phone.confirmScan', scanId: pendingScanId(scanning) });
    expect(registrationView(scanned).adminScan).toBe('confirmed');
    const other = sampleIdentity(sent, 3);
    fails(
      scanned,
      { type: 'register.continue', form: { ...form(sent), idNumber: other.idNumber } },
      'ADMIN_SCAN_STALE',
    );
    const rejected = ok(scanning, { type: 'phone.rejectScan', scanId: pendingScanId(scanning) });
    expect(registrationView(rejected).adminScan).toBe('none');
  });

  test('I-08: continue opens the confirmation dialog; cancelling leaves the mini program unregistered', () => {
    const dialog = fillInfo(activated);
    expect(registrationView(dialog).dialogOpen).toBe(true);
    expect(dialog.apps).toHaveLength(0);
    const cancelled = ok(dialog, { type: 'register.confirm', accept: false });
    expect(cancelled.apps).toHaveLength(0);
    expect(cancelled.registration.step).toBe('info');
    fails(cancelled, { type: 'register.confirm', accept: true }, 'DIALOG_NOT_OPEN');
  });

  test('I-12, I-09: accepting creates the mini program with a wx + 16 hex AppID, frozen masked subject, and logs in', () => {
    const done = ok(fillInfo(activated), { type: 'register.confirm', accept: true });
    expect(done.apps).toHaveLength(1);
    const app = done.apps[0];
    expect(app.appId).toMatch(/^wx[0-9a-f]{16}$/);
    expect(app.subject.displayName).toBe(`${s.idName.charAt(0)}*`);
    expect(app.subject.idMasked).not.toContain(s.idNumber.slice(2, 16));
    expect(JSON.stringify(done)).not.toContain(s.idNumber);
    expect(currentApp(done)?.appId).toBe(app.appId);
    expect(registrationView(done).step).toBe('done');
    const notice = mailboxView(done, 'inbox').mails[0];
    expect(notice.body.zh).toContain(app.appId);
    fails(done, { type: 'mail.openLink', mailId: notice.id }, 'MAIL_HAS_NO_LINK');
    fails(done, { type: 'subject.change' }, 'SUBJECT_FROZEN');
    fails(done, { type: 'register.selectSubjectType', subjectType: 'enterprise' }, 'REGISTER_WRONG_STEP');
  });

  test('I-05: one ID-card number registers at most 5 mini programs', () => {
    const w = createWorld({ scenario: 'id-quota-full' });
    const ready = okAll(activate(submitAccount(w)), [
      { type: 'register.selectRegion', region: 'mainland' },
      { type: 'register.selectSubjectType', subjectType: 'individual' },
      { type: 'register.sendSms', phone: sampleIdentity(w, 0).phone },
    ]);
    const error = fails(ready, { type: 'register.continue', form: form(ready, 0) }, 'ID_NUMBER_LIMIT');
    expect(error.message.zh).toContain('5');
    expect(error.field).toBe('idNumber');
    const other = { ...form(ready, 0), idName: sampleIdentity(w, 1).idName, idNumber: sampleIdentity(w, 1).idNumber };
    const scanning = ok(ready, { type: 'register.requestAdminScan', form: other });
    const scanned = ok(scanning, { type: 'phone.confirmScan', scanId: pendingScanId(scanning) });
    expect(ok(scanned, { type: 'register.continue', form: other }).registration.dialogOpen).toBe(true);
  });

  test('I-05: the learner’s own registrations count towards the ID-card limit', () => {
    let w = createWorld();
    for (let i = 0; i < 5; i++) {
      w = ok(registerIndividual(w, `app${i}@example.com`, 0), { type: 'register.restart' });
      w = ok(w, { type: 'clock.advance', ms: 2 * 60 * 1000 });
    }
    const ready = okAll(activate(submitAccount(w, 'app6@example.com')), [
      { type: 'register.selectRegion', region: 'mainland' },
      { type: 'register.selectSubjectType', subjectType: 'individual' },
    ]);
    fails(ready, { type: 'register.sendSms', phone: sampleIdentity(w, 0).phone }, 'PHONE_LIMIT');
  });

  test('I-06: one phone number registers at most 5 mini programs', () => {
    const w = createWorld({ scenario: 'phone-quota-full' });
    const ready = okAll(activate(submitAccount(w)), [
      { type: 'register.selectRegion', region: 'mainland' },
      { type: 'register.selectSubjectType', subjectType: 'individual' },
    ]);
    const error = fails(ready, { type: 'register.sendSms', phone: sampleIdentity(w, 0).phone }, 'PHONE_LIMIT');
    expect(error.field).toBe('phone');
    expect(ok(ready, { type: 'register.sendSms', phone: sampleIdentity(w, 1).phone }).phone.sms).toHaveLength(1);
  });

  test('I-07: the scanning WeChat can administer at most 5 mini programs', () => {
    let w = createWorld();
    for (let i = 0; i < 5; i++) {
      w = ok(registerIndividual(w, `admin${i}@example.com`, i), { type: 'register.restart' });
    }
    const sample = 7;
    let ready = okAll(activate(submitAccount(w, 'admin6@example.com')), [
      { type: 'register.selectRegion', region: 'mainland' },
      { type: 'register.selectSubjectType', subjectType: 'individual' },
      { type: 'register.sendSms', phone: sampleIdentity(w, sample).phone },
    ]);
    ready = ok(ready, { type: 'register.requestAdminScan', form: form(ready, sample) });
    const error = fails(ready, { type: 'phone.confirmScan', scanId: pendingScanId(ready) }, 'ADMIN_WECHAT_LIMIT');
    expect(error.factIds).toEqual(expect.arrayContaining(['I-07', 'R-08']));
  });
});

describe('organisations (I-02, I-10)', () => {
  const activated = activate(submitAccount(createWorld()));

  test('I-10: an enterprise must choose a verification method; government cannot use the small payment', () => {
    const ent = okAll(activated, [
      { type: 'register.selectRegion', region: 'mainland' },
      { type: 'register.selectSubjectType', subjectType: 'enterprise' },
      { type: 'register.sendSms', phone: sampleIdentity(activated, 0).phone },
    ]);
    fails(
      ent,
      { type: 'register.continue', form: { ...form(ent, 0, 'payment'), method: 'none' } },
      'SUBJECT_METHOD_REQUIRED',
    );
    fails(ent, { type: 'register.continue', form: { ...form(ent, 0, 'payment'), orgName: '' } }, 'ORG_NAME_REQUIRED');
    const code = form(ent, 0, 'payment').creditCode;
    const badCode = code.slice(0, 17) + (code.charAt(17) === '0' ? '1' : '0');
    fails(
      ent,
      { type: 'register.continue', form: { ...form(ent, 0, 'payment'), creditCode: badCode } },
      'CREDIT_CODE_CHECKSUM',
    );
    const gov = ok(ent, { type: 'register.selectSubjectType', subjectType: 'government' });
    fails(gov, { type: 'register.continue', form: form(gov, 0, 'payment') }, 'SUBJECT_METHOD_NOT_ALLOWED');
    fails(gov, { type: 'register.continue', form: form(gov, 0, 'faceScan') }, 'SUBJECT_METHOD_NOT_ALLOWED');
  });

  test('I-10: today an enterprise picks payment, face scan or e-licence; WeChat verification is the classic form', () => {
    const ent = okAll(activated, [
      { type: 'register.selectRegion', region: 'mainland' },
      { type: 'register.selectSubjectType', subjectType: 'enterprise' },
      { type: 'register.sendSms', phone: sampleIdentity(activated, 0).phone },
    ]);
    const notOffered = fails(
      ent,
      { type: 'register.continue', form: form(ent, 0, 'wechat') },
      'SUBJECT_METHOD_NOT_OFFERED',
    );
    expect(notOffered.message.zh).toContain('法人扫脸');
    expect(notOffered.message.en).toContain('older tutorials');
    for (const method of ['faceScan', 'eLicence'] as const) {
      const done = ok(fillInfo(activated, 'enterprise', 0, method), { type: 'register.confirm', accept: true });
      expect(done.apps[0].subject.status).toBe('verified');
      expect(done.apps[0].subject.method).toBe(method);
      expect(done.log.some((e) => e.type === 'SUBJECT_VERIFIED' && e.data.method === method)).toBe(true);
    }
    const classic = activate(submitAccount(createWorld({ ruleSet: 'classic' })));
    const viaWechat = ok(fillInfo(classic, 'enterprise', 0, 'wechat'), { type: 'register.confirm', accept: true });
    expect(viaWechat.apps[0].subject.status).toBe('awaitingVerification');
    const classicEnt = okAll(classic, [
      { type: 'register.selectRegion', region: 'mainland' },
      { type: 'register.selectSubjectType', subjectType: 'enterprise' },
    ]);
    fails(
      classicEnt,
      { type: 'register.continue', form: form(classicEnt, 0, 'faceScan') },
      'SUBJECT_METHOD_NOT_OFFERED',
    );
  });

  test('I-02: an individual business registers under 企业 with the same methods; its verification fee is 30', () => {
    const done = ok(fillInfo(activated, 'individualBusiness', 0, 'eLicence'), {
      type: 'register.confirm',
      accept: true,
    });
    expect(done.apps[0].subject.type).toBe('individualBusiness');
    expect(done.apps[0].subject.status).toBe('verified');
  });

  test('I-10: the small payment must be the exact amount within 10 days; afterwards switch to verification', () => {
    const done = ok(fillInfo(activated, 'enterprise', 0, 'payment'), { type: 'register.confirm', accept: true });
    const app = done.apps[0];
    expect(app.subject.status).toBe('awaitingPayment');
    const amount = app.subject.paymentAmountFen as number;
    const wrong = fails(done, { type: 'subject.pay', amountFen: amount + 1 }, 'PAYMENT_AMOUNT_WRONG');
    expect(wrong.message.zh).toContain((amount / 100).toFixed(2));
    const paid = ok(done, { type: 'subject.pay', amountFen: amount });
    expect(paid.apps[0].subject.status).toBe('verified');
    const late = ok(done, { type: 'clock.advance', ms: 10 * 24 * 3600 * 1000 });
    expect(late.apps[0].subject.status).toBe('paymentExpired');
    fails(late, { type: 'subject.pay', amountFen: amount }, 'PAYMENT_DEADLINE_PASSED');
    const switched = ok(late, { type: 'subject.useWechatVerification' });
    expect(switched.apps[0].subject.status).toBe('awaitingVerification');
    fails(paid, { type: 'subject.pay', amountFen: amount }, 'PAYMENT_NOT_EXPECTED');
  });

  test('I-02: an organisation’s subject shows its name; an individual’s shows the masked person', () => {
    const done = ok(fillInfo(activated, 'media', 0, 'wechat'), { type: 'register.confirm', accept: true });
    expect(done.apps[0].subject.displayName).toBe(sampleIdentity(activated, 0).orgName);
    expect(done.apps[0].subject.status).toBe('awaitingVerification');
  });
});
