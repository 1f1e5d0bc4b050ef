import { describe, expect, it } from 'vitest';
import { createMiniBatchSampler, createRng } from '../../../src/core';

describe('createMiniBatchSampler(n, B, rng): batches without replacement within an epoch', () => {
  it('n = 10, B = 4: an epoch is batches of 4, 4 and 2 that together hold 0 … 9 exactly once', () => {
    // 10 = 4 + 4 + 2: the third batch holds the 10 mod 4 = 2 left over; the fourth call starts epoch 2.
    const sampler = createMiniBatchSampler(10, 4, createRng(7));
    const epoch1 = [sampler.next(), sampler.next(), sampler.next()];
    expect(epoch1.map((b) => b.length)).toEqual([4, 4, 2]);
    expect(sampler.epoch).toBe(1);
    expect([...epoch1.flatMap((b) => [...b])].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const epoch2 = [sampler.next(), sampler.next(), sampler.next()];
    expect(sampler.epoch).toBe(2);
    expect([...epoch2.flatMap((b) => [...b])].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('B = n gives the whole set every step (SGD becomes GD); B = 1 gives each example once per n steps', () => {
    const full = createMiniBatchSampler(5, 5, createRng(1));
    for (let k = 0; k < 3; k++) expect([...full.next()].sort()).toEqual([0, 1, 2, 3, 4]);
    const single = createMiniBatchSampler(5, 1, createRng(1));
    const seen = Array.from({ length: 5 }, () => single.next()[0]).sort();
    expect(seen).toEqual([0, 1, 2, 3, 4]);
  });

  it('the same seed deals the same batches; the order is the Rng’s Fisher–Yates shuffle of 0 … n−1', () => {
    const a = createMiniBatchSampler(6, 2, createRng(42));
    const b = createMiniBatchSampler(6, 2, createRng(42));
    for (let k = 0; k < 9; k++) expect([...a.next()]).toEqual([...b.next()]);
    const order = createRng(42).shuffle(Uint32Array.from([0, 1, 2, 3, 4, 5]));
    expect([...createMiniBatchSampler(6, 6, createRng(42)).next()]).toEqual([...order]);
  });

  it('refuses a batch size outside 1 … n', () => {
    expect(() => createMiniBatchSampler(4, 0, createRng(1))).toThrow(RangeError);
    expect(() => createMiniBatchSampler(4, 5, createRng(1))).toThrow(RangeError);
    expect(() => createMiniBatchSampler(4, 1.5, createRng(1))).toThrow(RangeError);
  });
});
