import { createRng, hashString, permutation, shuffle, toSeed } from '../../../miniprogram/core/quiz/random';

describe('seeded random', () => {
  it('gives the same sequence for the same seed and a different one for another seed', () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const seqA = [a(), a(), a(), a()];
    const seqB = [b(), b(), b(), b()];
    const seqC = [c(), c(), c(), c()];
    expect(seqA).toEqual(seqB);
    expect(seqA).not.toEqual(seqC);
    for (const x of seqA) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });

  it('spreads values roughly evenly', () => {
    const rng = createRng(7);
    const buckets = [0, 0, 0, 0];
    for (let i = 0; i < 4000; i++) buckets[Math.floor(rng() * 4)]++;
    for (const n of buckets) expect(n).toBeGreaterThan(850);
  });

  it('shuffles reproducibly without changing the input', () => {
    const items = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    const copy = items.slice();
    const s1 = shuffle(items, createRng(1));
    const s2 = shuffle(items, createRng(1));
    expect(s1).toEqual(s2);
    expect(items).toEqual(copy);
    expect(s1.slice().sort()).toEqual(copy);
    expect(s1).not.toEqual(copy);
  });

  it('makes permutations of 0..n-1', () => {
    const p = permutation(6, createRng(9));
    expect(p.slice().sort()).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('normalises seeds and hashes strings stably', () => {
    expect(toSeed(-5.7)).toBe(5);
    expect(toSeed(Number.NaN)).toBe(0);
    expect(toSeed(2 ** 32 + 3)).toBe(3);
    expect(hashString('q-1')).toBe(hashString('q-1'));
    expect(hashString('q-1')).not.toBe(hashString('q-2'));
  });
});
