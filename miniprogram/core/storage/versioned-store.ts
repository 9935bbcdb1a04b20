import { backupKey, decode, encode, noticeFor } from './envelope';
import type { StorageNotice, VersionedSchema } from './envelope';

/** The few storage calls a versioned store needs; services/storage.ts provides the wx one, tests an in-memory one. */
export interface KeyValueStorage {
  /** The stored value, or undefined / '' when the key is absent. May throw. */
  get(key: string): unknown;
  /** Stores a value; throws when storage refuses (e.g. full). */
  set(key: string, value: string): void;
  remove(key: string): void;
}

export interface LoadResult<T> {
  readonly value: T;
  /** Present when saved data could not be read: show `notice.message` to the learner. */
  readonly notice?: StorageNotice;
  /** Present when the data was upgraded from an older schema (and saved back in the current one). */
  readonly migratedFrom?: number;
}

export interface VersionedStore<T> {
  readonly key: string;
  load(): LoadResult<T>;
  /** Returns false (and keeps the old data) when storage refuses the write. */
  save(value: T): boolean;
  /** Removes the key: the next load returns `initial()`. */
  clear(): void;
}

/**
 * A store for one key with a schema version. `load()` never throws and never silently loses data: whatever it
 * cannot read is first copied to `<key>.backup.<now>` and reported in `notice`.
 */
export function versionedStore<T>(
  schema: VersionedSchema<T>,
  storage: KeyValueStorage,
  clock: () => number = Date.now,
): VersionedStore<T> {
  function save(value: T): boolean {
    try {
      storage.set(schema.key, encode(value, schema));
      return true;
    } catch {
      return false;
    }
  }

  function load(): LoadResult<T> {
    const now = clock();
    let raw: unknown;
    try {
      raw = storage.get(schema.key);
    } catch (err) {
      const detail = err instanceof Error ? err.message : String(err);
      return { value: schema.initial(), notice: noticeFor(schema.key, 'unparsable', `read failed: ${detail}`) };
    }
    const result = decode(raw, schema, { now });
    if (result.status === 'empty') return { value: schema.initial() };
    if (result.status === 'ok') {
      if (result.migratedFrom === undefined) return { value: result.value };
      save(result.value);
      return { value: result.value, migratedFrom: result.migratedFrom };
    }
    const key = backupKey(schema.key, now);
    let backedUp = false;
    try {
      storage.set(key, typeof raw === 'string' ? raw : JSON.stringify(raw));
      backedUp = true;
    } catch {
      backedUp = false;
    }
    // Once copied, the unreadable original is moved out of the way so the next load does not back it up again.
    // If the copy failed, the original stays where it is until the next save.
    if (backedUp) {
      try {
        storage.remove(schema.key);
      } catch {
        // The copy exists; a second copy on the next load is harmless.
      }
    }
    return {
      value: schema.initial(),
      notice: noticeFor(schema.key, result.problem, result.detail, backedUp ? key : undefined),
    };
  }

  return {
    key: schema.key,
    load,
    save,
    clear: () => {
      try {
        storage.remove(schema.key);
      } catch {
        // Nothing to do: the next load reads what is there and reports it if unreadable.
      }
    },
  };
}

/** An in-memory KeyValueStorage (tests, previews). */
export function memoryStorage(initial: Record<string, unknown> = {}): KeyValueStorage & {
  readonly data: Record<string, unknown>;
} {
  const data: Record<string, unknown> = { ...initial };
  return {
    data,
    get: (key) => data[key],
    set: (key, value) => {
      data[key] = value;
    },
    remove: (key) => {
      delete data[key];
    },
  };
}
