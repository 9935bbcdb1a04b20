/**
 * The byte-level envelope the classroom codes share with the mission share codes (docs/missions.md): base64url
 * without `=`, two magic letters, a version byte, a 32-bit FNV-1a checksum of the body, then the body deflated with
 * a preset dictionary (fflate). `openEnvelope` checks each layer in order and names the first one that fails.
 */
import { deflateSync, inflateSync } from '../vendor/fflate/index';
import { base64urlDecode, base64urlEncode, fnv1a, utf8Decode, utf8Encode } from '../missions/codec';

export const HEADER_BYTES = 7;

export interface Envelope {
  /** Two ASCII letters. */
  readonly magic: string;
  readonly version: number;
  readonly dictionary: string;
  /** Largest body accepted when opening (a "zip bomb" is refused, not expanded). */
  readonly maxBodyBytes: number;
}

export type EnvelopeProblem = 'malformed' | 'foreign' | 'newer' | 'damaged' | 'too-long';

export type Opened = { ok: true; json: unknown } | { ok: false; problem: EnvelopeProblem; detail: string };

const dictionaries = new Map<string, Uint8Array>();
function dictionaryBytes(text: string): Uint8Array {
  let bytes = dictionaries.get(text);
  if (!bytes) {
    bytes = Uint8Array.from(utf8Encode(text));
    dictionaries.set(text, bytes);
  }
  return bytes;
}

function magicBytes(env: Envelope): number[] {
  return [env.magic.charCodeAt(0), env.magic.charCodeAt(1)];
}

/** JSON → code. */
export function sealEnvelope(env: Envelope, json: unknown): string {
  const body = utf8Encode(JSON.stringify(json));
  const sum = fnv1a(body);
  const header = [...magicBytes(env), env.version, sum >>> 24, (sum >>> 16) & 255, (sum >>> 8) & 255, sum & 255];
  const packed = deflateSync(Uint8Array.from(body), { level: 9, mem: 12, dictionary: dictionaryBytes(env.dictionary) });
  return base64urlEncode(header.concat(Array.from(packed)));
}

/** Code → JSON, or the first layer that is wrong. Never throws. */
export function openEnvelope(env: Envelope, code: string): Opened {
  const bytes = base64urlDecode(code);
  if (bytes === null) return { ok: false, problem: 'malformed', detail: 'not base64url' };
  const magic = magicBytes(env);
  if (bytes.length < 2 || bytes[0] !== magic[0] || bytes[1] !== magic[1]) {
    return { ok: false, problem: 'foreign', detail: `no ${env.magic} magic` };
  }
  if (bytes.length < HEADER_BYTES) return { ok: false, problem: 'damaged', detail: 'shorter than the header' };
  if (bytes[2] > env.version) return { ok: false, problem: 'newer', detail: `version ${bytes[2]}` };
  if (bytes[2] < 1) return { ok: false, problem: 'foreign', detail: `version ${bytes[2]}` };
  let body: number[];
  try {
    const out = inflateSync(Uint8Array.from(bytes.slice(HEADER_BYTES)), {
      dictionary: dictionaryBytes(env.dictionary),
    });
    if (out.length > env.maxBodyBytes)
      return { ok: false, problem: 'too-long', detail: `${out.length} bytes unpacked` };
    body = Array.from(out);
  } catch {
    return { ok: false, problem: 'damaged', detail: 'cannot unpack' };
  }
  const sum = ((bytes[3] << 24) | (bytes[4] << 16) | (bytes[5] << 8) | bytes[6]) >>> 0;
  if (fnv1a(body) !== sum) return { ok: false, problem: 'damaged', detail: 'checksum mismatch' };
  const text = utf8Decode(body);
  if (text === null) return { ok: false, problem: 'damaged', detail: 'not UTF-8' };
  try {
    return { ok: true, json: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, problem: 'damaged', detail: 'not JSON' };
  }
}

/** The checksum of a text as 8 hex digits (FNV-1a over its UTF-8 bytes). */
export function checksumHex(text: string): string {
  return fnv1a(utf8Encode(text)).toString(16).padStart(8, '0');
}
