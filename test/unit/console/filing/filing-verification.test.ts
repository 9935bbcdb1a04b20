import {
  beijing,
  createWorld,
  dispatch,
  filingStatus,
  formatDate,
  phoneView,
  verificationStatus,
  type FilingParticipantInput,
  type World,
} from '../../../../miniprogram/console/engine/index';
import { appOf, completeBasics, fails, ok, okAll, registeredWorld } from '../helpers';

const DAY = 24 * 3600 * 1000;

const PEOPLE: FilingParticipantInput[] = [
  { role: 'subjectPrincipal', name: '测试甲', phone: '13800138001' },
  { role: 'appPrincipal', name: '测试乙', phone: '13800138002' },
  { role: 'emergencyContact', name: '测试丙', phone: '13800138003' },
];

function filingWorld(): World {
  return completeBasics(registeredWorld());
}

function codeFor(w: World, phone: string): string {
  const masked = `${phone.slice(0, 3)}****${phone.slice(7)}`;
  const check = appOf(w).filing.smsChecks.find((c) => c.phoneMasked === masked);
  if (!check) throw new Error('no sms for ' + phone);
  return check.code;
}

describe('filing (V-02..V-05)', () => {
  test('V-03: platform review (working days) → MIIT SMS → provincial review → filed', () => {
    const start = filingWorld();
    expect(formatDate(start.now)).toBe('2025-03-03');
    const w = ok(start, { type: 'filing.submit', participants: PEOPLE });
    expect(filingStatus(w)?.stage).toBe('platformReview');
    expect(filingStatus(w)?.workingDaysLeft).toBe(2);
    fails(w, { type: 'filing.verifySms', phone: PEOPLE[0].phone, code: '000000' }, 'FILING_NOT_AT_SMS');
    const sms = ok(w, { type: 'clock.advance', ms: 2 * DAY });
    expect(filingStatus(sms)?.stage).toBe('smsVerification');
    expect(filingStatus(sms)?.smsPending).toEqual(['138****8001', '138****8002']);
    expect(phoneView(sms).sms.filter((m) => m.text.zh.indexOf('工信部') >= 0)).toHaveLength(2);
    const wrong = codeFor(sms, PEOPLE[0].phone) === '000000' ? '111111' : '000000';
    fails(sms, { type: 'filing.verifySms', phone: PEOPLE[0].phone, code: wrong }, 'FILING_SMS_WRONG');
    fails(sms, { type: 'filing.verifySms', phone: '13900000000', code: wrong }, 'FILING_SMS_UNKNOWN_PHONE');
    const one = ok(sms, { type: 'filing.verifySms', phone: PEOPLE[0].phone, code: codeFor(sms, PEOPLE[0].phone) });
    expect(filingStatus(one)?.stage).toBe('smsVerification');
    const both = ok(one, { type: 'filing.verifySms', phone: PEOPLE[1].phone, code: codeFor(sms, PEOPLE[1].phone) });
    expect(filingStatus(both)?.stage).toBe('provincialReview');
    expect(filingStatus(both)?.workingDaysLeft).toBe(5);
    fails(both, { type: 'filing.submit', participants: PEOPLE }, 'FILING_IN_PROGRESS');
    const done = ok(both, { type: 'clock.advance', ms: 7 * DAY });
    expect(filingStatus(done)?.stage).toBe('done');
    fails(done, { type: 'filing.submit', participants: PEOPLE }, 'FILING_ALREADY_DONE');
  });

  test('V-03: working days skip the weekend', () => {
    const friday = ok(filingWorld(), { type: 'clock.set', time: beijing(2025, 3, 7, 10) });
    const w = ok(friday, { type: 'filing.submit', participants: PEOPLE });
    expect(formatDate(appOf(w).filing.stageEndsAt as number)).toBe('2025-03-11');
  });

  test('V-04: different people cannot share a phone number; one person may fill both roles', () => {
    const shared = PEOPLE.map((p) => ({ ...p, phone: '13800138001' }));
    const error = fails(filingWorld(), { type: 'filing.submit', participants: shared }, 'FILING_PHONE_SHARED');
    expect(error.message.zh).toContain('138****8001');
    expect(error.field).toBe('participants[1].phone');
    const samePerson = PEOPLE.map((p) =>
      p.role === 'emergencyContact' ? p : { ...p, name: '测试甲', phone: '13800138001' },
    );
    const w = ok(ok(filingWorld(), { type: 'filing.submit', participants: samePerson }), {
      type: 'clock.advance',
      ms: 2 * DAY,
    });
    expect(appOf(w).filing.smsChecks).toHaveLength(1);
  });

  test('V-03: filing needs every participant, and lists all missing basic settings at once', () => {
    fails(filingWorld(), { type: 'filing.submit', participants: [PEOPLE[0]] }, 'FILING_PARTICIPANTS_REQUIRED');
    fails(
      filingWorld(),
      { type: 'filing.submit', participants: [PEOPLE[0], { ...PEOPLE[1], phone: '123' }, PEOPLE[2]] },
      'PHONE_FORMAT',
    );
    fails(filingWorld(), { type: 'filing.submit', participants: PEOPLE.slice(0, 2) }, 'FILING_PARTICIPANTS_REQUIRED');
    const both = fails(registeredWorld(), { type: 'filing.submit', participants: PEOPLE }, 'FILING_NEEDS_BASIC_INFO');
    expect(both.message.zh).toBe(
      '备案前还需要在“基本设置”里完成：设置小程序名称；添加服务类目（备案要填写服务内容）。',
    );
    expect(both.message.en).toContain('set the mini program name; add a service category');
    const named = ok(registeredWorld(), { type: 'basic.setName', name: '备案测试应用' });
    const one = fails(named, { type: 'filing.submit', participants: PEOPLE }, 'FILING_NEEDS_BASIC_INFO');
    expect(one.message.zh).not.toContain('名称');
    expect(one.message.zh).toContain('服务类目');
  });

  test('V-03: the scenario can have the platform reject the filing; it can then be submitted again', () => {
    const w = filingWorld();
    w.platform.filingPlan = [
      { outcome: 'reject', reason: { zh: '负责人信息与证件不符', en: 'Principal details do not match the ID' } },
    ];
    const rejected = ok(ok(w, { type: 'filing.submit', participants: PEOPLE }), { type: 'clock.advance', ms: 2 * DAY });
    expect(filingStatus(rejected)?.stage).toBe('rejected');
    expect(filingStatus(rejected)?.rejectReason?.zh).toContain('负责人');
    expect(filingStatus(ok(rejected, { type: 'filing.submit', participants: PEOPLE }))?.stage).toBe('platformReview');
  });

  test('V-08: the MIIT SMS check has 24 hours; after that the filing lapses and is submitted again', () => {
    const sms = ok(ok(filingWorld(), { type: 'filing.submit', participants: PEOPLE }), {
      type: 'clock.advance',
      ms: 2 * DAY,
    });
    expect(filingStatus(sms)?.stage).toBe('smsVerification');
    const texts = phoneView(sms).sms.filter((m) => m.sender === 'miit');
    expect(texts).toHaveLength(2);
    expect(texts[0].text.zh).toContain('24 小时内');
    // One number checked in time, then the day runs out before the other.
    const one = ok(sms, { type: 'filing.verifySms', phone: PEOPLE[0].phone, code: codeFor(sms, PEOPLE[0].phone) });
    const justInTime = ok(one, { type: 'clock.advance', ms: DAY - 60000 });
    expect(filingStatus(justInTime)?.stage).toBe('smsVerification');
    const result = dispatch(justInTime, { type: 'clock.advance', ms: 60000 });
    if (!result.ok) throw new Error(result.error.code);
    expect(result.events.map((e) => e.type)).toContain('FILING_SMS_LAPSED');
    const lapsed = result.world;
    expect(filingStatus(lapsed)?.stage).toBe('rejected');
    expect(filingStatus(lapsed)?.rejectReason?.zh).toContain('24 小时内');
    fails(
      lapsed,
      { type: 'filing.verifySms', phone: PEOPLE[1].phone, code: codeFor(lapsed, PEOPLE[1].phone) },
      'FILING_NOT_AT_SMS',
    );
    expect(filingStatus(ok(lapsed, { type: 'filing.submit', participants: PEOPLE }))?.stage).toBe('platformReview');
  });

  test('V-08: the emergency contact is someone other than the subject principal (name or phone)', () => {
    const sameName = [PEOPLE[0], PEOPLE[1], { ...PEOPLE[2], name: PEOPLE[0].name }];
    const error = fails(
      filingWorld(),
      { type: 'filing.submit', participants: sameName },
      'FILING_EMERGENCY_IS_PRINCIPAL',
    );
    expect(error.field).toBe('participants[2].name');
    expect(error.factIds).toContain('V-08');
    const samePhone = [PEOPLE[0], PEOPLE[1], { ...PEOPLE[2], phone: PEOPLE[0].phone }];
    fails(filingWorld(), { type: 'filing.submit', participants: samePhone }, 'FILING_EMERGENCY_IS_PRINCIPAL');
    // The mini program principal may be the emergency contact: the rule is about the subject principal.
    const appPrincipal = [PEOPLE[0], PEOPLE[1], { ...PEOPLE[2], name: PEOPLE[1].name, phone: PEOPLE[1].phone }];
    expect(filingStatus(ok(filingWorld(), { type: 'filing.submit', participants: appPrincipal }))?.stage).toBe(
      'platformReview',
    );
  });

  test('V-05: verification and filing together — verification first, then filing starts by itself', () => {
    const w = ok(filingWorld(), { type: 'verify.apply', withFiling: true, participants: PEOPLE });
    expect(verificationStatus(w)?.stage).toBe('reviewing');
    expect(filingStatus(w)?.stage).toBe('none');
    const after = ok(w, { type: 'clock.advance', ms: 3 * DAY });
    expect(verificationStatus(after)?.valid).toBe(true);
    expect(filingStatus(after)?.stage).toBe('platformReview');
    const result = dispatch(w, { type: 'clock.advance', ms: 3 * DAY });
    expect(result.ok && result.events.map((e) => e.type)).toEqual(
      expect.arrayContaining(['VERIFICATION_PASSED', 'FILING_SUBMITTED']),
    );
  });
});

describe('verification (V-06, V-07, I-03)', () => {
  test('V-06: individuals pay 30 RMB under the current rules; the classic rules refuse them', () => {
    const w = filingWorld();
    expect(verificationStatus(w)?.feeYuan).toBe(30);
    const applied = ok(w, { type: 'verify.apply', withFiling: false, participants: [] });
    expect(appOf(applied).verification.feesPaidYuan).toBe(30);
    fails(applied, { type: 'verify.apply', withFiling: false, participants: [] }, 'VERIFY_IN_PROGRESS');
    const classic = registeredWorld({ ruleSet: 'classic' });
    expect(verificationStatus(classic)?.feeNote.zh).toContain('个人号无法认证');
    const error = fails(
      classic,
      { type: 'verify.apply', withFiling: false, participants: [] },
      'VERIFY_NOT_FOR_INDIVIDUAL',
    );
    expect(error.factIds).toEqual(expect.arrayContaining(['V-06', 'I-03']));
  });

  test('V-06: enterprises pay 300 per application, not refunded when rejected; government is free', () => {
    const w = filingWorld();
    w.apps[0].subject.type = 'enterprise';
    w.platform.verificationPlan = [{ outcome: 'reject', reason: { zh: '资料不清晰', en: 'Unclear documents' } }];
    const rejected = okAll(w, [
      { type: 'verify.apply', withFiling: false, participants: [] },
      { type: 'clock.advance', ms: 3 * DAY },
    ]);
    expect(verificationStatus(rejected)?.stage).toBe('rejected');
    expect(appOf(rejected).verification.feesPaidYuan).toBe(300);
    const again = okAll(rejected, [
      { type: 'verify.apply', withFiling: false, participants: [] },
      { type: 'clock.advance', ms: 3 * DAY },
    ]);
    expect(verificationStatus(again)?.valid).toBe(true);
    expect(appOf(again).verification.feesPaidYuan).toBe(600);
    const gov = filingWorld();
    gov.apps[0].subject.type = 'government';
    expect(verificationStatus(gov)?.feeNote.zh).toBe('免费');
  });

  test('V-06: an individual business (个体工商户) pays about 30 RMB, not the enterprise fee', () => {
    const w = filingWorld();
    w.apps[0].subject.type = 'individualBusiness';
    expect(verificationStatus(w)?.feeYuan).toBe(30);
    expect(verificationStatus(w)?.feeNote.zh).toContain('30 元');
  });

  test('V-06, I-10: WeChat verification also verifies an organisation’s subject', () => {
    const w = filingWorld();
    w.apps[0].subject.type = 'media';
    w.apps[0].subject.status = 'awaitingVerification';
    const verified = okAll(w, [
      { type: 'verify.apply', withFiling: false, participants: [] },
      { type: 'clock.advance', ms: 3 * DAY },
    ]);
    expect(appOf(verified).subject.status).toBe('verified');
  });

  test('V-07: valid one year, reminders at 3, 2, 1 months and 7 days, then overdue effects at 0, 30, 60 days', () => {
    const w = okAll(filingWorld(), [
      { type: 'verify.apply', withFiling: false, participants: [] },
      { type: 'clock.advance', ms: 3 * DAY },
    ]);
    const expires = verificationStatus(w)?.expiresAt as number;
    expect(formatDate(expires)).toBe('2026-03-06');
    fails(w, { type: 'verify.apply', withFiling: false, participants: [] }, 'VERIFY_ALREADY_VERIFIED');
    const opens = fails(w, { type: 'verify.annualReview' }, 'VERIFY_ANNUAL_NOT_OPEN');
    expect(opens.message.zh).toContain('2025-12-06');
    const result = dispatch(w, { type: 'clock.set', time: expires + 61 * DAY });
    if (!result.ok) throw new Error('clock failed');
    const notices = result.events.filter((e) => e.type === 'VERIFICATION_NOTICE').map((e) => e.data.notice);
    expect(notices).toEqual(['m3', 'm2', 'm1', 'd7', 'expired', 'd30', 'd60']);
    const overdue = verificationStatus(result.world);
    expect(overdue?.valid).toBe(false);
    expect(overdue?.effects).toEqual({
      blocksRelease: true,
      blocksSearch: true,
      blocksSharing: true,
      blocksNewUsers: true,
    });
    const early = verificationStatus(ok(w, { type: 'clock.set', time: expires + 10 * DAY }));
    expect(early?.effects).toEqual({
      blocksRelease: true,
      blocksSearch: true,
      blocksSharing: false,
      blocksNewUsers: false,
    });
  });

  test('V-07: the annual review extends validity by a year from the old expiry', () => {
    const w = createWorld({ scenario: 'verification-expiring' });
    const before = verificationStatus(w)?.expiresAt as number;
    const renewed = okAll(w, [{ type: 'verify.annualReview' }, { type: 'clock.advance', ms: 3 * DAY }]);
    const after = verificationStatus(renewed)?.expiresAt as number;
    expect(after - before).toBeGreaterThanOrEqual(365 * DAY);
    expect(after - before).toBeLessThanOrEqual(366 * DAY);
    expect(verificationStatus(renewed)?.valid).toBe(true);
    fails(registeredWorld(), { type: 'verify.annualReview' }, 'VERIFY_NOT_VERIFIED');
  });
});
