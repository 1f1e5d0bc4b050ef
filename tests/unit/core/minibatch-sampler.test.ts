import { describe, expect, it } from 'vitest';
import { createEpochBatches, sampleSubset } from '../../../src/core/minibatch-sampler';
import { createRng } from '../../../src/core/random';

describe('createEpochBatches(N, B, rng): shuffled epochs cut into batches, without replacement within an epoch', () => {
  it('N = 5, B = 2: batches of 2, 2, 1 per epoch (the last holds N mod B = 1), every example once an epoch', () => {
    const batches = createEpochBatches(5, 2, createRng(3));
    for (let epoch = 1; epoch <= 4; epoch++) {
      const seen: number[] = [];
      const lengths: number[] = [];
      for (let k = 0; k < 3; k++) {
        const batch = Array.from(batches.next());
        lengths.push(batch.length);
        seen.push(...batch);
      }
      expect(lengths).toEqual([2, 2, 1]);
      expect(seen.sort()).toEqual([0, 1, 2, 3, 4]);
      expect(batches.epoch).toBe(epoch);
      // ⌈5/2⌉ = 3 steps an epoch, 5 examples an epoch.
      expect(batches.examplesSeen).toBe(5 * epoch);
    }
  });

  it('B = N is the whole set every step (gradient descent); B = 1 is one example a step', () => {
    const full = createEpochBatches(4, 4, createRng(1));
    expect(Array.from(full.next()).sort()).toEqual([0, 1, 2, 3]);
    expect(Array.from(full.next()).sort()).toEqual([0, 1, 2, 3]);
    expect(full.epoch).toBe(2);
    const single = createEpochBatches(4, 1, createRng(1));
    expect(single.next().length).toBe(1);
    expect(single.examplesSeen).toBe(1);
  });

  it('the same seed gives the same batches; epochs are shuffled afresh (the orders differ)', () => {
    const a = createEpochBatches(20, 20, createRng(9));
    const b = createEpochBatches(20, 20, createRng(9));
    const first = Array.from(a.next());
    expect(Array.from(b.next())).toEqual(first);
    expect(Array.from(a.next())).not.toEqual(first);
  });

  it('refuses a batch size outside 1 … N', () => {
    expect(() => createEpochBatches(5, 0, createRng(1))).toThrow(RangeError);
    expect(() => createEpochBatches(5, 6, createRng(1))).toThrow(RangeError);
    expect(() => createEpochBatches(5, 2.5, createRng(1))).toThrow(RangeError);
  });
});

describe('sampleSubset(N, B, rng): a uniformly random B-subset', () => {
  it('N = 4, B = 2: each of the C(4, 2) = 6 subsets comes up 1/6 of the time (60 000 draws, ±5σ)', () => {
    const rng = createRng(5);
    const counts = new Map<string, number>();
    const draws = 60_000;
    for (let k = 0; k < draws; k++) {
      const key = Array.from(sampleSubset(4, 2, rng)).sort().join(',');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect([...counts.keys()].sort()).toEqual(['0,1', '0,2', '0,3', '1,2', '1,3', '2,3']);
    // Binomial(60 000, 1/6): mean 10 000, σ = √(60 000 · 1/6 · 5/6) ≈ 91.3; 5σ ≈ 456.
    for (const count of counts.values()) expect(Math.abs(count - 10_000)).toBeLessThan(456);
  });

  it('holds B distinct indices', () => {
    const subset = sampleSubset(10, 7, createRng(2));
    expect(subset.length).toBe(7);
    expect(new Set(subset).size).toBe(7);
    expect(Math.max(...subset)).toBeLessThan(10);
  });
});
