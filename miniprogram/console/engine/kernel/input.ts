/**
 * Input hygiene, in one place: every string an action carries passes here before its schema and its rule.
 * Text is normalised (Unicode NFKC, so full-width `ＷｅＣｈａｔ` and `１３８` become `WeChat` and `138`, then trimmed),
 * invisible, control and direction-changing characters are refused with a field error (they would otherwise slip
 * past the forbidden-word and name-taken checks: `小\u200b程序` is not `小程序` to a naive comparison), and each field
 * has its real maximum length, the same number the console pages put on the input's `maxlength`.
 * Secrets (passwords, the AppSecret, the upload key) are kept as typed: only their length and invisible characters
 * are checked; their own validators say what else is wrong.
 */
import { consoleError, type ConsoleError } from './errors';
import { isPlainObject } from './schema';

/**
 * The longest value each field accepts, in characters (code points), by the action key that carries it. Pages use
 * the same numbers for `maxlength`; `test/unit/console/kernel/input.test.ts` checks the WXML against this table.
 */
export const INPUT_LIMITS = {
  email: 254,
  password: 32,
  confirmPassword: 32,
  captcha: 8,
  idName: 30,
  idNumber: 18,
  phone: 11,
  smsCode: 6,
  code: 6,
  orgName: 60,
  creditCode: 18,
  name: 30,
  abbreviation: 10,
  introduction: 120,
  format: 255,
  wechatId: 20,
  ips: 18,
  ip: 15,
  domains: 300,
  secret: 64,
  uploadKey: 64,
  version: 19,
  note: 200,
  uploader: 100,
  mailId: 100,
  scanId: 100,
  categoryId: 100,
  appId: 100,
  purpose: 100,
  retentionDays: 5,
  contact: 254,
} as const;

export type InputField = keyof typeof INPUT_LIMITS;

/** How far past its limit a value may go before it is refused here rather than by its field's own rule. */
export const PASTE_FACTOR = 2;

/** Fields whose characters are kept exactly as typed (no NFKC, no trim). */
const VERBATIM: readonly string[] = ['password', 'confirmPassword', 'secret', 'uploadKey'];

/**
 * Characters nobody types on purpose into a console form: C0/C1 controls (NUL, line breaks), zero-width and
 * joiner characters, soft hyphen, direction marks, embeddings, overrides and isolates (U+202A–202E, U+2066–2069),
 * invisible operators, the Hangul fillers, the byte-order mark and interlinear annotation marks.
 */
const INVISIBLE =
  /[\u0000-\u001f\u007f-\u009f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u2028-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufffb]/;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'g');

/** The first invisible or control character in `text`, as `U+200B`, or null. */
export function invisibleIn(text: string): string | null {
  const m = INVISIBLE.exec(text);
  return m ? `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : null;
}

/** Full-width punctuation that Chinese text uses as such (（）：，！…): NFKC would turn it into ASCII. */
const CJK_PUNCTUATION = /[\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]/;
const OUTSIDE_CJK_PUNCTUATION = new RegExp(`[^${CJK_PUNCTUATION.source.slice(1, -1)}]+`, 'g');

/**
 * Unicode NFKC, trimmed: full-width letters and digits become ASCII (`ＷｅＣｈａｔ` → `WeChat`), compatibility forms
 * their plain ones. Full-width punctuation is kept as typed, since an organisation's registered name is written
 * with it (`（模拟）演示网络工作室`).
 */
export function normalizeText(text: string): string {
  if (typeof text.normalize !== 'function') return text.trim();
  return text.replace(OUTSIDE_CJK_PUNCTUATION, (part) => part.normalize('NFKC')).trim();
}

/** Text safe to show back to the learner inside a message: no invisible characters, at most `max` characters. */
export function displayable(text: string, max = 60): string {
  const visible = text.replace(INVISIBLE_ALL, '');
  const chars = Array.from(visible);
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : visible;
}

function isInputField(key: string): key is InputField {
  return Object.prototype.hasOwnProperty.call(INPUT_LIMITS, key);
}

/**
 * Checks and normalises one field value. `key` picks the limit; `field` is the path the error names (such as
 * `domains[2]` or `participants[0].phone`). Returns the clean value or the error.
 */
export function cleanInput(key: string, field: string, raw: string): string | ConsoleError {
  const limitKey: InputField = isInputField(key) ? key : 'uploader';
  const max = INPUT_LIMITS[limitKey];
  const invisible = invisibleIn(raw);
  // Line breaks inside multi-line lists are split by the pages before they reach here; anywhere else they are refused.
  if (invisible) return consoleError('INPUT_INVISIBLE', { code: invisible }, field);
  const text = VERBATIM.indexOf(key) >= 0 ? raw : normalizeText(raw);
  // A phone number is checked as its 11 digits: `+86 138-0013-8000` and `１３８００１３８０００` are `13800138000`.
  const value = key === 'phone' ? normalizeMobile(text) : text;
  const length = Array.from(value).length;
  // Up to twice the limit, the field's own rule explains what is wrong (a name's width, an introduction's length);
  // beyond that it is a paste nobody meant, refused here before any rule looks at it.
  if (length > max * PASTE_FACTOR) {
    return consoleError('INPUT_TOO_LONG', { max, length }, field);
  }
  return value;
}

/** Full-width digits, spaces, hyphens and a +86 / 0086 country code are accepted as a person writes them. */
export function normalizeMobile(phone: string): string {
  const nfkc = typeof phone.normalize === 'function' ? phone.normalize('NFKC') : phone;
  const compact = nfkc.replace(/[\s\-()（）]/g, '');
  const m = /^(?:\+86|0086|86)(1\d{10})$/.exec(compact);
  return m ? m[1] : compact;
}

export type Cleaned = { ok: true; action: Record<string, unknown> } | { ok: false; error: ConsoleError };

/** The action with every string normalised, or the first field error. Non-string values pass unchanged. */
export function cleanAction(input: Record<string, unknown>): Cleaned {
  let problem: ConsoleError | null = null;
  const walk = (value: unknown, key: string, path: string): unknown => {
    if (problem) return value;
    if (typeof value === 'string') {
      const clean = cleanInput(key, path, value);
      if (typeof clean !== 'string') {
        problem = clean;
        return value;
      }
      return clean;
    }
    if (Array.isArray(value)) {
      // Lists longer than any rule allows are left to the schema, which refuses them without walking them.
      if (value.length > 400) return value;
      return value.map((item, i) => walk(item, key, `${path}[${i}]`));
    }
    if (isPlainObject(value)) {
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(value))
        out[k] = walk(value[k], k, path === '' || path === 'form' ? k : `${path}.${k}`);
      return out;
    }
    return value;
  };
  const out: Record<string, unknown> = { type: input.type };
  for (const key of Object.keys(input)) {
    if (key === 'type') continue;
    out[key] = walk(input[key], key, key === 'form' ? 'form' : key);
  }
  const found: ConsoleError | null = problem;
  return found ? { ok: false, error: found } : { ok: true, action: out };
}
