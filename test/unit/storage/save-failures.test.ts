import type { VersionedSchema } from '../../../miniprogram/core/storage/envelope';
import {
  KEY_LIMIT_BYTES,
  classifyWriteError,
  saveProblemText,
  utf8Length,
} from '../../../miniprogram/core/storage/envelope';
import { isRecord } from '../../../miniprogram/core/storage/guards';
import { memoryStorage, versionedStore } from '../../../miniprogram/core/storage/versioned-store';
import type { KeyValueStorage } from '../../../miniprogram/core/storage/versioned-store';

interface Note {
  text: string;
}

const SCHEMA: VersionedSchema<Note> = {
  key: 'note',
  version: 1,
  migrations: {},
  validate: (v: unknown): v is Note => isRecord(v) && typeof v.text === 'string',
  initial: () => ({ text: '' }),
};

/** Memory storage whose writes can be refused, as wx refuses them when the 10 MB are used up. */
function fullableStorage(initial: Record<string, unknown>) {
  const inner = memoryStorage(initial);
  const state = { full: false };
  const storage: KeyValueStorage = {
    get: (key) => inner.get(key),
    set: (key, value) => {
      if (state.full) throw new Error('setStorageSync:fail exceed storage max size 10MB');
      inner.set(key, value);
    },
    remove: (key) => inner.remove(key),
  };
  return { storage, data: inner.data, state };
}

describe('failed saves', () => {
  it('never overwrites a corrupt original that could not be backed up; backs it up first once there is room', () => {
    const { storage, data, state } = fullableStorage({ note: 'garbage' });
    state.full = true;
    let now = 1000;
    const store = versionedStore(SCHEMA, storage, () => now);
    const loaded = store.load();
    expect(loaded.notice?.backupKey).toBeUndefined();
    state.full = true;
    expect(store.save({ text: 'new' })).toMatchObject({ ok: false, problem: 'backup-pending' });
    expect(data.note).toBe('garbage');
    state.full = false;
    now = 2000;
    expect(store.save({ text: 'new' })).toEqual({ ok: true });
    expect(data['note.backup.2000']).toBe('garbage');
    expect(JSON.parse(data.note as string).data).toEqual({ text: 'new' });
  });

  it('never overwrites an existing backup made in the same millisecond', () => {
    const { storage, data } = fullableStorage({ note: 'first', 'note.backup.5': 'older' });
    versionedStore(SCHEMA, storage, () => 5).load();
    expect(data['note.backup.5']).toBe('older');
    expect(data['note.backup.5-1']).toBe('first');
  });

  it('tells a value over the 1 MB per-key limit from a full 10 MB storage, with different advice', () => {
    const { storage, data, state } = fullableStorage({});
    const store = versionedStore(SCHEMA, storage, () => 1);
    const big = { text: '注'.repeat(Math.ceil(KEY_LIMIT_BYTES / 3) + 1) };
    expect(utf8Length(big.text)).toBeGreaterThan(KEY_LIMIT_BYTES);
    expect(store.save(big)).toMatchObject({ ok: false, problem: 'too-large' });
    expect(data.note).toBeUndefined();
    state.full = true;
    expect(store.save({ text: 'small' })).toMatchObject({ ok: false, problem: 'storage-full' });
    expect(saveProblemText('too-large').en).toContain('1 MB');
    expect(saveProblemText('too-large').en).toContain('Deleting other data will not help');
    expect(saveProblemText('storage-full').zh).toContain('10 MB');
    expect(saveProblemText('storage-full').zh).toContain('删除不需要的备份');
    expect(classifyWriteError(new Error('setStorageSync:fail storage unavailable'))).toBe('unavailable');
  });

  it('counts UTF-8 bytes as WeChat does', () => {
    expect(utf8Length('a')).toBe(1);
    expect(utf8Length('é')).toBe(2);
    expect(utf8Length('注')).toBe(3);
    expect(utf8Length('📱')).toBe(4);
  });
});
