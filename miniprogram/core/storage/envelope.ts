import type { I18nText } from '../i18n';
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
}

export type DecodeProblem = 'unparsable' | 'wrong-shape' | 'newer-schema' | 'migration-failed' | 'invalid';

export type DecodeResult<T> =
  | { readonly status: 'empty' }
  | { readonly status: 'ok'; readonly value: T; readonly migratedFrom?: number }
  | { readonly status: 'problem'; readonly problem: DecodeProblem; readonly detail: string };

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
      return { status: 'problem', problem: 'unparsable', detail: errorText(err) };
    }
  }
  if (!isRecord(parsed) || !('data' in parsed)) {
    return { status: 'problem', problem: 'wrong-shape', detail: 'not a { schema, data } envelope' };
  }
  const version = parsed.schema;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { status: 'problem', problem: 'wrong-shape', detail: `bad schema ${JSON.stringify(version)}` };
  }
  if (version > schema.version) {
    return {
      status: 'problem',
      problem: 'newer-schema',
      detail: `schema ${version} is newer than this build's ${schema.version}`,
    };
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
      return { status: 'problem', problem: 'migration-failed', detail: `from schema ${v}: ${errorText(err)}` };
    }
  }
  if (!schema.validate(data)) {
    return { status: 'problem', problem: 'invalid', detail: `data does not match schema ${schema.version}` };
  }
  return version < schema.version
    ? { status: 'ok', value: data, migratedFrom: version }
    : { status: 'ok', value: data };
}

export function encode<T>(value: T, schema: Pick<VersionedSchema<T>, 'version'>): string {
  const envelope: Envelope = { schema: schema.version, data: value };
  return JSON.stringify(envelope);
}

/** Where unreadable data is kept: `<key>.backup.<timestamp>`. */
export function backupKey(key: string, now: number): string {
  return `${key}.backup.${now}`;
}

/** What the learner is told when saved data could not be read. */
export interface StorageNotice {
  readonly key: string;
  readonly problem: DecodeProblem;
  /** Where the unreadable data was copied, or undefined if the copy failed. */
  readonly backupKey?: string;
  readonly message: I18nText;
  /** Technical detail for the about page or a bug report. */
  readonly detail: string;
}

const PROBLEM_TEXT: Readonly<Record<DecodeProblem, I18nText>> = {
  unparsable: { zh: '保存的数据已损坏，无法读取', en: 'The saved data is damaged and cannot be read' },
  'wrong-shape': { zh: '保存的数据格式无法识别', en: 'The saved data has a format this app does not recognise' },
  'newer-schema': {
    zh: '保存的数据来自更新版本的小程序',
    en: 'The saved data was written by a newer version of this app',
  },
  'migration-failed': { zh: '旧版本的数据无法升级', en: 'Data from an older version could not be upgraded' },
  invalid: { zh: '保存的数据内容不完整或有误', en: 'The saved data is incomplete or invalid' },
};

export function noticeFor(key: string, problem: DecodeProblem, detail: string, backup?: string): StorageNotice {
  const what = PROBLEM_TEXT[problem];
  const message: I18nText = backup
    ? {
        zh: `${what.zh}。原数据已备份（${backup}），现已从头开始。`,
        en: `${what.en}. The original was backed up (${backup}) and you are starting afresh.`,
      }
    : {
        zh: `${what.zh}。备份失败（存储空间可能已满），现已从头开始。`,
        en: `${what.en}. It could not be backed up (storage may be full); you are starting afresh.`,
      };
  return backup ? { key, problem, backupKey: backup, message, detail } : { key, problem, message, detail };
}
