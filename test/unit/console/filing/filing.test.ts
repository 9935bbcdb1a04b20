import {
  beijing,
  dispatch,
  filingStatus,
  formatDate,
  phoneView,
  verificationStatus,
  type FilingParticipantInput,
  type World,
} from '../../../../miniprogram/console/engine/index';
import { appOf, completeBasics, fails, ok, registeredWorld } from '../helpers';

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
