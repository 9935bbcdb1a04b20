/**
 * Seeded pseudo-random numbers (mulberry32). The generator's whole state is one unsigned 32-bit integer kept
 * in the world, so every generated AppID, secret, captcha and SMS code is reproducible and survives a save.
 */

export interface RngHolder {
  rng: number;
}

/** Advances the holder's state and returns a float in [0, 1). */
export function nextRandom(holder: RngHolder): number {
  let t = (holder.rng + 0x6d2b79f5) >>> 0;
  holder.rng = t;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** An integer in [min, max]. */
export function randomInt(holder: RngHolder, min: number, max: number): number {
  return min + Math.floor(nextRandom(holder) * (max - min + 1));
}

export function randomString(holder: RngHolder, alphabet: string, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet.charAt(randomInt(holder, 0, alphabet.length - 1));
  return out;
}

export const HEX = '0123456789abcdef';
export const DIGITS = '0123456789';
/** Captcha letters without look-alikes (no 0/O, 1/I/L). */
export const CAPTCHA_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXY23456789';

/** Normalises any number to a valid generator state. */
export function seedState(seed: number): number {
  return Number.isFinite(seed) ? Math.floor(Math.abs(seed)) >>> 0 : 0;
}
