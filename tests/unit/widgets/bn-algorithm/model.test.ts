import { describe, expect, it } from 'vitest';
import { BatchNormLayer, matrixView } from '../../../../src/core';
import { batchNormSteps, encodeBatch, identityError, identityParameters, moments, notes, randomBatch, readBatch } from '../../../../src/widgets/bn-algorithm/model';
import { BN_TABLE, WORKED_EXAMPLE } from '../../../../src/widgets/bn-algorithm/state';
import { defaults } from '../../../../src/widgets/kit/url-state';

/** ε so small that it changes nothing at 5 decimals: √(1.25 + 10⁻¹²) differs from √1.25 by 4.5 × 10⁻¹³. */
const TINY = 1e-12;

describe('batchNormSteps: the four lines, computed by the core’s BatchNormLayer', () => {
  it('[1, 2, 3, 4], ε = 10⁻¹², γ = 1, β = 0: μ = 2.5, σ² = 1.25, x̂ = ±1.34164, ±0.44721', () => {
    // μ_B = (1 + 2 + 3 + 4)/4 = 10/4 = 2.5. Deviations −1.5, −0.5, 0.5, 1.5; squares 2.25, 0.25, 0.25, 2.25,
    // sum 5, so σ²_B = 5/4 = 1.25. √1.25 = 1.118034; −1.5/1.118034 = −1.341641, −0.5/1.118034 = −0.447214.
    const s = batchNormSteps([1, 2, 3, 4], 1, 0, TINY);
    expect(s.sum).toBe(10);
    expect(s.mean).toBe(2.5);
    expect(s.sumSquares).toBe(5);
    expect(s.variance).toBe(1.25);
    const hand = [-1.34164, -0.44721, 0.44721, 1.34164];
    s.xHat.forEach((v, k) => expect(v).toBeCloseTo(hand[k], 5));
    s.y.forEach((v, k) => expect(v).toBeCloseTo(hand[k], 5)); // γ = 1, β = 0: y = x̂
  });

  it('the unbiased variance 5/3 = 1.6667 is σ²_B · m/(m − 1); the core’s running variance uses the biased 1.25', () => {
    const s = batchNormSteps([1, 2, 3, 4], 1, 0, TINY);
    // 5 / (4 − 1) = 1.666… = 1.25 · 4/3.
    expect(s.unbiased).toBeCloseTo(1.66667, 5);
    // What the core does: running σ² starts at 1 and moves with momentum 0.9 towards the BIASED σ²_B:
    // 0.9 · 1 + 0.1 · 1.25 = 1.025 (with the unbiased value it would be 0.9 + 0.16667 = 1.06667).
    const layer = new BatchNormLayer({ size: 1 });
    layer.forward(matrixView(4, 1, Float64Array.of(1, 2, 3, 4)), 'train');
    expect(layer.runningVariance[0]).toBeCloseTo(1.025, 12);
    expect(layer.runningMean[0]).toBeCloseTo(0.25, 12); // 0.9 · 0 + 0.1 · 2.5
  });

  it('the chapter’s worked example (2, 4, 6, 8), ε = 10⁻⁵, γ = 1.5, β = 0.5', () => {
    // μ = 20/4 = 5; deviations −3, −1, 1, 3, squares 9, 1, 1, 9, σ² = 20/4 = 5; √5.00001 = 2.2360702;
    // x̂ = −3/2.2360702 = −1.3416394, −1/2.2360702 = −0.4472131; y = 1.5 x̂ + 0.5 = −1.5124591, −0.1708197.
    const { xs, gamma, beta, eps } = WORKED_EXAMPLE;
    const s = batchNormSteps(xs, gamma, beta, eps);
    expect([s.mean, s.variance]).toEqual([5, 5]);
    expect(s.std).toBeCloseTo(2.2360702, 7);
    [-1.3416394, -0.4472131, 0.4472131, 1.3416394].forEach((v, k) => expect(s.xHat[k]).toBeCloseTo(v, 7));
    [-1.512459, -0.170820, 1.170820, 2.512459].forEach((v, k) => expect(s.y[k]).toBeCloseTo(v, 6));
    // Check line: x̂ has mean 0 and variance σ²/(σ² + ε) = 5/5.00001 = 0.999998; y has mean β, variance γ² · 0.999998.
    const mx = moments(s.xHat);
    expect(mx.mean).toBeCloseTo(0, 12);
    expect(mx.variance).toBeCloseTo(0.999998, 6);
    const my = moments(s.y);
    expect(my.mean).toBeCloseTo(0.5, 12);
    expect(my.variance).toBeCloseTo(2.2499955, 6);
    expect(s.unbiased).toBeCloseTo(20 / 3, 12); // the chapter's note: 20/3 = 6.6667
  });

  it('γ = √(σ²_B + ε), β = μ_B gives back the input (to rounding)', () => {
    // y_i = √(σ²+ε) · (x_i − μ)/√(σ²+ε) + μ = x_i.
    const s0 = batchNormSteps([1, 2, 3, 4], 1, 0, 1e-5);
    const id = identityParameters(s0);
    expect(id.beta).toBe(2.5);
    expect(id.gamma).toBeCloseTo(Math.sqrt(1.25001), 15);
    const s = batchNormSteps([1, 2, 3, 4], id.gamma, id.beta, 1e-5);
    expect(identityError(s)).toBeLessThan(1e-14);
    expect(notes(s)).toEqual(['identity']);
    expect(notes(s0)).toEqual([]);
  });

  it('m = 1: σ² = 0, x̂ = 0 whatever x is, y = β', () => {
    // μ_B = x₁, so x₁ − μ_B = 0 and σ²_B = 0; x̂₁ = 0/√ε = 0 for x₁ = 7 and for x₁ = −3 alike.
    for (const x of [7, -3]) {
      const s = batchNormSteps([x], 2, 0.5, 1e-5);
      expect([s.mean, s.variance, s.xHat[0], s.y[0]]).toEqual([x, 0, 0, 0.5]);
      expect(s.unbiased).toBeNull();
      expect(notes(s)).toEqual(['single']);
    }
  });

  it('ε matters when σ² is small: (0, 0.002), ε = 10⁻⁵ → σ² = 10⁻⁶, x̂ = ±0.001/√(1.1 × 10⁻⁵) = ±0.30151', () => {
    // μ = 0.001, deviations ±0.001, σ² = 10⁻⁶; √(10⁻⁶ + 10⁻⁵) = 3.3166 × 10⁻³; 0.001 / 0.0033166 = 0.30151.
    const s = batchNormSteps([0, 0.002], 1, 0, 1e-5);
    expect(s.variance).toBeCloseTo(1e-6, 15);
    expect(s.xHat[1]).toBeCloseTo(0.30151, 5);
    expect(notes(s)).toEqual(['eps']);
    expect(notes(batchNormSteps([3, 3, 3], 1, 0, 1e-5))).toEqual(['constant']);
  });
});

describe('lists, URL text and the random batch', () => {
  it('reads typed lists and refuses junk with a reason', () => {
    expect(readBatch('1, 2 −3;4.5')).toEqual({ ok: true, values: [1, 2, -3, 4.5] });
    expect(readBatch('2_4_6_8')).toEqual({ ok: true, values: [2, 4, 6, 8] });
    expect(readBatch('  ')).toEqual({ ok: false, reason: 'empty' });
    expect(readBatch('1, abc')).toEqual({ ok: false, reason: 'notNumber', token: 'abc' });
    expect(readBatch('1, 11')).toEqual({ ok: false, reason: 'outOfRange', token: '11' });
    expect(readBatch(Array(65).fill('1').join(','))).toEqual({ ok: false, reason: 'tooMany' });
    expect(encodeBatch([2, -0.5, 0])).toBe('2_-0.5_0');
    expect(defaults(BN_TABLE).x).toBe('2_4_6_8');
  });

  it('the random batch is fixed by its seed, within ±10, to one decimal', () => {
    const a = randomBatch(64, 0, 5, 7);
    expect(randomBatch(64, 0, 5, 7)).toEqual(a);
    expect(randomBatch(64, 0, 5, 8)).not.toEqual(a);
    for (const v of a) {
      expect(Math.abs(v)).toBeLessThanOrEqual(10);
      expect(Math.round(v * 10) / 10).toBe(v);
    }
    expect(randomBatch(3, 2, 0, 1)).toEqual([2, 2, 2]);
  });
});
