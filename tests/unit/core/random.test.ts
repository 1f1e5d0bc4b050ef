import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/core/random';

describe('createRng(seed)', () => {
  it('createRng(42) twice gives the same sequence (determinism)', () => {
    const a = createRng(42);
    const b = createRng(42);
    for (let i = 0; i < 100; i++) expect(a.next()).toBe(b.next());
  });

  it('different seeds give different sequences', () => {
    const a = createRng(1);
    const b = createRng(2);
    const same = Array.from({ length: 20 }, () => a.next() === b.next()).filter(Boolean).length;
    expect(same).toBe(0);
  });

  it('next() stays in [0, 1) and its mean over 100 000 draws is 0.5 ± 0.005', () => {
    const rng = createRng(7);
    let sum = 0;
    let outside = 0;
    // One expect per draw made this test 100 000 assertions and slow enough to time out under load.
    for (let i = 0; i < 100_000; i++) {
      const u = rng.next();
      if (!(u >= 0 && u < 1)) outside++;
      sum += u;
    }
    expect(outside).toBe(0);
    // σ of one draw = 1/√12 ≈ 0.2887; of the mean: 0.2887/√100000 ≈ 0.00091, so ±0.005 is > 5σ.
    expect(Math.abs(sum / 100_000 - 0.5)).toBeLessThan(0.005);
  });

  it('normal(3, 2) has mean ≈ 3 and standard deviation ≈ 2 over 100 000 draws', () => {
    const rng = createRng(11);
    const n = 100_000;
    let sum = 0;
    let sumSq = 0;
    for (let i = 0; i < n; i++) {
      const z = rng.normal(3, 2);
      sum += z;
      sumSq += z * z;
    }
    const mean = sum / n;
    const sd = Math.sqrt(sumSq / n - mean * mean);
    // SE of the mean = 2/√n ≈ 0.0063; 0.03 is ~5 SE.
    expect(Math.abs(mean - 3)).toBeLessThan(0.03);
    expect(Math.abs(sd - 2)).toBeLessThan(0.03);
  });

  it('int(6) hits every face of a die, never 6', () => {
    const rng = createRng(5);
    const counts = new Array(7).fill(0);
    for (let i = 0; i < 6000; i++) counts[rng.int(6)]++;
    expect(counts[6]).toBe(0);
    for (let f = 0; f < 6; f++) expect(counts[f]).toBeGreaterThan(850);
  });

  it('shuffle keeps the elements and is seeded', () => {
    const a = createRng(3).shuffle([1, 2, 3, 4, 5, 6, 7, 8]);
    const b = createRng(3).shuffle([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(a).toEqual(b);
    expect([...a].sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('rejects a non-finite seed with a RangeError', () => {
    expect(() => createRng(Number.NaN)).toThrow(RangeError);
  });
});
