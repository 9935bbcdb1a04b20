import {
  basicInfoView,
  clockView,
  createWorld,
  currentApp,
  devSettingsView,
  filingStatus,
  mailboxView,
  memberSlots,
  phoneView,
  quotas,
  registrationView,
  releaseChecklist,
  reviewBlockers,
  sampleIdentity,
  sessionView,
  verificationStatus,
  versionsView,
} from '../../../../miniprogram/console/engine/index';
import { activate, completeBasics, ok, readyWorld, registeredWorld, submitAccount } from '../helpers';

describe('selectors', () => {
  test('logged out: app views are null or empty, the session view says so', () => {
    const w = createWorld();
    expect(currentApp(w)).toBeNull();
    expect(quotas(w)).toBeNull();
    expect(memberSlots(w)).toBeNull();
    expect(versionsView(w)).toBeNull();
    expect(filingStatus(w)).toBeNull();
    expect(verificationStatus(w)).toBeNull();
    expect(devSettingsView(w)).toBeNull();
    expect(basicInfoView(w)).toBeNull();
    expect(releaseChecklist(w)).toEqual([]);
    expect(reviewBlockers(w)).toEqual([]);
    expect(sessionView(w)).toEqual({
      loggedIn: false,
      awaitingScan: false,
      appId: null,
      actor: null,
      actorRoles: [],
      isAdmin: false,
    });
  });

  test('R-01, I-04: the registration view follows the steps and the SMS cool-down', () => {
    const w = createWorld();
    expect(registrationView(w)).toMatchObject({ step: 'account', stepNumber: 1, email: null, adminScan: 'none' });
    expect(registrationView(w).stepLabel.zh).toBe('① 帐号信息');
    const sent = submitAccount(w, 'view@example.com');
    expect(registrationView(sent)).toMatchObject({ stepNumber: 2, email: 'view@example.com', lastMailAt: w.now });
    const info = ok(
      ok(ok(activate(sent), { type: 'register.selectRegion', region: 'mainland' }), {
        type: 'register.selectSubjectType',
        subjectType: 'individual',
      }),
      { type: 'register.sendSms', phone: sampleIdentity(w).phone },
    );
    expect(registrationView(info)).toMatchObject({
      stepNumber: 3,
      subjectType: 'individual',
      smsCooldownSeconds: 60,
      smsExpired: false,
    });
    const later = ok(info, { type: 'clock.advance', ms: 45 * 1000 });
    expect(registrationView(later).smsCooldownSeconds).toBe(15);
  });

  test('L-03: a fresh mini program’s release checklist has only the subject done; the classic rules do not require filing', () => {
    const list = releaseChecklist(registeredWorld());
    expect(list.map((i) => i.id)).toEqual([
      'basicInfo',
      'category',
      'subject',
      'filing',
      'privacy',
      'developers',
      'secret',
      'server',
      'upload',
      'review',
      'publish',
    ]);
    expect(list.filter((i) => i.done).map((i) => i.id)).toEqual(['subject']);
    expect(list.find((i) => i.id === 'filing')?.required).toBe(true);
    expect(releaseChecklist(registeredWorld({ ruleSet: 'classic' })).find((i) => i.id === 'filing')?.required).toBe(
      false,
    );
    const basics = releaseChecklist(completeBasics(registeredWorld()));
    expect(basics.filter((i) => i.done).map((i) => i.id)).toEqual(['basicInfo', 'category', 'subject', 'privacy']);
  });

  test('P-01: the versions view shows the four kinds', () => {
    const w = ok(
      ok(createWorld({ scenario: 'approved-not-published' }), {
        type: 'versions.setTrial',
        uploader: 'reglab_learner',
      }),
      {
        type: 'versions.upload',
        uploader: 'reglab_learner',
        version: '1.0.1',
        note: '修复',
      },
    );
    const v = versionsView(w);
    expect(v?.online).toBeNull();
    expect(v?.review?.version.version).toBe('1.0.0');
    expect(v?.trial?.version).toBe('1.0.0');
    expect(v?.dev.map((d) => d.version)).toEqual(['1.0.1']);
    expect(v?.awaitingPublish).toBe(true);
  });

  test('D-04: the development settings view shows whether a secret exists, never the secret', () => {
    const w = createWorld({ scenario: 'secret-lost' });
    const view = devSettingsView(w);
    expect(view).toMatchObject({ secretGenerated: true, secretFrozen: false, ipWhitelist: ['203.0.113.10'] });
    expect(JSON.stringify(view)).not.toMatch(/fp_|[0-9a-f]{32}/);
    expect(view?.appId).toMatch(/^wx[0-9a-f]{16}$/);
  });

  test('A-02, I-04: mailbox and phone list the newest first with unread counts', () => {
    const w = ok(submitAccount(createWorld({ scenario: 'activation-in-spam' })), { type: 'register.resendActivation' });
    const spam = mailboxView(w, 'spam');
    expect(spam.mails).toHaveLength(2);
    expect(spam.unread).toEqual({ inbox: 0, spam: 2 });
    expect(spam.mails[0].token).toBe(w.registration.activationToken);
    expect(spam.mails[1].token).not.toBe(w.registration.activationToken);
    expect(phoneView(w)).toEqual({ sms: [], pendingScans: [] });
  });

  test('B-02, B-06: quota texts carry the console’s “还可修改 N 次” figures', () => {
    const q = quotas(readyWorld());
    expect(q?.name.text.zh).toBe('一年内可修改2次名称，今年还可修改2次（1 月 1 日或微信认证通过时重置）');
    expect(q?.avatar.text.zh).toBe('一年内可修改头像5次，今年还可修改5次');
    expect(q?.domainChanges.text.en).toBe('Server domains: 50 changes a month, 50 left this month');
  });

  test('clock view formats Beijing time', () => {
    expect(clockView(createWorld()).text).toBe('2025-03-03 09:00');
  });
});
