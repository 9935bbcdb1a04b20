import type { I18nText } from '../../../core/i18n';
import { ACCOUNT_ERRORS } from '../registration/errors';
import { RELEASE_ERRORS } from '../versions/errors';
import { SETTINGS_ERRORS } from '../dev-settings/errors';

/** One entry of the error catalogue: the facts it rests on, the form field it concerns, and its message. */
export interface ErrorSpec {
  readonly factIds: readonly string[];
  readonly field?: string;
  /** Message templates; `{name}` is replaced by the parameter of that name. */
  readonly zh: string;
  readonly en: string;
}

export const GENERAL_ERRORS = {
  UNKNOWN_ACTION: {
    factIds: [],
    zh: '控制台不认识这个操作（{type}）。',
    en: 'The console does not know this action ({type}).',
  },
  INVALID_ACTION: {
    factIds: [],
    zh: '操作的参数不完整或格式不对：{detail}',
    en: 'The action is missing a value or has one of the wrong kind: {detail}',
  },
  INTERNAL_ERROR: {
    factIds: [],
    zh: '模拟控制台出了点问题，操作没有生效。请重试，或重新开始这个场景。',
    en: 'The simulated console hit a problem and the action did not take effect. Try again, or restart the scenario.',
  },
  CLOCK_INVALID: {
    factIds: [],
    field: 'time',
    zh: '时间跳转需要一个正数的时长（最多 5 年）。',
    en: 'Time travel needs a positive duration (at most 5 years).',
  },
  CLOCK_BACKWARDS: {
    factIds: [],
    field: 'time',
    zh: '模拟时钟只能向前走：请选择晚于当前时间（{now}）的时刻。',
    en: 'The simulated clock only moves forward: choose a moment after the current time ({now}).',
  },
  SAVE_NOT_JSON: {
    factIds: [],
    zh: '存档无法读取（不是有效的 JSON），已保持原样，没有加载任何内容。',
    en: 'The save cannot be read (it is not valid JSON); nothing was loaded.',
  },
  SAVE_SCHEMA_UNSUPPORTED: {
    factIds: [],
    zh: '存档的版本（{found}）与当前程序（{expected}）不匹配，没有加载。',
    en: 'The save is version {found} but this program reads version {expected}; nothing was loaded.',
  },
  SAVE_CORRUPT: {
    factIds: [],
    zh: '存档内容不完整或已损坏（{detail}），没有加载任何内容。',
    en: 'The save is incomplete or damaged ({detail}); nothing was loaded.',
  },
} satisfies Record<string, ErrorSpec>;

export const ERROR_CATALOG = {
  ...GENERAL_ERRORS,
  ...ACCOUNT_ERRORS,
  ...SETTINGS_ERRORS,
  ...RELEASE_ERRORS,
};

export type ErrorCode = keyof typeof ERROR_CATALOG;

export const ERROR_CODES = Object.keys(ERROR_CATALOG) as ErrorCode[];

/** A refusal from the console: stable code, what to do (zh + en), the facts behind it, and the field concerned. */
export interface ConsoleError {
  readonly code: ErrorCode;
  readonly message: I18nText;
  readonly factIds: string[];
  readonly field?: string;
}

export type ErrorParams = Record<string, string | number>;

function fill(template: string, params: ErrorParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.prototype.hasOwnProperty.call(params, key) ? String(params[key]) : whole,
  );
}

export function isErrorCode(code: string): code is ErrorCode {
  return Object.prototype.hasOwnProperty.call(ERROR_CATALOG, code);
}

export function errorSpec(code: ErrorCode): ErrorSpec {
  return ERROR_CATALOG[code];
}

/** Builds the error for a catalogue code; `field` overrides the catalogue's field (e.g. `domains[2]`). */
export function consoleError(code: ErrorCode, params: ErrorParams = {}, field?: string): ConsoleError {
  const spec: ErrorSpec = ERROR_CATALOG[code];
  const error: ConsoleError = {
    code,
    message: { zh: fill(spec.zh, params), en: fill(spec.en, params) },
    factIds: spec.factIds.slice(),
  };
  const f = field !== undefined ? field : spec.field;
  return f !== undefined ? { ...error, field: f } : error;
}

export function isConsoleError(value: unknown): value is ConsoleError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { code?: unknown }).code === 'string' &&
    isErrorCode((value as { code: string }).code) &&
    typeof (value as { message?: unknown }).message === 'object'
  );
}
