/**
 * One-way fingerprints (cyrb53, 53 bits, hex). Used where the simulation must recognise a value again
 * without keeping it: AppSecret, upload key, password, ID-card and phone numbers. Not cryptographic,
 * which is fine for a simulation whose values are all synthetic.
 */
export function fingerprint(text: string, salt = ''): string {
  const input = `${salt}\u0000${text}`;
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < input.length; i++) {
    const ch = input.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const value = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return `fp_${value.toString(16).padStart(14, '0')}`;
}
