/**
 * Console saves of world schema 2 → 3 and 3 → 4: see `migrateConsoleV2toV3` and `migrateConsoleV3toV4` below.
 *
 * Console saves of world schema 1 kept personal data as full 53-bit fingerprints (`fp_` + 14 hex digits), from
 * which the ID-card number, phone number and password could be recovered by brute force. Schema 2 keeps short
 * tags instead (docs/privacy.md). The migration replaces every old personal fingerprint: those of the world's
 * sample identities (the seeded usage counts and mini programs) by their new tags, all others by LEGACY_TAG,
 * which matches nothing (a mini program whose password was scrubbed takes its next login's password).
 */
import {
  fingerprint,
  ID_SALT,
  idFingerprint,
  LEGACY_TAG,
  PHONE_SALT,
  phoneFingerprint,
  sampleIdentity,
} from '../engine/index';
import type { World } from '../engine/index';
import type { Migration } from '../../core/storage/envelope';
import { isRecord } from '../../core/storage/guards';

const PERSONAL_KEYS = [
  'idFingerprint',
  'phoneFingerprint',
  'passwordFingerprint',
  'identityFingerprint',
  'nameFingerprint',
];
const USAGE_KEYS = ['idUsage', 'phoneUsage'];
const OLD_FINGERPRINT = /^fp_[0-9a-f]{14}$/;
/** Sample identities a world can have used: the sample buttons and the seeded mini programs (50 and up). */
const SAMPLES_CHECKED = 100;

function knownSamples(world: Record<string, unknown>): Map<string, string> {
  const known = new Map<string, string>();
  if (typeof world.sampleSeed !== 'number') return known;
  const seedOnly = { sampleSeed: world.sampleSeed } as unknown as World;
  for (let n = 0; n < SAMPLES_CHECKED; n++) {
    const sample = sampleIdentity(seedOnly, n);
    known.set(fingerprint(sample.idNumber, ID_SALT), idFingerprint(sample.idNumber));
    known.set(fingerprint(sample.phone, PHONE_SALT), phoneFingerprint(sample.phone));
  }
  return known;
}

function scrub(value: unknown, known: Map<string, string>): unknown {
  if (Array.isArray(value)) return value.map((item: unknown) => scrub(item, known));
  if (!isRecord(value)) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const v = value[key];
    if (PERSONAL_KEYS.includes(key) && typeof v === 'string' && OLD_FINGERPRINT.test(v)) {
      out[key] = known.get(v) ?? LEGACY_TAG;
    } else if (USAGE_KEYS.includes(key) && isRecord(v)) {
      const usage: Record<string, unknown> = {};
      for (const fp of Object.keys(v)) {
        if (!OLD_FINGERPRINT.test(fp)) usage[fp] = v[fp];
        else if (known.has(fp)) usage[known.get(fp) as string] = v[fp];
      }
      out[key] = usage;
    } else out[key] = scrub(v, known);
  }
  return out;
}

/** Console save 1 → 2 (`{ world, smsSeen }`): the world's personal fingerprints become short tags. */
export const migrateConsoleV1toV2: Migration = (data) => {
  if (!isRecord(data)) throw new Error('console save is not an object');
  const world = data.world;
  if (world === null || world === undefined) return data;
  if (!isRecord(world) || world.schema !== 1) throw new Error('not a schema 1 world');
  const scrubbed = scrub(world, knownSamples(world)) as Record<string, unknown>;
  return { ...data, world: { ...scrubbed, schema: 2 } };
};

/**
 * Console save 2 → 3 (`{ world, smsSeen }`): the API IP whitelist got its switch (fact D-06). A save whose list has
 * entries loads with the switch on (the list restricted calls before, and still does); an empty list loads off
 * (before, it refused every call; now an empty, switched-off list restricts nothing, as the console does).
 */
export const migrateConsoleV2toV3: Migration = (data) => {
  if (!isRecord(data)) throw new Error('console save is not an object');
  const world = data.world;
  if (world === null || world === undefined) return data;
  if (!isRecord(world) || world.schema !== 2) throw new Error('not a schema 2 world');
  const apps = Array.isArray(world.apps) ? world.apps : [];
  const migrated = apps.map((app: unknown) => {
    if (!isRecord(app) || !isRecord(app.dev)) return app;
    const list = app.dev.ipWhitelist;
    return { ...app, dev: { ...app.dev, ipWhitelistOn: Array.isArray(list) && list.length > 0 } };
  });
  return { ...data, world: { ...world, apps: migrated, schema: 3 } };
};

/** A saved version (development, trial, in review, online, previous) with the privacy APIs its code calls: none known. */
function withPrivacyItems(version: unknown): unknown {
  return isRecord(version) ? { ...version, privacyItems: [] } : version;
}

function migrateVersions(versions: Record<string, unknown>): Record<string, unknown> {
  const review = versions.review;
  return {
    ...versions,
    dev: Array.isArray(versions.dev) ? versions.dev.map(withPrivacyItems) : versions.dev,
    trial: withPrivacyItems(versions.trial),
    previous: withPrivacyItems(versions.previous),
    online: isRecord(versions.online)
      ? { ...versions.online, version: withPrivacyItems(versions.online.version) }
      : versions.online,
    review: isRecord(review) ? { ...review, version: withPrivacyItems(review.version), privacyMismatch: [] } : review,
  };
}

/**
 * Console save 3 → 4 (`{ world, smsSeen }`): the user privacy guide (fact B-11). Nothing is known about which privacy
 * APIs the code of an older save calls, so its versions and its project call none (`[]`) and its mini programs have
 * no guide yet: such a save reviews and publishes as before, and a guide is asked for once code that calls a privacy
 * API is uploaded.
 */
export const migrateConsoleV3toV4: Migration = (data) => {
  if (!isRecord(data)) throw new Error('console save is not an object');
  const world = data.world;
  if (world === null || world === undefined) return data;
  if (!isRecord(world) || world.schema !== 3) throw new Error('not a schema 3 world');
  const apps = Array.isArray(world.apps) ? world.apps : [];
  const migrated = apps.map((app: unknown) => {
    if (!isRecord(app)) return app;
    const versions = isRecord(app.versions) ? migrateVersions(app.versions) : app.versions;
    return { ...app, versions, privacy: null };
  });
  const platform = isRecord(world.platform) ? { ...world.platform, codePrivacyItems: [] } : world.platform;
  return { ...data, world: { ...world, platform, apps: migrated, schema: 4 } };
};
