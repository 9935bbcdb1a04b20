import { backupKey, decode, encode, noticeFor } from '../../../miniprogram/core/storage/envelope';
import type { VersionedSchema } from '../../../miniprogram/core/storage/envelope';
import { isRecord } from '../../../miniprogram/core/storage/guards';

interface Counter {
  count: number;
  label: string;
}

const isCounter = (v: unknown): v is Counter =>
  isRecord(v) && typeof v.count === 'number' && typeof v.label === 'string';

/** v1 stored a bare number; v2 wraps it; v3 adds a label. */
const SCHEMA: VersionedSchema<Counter> = {
  key: 'test.counter',
  version: 3,
  migrations: {
    1: (data) => {
      if (typeof data !== 'number') throw new Error('v1 must be a number');
      return { count: data };
    },
    2: (data, { now }) => ({ ...(data as object), label: `migrated ${now}` }),
  },
  validate: isCounter,
  initial: () => ({ count: 0, label: '' }),
};

const CTX = { now: 1000 };

describe('versioned envelope codec', () => {
  it('round-trips the current schema', () => {
    const raw = encode({ count: 4, label: 'x' }, SCHEMA);
    expect(JSON.parse(raw)).toEqual({ schema: 3, data: { count: 4, label: 'x' } });
    expect(decode(raw, SCHEMA, CTX)).toEqual({ status: 'ok', value: { count: 4, label: 'x' } });
  });

  it('accepts an envelope stored as an object rather than a string', () => {
    expect(decode({ schema: 3, data: { count: 1, label: 'y' } }, SCHEMA, CTX)).toEqual({
      status: 'ok',
      value: { count: 1, label: 'y' },
    });
  });

  it('treats absent values as empty', () => {
    for (const raw of [undefined, null, '']) expect(decode(raw, SCHEMA, CTX)).toEqual({ status: 'empty' });
  });

  it('runs every migration from an old schema in turn', () => {
    expect(decode(JSON.stringify({ schema: 1, data: 7 }), SCHEMA, CTX)).toEqual({
      status: 'ok',
      value: { count: 7, label: 'migrated 1000' },
      migratedFrom: 1,
    });
    expect(decode(JSON.stringify({ schema: 2, data: { count: 2 } }), SCHEMA, CTX)).toMatchObject({
      status: 'ok',
      migratedFrom: 2,
    });
  });

  it('reports each kind of unreadable data instead of throwing', () => {
    const problem = (raw: unknown) => {
      const r = decode(raw, SCHEMA, CTX);
      return r.status === 'problem' ? r.problem : r.status;
    };
    expect(problem('{not json')).toBe('unparsable');
    expect(problem('42')).toBe('wrong-shape');
    expect(problem(JSON.stringify({ count: 1, label: 'no envelope' }))).toBe('wrong-shape');
    expect(problem(JSON.stringify({ schema: '3', data: {} }))).toBe('wrong-shape');
    expect(problem(JSON.stringify({ schema: 0, data: {} }))).toBe('wrong-shape');
    expect(problem(JSON.stringify({ schema: 4, data: { count: 1, label: '' } }))).toBe('newer-schema');
    expect(problem(JSON.stringify({ schema: 1, data: 'seven' }))).toBe('migration-failed');
    expect(problem(JSON.stringify({ schema: 3, data: { count: 'many' } }))).toBe('invalid');
    expect(problem(['schema', 3])).toBe('wrong-shape');
  });

  it('reports a missing migration step', () => {
    const gap: VersionedSchema<Counter> = { ...SCHEMA, migrations: { 2: SCHEMA.migrations[2] } };
    const r = decode(JSON.stringify({ schema: 1, data: 1 }), gap, CTX);
    expect(r).toMatchObject({ status: 'problem', problem: 'migration-failed' });
    if (r.status === 'problem') expect(r.detail).toContain('no migration from schema 1');
  });

  it('names backups by key and time, and writes notices in both languages', () => {
    expect(backupKey('reglab.progress', 1234)).toBe('reglab.progress.backup.1234');
    const withBackup = noticeFor('k', 'newer-schema', 'detail', { backup: 'k.backup.1' });
    expect(withBackup.backupKey).toBe('k.backup.1');
    expect(withBackup.message.zh).toContain('k.backup.1');
    expect(withBackup.message.en).toContain('newer version');
    const without = noticeFor('k', 'unparsable', 'detail');
    expect(without.backupKey).toBeUndefined();
    expect(without.message.en).toContain('could not be backed up');
    expect(without.message.zh).toContain('未能备份');
  });
});
