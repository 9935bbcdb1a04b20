import { formatText } from '../../../core/i18n';
import type { BilingualParams, I18nText } from '../../../core/i18n';
import { SANDBOX_ERRORS } from '../sandbox/errors';
import { REGISTRATION_ERRORS } from '../registration/errors';
import { LOGIN_ERRORS } from '../login/errors';
import { PHONE_ERRORS } from '../phone/errors';
import { BASIC_SETTINGS_ERRORS } from '../basic-settings/errors';
import { DEV_SETTINGS_ERRORS } from '../dev-settings/errors';
import { MEMBERS_ERRORS } from '../members/errors';
import { VERSIONS_ERRORS } from '../versions/errors';
import { FILING_ERRORS } from '../filing/errors';
import { VERIFICATION_ERRORS } from '../verification/errors';
import { PRIVACY_ERRORS } from '../privacy/errors';

/** One entry of the error catalogue: the facts it rests on, the form field it concerns, and its message. */
export interface ErrorSpec extends I18nText {
  readonly factIds: readonly string[];
  readonly field?: string;
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
  MISSION_OVER: {
    factIds: [],
    zh: '本次任务已结束：撤销一步或重新开始。',
    en: 'This run is over: undo a step or start again.',
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
  INPUT_INVISIBLE: {
    factIds: [],
    zh: '这里有看不见的字符或控制字符（{code}），多半是从别处复制来的。请删掉后重新输入。',
    en: 'This contains an invisible or control character ({code}), probably copied from elsewhere. Delete it and type the value again.',
  },
  INPUT_TOO_LONG: {
    factIds: [],
    zh: '这里最多填 {max} 个字符，现在有 {length} 个。',
    en: 'This takes at most {max} characters; it has {length}.',
  },
  PERMISSION_DENIED: {
    factIds: ['M-07', 'M-02'],
    zh: '当前身份（{actor}）没有“{module}”的权限：{who}可以做这件事。',
    en: 'The current role ({actor}) has no access to "{module}": {who} can do this.',
  },
} satisfies Record<string, ErrorSpec>;

/** Every error the console can give: the general ones above and each area's catalogue (`<area>/errors.ts`). */
export const ERROR_CATALOG = {
  ...GENERAL_ERRORS,
  ...SANDBOX_ERRORS,
  ...REGISTRATION_ERRORS,
  ...LOGIN_ERRORS,
  ...PHONE_ERRORS,
  ...BASIC_SETTINGS_ERRORS,
  ...DEV_SETTINGS_ERRORS,
  ...MEMBERS_ERRORS,
  ...VERSIONS_ERRORS,
  ...FILING_ERRORS,
  ...VERIFICATION_ERRORS,
  ...PRIVACY_ERRORS,
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

/** A message's named parameters: a `{ zh, en }` value where the words differ by language. */
export type ErrorParams = BilingualParams;

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
    message: formatText({ zh: spec.zh, en: spec.en }, params),
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
