/**
 * Share codes: a mission as a compact base64url string (no `=`) for share cards and QR codes.
 *
 * Bytes: `R` `L` (magic), the code version, a 32-bit FNV-1a checksum of the body, then the body deflated (fflate,
 * with a preset dictionary of what missions repeat): the mission as UTF-8 JSON with its known keys shortened. The reference solution is left out (a shared card must not give the
 * answer away); `par` stays. Decoding checks, in order: size, alphabet, magic, version, checksum, JSON, the
 * mission schema and the start world; any failure is a bilingual message and nothing else happens.
 */
import { formatText, type I18nText } from '../../core/i18n';
import type { Mission } from './content/model';
import { deflateSync, inflateSync } from '../vendor/fflate/index';
import { DICTIONARY_V1 } from './codec-dictionary';
import { startWorld } from './start';
import { CODE_PROBLEM_TEXTS, MISSION_TEXTS } from './texts';
import { checkMission } from './validate';

export const CODE_VERSION = 1;
/** Longest code accepted (built-in missions stay under 1 KB; twice that leaves room for a teacher's own). */
export const MAX_CODE_LENGTH = 2048;
const MAGIC = [0x52, 0x4c];
const HEADER = 7;
/** A code cannot unpack to more than this (a "zip bomb" is refused, not expanded). */
const MAX_BODY_BYTES = 16 * 1024;

export type CodeProblem =
  'empty' | 'too-long' | 'malformed' | 'foreign' | 'newer' | 'damaged' | 'invalid' | 'unplayable';

export type DecodeResult =
  { ok: true; mission: Mission } | { ok: false; problem: CodeProblem; message: I18nText; detail: string };

function fail(problem: CodeProblem, detail: string): DecodeResult {
  return { ok: false, problem, message: CODE_PROBLEM_TEXTS[problem], detail };
}

// ---- keys: long ⇄ short (values under `value` are opaque JSON and keep their keys) ----

const SHORT: Readonly<Record<string, string>> = {
  id: 'i',
  title: 'T',
  briefing: 'B',
  stage: 'S',
  order: 'O',
  factIds: 'F',
  start: 'A',
  goals: 'G',
  forbidden: 'X',
  hints: 'H',
  par: 'P',
  label: 'L',
  check: 'C',
  metAtStart: 'M',
  reason: 'R',
  when: 'W',
  scenario: 'N',
  ruleSet: 'U',
  seed: 'D',
  at: 'Z',
  patch: 'Q',
  path: 'K',
  value: 'V',
  zh: 'z',
  en: 'e',
  sel: 's',
  op: 'o',
  log: 'l',
  after: 'a',
  min: 'm',
  all: '&',
  any: '|',
  not: '!',
};
const LONG: Readonly<Record<string, string>> = Object.keys(SHORT).reduce<Record<string, string>>((acc, k) => {
  acc[SHORT[k]] = k;
  return acc;
}, {});

function renameKeys(v: unknown, table: Readonly<Record<string, string>>, opaqueKey: string): unknown {
  if (Array.isArray(v)) return v.map((x) => renameKeys(x, table, opaqueKey));
  if (typeof v !== 'object' || v === null) return v;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v)) {
    const value = (v as Record<string, unknown>)[k];
    const key = Object.prototype.hasOwnProperty.call(table, k) ? table[k] : k;
    out[key] = k === opaqueKey ? value : renameKeys(value, table, opaqueKey);
  }
  return out;
}

// ---- bytes ----

export function utf8Encode(text: string): number[] {
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
}

/** Strict UTF-8 decoding; null for an invalid sequence. */
export function utf8Decode(bytes: readonly number[]): string | null {
  let out = '';
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    const n = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (n < 0 || i + n >= bytes.length + (n === 0 ? 1 : 0)) return null;
    let c = n === 0 ? b : b & (0x3f >> n);
    for (let j = 1; j <= n; j++) {
      const cont = bytes[i + j];
      if (cont === undefined || (cont & 0xc0) !== 0x80) return null;
      c = (c << 6) | (cont & 63);
    }
    if ((n === 2 && c < 0x800) || (n === 3 && (c < 0x10000 || c > 0x10ffff)) || (c >= 0xd800 && c <= 0xdfff)) {
      return null;
    }
    out += String.fromCodePoint(c);
    i += n + 1;
  }
  return out;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export function base64urlEncode(bytes: readonly number[]): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] || 0) << 8) | (bytes[i + 2] || 0);
    const chars = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2;
    for (let j = 0; j < chars; j++) out += ALPHABET.charAt((n >> (18 - 6 * j)) & 63);
  }
  return out;
}

/** Null when the text has a character outside base64url or an impossible length. */
export function base64urlDecode(text: string): number[] | null {
  if (text.length % 4 === 1) return null;
  const out: number[] = [];
  for (let i = 0; i < text.length; i += 4) {
    const chunk = text.slice(i, i + 4);
    let n = 0;
    for (let j = 0; j < 4; j++) {
      const v = j < chunk.length ? ALPHABET.indexOf(chunk.charAt(j)) : 0;
      if (v < 0) return null;
      n = (n << 6) | v;
    }
    out.push((n >> 16) & 255);
    if (chunk.length > 2) out.push((n >> 8) & 255);
    if (chunk.length > 3) out.push(n & 255);
  }
  return out;
}

const DICTIONARY_BYTES = Uint8Array.from(utf8Encode(DICTIONARY_V1));

export function fnv1a(bytes: readonly number[]): number {
  let h = 0x811c9dc5;
  for (const b of bytes) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  return h >>> 0;
}

// ---- missions ----

/** The share code of a mission (without its reference solution). */
export function encodeMission(mission: Mission): string {
  const { solution: _solution, ...shared } = mission;
  const body = utf8Encode(JSON.stringify(renameKeys(shared, SHORT, 'value')));
  const sum = fnv1a(body);
  const header = [...MAGIC, CODE_VERSION, sum >>> 24, (sum >>> 16) & 255, (sum >>> 8) & 255, sum & 255];
  const packed = deflateSync(Uint8Array.from(body), { level: 9, mem: 12, dictionary: DICTIONARY_BYTES });
  return base64urlEncode(header.concat(Array.from(packed)));
}

/** Reads a share code. Pure: a bad code gives a message and changes nothing. */
export function decodeMission(input: unknown): DecodeResult {
  if (typeof input !== 'string' || input.trim() === '') return fail('empty', 'no text');
  const code = input.trim();
  if (code.length > MAX_CODE_LENGTH) return fail('too-long', `${code.length} > ${MAX_CODE_LENGTH} characters`);
  const bytes = base64urlDecode(code);
  if (bytes === null) return fail('malformed', 'not base64url');
  if (bytes.length < 2 || bytes[0] !== MAGIC[0] || bytes[1] !== MAGIC[1]) return fail('foreign', 'no RegLab magic');
  if (bytes.length < HEADER) return fail('damaged', 'shorter than the header');
  if (bytes[2] > CODE_VERSION) return fail('newer', `code version ${bytes[2]}`);
  if (bytes[2] < 1) return fail('foreign', `code version ${bytes[2]}`);
  let body: number[];
  try {
    const out = inflateSync(Uint8Array.from(bytes.slice(HEADER)), { dictionary: DICTIONARY_BYTES });
    if (out.length > MAX_BODY_BYTES) return fail('too-long', `${out.length} bytes unpacked`);
    body = Array.from(out);
  } catch {
    return fail('damaged', 'cannot unpack');
  }
  const sum = ((bytes[3] << 24) | (bytes[4] << 16) | (bytes[5] << 8) | bytes[6]) >>> 0;
  if (fnv1a(body) !== sum) return fail('damaged', 'checksum mismatch');
  const text = utf8Decode(body);
  if (text === null) return fail('damaged', 'not UTF-8');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return fail('damaged', 'not JSON');
  }
  const checked = checkMission(renameKeys(parsed, LONG, 'V'));
  if (!checked.ok) return fail('invalid', checked.problem);
  const mission: Mission = { ...checked.mission, solution: null };
  const started = startWorld(mission.start);
  if (!started.ok) return fail('unplayable', started.message.en);
  return { ok: true, mission };
}

/** Missions imported from codes, newest last. */
export interface ImportedMissions {
  readonly missions: readonly Mission[];
}

export type ImportResult =
  | { ok: true; library: ImportedMissions; mission: Mission; replaced: boolean }
  | { ok: false; library: ImportedMissions; problem: CodeProblem; message: I18nText; detail: string };

/**
 * Adds the mission of a code to the imported ones (replacing one with the same id). A bad code, or one that
 * would shadow a built-in mission with other content, returns the same library object unchanged; the code of a
 * built-in mission is accepted and adds nothing (it is already there).
 */
export function importMission(library: ImportedMissions, code: unknown, builtIns: readonly Mission[]): ImportResult {
  const decoded = decodeMission(code);
  if (!decoded.ok) return { ...decoded, library };
  const mission = decoded.mission;
  const builtIn = builtIns.find((m) => m.id === mission.id);
  if (builtIn) {
    const copy = encodeMission(builtIn) === encodeMission(mission);
    return copy
      ? { ok: true, library, mission, replaced: false }
      : {
          ok: false,
          library,
          problem: 'invalid',
          message: formatText(MISSION_TEXTS.shadowsBuiltIn, { id: mission.id }),
          detail: 'shadows a built-in mission',
        };
  }
  const replaced = library.missions.some((m) => m.id === mission.id);
  return {
    ok: true,
    library: { missions: library.missions.filter((m) => m.id !== mission.id).concat([mission]) },
    mission,
    replaced,
  };
}
