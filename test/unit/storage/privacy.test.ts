/**
 * Privacy by construction (issue 14, item 2; docs/privacy.md): after a full journey and a property run through
 * the real session service, everything ever written to storage is inspected. No full ID-card number, phone number
 * or password appears, no full fingerprint of one is kept, and the brute-force attack on each stored tag ends
 * with many candidates, never the value.
 */
import fc from 'fast-check';
import {
  createWorld,
  dispatch,
  idCheckDigit,
  idFingerprint,
  passwordFingerprint,
  phoneFingerprint,
  sampleIdentity,
  type ScenarioId,
  type World,
} from '../../../miniprogram/console/engine/index';
import { saveWorld, act, startWorld } from '../../../miniprogram/console/services/session';
import { freshStorage } from '../../helpers/storage';
import { sameYearIdNumbers } from '../../../tools/privacy/attack';
import type { WxFake } from '../../helpers/wx';
import { completeBasics, fillInfo, registerIndividual, activate, submitAccount, PASSWORD } from '../console/helpers';
import { ALL_MAKERS, makeAction, type Memory } from '../console/kernel/random-actions';

const SCENARIOS: ScenarioId[] = ['fresh', 'existing-app', 'quotas-used', 'ready-to-release', 'members-full'];
/** Every password the journey and the random actions type (the long ones: short ones occur in ordinary text). */
const PASSWORDS = [PASSWORD, 'Passw0rd!', 'RegLab2025', 'has space 123'];
const FILING_PHONES = ['13800138001', '13800138002'];

let fake: WxFake;
let writes: string[];

beforeEach(() => {
  fake = freshStorage();
  writes = [];
  const g = globalThis as unknown as { wx: { setStorageSync: (k: string, v: unknown) => void } };
  const set = g.wx.setStorageSync;
  g.wx.setStorageSync = (key, value) => {
    writes.push(`${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`);
    set(key, value);
  };
});
afterEach(() => fake.restore());

/** Every value stored under a personal-data key, anywhere in a saved JSON text. */
function personalValues(text: string): { key: string; value: string }[] {
  const out: { key: string; value: string }[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (typeof v === 'string' && v.startsWith('{')) {
      try {
        walk(JSON.parse(v));
      } catch {
        // not JSON
      }
    } else if (v && typeof v === 'object') {
      for (const [k, child] of Object.entries(v as Record<string, unknown>)) {
        if (/Fingerprint$/.test(k) && typeof child === 'string') out.push({ key: k, value: child });
        else if ((k === 'idUsage' || k === 'phoneUsage') && child && typeof child === 'object') {
          for (const fp of Object.keys(child))
            out.push({ key: k === 'idUsage' ? 'idFingerprint' : 'phoneFingerprint', value: fp });
        } else walk(child);
      }
    }
  };
  walk(text.slice(text.indexOf('=') + 1));
  return out;
}

/** The attack on a stored phone tag: every number its mask allows that gives the same tag. */
function phoneCandidates(tag: string): number {
  const mask = tag.slice(0, tag.indexOf('~'));
  let fits = 0;
  for (let m = 0; m < 10000; m++) {
    const candidate = `${mask.slice(0, 3)}${String(m).padStart(4, '0')}${mask.slice(7)}`;
    if (phoneFingerprint(candidate) === tag) fits++;
  }
  return fits;
}

/** The attack on a stored ID tag by someone who also knows the region and the birth year of `id`. */
function idCandidates(tag: string, id: string): number {
  let fits = 0;
  for (const candidate of sameYearIdNumbers(id, idCheckDigit)) if (idFingerprint(candidate) === tag) fits++;
  return fits;
}

function journeyAndPropertyRun(): World[] {
  const worlds: World[] = [];
  // The journey: register an individual, activate, fill the info, complete the basics; log in to a seeded app.
  let world = startWorld({ seed: 3 });
  world = completeBasics(registerIndividual(world));
  saveWorld(world);
  worlds.push(world);
  startWorld({ scenario: 'existing-app', seed: 4 });
  worlds.push(act({ type: 'sandbox.advanceTime', ms: 0 } as never).world);
  saveWorld(fillInfo(activate(submitAccount(createWorld({ seed: 5 }))), 'enterprise', 1, 'payment'));
  // The property run: random sequences from several scenarios, each state saved as the app saves it.
  const step = fc.tuple(fc.nat(ALL_MAKERS.length - 1), fc.nat(1000), fc.nat(1000), fc.nat(1000));
  const runs = fc.sample(
    fc.record({
      scenario: fc.constantFrom(...SCENARIOS),
      seed: fc.nat(10000),
      steps: fc.array(step, { minLength: 5, maxLength: 40 }),
    }),
    { numRuns: 30, seed: 14 },
  );
  for (const run of runs) {
    let w = createWorld({ scenario: run.scenario, seed: run.seed });
    const memory: Memory = { secrets: [], uploadKeys: [] };
    for (const s of run.steps) {
      w = dispatch(w, makeAction(w, s, memory)).world;
      saveWorld(w);
    }
    worlds.push(w);
  }
  return worlds;
}

describe('privacy of everything written to storage', () => {
  it('stores no full ID-card number, phone or password, and no tag that gives one back', () => {
    const worlds = journeyAndPropertyRun();
    expect(writes.length).toBeGreaterThan(100);
    const all = writes.join('\n');
    const ids = new Set<string>();
    const phones = new Set<string>(FILING_PHONES);
    for (const w of worlds) {
      for (let n = 0; n < 100; n++) {
        const sample = sampleIdentity(w, n);
        ids.add(sample.idNumber);
        phones.add(sample.phone);
      }
    }
    for (const id of ids) expect(all.includes(id)).toBe(false);
    for (const phone of phones) expect(all.includes(phone)).toBe(false);
    for (const password of PASSWORDS) expect(all.includes(password)).toBe(false);

    const values = writes.flatMap(personalValues);
    expect(values.some((v) => v.key === 'idFingerprint')).toBe(true);
    expect(values.some((v) => v.key === 'phoneFingerprint')).toBe(true);
    expect(values.some((v) => v.key === 'passwordFingerprint')).toBe(true);
    // No full fingerprint of personal data (53 bits) anywhere; every tag is at most 8 bits.
    for (const { key, value } of values)
      expect(value).toMatch(
        key === 'identityFingerprint' ? /^t16_[0-9a-f]{1,4}$/ : /^(?:[^~]*~)?t[48]_[0-9a-f]{1,2}$|^legacy$/,
      );

    // The attack, on each distinct stored phone and ID tag: hundreds of candidates fit, never just one.
    const phoneTags = new Set(values.filter((v) => v.key === 'phoneFingerprint').map((v) => v.value));
    for (const tag of [...phoneTags].slice(0, 6)) expect(phoneCandidates(tag)).toBeGreaterThan(300);
    const idTags = new Set(values.filter((v) => v.key === 'idFingerprint').map((v) => v.value));
    let checked = 0;
    for (const id of ids) {
      const tag = idFingerprint(id);
      if (!idTags.has(tag) || checked >= 2) continue;
      checked++;
      // Even knowing region and birth year (about 3,300 numbers), over a hundred fit.
      expect(idCandidates(tag, id)).toBeGreaterThan(100);
    }
    expect(checked).toBeGreaterThan(0);
    // A password tag: of 10,000 passwords of one pattern, dozens give the stored tag.
    const tag = passwordFingerprint('new-learner@example.com', PASSWORD);
    let fits = 0;
    for (let i = 0; i < 10000; i++)
      if (passwordFingerprint('new-learner@example.com', `Pass${String(i).padStart(4, '0')}!`) === tag) fits++;
    expect(fits).toBeGreaterThan(15);
  });
});
