import type { VersionedSchema } from '../../../miniprogram/core/storage/envelope';
import { isRecord } from '../../../miniprogram/core/storage/guards';
import { memoryStorage, versionedStore } from '../../../miniprogram/core/storage/versioned-store';
import type { KeyValueStorage } from '../../../miniprogram/core/storage/versioned-store';

interface Prefs {
  lang: string;
}

const SCHEMA: VersionedSchema<Prefs> = {
  key: 'prefs',
  version: 2,
  migrations: { 1: (data) => ({ lang: isRecord(data) && data.locale === 'en-US' ? 'en' : 'zh' }) },
  validate: (v: unknown): v is Prefs => isRecord(v) && typeof v.lang === 'string',
  initial: () => ({ lang: 'zh' }),
};

const NOW = 1700000000000;
const clock = () => NOW;

describe('versioned store', () => {
  it('starts from initial() when nothing is stored, then saves and loads', () => {
    const storage = memoryStorage();
    const store = versionedStore(SCHEMA, storage, clock);
    expect(store.load()).toEqual({ value: { lang: 'zh' } });
    expect(store.save({ lang: 'en' })).toEqual({ ok: true });
    expect(JSON.parse(storage.data.prefs as string)).toEqual({ schema: 2, data: { lang: 'en' } });
    expect(store.load()).toEqual({ value: { lang: 'en' } });
    store.clear();
    expect(storage.data.prefs).toBeUndefined();
  });

  it('migrates an old schema and writes it back in the current one', () => {
    const storage = memoryStorage({ prefs: JSON.stringify({ schema: 1, data: { locale: 'en-US' } }) });
    const result = versionedStore(SCHEMA, storage, clock).load();
    expect(result).toEqual({ value: { lang: 'en' }, migratedFrom: 1 });
    expect(JSON.parse(storage.data.prefs as string)).toEqual({ schema: 2, data: { lang: 'en' } });
    expect(Object.keys(storage.data)).toEqual(['prefs']);
  });

  it('backs up corrupt data under another key, tells the learner, and does not back it up twice', () => {
    const storage = memoryStorage({ prefs: '{"schema":2,"data":{"lang":' });
    const store = versionedStore(SCHEMA, storage, clock);
    const result = store.load();
    expect(result.value).toEqual({ lang: 'zh' });
    expect(result.notice).toMatchObject({ key: 'prefs', problem: 'unparsable', backupKey: `prefs.backup.${NOW}` });
    expect(result.notice?.message.zh).toContain(`prefs.backup.${NOW}`);
    expect(storage.data[`prefs.backup.${NOW}`]).toBe('{"schema":2,"data":{"lang":');
    expect(storage.data.prefs).toBeUndefined();
    expect(store.load()).toEqual({ value: { lang: 'zh' } });
  });

  it('keeps data from a newer build rather than overwriting it silently', () => {
    const newer = { schema: 9, data: { lang: 'fr', extra: true } };
    const storage = memoryStorage({ prefs: newer });
    const result = versionedStore(SCHEMA, storage, clock).load();
    expect(result.notice?.problem).toBe('newer-schema');
    expect(JSON.parse(storage.data[`prefs.backup.${NOW}`] as string)).toEqual(newer);
  });

  it('reports invalid data of the current schema', () => {
    const storage = memoryStorage({ prefs: JSON.stringify({ schema: 2, data: { lang: 5 } }) });
    const result = versionedStore(SCHEMA, storage, clock).load();
    expect(result.notice?.problem).toBe('invalid');
    expect(result.value).toEqual({ lang: 'zh' });
  });

  it('never throws when storage does: a failing read, a failing backup, a failing write', () => {
    const broken: KeyValueStorage = {
      get: () => {
        throw new Error('disk gone');
      },
      set: () => {
        throw new Error('full');
      },
      remove: () => {
        throw new Error('nope');
      },
    };
    const store = versionedStore(SCHEMA, broken, clock);
    const loaded = store.load();
    expect(loaded.value).toEqual({ lang: 'zh' });
    expect(loaded.notice?.detail).toContain('disk gone');
    expect(store.save({ lang: 'en' })).toMatchObject({ ok: false, problem: 'storage-full' });
    expect(() => store.clear()).not.toThrow();

    const full: KeyValueStorage & { data: Record<string, unknown> } = {
      data: { prefs: 'garbage' },
      get(key) {
        return this.data[key];
      },
      set: () => {
        throw new Error('full');
      },
      remove(key) {
        delete this.data[key];
      },
    };
    const result = versionedStore(SCHEMA, full, clock).load();
    expect(result.notice?.backupKey).toBeUndefined();
    expect(result.notice?.message.en).toContain('could not be backed up');
    // Without a backup, the original is left in place.
    expect(full.data.prefs).toBe('garbage');
  });
});
