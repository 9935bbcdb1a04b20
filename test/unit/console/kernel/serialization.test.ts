import {
  checkWorld,
  createWorld,
  deserializeWorld,
  SCHEMA_VERSION,
  serializeWorld,
  type World,
} from '../../../../miniprogram/console/engine/index';
import { readyWorld, registeredWorld } from '../helpers';

function mutate(world: World, change: (raw: Record<string, unknown>) => void): string {
  const raw = JSON.parse(serializeWorld(world)) as Record<string, unknown>;
  change(raw);
  return JSON.stringify(raw);
}

type Json = Record<string, unknown>;

describe('serialization', () => {
  test('worlds round-trip exactly through JSON', () => {
    for (const w of [createWorld(), registeredWorld(), readyWorld(), createWorld({ scenario: 'members-full' })]) {
      const loaded = deserializeWorld(serializeWorld(w));
      expect(loaded).toEqual({ ok: true, world: w });
    }
  });

  test('text that is not JSON is rejected', () => {
    const result = deserializeWorld('{"schema": 1,');
    expect(!result.ok && result.error.code).toBe('SAVE_NOT_JSON');
    expect(!result.ok && result.error.message.zh).toContain('没有加载');
  });

  test('another schema version is rejected', () => {
    const result = deserializeWorld(mutate(createWorld(), (raw) => (raw.schema = SCHEMA_VERSION + 1)));
    expect(!result.ok && result.error.code).toBe('SAVE_SCHEMA_UNSUPPORTED');
    expect(!result.ok && result.error.message.en).toContain(String(SCHEMA_VERSION + 1));
    const array = deserializeWorld('[]');
    expect(!array.ok && array.error.code).toBe('SAVE_CORRUPT');
  });

  test('missing, unknown and mistyped fields are rejected wholesale, naming where', () => {
    const w = readyWorld();
    const cases: [string, (raw: Json) => void, string][] = [
      ['missing', (raw) => delete raw.platform, 'world.platform: missing'],
      ['unknown', (raw) => (raw.cheat = true), 'world.cheat: unknown key'],
      ['mistyped', (raw) => ((raw.apps as Json[])[0].createdAt = 'yesterday'), 'world.apps[0].createdAt'],
      ['bad AppID', (raw) => ((raw.apps as Json[])[0].appId = 'wx123'), 'world.apps[0].appId'],
      ['bad enum', (raw) => (raw.ruleSet = 'future'), 'world.ruleSet'],
      [
        'nested unknown',
        (raw) => (((raw.apps as Json[])[0].dev as Json).secretPlain = 'abc'),
        'secretPlain: unknown key',
      ],
      ['negative count', (raw) => (raw.seq = -1), 'world.seq'],
    ];
    for (const [label, change, where] of cases) {
      const result = deserializeWorld(mutate(w, change));
      expect({ label, ok: result.ok }).toEqual({ label, ok: false });
      if (!result.ok) {
        expect(result.error.code).toBe('SAVE_CORRUPT');
        expect(result.error.message.en).toContain(where);
      }
    }
  });

  test('references must point at something', () => {
    const result = deserializeWorld(
      mutate(readyWorld(), (raw) => ((raw.session as Json).appId = 'wx0000000000000000')),
    );
    expect(!result.ok && result.error.message.en).toContain('session points at a missing mini program');
    const dup = deserializeWorld(mutate(readyWorld(), (raw) => (raw.apps as Json[]).push((raw.apps as Json[])[0])));
    expect(!dup.ok && dup.error.message.en).toContain('duplicate appId');
  });

  test('deleting any single top-level or app field is always caught', () => {
    const w = readyWorld();
    const raw = JSON.parse(serializeWorld(w)) as Json;
    for (const key of Object.keys(raw)) {
      const copy = JSON.parse(serializeWorld(w)) as Json;
      delete copy[key];
      expect(checkWorld(copy).ok).toBe(false);
    }
    const app = (raw.apps as Json[])[0];
    for (const key of Object.keys(app)) {
      const copy = JSON.parse(serializeWorld(w)) as Json;
      delete (copy.apps as Json[])[0][key];
      expect(checkWorld(copy).ok).toBe(false);
    }
  });
});
