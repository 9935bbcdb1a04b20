import { PROGRESS_SCHEMA } from '../core/progress/schema';
import type { Progress } from '../core/progress/model';
import { versionedStore } from '../core/storage/versioned-store';
import type { KeyValueStorage, LoadResult, VersionedStore } from '../core/storage/versioned-store';
import type { Migration, StorageNotice } from '../core/storage/envelope';

/** The only module that calls wx storage. Everything else reads and writes through these functions. */

export type { KeyValueStorage, LoadResult, VersionedStore, Migration, StorageNotice };

/** wx storage as a KeyValueStorage. `get` returns '' for a missing key, as wx does. */
export const wxStorage: KeyValueStorage = {
  get: (key) => wx.getStorageSync<unknown>(key),
  set: (key, value) => wx.setStorageSync(key, value),
  remove: (key) => wx.removeStorageSync(key),
};

/** Reads a raw value ('' when absent). Never throws. */
export function get(key: string): unknown {
  try {
    return wx.getStorageSync<unknown>(key);
  } catch {
    return '';
  }
}

/** Writes a raw value; false when storage refuses (e.g. full). */
export function set(key: string, value: string | number | boolean | object): boolean {
  try {
    wx.setStorageSync(key, value);
    return true;
  } catch {
    return false;
  }
}

export function remove(key: string): void {
  try {
    wx.removeStorageSync(key);
  } catch {
    // Removing a key that cannot be removed leaves it; nothing else to do.
  }
}

/** Every key in storage (e.g. to list `<key>.backup.*` copies on the about page). */
export function listKeys(): string[] {
  try {
    return wx.getStorageInfoSync().keys.slice();
  } catch {
    return [];
  }
}

export interface VersionedStoreOptions<T> {
  readonly key: string;
  readonly version: number;
  /** `migrations[n]` upgrades schema n to n + 1. */
  readonly migrations?: Readonly<Record<number, Migration>>;
  readonly validate: (data: unknown) => data is T;
  readonly initial: () => T;
}

/**
 * A typed store for one key, saved as `{ schema, data }`. `load()` migrates old data, and backs up and reports
 * (in `notice`) anything it cannot read, returning `initial()` instead; it never throws.
 */
export function createVersionedStore<T>(options: VersionedStoreOptions<T>): VersionedStore<T> {
  return versionedStore(
    {
      key: options.key,
      version: options.version,
      migrations: options.migrations ?? {},
      validate: options.validate,
      initial: options.initial,
    },
    wxStorage,
  );
}

let progressStore: VersionedStore<Progress> | undefined;

/** The learner's progress store (key `reglab.progress`). */
export function getProgressStore(): VersionedStore<Progress> {
  if (!progressStore) progressStore = versionedStore(PROGRESS_SCHEMA, wxStorage);
  return progressStore;
}

let cachedProgress: Progress | undefined;
let pendingNotice: StorageNotice | undefined;

/** The learner's progress, loaded once per app run and kept in memory. */
export function readProgress(): Progress {
  if (!cachedProgress) {
    const loaded = getProgressStore().load();
    cachedProgress = loaded.value;
    pendingNotice = loaded.notice;
  }
  return cachedProgress;
}

/** Replaces and saves the progress; false if storage refused (the in-memory copy is still updated). */
export function writeProgress(progress: Progress): boolean {
  cachedProgress = progress;
  return getProgressStore().save(progress);
}

/** Applies a pure update to the progress and saves it. */
export function updateProgress(update: (progress: Progress) => Progress): Progress {
  const before = readProgress();
  const after = update(before);
  if (after !== before) writeProgress(after);
  return after;
}

/** The notice from loading progress, once: the first page to ask shows it, later callers get undefined. */
export function takeStorageNotice(): StorageNotice | undefined {
  readProgress();
  const notice = pendingNotice;
  pendingNotice = undefined;
  return notice;
}

/** Forgets the in-memory copy, so the next read loads from storage again (app restart; tests). */
export function forgetLoadedProgress(): void {
  cachedProgress = undefined;
  pendingNotice = undefined;
  progressStore = undefined;
}
