/**
 * Pure field validators: the same rules the engine enforces, for pages to check fields as they are typed.
 * Each returns the first problem as a ConsoleError (with its `field`), or null when the value is fine.
 */
import { FORBIDDEN_NAME_KEYWORDS } from './platform-data';
import { consoleError, type ConsoleError } from './errors';
import { checkCreditCode, checkIdNumber, normalizeIdNumber } from './idcard';
import { displayable, normalizeMobile, normalizeText } from './input';

export { normalizeMobile };
import { RULE_SETS } from './rulesets';
import type { DomainKind } from './types';

const RULES = RULE_SETS.current.rules;

export function validateEmail(email: string): ConsoleError | null {
  const value = email.trim();
  if (value === '') return consoleError('EMAIL_REQUIRED');
  if (
    value.length > 254 ||
    !/^[A-Za-z0-9._%+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/.test(
      value,
    )
  ) {
    return consoleError('EMAIL_FORMAT');
  }
  if (value.startsWith('.') || value.indexOf('..') >= 0 || value.split('@')[0].endsWith('.')) {
    return consoleError('EMAIL_FORMAT');
  }
  return null;
}

/** Emails compare case-insensitively, as mail addresses do in practice. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Fact R-06: letters, digits or English symbols, at least 8, case-sensitive. */
export function validatePassword(password: string, minLength = RULES['R-06'].minPasswordLength): ConsoleError | null {
  if (password === '') return consoleError('PASSWORD_REQUIRED');
  if (!/^[\x21-\x7e]+$/.test(password)) return consoleError('PASSWORD_CHARACTERS');
  if (password.length < minLength) return consoleError('PASSWORD_TOO_SHORT', { min: minLength });
  return null;
}

export function validatePasswordConfirmation(password: string, confirmation: string): ConsoleError | null {
  return password === confirmation ? null : consoleError('PASSWORD_MISMATCH');
}

/** Captchas compare without regard to case, like the real picture captcha. */
export function validateCaptcha(input: string, expected: string): ConsoleError | null {
  const value = input.trim();
  if (value === '') return consoleError('CAPTCHA_REQUIRED');
  return value.toUpperCase() === expected.toUpperCase() ? null : consoleError('CAPTCHA_WRONG');
}

const WRONG_SEPARATORS = /[.•・‧∙·．\s]/;
const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff';

/** Fact I-04: the name exactly as on the ID card; a "·" separator must be kept as "·". */
export function validateIdName(name: string): ConsoleError | null {
  const value = name.trim();
  if (value === '') return consoleError('ID_NAME_REQUIRED');
  const withoutMiddleDot = value.replace(/·/g, '');
  if (WRONG_SEPARATORS.test(withoutMiddleDot)) return consoleError('ID_NAME_SEPARATOR');
  const pattern = new RegExp(`^[${HAN}]+(·[${HAN}]+)*$`);
  const letters = withoutMiddleDot.length;
  if (!pattern.test(value) || letters < 2 || letters > 20) return consoleError('ID_NAME_FORMAT');
  return null;
}

/** Fact I-04: 18 characters; valid region, birth date (not after `today`) and GB 11643 check digit. */
export function validateIdNumber(idNumber: string, today: number): ConsoleError | null {
  const value = normalizeIdNumber(idNumber);
  if (value === '') return consoleError('ID_NUMBER_REQUIRED');
  const problem = checkIdNumber(value, today);
  if (!problem) return null;
  switch (problem.kind) {
    case 'length':
      return consoleError('ID_NUMBER_LENGTH', { length: problem.length });
    case 'format':
      return consoleError('ID_NUMBER_FORMAT');
    case 'region':
      return consoleError('ID_NUMBER_REGION', { region: problem.region });
    case 'birthDate':
      return consoleError('ID_NUMBER_BIRTH_DATE', { date: problem.date });
    case 'checksum':
      // The message explains how the digit is computed and never gives it: the learner checks each digit instead.
      return consoleError('ID_NUMBER_CHECKSUM');
  }
}

/** Fact I-04: an 11-digit mainland mobile number. */
export function validateMobile(phone: string): ConsoleError | null {
  const value = normalizeMobile(phone);
  if (value === '') return consoleError('PHONE_REQUIRED');
  return /^1[3-9]\d{9}$/.test(value) ? null : consoleError('PHONE_FORMAT');
}

/** Fact I-04: the SMS code has 6 digits. */
export function validateSmsCode(code: string): ConsoleError | null {
  const value = code.trim();
  if (value === '') return consoleError('SMS_CODE_REQUIRED');
  return /^\d{6}$/.test(value) ? null : consoleError('SMS_CODE_FORMAT');
}

export function validateOrgName(name: string): ConsoleError | null {
  const value = name.trim();
  if (value === '') return consoleError('ORG_NAME_REQUIRED');
  return value.length < 2 || value.length > 60 ? consoleError('ORG_NAME_LENGTH') : null;
}

/** The unified social credit code of an organisation (GB 32100 check character). */
export function validateCreditCode(code: string): ConsoleError | null {
  const value = code.trim().toUpperCase();
  if (value === '') return consoleError('CREDIT_CODE_REQUIRED');
  const problem = checkCreditCode(value);
  if (!problem) return null;
  return problem.kind === 'format' ? consoleError('CREDIT_CODE_FORMAT') : consoleError('CREDIT_CODE_CHECKSUM');
}

/** Characters as the console counts a name: a Chinese (or other wide) character counts 2. */
export function nameWidth(name: string): number {
  return Array.from(name).reduce((width, ch) => width + (/[\x00-\xff]/.test(ch) ? 1 : 2), 0);
}

/** Characters as a person counts them (code points). */
export function charCount(text: string): number {
  return Array.from(text).length;
}

export { FORBIDDEN_NAME_KEYWORDS };

/** Looks through full-width forms and invisible characters: `ＷｅＣｈａｔ` and `小\u200b程序` both count. */
export function forbiddenKeywordIn(text: string): string | null {
  const lower = displayable(normalizeText(text), Infinity).toLowerCase();
  for (const keyword of FORBIDDEN_NAME_KEYWORDS) if (lower.indexOf(keyword) >= 0) return keyword;
  return null;
}

/** Fact B-03: 4-30 characters (Chinese counts 2), no platform keywords. Uniqueness needs the world. */
export function validateAppName(name: string): ConsoleError | null {
  const value = name.trim();
  if (value === '') return consoleError('NAME_REQUIRED');
  const keyword = forbiddenKeywordIn(value);
  if (keyword) return consoleError('NAME_FORBIDDEN_KEYWORD', { keyword });
  const width = nameWidth(value);
  if (width < 4 || width > 30) return consoleError('NAME_LENGTH', { length: width });
  return null;
}

export const ABBREVIATION_MAX = 10;

/** Fact B-04: a short form of the name. */
export function validateAbbreviation(abbreviation: string, name: string | null): ConsoleError | null {
  if (name === null) return consoleError('ABBR_NEEDS_NAME');
  const value = abbreviation.trim();
  const keyword = forbiddenKeywordIn(value);
  if (keyword) return consoleError('ABBR_FORBIDDEN_KEYWORD', { keyword });
  const n = charCount(value);
  if (n < 2 || n > ABBREVIATION_MAX || n >= charCount(name))
    return consoleError('ABBR_LENGTH', { max: ABBREVIATION_MAX });
  return null;
}

/** Fact B-05: BMP/JPEG/JPG/GIF/PNG, at most 2 MB. `format` is a file extension or a file name. */
export function validateAvatar(format: string, sizeBytes: number): ConsoleError | null {
  const rule = RULES['B-05'];
  const ext = avatarFormat(format);
  if (rule.formats.indexOf(ext) < 0) return consoleError('AVATAR_FORMAT', { format: format || '?' });
  if (!(sizeBytes > 0) || sizeBytes > rule.maxBytes) {
    return consoleError('AVATAR_TOO_LARGE', { sizeMb: (Math.max(0, sizeBytes) / 1024 / 1024).toFixed(1) });
  }
  return null;
}

export function avatarFormat(format: string): string {
  const value = format.trim().toLowerCase();
  const dot = value.lastIndexOf('.');
  return dot >= 0 ? value.slice(dot + 1) : value;
}

/** Fact B-06: 4-120 characters. */
export function validateIntroduction(text: string): ConsoleError | null {
  const rule = RULES['B-06'];
  const n = charCount(text.trim());
  if (n < rule.minLength || n > rule.maxLength) {
    return consoleError('INTRO_LENGTH', { min: rule.minLength, max: rule.maxLength, length: n });
  }
  return null;
}

export function isIpv4(text: string): boolean {
  const parts = text.split('.');
  return parts.length === 4 && parts.every((p) => /^(0|[1-9]\d{0,2})$/.test(p) && Number(p) <= 255);
}

/** Fact D-06: an IPv4 address for a whitelist. */
export function validateIp(ip: string): ConsoleError | null {
  return isIpv4(ip.trim()) ? null : consoleError('IP_FORMAT', { ip: displayable(ip) });
}

const PROTOCOL: Record<DomainKind, string> = {
  request: 'https',
  socket: 'wss',
  uploadFile: 'https',
  downloadFile: 'https',
};

export const DOMAIN_KIND_LABELS: Record<DomainKind, { zh: string; en: string }> = {
  request: { zh: 'request ', en: 'request' },
  socket: { zh: 'socket ', en: 'socket' },
  uploadFile: { zh: 'uploadFile ', en: 'uploadFile' },
  downloadFile: { zh: 'downloadFile ', en: 'downloadFile' },
};

export interface ParsedDomain {
  protocol: string;
  host: string;
  port: number | null;
}

/** Splits `https://host[:port][/]` into its parts; null when it is not a URL of that shape (a path is kept out). */
export function parseDomain(text: string): (ParsedDomain & { hasPath: boolean }) | null {
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/(\[[^\]]*\]|[^/:?#]*)(?::(\d{1,5}))?([/?#].*)?$/.exec(text.trim());
  if (!m) return null;
  const rest = m[4] || '';
  return {
    protocol: m[1].toLowerCase(),
    host: m[2].toLowerCase(),
    port: m[3] !== undefined ? Number(m[3]) : null,
    hasPath: rest !== '' && rest !== '/',
  };
}

const HOST_PATTERN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const SECOND_LEVEL = ['com.cn', 'net.cn', 'org.cn', 'gov.cn', 'edu.cn', 'ac.cn'];

/** The part of a host that is registered and filed: `api.school.edu.cn` → `school.edu.cn`. */
export function registrableDomain(host: string): string {
  const labels = host.split('.');
  const lastTwo = labels.slice(-2).join('.');
  return SECOND_LEVEL.indexOf(lastTwo) >= 0 ? labels.slice(-3).join('.') : lastTwo;
}

/**
 * Fact D-07: a server domain of the given kind. With `filedDomains` it also checks ICP filing.
 */
export function validateDomain(
  kind: DomainKind,
  domain: string,
  filedDomains: readonly string[] | null = null,
): ConsoleError | null {
  const parsed = parseDomain(domain);
  if (!parsed) return consoleError('DOMAIN_FORMAT', { domain: displayable(domain) });
  const protocol = PROTOCOL[kind];
  if (parsed.protocol !== protocol) {
    return consoleError('DOMAIN_PROTOCOL', {
      domain: displayable(domain),
      protocol,
      kind: DOMAIN_KIND_LABELS[kind],
    });
  }
  if (parsed.hasPath) return consoleError('DOMAIN_PATH', { domain: displayable(domain) });
  const host = parsed.host;
  if (host.startsWith('[') || isIpv4(host) || /^\d+(\.\d+)*$/.test(host))
    return consoleError('DOMAIN_IP', { domain: displayable(domain) });
  if (host === 'localhost' || host.endsWith('.localhost')) return consoleError('DOMAIN_LOCALHOST');
  if (parsed.port !== null && (parsed.port < 1 || parsed.port > 65535))
    return consoleError('DOMAIN_FORMAT', { domain: displayable(domain) });
  if (!HOST_PATTERN.test(host)) return consoleError('DOMAIN_FORMAT', { domain: displayable(domain) });
  if (host === 'api.weixin.qq.com') return consoleError('DOMAIN_FORBIDDEN');
  if (filedDomains !== null && filedDomains.indexOf(registrableDomain(host)) < 0) {
    return consoleError('DOMAIN_NOT_FILED', { domain: displayable(domain), filed: filedDomains.join('、') || '—' });
  }
  return null;
}

/** The canonical form a domain is stored in: lower-case, no trailing slash. */
export function normalizeDomain(domain: string): string {
  const parsed = parseDomain(domain);
  if (!parsed) return domain.trim();
  return `${parsed.protocol}://${parsed.host}${parsed.port !== null ? `:${parsed.port}` : ''}`;
}

/** Fact M-04: the WeChat ID searched for (not the nickname). */
export function validateWechatId(wechatId: string): ConsoleError | null {
  const value = wechatId.trim();
  if (value === '') return consoleError('WECHAT_ID_REQUIRED');
  return /^[A-Za-z][A-Za-z0-9_-]{5,19}$/.test(value) ? null : consoleError('WECHAT_ID_FORMAT');
}

export const VERSION_NOTE_MAX = 200;

/** Fact P-02: a version number such as 1.0.0. */
export function validateVersionNumber(version: string): ConsoleError | null {
  return /^\d{1,4}(\.\d{1,4}){0,3}$/.test(version.trim()) ? null : consoleError('VERSION_FORMAT');
}

export function validateVersionNote(note: string): ConsoleError | null {
  return charCount(note) > VERSION_NOTE_MAX ? consoleError('VERSION_NOTE_TOO_LONG', { max: VERSION_NOTE_MAX }) : null;
}
