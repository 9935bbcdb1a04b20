/**
 * Console saves of world schema 1 held full fingerprints of ID-card numbers, phones and passwords. Loading one
 * migrates it: every old personal fingerprint is replaced (by the new tag for the world's sample identities,
 * else by LEGACY_TAG), counts per sample ID still work, and a scrubbed password is set by the next login.
 */
import {
  createWorld,
  dispatch,
  fingerprint,
  ID_SALT,
  idFingerprint,
  PHONE_SALT,
  phoneFingerprint,
  sampleIdentity,
} from '../../../miniprogram/console/engine/index';
import type { World } from '../../../miniprogram/console/engine/index';
import { EXISTING_EMAIL, EXISTING_PASSWORD } from '../../../miniprogram/console/engine/index';
import { encode } from '../../../miniprogram/core/storage/envelope';
import {
  CONSOLE_KEY,
  forgetLoadedWorld,
  loadWorld,
  takeConsoleNotice,
} from '../../../miniprogram/console/services/session';
import { migrateConsoleV3toV4 } from '../../../miniprogram/console/services/migrations';
import { freshStorage } from '../../helpers/storage';
import type { WxFake } from '../../helpers/wx';

let fake: WxFake;
beforeEach(() => {
  fake = freshStorage();
});
afterEach(() => fake.restore());

type Raw = Record<string, unknown>;

/** Without what schema 4 added (fact B-11): the guide, the project's and each version's privacy APIs. */
function withoutPrivacy(world: World): Raw {
  const raw = JSON.parse(JSON.stringify(world)) as Raw & { platform: Raw; apps: Raw[] };
  delete raw.platform.codePrivacyItems;
  const strip = (version: unknown) => {
    if (version && typeof version === 'object') delete (version as Raw).privacyItems;
  };
  for (const app of raw.apps) {
    delete app.privacy;
    const v = app.versions as {
      dev: Raw[];
      trial: Raw | null;
      previous: Raw | null;
      online: Raw | null;
      review: Raw | null;
    };
    v.dev.forEach(strip);
    strip(v.trial);
    strip(v.previous);
    if (v.online) strip(v.online.version);
    if (v.review) {
      strip(v.review.version);
      delete v.review.privacyMismatch;
    }
  }
  return raw;
}

/** The world as schema 1 saved it: full fingerprints where schema 2 keeps tags. */
function asSchema1(world: World): unknown {
  const old = new Map<string, string>();
  for (let n = 0; n < 100; n++) {
    const s = sampleIdentity(world, n);
    old.set(idFingerprint(s.idNumber), fingerprint(s.idNumber, ID_SALT));
    old.set(phoneFingerprint(s.phone), fingerprint(s.phone, PHONE_SALT));
  }
  const text = JSON.stringify({ ...withoutPrivacy(world), schema: 1 }).replace(
    /"([^"]*~t4_[0-9a-f])"/g,
    (whole, tag: string) => (old.has(tag) ? `"${old.get(tag)}"` : whole),
  );
  return JSON.parse(text.replace(/"passwordFingerprint":"[^"]*"/g, '"passwordFingerprint":"fp_0123456789abcd"'));
}

describe('console save schema 1 → 2', () => {
  it('replaces every full fingerprint, keeps the counts per sample ID, and lets the next login set the password', () => {
    for (const scenario of ['id-quota-full', 'existing-app'] as const) {
      fake.storage.clear();
      forgetLoadedWorld();
      const world = createWorld({ scenario, seed: 11 });
      const v1 = asSchema1(world);
      expect(JSON.stringify(v1)).toMatch(/fp_[0-9a-f]{14}/);
      fake.storage.set(CONSOLE_KEY, encode({ world: v1, smsSeen: 0 }, { version: 1 }));
      const loaded = loadWorld();
      expect(takeConsoleNotice()).toBeUndefined();
      expect(loaded?.schema).toBe(4);
      const saved = String(fake.storage.get(CONSOLE_KEY));
      expect(saved).not.toMatch(/Fingerprint":"fp_|"fp_[0-9a-f]{14}":/);
      // Counts per sample ID survive (the scenario's "this ID has registered 5 mini programs").
      expect(loaded?.platform.idUsage).toEqual(world.platform.idUsage);
      if (scenario === 'existing-app' && loaded) {
        expect(loaded.apps[0].passwordFingerprint).toBe('legacy');
        const login = dispatch(loaded, { type: 'login.submit', email: EXISTING_EMAIL, password: EXISTING_PASSWORD });
        expect(login.ok).toBe(true);
        const again = dispatch(
          { ...login.world, session: null },
          { type: 'login.submit', email: EXISTING_EMAIL, password: 'not-the-password' },
        );
        expect(again.ok).toBe(false);
      }
    }
  });
});

/** The world as schema 2 saved it: no switch for the API IP whitelist. */
function asSchema2(world: World): unknown {
  const raw = { ...withoutPrivacy(world), schema: 2 } as unknown as { apps: { dev: Record<string, unknown> }[] };
  for (const app of raw.apps) delete app.dev.ipWhitelistOn;
  return raw;
}

describe('console save schema 2 → 3 (D-06: the API IP whitelist switch)', () => {
  it('loads a non-empty whitelist switched on and an empty one switched off', () => {
    const withList = createWorld({ scenario: 'secret-lost' });
    const without = createWorld({ scenario: 'existing-app' });
    for (const [world, on] of [
      [withList, true],
      [without, false],
    ] as const) {
      fake.storage.clear();
      forgetLoadedWorld();
      const v2 = asSchema2(world);
      expect(JSON.stringify(v2)).not.toContain('ipWhitelistOn');
      fake.storage.set(CONSOLE_KEY, encode({ world: v2, smsSeen: 0 }, { version: 2 }));
      const loaded = loadWorld();
      expect(takeConsoleNotice()).toBeUndefined();
      expect(loaded?.schema).toBe(4);
      expect(loaded?.apps[0].dev.ipWhitelistOn).toBe(on);
      expect(loaded?.apps[0].dev.ipWhitelist).toEqual(world.apps[0].dev.ipWhitelist);
    }
  });
});

describe('console save schema 3 → 4 (B-11: the user privacy guide)', () => {
  it('loads an older save with no guide and no privacy APIs known, and it still reviews and publishes', () => {
    for (const scenario of ['approved-not-published', 'ready-to-release'] as const) {
      fake.storage.clear();
      forgetLoadedWorld();
      const world = createWorld({ scenario });
      const v3 = { ...withoutPrivacy(world), schema: 3 };
      expect(JSON.stringify(v3)).not.toMatch(/privacy/i);
      fake.storage.set(CONSOLE_KEY, encode({ world: v3, smsSeen: 0 }, { version: 3 }));
      const loaded = loadWorld();
      expect(takeConsoleNotice()).toBeUndefined();
      expect(loaded?.schema).toBe(4);
      if (!loaded) throw new Error('not loaded');
      expect(loaded.apps[0].privacy).toBeNull();
      expect(loaded.platform.codePrivacyItems).toEqual([]);
      const v = loaded.apps[0].versions;
      if (scenario === 'approved-not-published') {
        expect(v.review?.version.privacyItems).toEqual([]);
        expect(v.review?.privacyMismatch).toEqual([]);
        expect(dispatch(loaded, { type: 'versions.publish', percent: 100 }).ok).toBe(true);
      } else {
        expect(v.dev[0].privacyItems).toEqual([]);
        const submitted = dispatch(loaded, { type: 'versions.submitReview', uploader: v.dev[0].uploader });
        expect(submitted.ok).toBe(true);
      }
    }
  });

  it('refuses a schema 3 save that is not an object, and leaves an empty save empty', () => {
    const context = { now: 0 };
    expect(() => migrateConsoleV3toV4('nope', context)).toThrow();
    expect(migrateConsoleV3toV4({ world: null, smsSeen: 0 }, context)).toEqual({ world: null, smsSeen: 0 });
    expect(() => migrateConsoleV3toV4({ world: { schema: 2 }, smsSeen: 0 }, context)).toThrow();
  });
});
