/**
 * One-way fingerprints (cyrb53, 53 bits, hex). Used where the simulation must recognise a value again
 * without keeping it and the value is a random secret too long to guess: AppSecret and upload key.
 * Not for personal data: a 53-bit fingerprint of a phone number is reversed by trying all 10^4 middles.
 */
export function fingerprint(text: string, salt = ''): string {
  return `fp_${cyrb53(`${salt}\u0000${text}`).toString(16).padStart(14, '0')}`;
}

function cyrb53(input: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < input.length; i++) {
    const ch = input.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * Bits kept of a personal value (docs/privacy.md has the arithmetic): so few that every stored tag has hundreds
 * or more preimages among the values its mask allows, so no amount of computing gives the value back; enough,
 * beside the mask, to recognise the same value again in a simulation (a different value with the same mask
 * passes for the same one with probability 2^-bits).
 */
export const TAG_BITS = { idNumber: 4, phone: 4, name: 8, password: 8 } as const;

/**
 * A short tag: the low `bits` bits of a hash of `text` in `domain`, written `t<bits>_<hex>`, after an optional
 * visible part (a mask that is stored anyway). Many values share a tag by construction.
 */
export function shortTag(text: string, domain: string, bits: number, visible = ''): string {
  const value = cyrb53(`${domain}\u0000${text}`) % 2 ** bits;
  return `${visible ? `${visible}~` : ''}t${bits}_${value.toString(16)}`;
}

/** What a personal-data tag saved by an older build (a full fingerprint) is replaced with: it matches nothing. */
export const LEGACY_TAG = 'legacy';
