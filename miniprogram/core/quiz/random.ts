/**
 * A small seeded pseudo-random generator (mulberry32) for reproducible shuffles.
 * A quiz run stores its seed, so the same seed and question pool always give the same run.
 */

/** Normalises any number to an unsigned 32-bit seed. */
export function toSeed(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.floor(Math.abs(value)) >>> 0;
}

/** Mixes a string into a 32-bit hash (FNV-1a), for deriving sub-seeds such as one per question. */
export function hashString(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** A generator of floats in [0, 1) from a seed; each call advances its private state. */
export function createRng(seed: number): () => number {
  let state = toSeed(seed);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** A new array with the items in a seeded Fisher–Yates order; the input is not changed. */
export function shuffle<T>(items: readonly T[], rng: () => number): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const tmp = out[i];
    out[i] = out[j];
    out[j] = tmp;
  }
  return out;
}

/** A seeded permutation of 0..n-1. */
export function permutation(n: number, rng: () => number): number[] {
  const ids: number[] = [];
  for (let i = 0; i < n; i++) ids.push(i);
  return shuffle(ids, rng);
}
