import { describe, expect, it } from 'vitest';
import { formulaValues, histogram, layerOf, scaleModel, type ScaleInput } from '../../../../src/widgets/dropout-scale/model';
import { SCALE_TABLE } from '../../../../src/widgets/dropout-scale/state';
import { defaults } from '../../../../src/widgets/kit/url-state';

const base: ScaleInput = defaults(SCALE_TABLE);

/**
 * The chapter's example: y = (0.8, 0.1, 0.5, 0.9, 0.3), w = (0.5, −1.0, 0.8, 0.3, 1.2), p = 0.5.
 * w ⊙ y = (0.4, −0.1, 0.4, 0.27, 0.36), Σ w_j y_j = 1.33, Σ (w_j y_j)² = 0.5325.
 */
describe('exact expectation: all 32 masks of the chapter’s example at p = 0.5', () => {
  // Enumerate r ∈ {0, 1}⁵, each with probability 0.5⁵ = 1/32, and average z = Σ w_j r_j y_j by hand
  // (independently of the core). Each unit is kept in exactly 16 of the 32 masks, so
  //   (1/32) Σ_masks z = Σ_j w_j y_j · 16/32 = 1.33 · 0.5 = 0.665 = (1 − p) Σ w_j y_j.
  const { y, w } = layerOf(base);
  const zs: number[] = [];
  for (let m = 0; m < 32; m++) {
    let z = 0;
    for (let j = 0; j < 5; j++) z += w[j] * ((m >> j) & 1) * y[j];
    zs.push(z);
  }
  const average = zs.reduce((s, z) => s + z, 0) / 32;

  it('the average over the 32 masks is 0.665 = 0.5 × 1.33', () => {
    expect(average).toBeCloseTo(0.665, 12);
  });

  it('original form: E[z] = 0.665 = the test-time z (1 − p)·1.33, and Var[z] = 0.5·0.5·0.5325 = 0.133125', () => {
    const model = scaleModel({ ...base, mode: 'original' });
    expect(model.exact.mean).toBeCloseTo(average, 12);
    expect(model.test).toBeCloseTo(0.665, 12);
    expect(model.shift).toBeCloseTo(0, 12);
    // the variance by enumeration: (1/32) Σ (z − 0.665)²
    const variance = zs.reduce((s, z) => s + (z - average) ** 2, 0) / 32;
    expect(variance).toBeCloseTo(0.133125, 12);
    expect(model.exact.variance).toBeCloseTo(variance, 12);
  });

  it('inverted form: every z doubles (÷ 0.5), so E[z] = 1.33 = the test-time z Σ w_j y_j; Var = 4 · 0.133125 = 0.5325', () => {
    const model = scaleModel({ ...base, mode: 'inverted' });
    expect(model.exact.mean).toBeCloseTo(2 * average, 12);
    expect(model.test).toBeCloseTo(1.33, 12);
    expect(model.exact.variance).toBeCloseTo(0.5325, 12);
  });

  it('forgot to scale: the test-time z is 1.33, E[z] is 0.665 — shifted by p·Σ w_j y_j = 0.5 × 1.33 = 0.665', () => {
    const model = scaleModel({ ...base, mode: 'unscaled' });
    expect(model.test).toBeCloseTo(1.33, 12);
    expect(model.exact.mean).toBeCloseTo(0.665, 12);
    expect(model.shift).toBeCloseTo(0.665, 12);
    // at p = 0.2: shift = 0.2 × 1.33 = 0.266
    expect(scaleModel({ ...base, mode: 'unscaled', p: 0.2 }).shift).toBeCloseTo(0.266, 12);
  });
});

/**
 * A statistical test. The z of N independent masks have mean z̄ with E[z̄] = E[z] and
 * Var[z̄] = Var[z]/N, where for the chapter's example at p = 0.5
 *   original: Var[z] = p(1 − p) Σ (w_j y_j)² = 0.25 · 0.5325 = 0.133125, SD 0.36486;
 *   inverted: Var[z] = p/(1 − p) Σ (w_j y_j)² = 1 · 0.5325 = 0.5325, SD 0.72973.
 * With N = 10,000 the standard error √(Var/N) is 0.0036486 (original) and 0.0072973 (inverted).
 * By the central limit theorem z̄ is within 4 standard errors of E[z] (= the test-time z in both forms)
 * except with probability about 6 · 10⁻⁵, i.e. |z̄ − z_test| ≤ 0.0146 (original) and ≤ 0.0292
 * (inverted). The seed is fixed, so the test is deterministic; the bound says why it passes.
 */
describe('statistical: the sample mean of 10,000 masks is within 4 standard errors of the test-time z', () => {
  const cases = [
    { mode: 'original' as const, test: 0.665, bound: 4 * Math.sqrt(0.133125 / 10000) },
    { mode: 'inverted' as const, test: 1.33, bound: 4 * Math.sqrt(0.5325 / 10000) },
  ];
  for (const { mode, test, bound } of cases) {
    it(`${mode}: |z̄ − ${test}| ≤ ${bound.toFixed(4)}`, () => {
      const model = scaleModel({ ...base, mode, masks: 10000, seed: 2026 });
      expect(model.stats.count).toBe(10000);
      expect(model.standardError).toBeCloseTo(bound / 4, 12);
      expect(Math.abs(model.stats.mean - test)).toBeLessThanOrEqual(bound);
      // the spread does not vanish: the sample variance is within 10 % of the exact one
      expect(model.stats.variance / model.exact.variance).toBeGreaterThan(0.9);
      expect(model.stats.variance / model.exact.variance).toBeLessThan(1.1);
    });
  }

  it('forgot to scale: the test-time z is about 0.665 / 0.0036 ≈ 180 standard errors from the sample mean', () => {
    const model = scaleModel({ ...base, mode: 'unscaled', masks: 10000, seed: 2026 });
    expect(Math.abs(model.stats.mean - model.test)).toBeGreaterThan(100 * model.standardError);
  });
});

describe('the model’s other parts', () => {
  it('the same seeds give the same samples; another mask seed other ones', () => {
    const a = scaleModel(base);
    expect(Array.from(scaleModel(base).samples)).toEqual(Array.from(a.samples));
    expect(Array.from(scaleModel({ ...base, seed: 2 }).samples)).not.toEqual(Array.from(a.samples));
  });

  it('a random layer has n units from its own seed', () => {
    const layer = layerOf({ layer: 'random', n: 20, layerSeed: 5 });
    expect(layer.y).toHaveLength(20);
    expect(layerOf({ layer: 'random', n: 20, layerSeed: 5 })).toEqual(layer);
  });

  it('histogram: (0, 0.5, 1, 1, 2) in 4 bins of [0, 2] → counts 1, 1, 2, 1 (the last bin holds 2)', () => {
    const bins = histogram([0, 0.5, 1, 1, 2], 0, 2, 4);
    expect(bins.map((b) => b.count)).toEqual([1, 1, 2, 1]);
    expect(bins[3].x1).toBe(2);
  });

  it('the bins hold every sample, and the plotted range holds the test-time line', () => {
    const model = scaleModel({ ...base, mode: 'unscaled', p: 0.9 });
    expect(model.bins.reduce((s, b) => s + b.count, 0)).toBe(1000);
    expect(model.domain[0]).toBeLessThan(model.stats.min);
    expect(model.domain[1]).toBeGreaterThan(model.test);
  });

  it('formula values: keep = 1 − p, squares = 0.5325', () => {
    const values = formulaValues(scaleModel({ ...base, p: 0.3 }));
    expect(values.keep).toBeCloseTo(0.7, 12);
    expect(values.squares).toBeCloseTo(0.5325, 12);
    expect(values.masks).toBe(1000);
  });
});

describe('the readout’s numbers', () => {
  it('forgot to scale at p = 0.5: the shift 0.665 is 0.665 / √0.133125 = 0.665 / 0.36486 ≈ 1.823 standard deviations', () => {
    const model = scaleModel({ ...base, mode: 'unscaled' });
    expect(model.sd).toBeCloseTo(Math.sqrt(0.133125), 12);
    expect(model.shiftInSds).toBeCloseTo(0.665 / 0.3648630, 5);
  });
  it('original form: the gap |z̄ − 0.665| in standard errors √(0.133125/1000) = 0.011538', () => {
    const model = scaleModel(base);
    expect(model.standardError).toBeCloseTo(0.0115380, 6);
    expect(model.gapInErrors).toBeCloseTo(Math.abs(model.stats.mean - 0.665) / 0.0115380, 3);
  });
  it('p = 0: no spread, so no standard errors (0, not NaN)', () => {
    const model = scaleModel({ ...base, p: 0 });
    expect(model.sd).toBe(0);
    expect(model.gapInErrors).toBe(0);
    expect(model.shiftInSds).toBe(0);
  });
});
