import { KEY_LIMIT_BYTES, backupKey, classifyWriteError, decode, encode, noticeFor, utf8Length } from './envelope';
import type { SaveResult, StorageNotice, VersionedSchema } from './envelope';

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
  /** Present when saved data could not be read (wholly or in part): show `notice.message` to the learner. */
  readonly notice?: StorageNotice;
  /** Present when the data was upgraded from an older schema (and saved back in the current one). */
  readonly migratedFrom?: number;
}

export interface VersionedStore<T> {
  readonly key: string;
  load(): LoadResult<T>;
  /**
   * Saves; on failure the old data stays and the result says why (too large for one key, storage full,
   * unavailable, or an unreadable original that could not be backed up yet and so must not be overwritten).
   */
  save(value: T): SaveResult;
  /** Removes the key: the next load returns `initial()`. */
  clear(): void;
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function isPresent(storage: KeyValueStorage, key: string): boolean {
  try {
    const v = storage.get(key);
    return v !== undefined && v !== null && v !== '';
  } catch {
    return false;
  }
}

/** Writes `value` under `key`, classifying a refusal. */
export function writeChecked(storage: KeyValueStorage, key: string, value: string): SaveResult {
  const bytes = utf8Length(value);
  if (bytes > KEY_LIMIT_BYTES) {
    return { ok: false, problem: 'too-large', detail: `${bytes} bytes is over the 1 MB limit of one key` };
  }
  try {
    storage.set(key, value);
    return { ok: true };
  } catch (err) {
    return { ok: false, problem: classifyWriteError(err), detail: errorText(err) };
  }
}

/**
 * Copies unreadable data to a fresh `<key>.backup.<now>[-n]` key (never over an existing backup). Returns the key,
 * or undefined when storage refused the copy.
 */
export function backUp(storage: KeyValueStorage, key: string, raw: string, now: number): string | undefined {
  const target = backupKey(key, now, (candidate) => isPresent(storage, candidate));
  return writeChecked(storage, target, raw).ok ? target : undefined;
}

/**
 * A store for one key with a schema version. `load()` never throws and never silently loses data: whatever it
 * cannot read is first copied to a backup key and reported in `notice`; what is readable is kept when the schema
 * can salvage it. An unreadable original that could not be backed up is never overwritten: saves are refused
 * (`backup-pending`) until a later attempt backs it up.
 */
export function versionedStore<T>(
  schema: VersionedSchema<T>,
  storage: KeyValueStorage,
  clock: () => number = Date.now,
): VersionedStore<T> {
  /** The unreadable original still under the key, not yet backed up. */
  let unbacked: string | undefined;

  function save(value: T): SaveResult {
    if (unbacked !== undefined) {
      if (!backUp(storage, schema.key, unbacked, clock())) {
        return { ok: false, problem: 'backup-pending', detail: 'the unreadable original is not backed up yet' };
      }
      unbacked = undefined;
    }
    return writeChecked(storage, schema.key, encode(value, schema));
  }

  function load(): LoadResult<T> {
    const now = clock();
    let raw: unknown;
    try {
      raw = storage.get(schema.key);
    } catch (err) {
      return { value: schema.initial(), notice: noticeFor(schema.key, 'unparsable', `read failed: ${errorText(err)}`) };
    }
    const result = decode(raw, schema, { now });
    if (result.status === 'empty') return { value: schema.initial() };
    if (result.status === 'ok') {
      if (result.migratedFrom === undefined) return { value: result.value };
      save(result.value);
      return { value: result.value, migratedFrom: result.migratedFrom };
    }
    let text: string;
    try {
      text = typeof raw === 'string' ? raw : JSON.stringify(raw);
    } catch {
      text = String(raw);
    }
    const backup = backUp(storage, schema.key, text, now);
    const value = result.status === 'salvaged' ? result.value : schema.initial();
    if (backup) {
      // Once copied, the original is replaced by what was kept (or removed), so the next load does not copy it again.
      if (result.status === 'salvaged') {
        save(value);
      } else {
        try {
          storage.remove(schema.key);
        } catch {
          // The copy exists; a second copy on the next load is harmless.
        }
      }
    } else {
      unbacked = text;
    }
    const notice = noticeFor(schema.key, result.problem, result.detail, {
      backup,
      dropped: result.status === 'salvaged' ? result.dropped : undefined,
    });
    return { value, notice };
  }

  return {
    key: schema.key,
    load,
    save,
    clear: () => {
      // An unreadable original is removed only once it is backed up.
      if (unbacked !== undefined) {
        if (!backUp(storage, schema.key, unbacked, clock())) return;
        unbacked = undefined;
      }
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
