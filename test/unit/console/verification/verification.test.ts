import {
  createWorld,
  DAY,
  dispatch,
  formatDate,
  verificationStatus,
} from '../../../../miniprogram/console/engine/index';
import { appOf, completeBasics, fails, ok, okAll, registeredWorld } from '../helpers';

/** A registered mini program with its basic info complete: what verification starts from. */
const basicsDone = () => completeBasics(registeredWorld());

describe('verification (V-06, V-07, I-03)', () => {
  test('V-06: individuals pay 30 RMB under the current rules; the classic rules refuse them', () => {
    const w = basicsDone();
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
    const w = basicsDone();
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
    const gov = basicsDone();
    gov.apps[0].subject.type = 'government';
    expect(verificationStatus(gov)?.feeNote.zh).toBe('免费');
  });

  test('V-06: an individual business (个体工商户) pays about 30 RMB, not the enterprise fee', () => {
    const w = basicsDone();
    w.apps[0].subject.type = 'individualBusiness';
    expect(verificationStatus(w)?.feeYuan).toBe(30);
    expect(verificationStatus(w)?.feeNote.zh).toContain('30 元');
  });

  test('V-06, I-10: WeChat verification also verifies an organisation’s subject', () => {
    const w = basicsDone();
    w.apps[0].subject.type = 'media';
    w.apps[0].subject.status = 'awaitingVerification';
    const verified = okAll(w, [
      { type: 'verify.apply', withFiling: false, participants: [] },
      { type: 'clock.advance', ms: 3 * DAY },
    ]);
    expect(appOf(verified).subject.status).toBe('verified');
  });

  test('V-07: valid one year, reminders at 3, 2, 1 months and 7 days, then overdue effects at 0, 30, 60 days', () => {
    const w = okAll(basicsDone(), [
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
