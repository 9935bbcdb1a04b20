/**
 * Mainland China identity numbers and unified social credit codes, checked the way the real forms do:
 * the 18-character resident ID (GB 11643: region, birth date, sequence, ISO 7064 MOD 11-2 check digit) and
 * the 18-character credit code (GB 32100: MOD 31 check character). Also synthetic, valid sample values.
 */
import { beijing, isRealDate } from './time';
import { GIVEN, MINORITY_PREFIX, PROVINCE_CODES, SAMPLE_ORG_NAMES, SIMULATED_PREFIX, SURNAMES } from './idcard-data';

export { PROVINCE_CODES } from './idcard-data';

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** The check character for the first 17 digits of an ID number. */
export function idCheckDigit(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17.charAt(i)) * ID_WEIGHTS[i];
  return ID_CHECK.charAt(sum % 11);
}

export type IdProblem =
  | { kind: 'length'; length: number }
  | { kind: 'format' }
  | { kind: 'region'; region: string }
  | { kind: 'birthDate'; date: string }
  | { kind: 'checksum'; expected: string };

/** Upper-cases a trailing x and trims spaces, as the real form does. */
export function normalizeIdNumber(text: string): string {
  return text.trim().toUpperCase();
}

/**
 * Checks a normalised 18-character ID number. `today` (epoch ms) bounds the birth date; null means valid.
 */
export function checkIdNumber(id: string, today: number): IdProblem | null {
  if (id.length !== 18) return { kind: 'length', length: id.length };
  if (!/^\d{17}[\dX]$/.test(id)) return { kind: 'format' };
  const region = id.slice(0, 6);
  if (!Object.prototype.hasOwnProperty.call(PROVINCE_CODES, region.slice(0, 2)) || region.slice(2, 4) === '00') {
    return { kind: 'region', region };
  }
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  const date = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (year < 1900 || !isRealDate(year, month, day) || beijing(year, month, day) > today) {
    return { kind: 'birthDate', date };
  }
  const expected = idCheckDigit(id.slice(0, 17));
  if (id.charAt(17) !== expected) return { kind: 'checksum', expected };
  return null;
}

/** `44**************1X`: enough to recognise, not enough to reuse. */
export function maskIdNumber(id: string): string {
  if (id.length <= 4) return '*'.repeat(id.length);
  return id.slice(0, 2) + '*'.repeat(id.length - 4) + id.slice(-2);
}

/** Counties used for samples: real region codes of city districts. */
const SAMPLE_REGIONS = ['110101', '310104', '440106', '330106', '510107', '420111', '320102', '610113'];

function seedInt(seed: number, salt: number, modulo: number): number {
  let x = (Math.floor(Math.abs(seed)) + 1) * 2654435761 + salt * 40503;
  x = (x ^ (x >>> 13)) >>> 0;
  x = Math.imul(x, 1274126177) >>> 0;
  return ((x ^ (x >>> 16)) >>> 0) % modulo;
}

/**
 * A synthetic ID number with a correct region, birth date and check digit, for the "sample data" button.
 * The same seed always gives the same number.
 */
export function sampleIdNumber(seed: number): string {
  const region = SAMPLE_REGIONS[seedInt(seed, 1, SAMPLE_REGIONS.length)];
  const year = 1980 + seedInt(seed, 2, 25);
  const month = 1 + seedInt(seed, 3, 12);
  const day = 1 + seedInt(seed, 4, 28);
  const sequence = String(900 + seedInt(seed, 5, 100));
  const first17 = `${region}${year}${pad2(month)}${pad2(day)}${sequence}`;
  return first17 + idCheckDigit(first17);
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** A clearly fake Chinese name; every fourth seed uses the "·" separator as minority names do. */
export function sampleIdName(seed: number): string {
  const surname = SURNAMES[seedInt(seed, 6, SURNAMES.length)];
  const given = GIVEN[seedInt(seed, 7, GIVEN.length)];
  return seedInt(seed, 8, 4) === 0 ? `${MINORITY_PREFIX}${surname}${given}` : `${surname}${given}`;
}

/** A recognisably fake mainland mobile number (138 0013 80xx, the well-known placeholder range). */
export function sampleMobile(seed: number): string {
  return `138001380${pad2(seedInt(seed, 9, 100))}`;
}

const CREDIT_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function creditCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_CHARS.indexOf(first17.charAt(i)) * CREDIT_WEIGHTS[i];
  return CREDIT_CHARS.charAt((31 - (sum % 31)) % 31);
}

export type CreditProblem = { kind: 'format' } | { kind: 'checksum'; expected: string };

export function checkCreditCode(code: string): CreditProblem | null {
  if (code.length !== 18 || !/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)) return { kind: 'format' };
  const expected = creditCheckChar(code.slice(0, 17));
  if (code.charAt(17) !== expected) return { kind: 'checksum', expected };
  return null;
}

/** A synthetic credit code with a correct check character (an enterprise registered in Guangzhou Tianhe). */
export function sampleCreditCode(seed: number): string {
  let body = '91440106';
  for (let i = 0; i < 9; i++) body += CREDIT_CHARS.charAt(seedInt(seed, 20 + i, CREDIT_CHARS.length));
  return body + creditCheckChar(body);
}

export function sampleOrgName(seed: number): string {
  return `${SIMULATED_PREFIX}${SAMPLE_ORG_NAMES[seedInt(seed, 30, SAMPLE_ORG_NAMES.length)]}`;
}

export function maskCreditCode(code: string): string {
  return code.length < 8 ? '*'.repeat(code.length) : code.slice(0, 4) + '*'.repeat(code.length - 8) + code.slice(-4);
}

/** `邓*`: the surname (first character) and a star, as the console shows a person's subject (fact B-08). */
export function maskPersonName(name: string): string {
  return name.length === 0 ? '' : `${name.charAt(0)}*`;
}

export function maskMobile(phone: string): string {
  return phone.length === 11 ? `${phone.slice(0, 3)}****${phone.slice(7)}` : '*'.repeat(phone.length);
}
