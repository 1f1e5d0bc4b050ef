import { describe, expect, it } from 'vitest';
import { lineFitLoss } from '../../../src/core/line-fit-loss';
import { sampleSubset } from '../../../src/core/minibatch-sampler';
import { minibatchSpread, sampleMoments } from '../../../src/core/minibatch-spread';
import { createRng } from '../../../src/core/random';

/** Per-example gradients fixed by hand: g = 0, 3, 6 (one coordinate). */
const toy = (_theta: ArrayLike<number>, i: number, out: Float64Array) => {
  out[0] = [0, 3, 6][i];
  return out;
};

describe('minibatchSpread', () => {
  it('g = (0, 3, 6), b = 2: mean 3, σ² = 6, with replacement var 3, without replacement var 1.5', () => {
    // ḡ = (0 + 3 + 6)/3 = 3; σ² = ((−3)² + 0² + 3²)/3 = 6.
    // With replacement: Var = σ²/b = 3. Enumerating the 9 ordered pairs: means 0, 1.5, 3, 1.5, 3, 4.5, 3, 4.5, 6,
    //   deviations² 9, 2.25, 0, 2.25, 0, 2.25, 0, 2.25, 9 → sum 27, /9 = 3 ✓.
    // Without replacement: the 3 subsets {0,3}, {0,6}, {3,6} have means 1.5, 3, 4.5 → Var = (2.25 + 0 + 2.25)/3 = 1.5
    //   = σ²/b · (N − b)/(N − 1) = 3 · 1/2 ✓.
    const s = minibatchSpread([0], 3, 2, toy);
    expect(s.mean[0]).toBeCloseTo(3, 14);
    expect(s.exampleSd[0]).toBeCloseTo(Math.sqrt(6), 14);
    expect(s.sdWithReplacement[0]).toBeCloseTo(Math.sqrt(3), 14);
    expect(s.sdWithoutReplacement[0]).toBeCloseTo(Math.sqrt(1.5), 14);
  });

  it('b = N: without replacement the batch is the whole set, spread 0; b = 1: both are σ', () => {
    expect(minibatchSpread([0], 3, 3, toy).sdWithoutReplacement[0]).toBe(0);
    const one = minibatchSpread([0], 3, 1, toy);
    expect(one.sdWithoutReplacement[0]).toBeCloseTo(Math.sqrt(6), 14);
    expect(one.sdWithReplacement[0]).toBeCloseTo(Math.sqrt(6), 14);
  });

  it('with replacement the sd shrinks exactly like 1/√b: four times the batch, half the spread', () => {
    const many = (_t: ArrayLike<number>, i: number, out: Float64Array) => ((out[0] = i % 2 === 0 ? 1 : -1), out);
    // g = ±1 alternating over N = 16: ḡ = 0, σ = 1; σ/√b: b = 1 → 1, b = 4 → 1/2, b = 16 → 1/4.
    expect(minibatchSpread([0], 16, 1, many).sdWithReplacement[0]).toBeCloseTo(1, 14);
    expect(minibatchSpread([0], 16, 4, many).sdWithReplacement[0]).toBeCloseTo(0.5, 14);
    expect(minibatchSpread([0], 16, 16, many).sdWithReplacement[0]).toBeCloseTo(0.25, 14);
  });

  it('on the line-fit loss, the mean of the per-example gradients is the full gradient, which matches finite differences', () => {
    const loss = lineFitLoss(12, 4);
    const theta = [0.3, -1.1];
    const s = minibatchSpread(theta, 12, 3, (t, i, out) => loss.batchGradient(t, [i], out));
    // Central differences of J (h = 1e-6): the true gradient, computed without batchGradient.
    const h = 1e-6;
    const fd = [0, 1].map((j) => {
      const up = [...theta];
      const down = [...theta];
      up[j] += h;
      down[j] -= h;
      return (loss.value(up) - loss.value(down)) / (2 * h);
    });
    expect(s.mean[0]).toBeCloseTo(fd[0], 7);
    expect(s.mean[1]).toBeCloseTo(fd[1], 7);
  });

  it('20 000 random mini-batches (b = 4 of N = 30): their mean is the true gradient and their sd the without-replacement formula', () => {
    const n = 30;
    const b = 4;
    const loss = lineFitLoss(n, 8);
    const theta = [-0.5, -2];
    const s = minibatchSpread(theta, n, b, (t, i, out) => loss.batchGradient(t, [i], out));
    const rng = createRng(1);
    const draws = 20_000;
    const points: Float64Array[] = [];
    for (let k = 0; k < draws; k++) points.push(loss.batchGradient(theta, sampleSubset(n, b, rng), new Float64Array(2)));
    const m = sampleMoments(points, 2);
    for (let j = 0; j < 2; j++) {
      // The sample mean is within 5 standard errors (sd/√draws) of ḡ.
      expect(Math.abs(m.mean[j] - s.mean[j])).toBeLessThan((5 * s.sdWithoutReplacement[j]) / Math.sqrt(draws));
      // The sample sd within 3 % of the formula (its own relative error is about 1/√(2·draws) ≈ 0.5 %).
      expect(m.sd[j] / s.sdWithoutReplacement[j]).toBeGreaterThan(0.97);
      expect(m.sd[j] / s.sdWithoutReplacement[j]).toBeLessThan(1.03);
      // And below the with-replacement value by √((30 − 4)/29) ≈ 0.947.
      expect(s.sdWithoutReplacement[j] / s.sdWithReplacement[j]).toBeCloseTo(Math.sqrt(26 / 29), 12);
    }
  });

  it('sampleMoments of (1, 2), (3, 6): mean (2, 4), population sd (1, 2)', () => {
    const m = sampleMoments([[1, 2], [3, 6]], 2);
    expect(Array.from(m.mean)).toEqual([2, 4]);
    expect(Array.from(m.sd)).toEqual([1, 2]);
  });
});
