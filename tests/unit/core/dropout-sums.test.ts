import { describe, expect, it } from 'vitest';
import {
  dropoutScales,
  dropoutSumMoments,
  fullSum,
  maskedSum,
  randomDropoutLayer,
  sampleDropoutSums,
  sampleStats,
  testTimeSum,
} from '../../../src/core/dropout-sums';
import { createRng } from '../../../src/core/random';
import { DROPOUT_EXAMPLE } from '../../../src/core/examples/dropout';

const { y, w, p, mask } = DROPOUT_EXAMPLE;

describe('one unit fed by a dropout layer (the chapter’s worked example)', () => {
  it('fullSum: z = 0.4 − 0.1 + 0.4 + 0.27 + 0.36 = 1.33', () => {
    // w ⊙ y = (0.5·0.8, −1.0·0.1, 0.8·0.5, 0.3·0.9, 1.2·0.3) = (0.4, −0.1, 0.4, 0.27, 0.36)
    expect(fullSum(y, w)).toBeCloseTo(1.33, 12);
  });

  it('maskedSum with r = (1, 0, 1, 1, 0): original 0.4 + 0.4 + 0.27 = 1.07; inverted twice that, 2.14', () => {
    expect(maskedSum({ y, w, p, variant: 'deck' }, mask)).toBeCloseTo(1.07, 12);
    // kept outputs / (1 − 0.5): (1.6, 0, 1.0, 1.8, 0) → 0.8 + 0.8 + 0.54 = 2.14
    expect(maskedSum({ y, w, p, variant: 'inverted' }, mask)).toBeCloseTo(2.14, 12);
  });

  it('dropoutScales: original 1 in training, 1 − p at test; inverted 1/(1 − p) in training, 1 at test', () => {
    expect(dropoutScales(0.2, 'deck')).toEqual({ train: 1, test: 0.8 });
    expect(dropoutScales(0.2, 'inverted')).toEqual({ train: 1.25, test: 1 });
  });

  it('testTimeSum: original (1 − 0.5)·1.33 = 0.665; inverted 1.33', () => {
    expect(testTimeSum({ y, w, p, variant: 'deck' })).toBeCloseTo(0.665, 12);
    expect(testTimeSum({ y, w, p, variant: 'inverted' })).toBeCloseTo(1.33, 12);
  });

  it('dropoutSumMoments: Σ(w_j y_j)² = 0.16 + 0.01 + 0.16 + 0.0729 + 0.1296 = 0.5325', () => {
    const original = dropoutSumMoments({ y, w, p, variant: 'deck' });
    expect(original.squares).toBeCloseTo(0.5325, 12);
    // E = 0.5·1.33 = 0.665; Var = 0.5·0.5·0.5325 = 0.133125
    expect(original.mean).toBeCloseTo(0.665, 12);
    expect(original.variance).toBeCloseTo(0.133125, 12);
    // inverted: s = 2, E = 2·0.665 = 1.33; Var = 4·0.133125 = 0.5325 (= p/(1 − p)·0.5325 at p = 0.5)
    const inverted = dropoutSumMoments({ y, w, p, variant: 'inverted' });
    expect(inverted.mean).toBeCloseTo(1.33, 12);
    expect(inverted.variance).toBeCloseTo(0.5325, 12);
  });

  it('sampleDropoutSums draws masks with the DropoutLayer: every z is one of the 2⁵ masked sums, and the seed repeats them', () => {
    const spec = { y, w, p, variant: 'deck' as const };
    const a = sampleDropoutSums(spec, 200, createRng(7));
    const b = sampleDropoutSums(spec, 200, createRng(7));
    expect(Array.from(a)).toEqual(Array.from(b));
    const possible: number[] = [];
    for (let m = 0; m < 32; m++) possible.push(maskedSum(spec, [0, 1, 2, 3, 4].map((j) => (m >> j) & 1)));
    for (const z of a) expect(possible.some((v) => Math.abs(v - z) < 1e-12)).toBe(true);
  });

  it('p = 0 keeps every unit: every sample is the full sum', () => {
    const sums = sampleDropoutSums({ y, w, p: 0, variant: 'deck' }, 50, createRng(1));
    for (const z of sums) expect(z).toBeCloseTo(1.33, 12);
  });
});

describe('sampleStats', () => {
  it('(1, 2, 3, 6): mean 3, unbiased variance (4 + 1 + 0 + 9)/3 = 14/3', () => {
    const s = sampleStats([1, 2, 3, 6]);
    expect(s.mean).toBe(3);
    expect(s.variance).toBeCloseTo(14 / 3, 12);
    expect([s.min, s.max, s.count]).toEqual([1, 6, 4]);
  });
  it('one value: variance 0', () => expect(sampleStats([5]).variance).toBe(0));
});

describe('randomDropoutLayer', () => {
  it('two decimals, y in [0, 1], w in [−1.5, 1.5], and a longer layer extends a shorter one', () => {
    const short = randomDropoutLayer(4, createRng(3));
    const long = randomDropoutLayer(12, createRng(3));
    expect(long.y.slice(0, 4)).toEqual(short.y);
    expect(long.w.slice(0, 4)).toEqual(short.w);
    for (const v of long.y) expect(v >= 0 && v <= 1 && Math.abs(v * 100 - Math.round(v * 100)) < 1e-9).toBe(true);
    for (const v of long.w) expect(v >= -1.5 && v <= 1.5).toBe(true);
  });
});
