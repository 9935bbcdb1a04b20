/**
 * The console sandbox as the main package sees it. The world itself and the engine that reads it live in the
 * console subpackage (console/services/session.ts); the 实操 tab only needs the small summary the session saves
 * beside the world after every change, and a way to forget both.
 */
import { CONSOLE_SCHEMA_VERSION, isSandboxSummary } from '../core/lab-scenarios';
import type { SandboxSummary } from '../core/lab-scenarios';
import { decode } from '../core/storage/envelope';
import { isRecord } from '../core/storage/guards';
import { createVersionedStore, get, remove, restoreRawBackup } from './storage';
import type { RestoreResult, StorageNotice, VersionedStore } from './storage';

/** Storage key of the console world (written by console/services/session.ts). */
export const CONSOLE_KEY = 'reglab.console';
/** Storage key of the sandbox summary. */
export const SANDBOX_SUMMARY_KEY = 'reglab.sandbox';

interface SummarySave {
  summary: SandboxSummary | null;
}

function isSummarySave(value: unknown): value is SummarySave {
  if (typeof value !== 'object' || value === null) return false;
  const summary = (value as { summary?: unknown }).summary;
  return summary === null || isSandboxSummary(summary);
}

let store: VersionedStore<SummarySave> | undefined;
let cached: SummarySave | undefined;
let pendingNotice: StorageNotice | undefined;
let resets = 0;

function getStore(): VersionedStore<SummarySave> {
  if (!store) {
    store = createVersionedStore<SummarySave>({
      key: SANDBOX_SUMMARY_KEY,
      version: 1,
      validate: isSummarySave,
      initial: () => ({ summary: null }),
    });
  }
  return store;
}

function loaded(): SummarySave {
  if (!cached) {
    const result = getStore().load();
    cached = result.value;
    pendingNotice = result.notice;
  }
  return cached;
}

/** The summary of the current sandbox, or null when there is none. */
export function readSandboxSummary(): SandboxSummary | null {
  return loaded().summary;
}

/** Saves the summary (the console session calls this after every save of the world). */
export function writeSandboxSummary(summary: SandboxSummary): void {
  cached = { summary };
  getStore().save(cached);
}

/** Forgets the sandbox: the world and its summary. A loaded console session notices (`sandboxResets`). */
export function resetSandbox(): void {
  remove(CONSOLE_KEY);
  getStore().clear();
  cached = { summary: null };
  resets += 1;
}

/**
 * Restores a console backup from the main package (我的): the world is put back unread, its summary is dropped, and
 * a loaded console session reloads it (`sandboxResets`), checking it as any save.
 */
export function restoreConsoleBackup(backup: string): RestoreResult<null> {
  if (!looksLikeConsoleSave(get(backup))) return { ok: false, problem: 'unreadable', detail: backup };
  const result = restoreRawBackup(backup, CONSOLE_KEY);
  if (result.ok) {
    getStore().clear();
    cached = { summary: null };
    resets += 1;
  }
  return result;
}

/**
 * Whether a saved console world has the outer shape this version writes (an envelope of a known schema holding a
 * world object or none); the world itself is checked by the console session when it loads it.
 */
function looksLikeConsoleSave(raw: unknown): boolean {
  const shape = (data: unknown): data is { world: unknown } =>
    isRecord(data) && (data.world === null || isRecord(data.world));
  const passThrough = (data: unknown) => data;
  const migrations: Record<number, (data: unknown) => unknown> = {};
  for (let v = 1; v < CONSOLE_SCHEMA_VERSION; v++) migrations[v] = passThrough;
  const decoded = decode(
    raw,
    {
      key: CONSOLE_KEY,
      version: CONSOLE_SCHEMA_VERSION,
      migrations,
      validate: shape,
      initial: () => ({ world: null }),
    },
    { now: 0 },
  );
  return decoded.status === 'ok';
}

/** How many times the sandbox was reset in this app run: the console session drops its copy when this changes. */
export function sandboxResets(): number {
  return resets;
}

/** The notice from loading an unreadable summary, once. */
export function takeSandboxNotice(): StorageNotice | undefined {
  loaded();
  const notice = pendingNotice;
  pendingNotice = undefined;
  return notice;
}

/** Forgets the in-memory copy so the next read loads from storage (app restart; tests). */
export function forgetSandboxSummary(): void {
  cached = undefined;
  pendingNotice = undefined;
  store = undefined;
}
