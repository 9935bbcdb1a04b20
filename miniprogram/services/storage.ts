import { PROGRESS_SCHEMA } from '../core/progress/schema';
import type { Progress } from '../core/progress/model';
import { t } from '../core/i18n';
import type { I18nText } from '../core/i18n';
import { backUp, versionedStore } from '../core/storage/versioned-store';
import type { KeyValueStorage, LoadResult, VersionedStore } from '../core/storage/versioned-store';
import { SAVE_FAILED_TITLE, backupPrefix, decode, saveProblemText, utf8Length } from '../core/storage/envelope';
import { RESTORE_PROBLEM_TEXTS } from '../core/storage/texts';
import type {
  Migration,
  SaveProblem,
  SaveResult,
  Salvage,
  StorageNotice,
  VersionedSchema,
} from '../core/storage/envelope';
import { alert } from './dialog';

/** The only module that calls wx storage. Everything else reads and writes through these functions. */

export type { KeyValueStorage, LoadResult, VersionedStore, Migration, SaveProblem, SaveResult, Salvage, StorageNotice };

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
  readonly salvage?: (data: unknown) => Salvage<T> | undefined;
}

/** The schema a store built from these options reads and writes. */
export function schemaOf<T>(options: VersionedStoreOptions<T>): VersionedSchema<T> {
  return {
    key: options.key,
    version: options.version,
    migrations: options.migrations ?? {},
    validate: options.validate,
    initial: options.initial,
    salvage: options.salvage,
  };
}

/**
 * A typed store for one key, saved as `{ schema, data }`. `load()` migrates old data, and backs up and reports
 * (in `notice`) anything it cannot read, returning `initial()` instead; it never throws.
 */
export function createVersionedStore<T>(options: VersionedStoreOptions<T>): VersionedStore<T> {
  return versionedStore(schemaOf(options), wxStorage);
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

/** The problem the learner was last told about, so a run of failing saves (one per section read) alerts once. */
let reportedProblem: SaveProblem | undefined;

/**
 * Tells the learner, once per run of failures, that a write failed and what to do (the advice depends on why:
 * one key over 1 MB, storage full at 10 MB, unavailable, or an unreadable original waiting for its backup).
 */
function reportSave(result: SaveResult, lang: 'zh' | 'en'): void {
  if (result.ok) {
    reportedProblem = undefined;
    return;
  }
  if (reportedProblem === result.problem) return;
  reportedProblem = result.problem;
  try {
    void alert(t(SAVE_FAILED_TITLE, lang), t(saveProblemText(result.problem), lang), lang);
  } catch {
    // No dialog available (e.g. a test without one): the result still says what failed.
  }
}

/**
 * Replaces and saves the progress. The in-memory copy is updated either way; a refused write is reported to the
 * learner (see `reportSave`) and returned.
 */
export function writeProgress(progress: Progress): SaveResult {
  cachedProgress = progress;
  const result = getProgressStore().save(progress);
  reportSave(result, progress.lang);
  return result;
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
  reportedProblem = undefined;
}

/** Which store a backup belongs to, by the key it was copied from. */
export interface BackupEntry {
  readonly key: string;
  /** The key it is a backup of, e.g. `reglab.progress`. */
  readonly of: string;
  /** When it was made (epoch ms, from the key). */
  readonly at: number;
  /** Its size in UTF-8 bytes (what counts against the 10 MB). */
  readonly bytes: number;
}

/** Backups of the given keys (`<key>.backup.<ms>[-n]`), newest first. */
export function listBackups(of: readonly string[]): BackupEntry[] {
  const rows: BackupEntry[] = [];
  for (const key of listKeys()) {
    for (const source of of) {
      const prefix = backupPrefix(source);
      if (key.indexOf(prefix) !== 0) continue;
      const match = /^(\d+)(?:-\d+)?$/.exec(key.slice(prefix.length));
      const raw = get(key);
      const text = typeof raw === 'string' ? raw : JSON.stringify(raw) || '';
      rows.push({ key, of: source, at: match ? Number(match[1]) : 0, bytes: utf8Length(text) });
    }
  }
  return rows.sort((a, b) => b.at - a.at || (a.key < b.key ? 1 : -1));
}

export type RestoreResult<T> =
  | { readonly ok: true; readonly value: T; readonly dropped: readonly string[]; readonly savedCurrent?: string }
  | { readonly ok: false; readonly problem: 'unreadable' | 'missing' | SaveProblem; readonly detail: string };

/** What to tell the learner when a restore failed. */
export function restoreProblemText(problem: 'unreadable' | 'missing' | SaveProblem): I18nText {
  return problem === 'unreadable' || problem === 'missing' ? RESTORE_PROBLEM_TEXTS[problem] : saveProblemText(problem);
}

/**
 * Restores a backup into its store: reads it as a load would (migrating, keeping what is readable), first backs up
 * what is stored now (so a restore never loses anything), then saves. The backup itself is kept.
 */
export function restoreBackup<T>(
  backup: string,
  schema: VersionedSchema<T>,
  store: VersionedStore<T>,
  now: number = Date.now(),
): RestoreResult<T> {
  const raw = get(backup);
  if (raw === '' || raw === undefined || raw === null) return { ok: false, problem: 'missing', detail: backup };
  const decoded = decode(raw, schema, { now });
  if (decoded.status !== 'ok' && decoded.status !== 'salvaged') {
    return { ok: false, problem: 'unreadable', detail: decoded.status === 'problem' ? decoded.detail : 'empty' };
  }
  const current = get(schema.key);
  let savedCurrent: string | undefined;
  if (current !== '' && current !== undefined && current !== null) {
    const text = typeof current === 'string' ? current : JSON.stringify(current);
    savedCurrent = backUp(wxStorage, schema.key, text, now);
    if (!savedCurrent) return { ok: false, problem: 'storage-full', detail: 'the current data could not be backed up' };
  }
  const saved = store.save(decoded.value);
  if (!saved.ok) return { ok: false, problem: saved.problem, detail: saved.detail };
  const dropped = decoded.status === 'salvaged' ? decoded.dropped : [];
  return savedCurrent
    ? { ok: true, value: decoded.value, dropped, savedCurrent }
    : { ok: true, value: decoded.value, dropped };
}

/**
 * Puts a backup back under `key` as it is, without reading it (the main package cannot read a console world: the
 * engine lives in the console subpackage). The current data is backed up first; whoever loads `key` next checks it
 * and, if it cannot be read, backs it up again and says so, so nothing is lost either way.
 */
export function restoreRawBackup(backup: string, key: string, now: number = Date.now()): RestoreResult<null> {
  const raw = get(backup);
  if (raw === '' || raw === undefined || raw === null) return { ok: false, problem: 'missing', detail: backup };
  const current = get(key);
  let savedCurrent: string | undefined;
  if (current !== '' && current !== undefined && current !== null) {
    const text = typeof current === 'string' ? current : JSON.stringify(current);
    savedCurrent = backUp(wxStorage, key, text, now);
    if (!savedCurrent) return { ok: false, problem: 'storage-full', detail: 'the current data could not be backed up' };
  }
  if (!set(key, typeof raw === 'string' ? raw : JSON.stringify(raw))) {
    return { ok: false, problem: 'storage-full', detail: `${key} could not be written` };
  }
  return savedCurrent ? { ok: true, value: null, dropped: [], savedCurrent } : { ok: true, value: null, dropped: [] };
}

/** Restores a progress backup and makes it the progress in memory. */
export function restoreProgressBackup(backup: string): RestoreResult<Progress> {
  const result = restoreBackup(backup, PROGRESS_SCHEMA, getProgressStore());
  if (result.ok) cachedProgress = result.value;
  return result;
}

/** Deletes a backup (only keys that are backups). */
export function deleteBackup(key: string): boolean {
  if (key.indexOf('.backup.') < 0) return false;
  remove(key);
  return get(key) === '';
}
