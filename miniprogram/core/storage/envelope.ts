import { formatText } from '../i18n';
import type { I18nText } from '../i18n';
import { DECODE_PROBLEM_TEXTS, SAVE_PROBLEM_TEXTS, STORAGE_TEXTS } from './texts';
import { isRecord } from './guards';

/**
 * Everything saved is wrapped as `{ schema, data }`: `schema` is the version of `data`'s shape. Reading runs the
 * migrations from the stored version up to the current one, then validates. Anything that cannot be read (unparsable,
 * wrong shape, a newer schema from a newer build, a failed migration or validation) is reported, never thrown.
 */
export interface Envelope {
  readonly schema: number;
  readonly data: unknown;
}

export interface MigrationContext {
  /** Epoch ms of the load, for migrations that need to date what they create. */
  readonly now: number;
}

/** Turns data of schema `n` into data of schema `n + 1`; may throw, which is reported as corrupt data. */
export type Migration = (data: unknown, context: MigrationContext) => unknown;

export interface VersionedSchema<T> {
  /** The storage key. */
  readonly key: string;
  /** Current schema version, from 1. */
  readonly version: number;
  /** `migrations[n]` upgrades schema n to n + 1, for every n from the oldest supported up to `version - 1`. */
  readonly migrations: Readonly<Record<number, Migration>>;
  readonly validate: (data: unknown) => data is T;
  readonly initial: () => T;
  /**
   * Keeps what is readable of data that failed validation (or came from a newer build), record by record, and names
   * what it left out. Undefined when nothing can be kept. Without it, unreadable data is replaced by `initial()`.
   */
  readonly salvage?: (data: unknown) => Salvage<T> | undefined;
}

/** What `salvage` could keep, and the names (paths such as `exams[3]`) of the records it had to leave out. */
export interface Salvage<T> {
  readonly value: T;
  readonly dropped: readonly string[];
}

export type DecodeProblem = 'unparsable' | 'wrong-shape' | 'newer-schema' | 'migration-failed' | 'invalid';

export type DecodeResult<T> =
  | { readonly status: 'empty' }
  | { readonly status: 'ok'; readonly value: T; readonly migratedFrom?: number }
  | { readonly status: 'problem'; readonly problem: DecodeProblem; readonly detail: string }
  | {
      readonly status: 'salvaged';
      readonly value: T;
      readonly dropped: readonly string[];
      readonly problem: DecodeProblem;
      readonly detail: string;
    };

function salvaged<T>(
  schema: VersionedSchema<T>,
  data: unknown,
  problem: DecodeProblem,
  detail: string,
): DecodeResult<T> {
  let kept: Salvage<T> | undefined;
  try {
    kept = schema.salvage ? schema.salvage(data) : undefined;
  } catch {
    kept = undefined;
  }
  return kept && schema.validate(kept.value)
    ? { status: 'salvaged', value: kept.value, dropped: kept.dropped, problem, detail }
    : { status: 'problem', problem, detail };
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Reads what storage returned (a JSON string, or an object for older builds that stored objects directly). */
export function decode<T>(raw: unknown, schema: VersionedSchema<T>, context: MigrationContext): DecodeResult<T> {
  if (raw === undefined || raw === null || raw === '') return { status: 'empty' };
  let parsed: unknown = raw;
  if (typeof raw === 'string') {
    try {
      parsed = JSON.parse(raw);
    } catch (err) {
      // The schema may still find something in the text (progress: the language and theme).
      return salvaged(schema, raw, 'unparsable', errorText(err));
    }
  }
  if (!isRecord(parsed) || !('data' in parsed)) {
    // Not an envelope: perhaps the data itself, stored bare.
    return salvaged(schema, parsed, 'wrong-shape', 'not a { schema, data } envelope');
  }
  const version = parsed.schema;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return salvaged(schema, parsed.data, 'wrong-shape', `bad schema ${JSON.stringify(version)}`);
  }
  if (version > schema.version) {
    // A newer build's data: what still has this build's shape (settings, most records) is used meanwhile.
    return salvaged(
      schema,
      parsed.data,
      'newer-schema',
      `schema ${version} is newer than this build's ${schema.version}`,
    );
  }
  let data = parsed.data;
  for (let v = version; v < schema.version; v++) {
    const migrate = schema.migrations[v];
    if (!migrate) {
      return { status: 'problem', problem: 'migration-failed', detail: `no migration from schema ${v}` };
    }
    try {
      data = migrate(data, context);
    } catch (err) {
      // Data labelled with an old schema may still be readable in the current shape (e.g. a wrong label).
      return salvaged(schema, parsed.data, 'migration-failed', `from schema ${v}: ${errorText(err)}`);
    }
  }
  if (!schema.validate(data)) {
    return salvaged(schema, data, 'invalid', `data does not match schema ${schema.version}`);
  }
  return version < schema.version
    ? { status: 'ok', value: data, migratedFrom: version }
    : { status: 'ok', value: data };
}

export function encode<T>(value: T, schema: Pick<VersionedSchema<T>, 'version'>): string {
  const envelope: Envelope = { schema: schema.version, data: value };
  return JSON.stringify(envelope);
}

/** Where unreadable data is kept: `<key>.backup.<timestamp>`, with `-<n>` added when that key is taken. */
export function backupKey(key: string, now: number, taken: (candidate: string) => boolean = () => false): string {
  const base = `${key}.backup.${now}`;
  let candidate = base;
  for (let n = 1; taken(candidate); n++) candidate = `${base}-${n}`;
  return candidate;
}

/** The prefix of every backup of `key`. */
export function backupPrefix(key: string): string {
  return `${key}.backup.`;
}

/** What the learner is told when saved data could not be read. */
export interface StorageNotice {
  readonly key: string;
  readonly problem: DecodeProblem;
  /** Where the unreadable data was copied, or undefined if the copy failed. */
  readonly backupKey?: string;
  /** Records left out because they could not be read (the rest was kept); empty when nothing could be kept. */
  readonly dropped: readonly string[];
  /** True when what was readable was kept; false when the learner starts afresh. */
  readonly kept: boolean;
  readonly message: I18nText;
  /** Technical detail for the about page or a bug report. */
  readonly detail: string;
}

/** At most this many dropped records are named in the message (the rest are counted). */
const NAMED_MAX = 5;

function droppedText(dropped: readonly string[]): I18nText {
  const more = dropped.length - NAMED_MAX;
  return formatText(STORAGE_TEXTS.dropped, {
    count: dropped.length,
    records: dropped.length === 1 ? STORAGE_TEXTS.recordOne : STORAGE_TEXTS.recordMany,
    named: dropped.slice(0, NAMED_MAX).join(', '),
    more: more > 0 ? formatText(STORAGE_TEXTS.droppedMore, { n: more }) : '',
  });
}

export interface NoticeOptions {
  readonly backup?: string;
  /** Set when what was readable was kept: the records left out. */
  readonly dropped?: readonly string[];
}

export function noticeFor(
  key: string,
  problem: DecodeProblem,
  detail: string,
  options: NoticeOptions = {},
): StorageNotice {
  const what = DECODE_PROBLEM_TEXTS[problem];
  const { backup, dropped } = options;
  const kept = dropped !== undefined;
  const keptText: I18nText = !kept
    ? STORAGE_TEXTS.startingAfresh
    : dropped.length > 0
      ? droppedText(dropped)
      : STORAGE_TEXTS.allKept;
  const message = formatText(backup ? STORAGE_TEXTS.backedUp : STORAGE_TEXTS.notBackedUp, {
    what,
    kept: keptText,
    backup: backup ?? '',
  });
  const base = { key, problem, dropped: dropped ?? [], kept, message, detail };
  return backup ? { ...base, backupKey: backup } : base;
}

/** Why a write failed; each needs different advice. */
export type SaveProblem = 'too-large' | 'storage-full' | 'unavailable' | 'backup-pending';

/** WeChat's limits: one key holds at most 1 MB, all keys of a mini program together at most 10 MB. */
export const KEY_LIMIT_BYTES = 1024 * 1024;
export const TOTAL_LIMIT_BYTES = 10 * 1024 * 1024;

export type SaveResult =
  { readonly ok: true } | { readonly ok: false; readonly problem: SaveProblem; readonly detail: string };

/** UTF-8 length of a string (the unit WeChat's limits are counted in), without TextEncoder (not in every runtime). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Classifies what `setStorageSync` threw: quota errors name the size limit; anything else is "unavailable". */
export function classifyWriteError(err: unknown): SaveProblem {
  const text = (err instanceof Error ? err.message : String(err)).toLowerCase();
  return /exceed|max size|quota|full|limit/.test(text) ? 'storage-full' : 'unavailable';
}

export const SAVE_FAILED_TITLE: I18nText = STORAGE_TEXTS.saveFailedTitle;

/** The advice shown to the learner for a failed write. */
export function saveProblemText(problem: SaveProblem): I18nText {
  return SAVE_PROBLEM_TEXTS[problem];
}
