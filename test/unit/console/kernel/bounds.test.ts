import {
  createWorld,
  dispatch,
  EXISTING_EMAIL,
  EXISTING_PASSWORD,
  sampleIdentity,
  serializeWorld,
  type World,
} from '../../../../miniprogram/console/engine/index';
import { KEEP } from '../../../../miniprogram/console/engine/kernel/bounds';
import { draftOf } from '../../../../miniprogram/console/engine/kernel/dispatch';
import { activate, ok, submitAccount } from '../helpers';
import { longSession } from './long-session';

const MINUTE = 60 * 1000;
const DAY = 24 * 60 * MINUTE;
/** WeChat's per-key storage limit. */
const ONE_MB = 1024 * 1024;

function logInAgain(w: World): World {
  const out = ok(ok(w, { type: 'login.logout' }), {
    type: 'login.submit',
    email: EXISTING_EMAIL,
    password: EXISTING_PASSWORD,
  });
  return ok(out, { type: 'phone.confirmScan', scanId: out.session?.scanId || '' });
}

describe('the world stays bounded (issue 14.5)', () => {
  test('3,000 log-ins keep the save far below 1 MB; the pending scan and the newest settled ones remain', () => {
    let w = createWorld({ scenario: 'ready-to-release' });
    const sizes: number[] = [];
    for (let i = 0; i < 3000; i++) {
      w = logInAgain(w);
      if (i === 999 || i === 2999) sizes.push(serializeWorld(w).length);
    }
    expect(w.phone.scans.length).toBeLessThanOrEqual(KEEP.scans + 1);
    expect(sizes[1]).toBeLessThan(ONE_MB / 4);
    expect(sizes[1]).toBeLessThanOrEqual(sizes[0] * 1.05);
    const pending = ok(ok(w, { type: 'login.logout' }), {
      type: 'login.submit',
      email: EXISTING_EMAIL,
      password: EXISTING_PASSWORD,
    });
    const scanId = pending.session?.scanId || '';
    expect(pending.phone.scans.some((s) => s.id === scanId && s.status === 'pending')).toBe(true);
  });

  test('SMS and activation mails keep the newest; the latest activation link still works', () => {
    let w = submitAccount(createWorld());
    for (let i = 0; i < 3 * KEEP.mails; i++) w = ok(w, { type: 'register.resendActivation' });
    expect(w.mailbox.mails.length).toBeLessThanOrEqual(KEEP.mails + 1);
    w = activate(w);
    expect(w.registration.step).toBe('info');
    w = ok(ok(w, { type: 'register.selectRegion', region: 'mainland' }), {
      type: 'register.selectSubjectType',
      subjectType: 'individual',
    });
    for (let i = 0; i < 3 * KEEP.sms; i++) {
      w = ok(w, { type: 'register.sendSms', phone: sampleIdentity(w, 0).phone });
      w = ok(w, { type: 'clock.advance', ms: 2 * MINUTE });
    }
    expect(w.phone.sms.length).toBe(KEEP.sms);
    expect(w.phone.sms[w.phone.sms.length - 1].code).toBe(w.registration.sms?.code);
  });

  test('release history keeps the newest releases; a long random session stays small', () => {
    const s = longSession(7);
    let half = 0;
    for (let i = 0; i < 4000; i++) {
      s.next();
      if (i === 1999) half = serializeWorld(s.world).length;
    }
    const size = serializeWorld(s.world).length;
    for (const app of s.world.apps) expect(app.versions.history.length).toBeLessThanOrEqual(KEEP.releases);
    expect(s.world.apps.some((app) => app.versions.history.length === KEEP.releases)).toBe(true);
    expect(size).toBeLessThan(ONE_MB / 4);
    expect(size).toBeLessThan(half * 1.5);
  });

  test('years of renaming keep only the name-change moments a quota can count', () => {
    let w = createWorld({ scenario: 'quotas-used' });
    for (let year = 0; year < 40; year++) {
      w = ok(w, { type: 'clock.advance', ms: 366 * DAY });
      w = ok(w, { type: 'basic.setName', name: `第${year}年的名字` });
    }
    expect(w.apps[0].changes.name.length).toBeLessThanOrEqual(12);
  });
});

describe('an action copies only what it touches', () => {
  test('renaming shares the mailbox, the phone and the platform with the previous world', () => {
    const w = createWorld({ scenario: 'ready-to-release' });
    const result = dispatch(w, { type: 'basic.setAbbreviation', abbreviation: '练习' });
    expect(result.ok).toBe(true);
    expect(result.world.mailbox).toBe(w.mailbox);
    expect(result.world.phone).toBe(w.phone);
    expect(result.world.apps).not.toBe(w.apps);
    expect(w.apps[0].basic.abbreviation).not.toBe('练习');
  });

  test('a draft copies a branch on first use and never changes the old world', () => {
    const w = createWorld({ scenario: 'ready-to-release' });
    const before = JSON.stringify(w);
    const draft = draftOf(w);
    draft.world.phone.sms.push({ id: 'x', toMasked: '', text: { zh: '', en: '' }, code: null, receivedAt: 0 });
    draft.world.now += 1;
    const next = draft.finish();
    expect(draft.touched).toEqual(['phone']);
    expect(next.phone.sms.length).toBe(w.phone.sms.length + 1);
    expect(next.platform).toBe(w.platform);
    expect(next.now).toBe(w.now + 1);
    expect(JSON.stringify(w)).toBe(before);
    expect(Object.getOwnPropertyDescriptor(next, 'phone')?.get).toBeUndefined();
  });
});
