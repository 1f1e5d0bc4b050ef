import { describe, expect, it } from 'vitest';
import {
  BATCH_NOISE,
  DRIFT_SLOPE_DROP,
  DRIFT_TABLE,
  SIGMOID_SLOPES,
  TANGENT_GAP_ON_UNIT,
  TANGENT_TABLE,
  backwardExample,
  batchNormSteps,
  compounded,
  testTimeExample,
} from '../../../src/core';

/** The chapter's numbers against values worked out by hand (sig(x) = 1/(1 + e^−x), 6 digits). */
describe('batch normalization chapter numbers', () => {
  it('compounded factors: 0.25¹⁰ and 1.1¹⁰, 1.1²⁰', () => {
    // 0.25¹⁰ = 2⁻²⁰ = 1/1,048,576 = 9.5367 × 10⁻⁷; 1.1² = 1.21, 1.1⁴ = 1.4641, 1.1⁸ = 2.14358881,
    // 1.1¹⁰ = 2.14358881 · 1.21 = 2.59374246; 1.1²⁰ = 2.59374246² = 6.72749995.
    expect(compounded(0.25, 10)).toBe(1 / 1_048_576);
    expect(compounded(1.1, 10)).toBeCloseTo(2.59374246, 8);
    expect(compounded(1.1, 20)).toBeCloseTo(6.72749995, 7);
  });

  it('the drifting unit: moments, sigmoid and slopes at step t and later', () => {
    // (−1.2, 0, 0.4, 1.6): μ = 0.8/4 = 0.2; deviations ±1.4, ±0.2 → (1.96·2 + 0.04·2)/4 = 1.
    expect(DRIFT_TABLE.before.mean).toBeCloseTo(0.2, 12);
    expect(DRIFT_TABLE.before.variance).toBeCloseTo(1, 12);
    // (−0.9, 1.5, 2.3, 4.7): μ = 7.6/4 = 1.9; deviations ±2.8, ±0.4 → (7.84·2 + 0.16·2)/4 = 4.
    expect(DRIFT_TABLE.after.mean).toBeCloseTo(1.9, 12);
    expect(DRIFT_TABLE.after.variance).toBeCloseTo(4, 12);
    // sig(0.2) = 1/(1 + 0.818731) = 0.549834, slope 0.549834 · 0.450166 = 0.247517.
    expect(DRIFT_TABLE.before.sigmoidAtMean).toBeCloseTo(0.549834, 6);
    expect(DRIFT_TABLE.before.slopeAtMean).toBeCloseTo(0.247517, 6);
    // sig(1.9) = 1/(1 + 0.149569) = 0.869892, slope 0.869892 · 0.130108 = 0.113180.
    expect(DRIFT_TABLE.after.sigmoidAtMean).toBeCloseTo(0.869892, 6);
    expect(DRIFT_TABLE.after.slopeAtMean).toBeCloseTo(0.11318, 5);
    // Largest inputs 1.6 and 4.7: sig = 0.832018 → 0.139764; sig = 0.990987 → 0.008932.
    expect(DRIFT_TABLE.before.largest).toBe(1.6);
    expect(DRIFT_TABLE.after.largest).toBe(4.7);
    expect(DRIFT_TABLE.before.slopeAtLargest).toBeCloseTo(0.139764, 6);
    expect(DRIFT_TABLE.after.slopeAtLargest).toBeCloseTo(0.008932, 6);
    expect(DRIFT_SLOPE_DROP).toBeCloseTo(0.139764 / 0.008932, 1);
    // Both normalize to (−1.4, −0.2, 0.2, 1.4) up to ε: −1.4/√(1 + 10⁻⁵) = −1.399993.
    expect(DRIFT_TABLE.before.xHat[0]).toBeCloseTo(-1.399993, 6);
    expect(DRIFT_TABLE.after.xHat[3]).toBeCloseTo(1.4, 5);
  });

  it('sigmoid slopes, the same input in two mini-batches', () => {
    // sig(1) = 0.731059 → 0.731059 · 0.268941 = 0.196612; sig(4) = 0.982014 → 0.017663.
    expect(SIGMOID_SLOPES.at0).toBe(0.25);
    expect(SIGMOID_SLOPES.at1).toBeCloseTo(0.196612, 6);
    expect(SIGMOID_SLOPES.at4).toBeCloseTo(0.017663, 6);
    // 6 in (2, 4, 6, 8): (6 − 5)/√(5 + 10⁻⁵) = 0.447213; in (6, 7, 8, 9): μ = 7.5, σ² = 1.25,
    // (6 − 7.5)/√1.25000 = −1.341635.
    expect(BATCH_NOISE.inWorked).toBeCloseTo(0.447213, 6);
    expect(BATCH_NOISE.inOther).toBeCloseTo(-1.341635, 5);
  });

  it('the sigmoid against its tangent 0.5 + x/4: the table and the largest gap on [−1, 1]', () => {
    const row = (x: number) => TANGENT_TABLE.find((r) => r.x === x)!;
    expect(row(-1).sigmoid).toBeCloseTo(0.268941, 6);
    expect(row(-1).tangent).toBe(0.25);
    expect(row(3).sigmoid).toBeCloseTo(0.952574, 6);
    expect(row(3).tangent).toBe(1.25);
    // The gap is largest at the ends: 0.75 − sig(1) = 0.75 − 0.731059 = 0.018941.
    expect(TANGENT_GAP_ON_UNIT).toBeCloseTo(0.018941, 6);
  });

  it('the backward example: the paper’s lines, the layer’s closed form and finite differences agree', () => {
    const b = backwardExample();
    // ∂ℓ/∂x̂ = γ ∂ℓ/∂y = 1.5 · (0.1, −0.2, 0.3, 0) = (0.15, −0.3, 0.45, 0).
    b.dxHat.forEach((g, i) => expect(g).toBeCloseTo([0.15, -0.3, 0.45, 0][i], 12));
    // Σ ∂ℓ/∂x̂ᵢ (xᵢ − μ) with deviations (−3, −1, 1, 3): −0.45 + 0.3 + 0.45 + 0 = 0.3.
    expect(b.sumDevs).toBeCloseTo(0.3, 12);
    // 0.3 · (−½) · 5.00001^(−3/2) = −0.15/11.180373 = −0.0134164.
    expect(b.dVariance).toBeCloseTo(-0.0134164, 7);
    // Σ ∂ℓ/∂x̂ᵢ = 0.3; 0.3 · (−1/2.236070) + ∂ℓ/∂σ² · 0 = −0.134164.
    expect(b.dMean).toBeCloseTo(-0.134164, 6);
    // ∂ℓ/∂x₁ = 0.15/2.236070 + (−0.0134164)(2·(−3)/4) + (−0.134164)/4 = 0.067082 + 0.020125 − 0.033541 = 0.053666;
    // ∂ℓ/∂x₂ = −0.134164 + 0.006708 − 0.033541 = −0.160997; the four sum to 0.
    expect(b.dx[0]).toBeCloseTo(0.053666, 5);
    expect(b.dx[1]).toBeCloseTo(-0.160997, 5);
    expect(b.dx.reduce((s, v) => s + v, 0)).toBeCloseTo(0, 12);
    // The paper's fourth line from the three above, against the layer's closed form.
    const { deviations, std } = b.steps;
    b.dx.forEach((g, i) => expect(g).toBeCloseTo(b.dxHat[i] / std + (b.dVariance * 2 * deviations[i]) / 4 + b.dMean / 4, 12));
    // Central differences of ℓ = Σ ∂ℓ/∂yᵢ · yᵢ (so that ∂ℓ/∂y is the given vector).
    const loss = (xs: number[]) => batchNormSteps(xs, 1.5, 0.5, 1e-5).y.reduce((s, y, i) => s + [0.1, -0.2, 0.3, 0][i] * y, 0);
    const h = 1e-6;
    [2, 4, 6, 8].forEach((_, i) => {
      const up = [2, 4, 6, 8].map((x, k) => (k === i ? x + h : x));
      const down = [2, 4, 6, 8].map((x, k) => (k === i ? x - h : x));
      expect(b.dx[i]).toBeCloseTo((loss(up) - loss(down)) / (2 * h), 6);
    });
    // ∂ℓ/∂γ = Σ ∂ℓ/∂yᵢ x̂ᵢ = 0.1(−1.341639) − 0.2(−0.447213) + 0.3(0.447213) = 0.089443; ∂ℓ/∂β = 0.2.
    expect(b.dGamma).toBeCloseTo(0.089443, 6);
    expect(b.dBeta).toBeCloseTo(0.2, 12);
  });

  it('test time: averaged statistics, the test input, BN folded into a line, the unbiased variant', () => {
    const t = testTimeExample();
    // (4.8 + 5.1 + 5.4)/3 = 5.1; (4.6 + 5.0 + 5.4)/3 = 5.0.
    expect(t.mean).toBeCloseTo(5.1, 12);
    expect(t.variance).toBeCloseTo(5, 12);
    // x̂ = 0.9/√5.00001 = 0.9/2.236070 = 0.402492; y = 1.5 · 0.402492 + 0.5 = 1.103738.
    expect(t.xHat).toBeCloseTo(0.402492, 6);
    expect(t.y).toBeCloseTo(1.103738, 6);
    // a = 1.5/2.236070 = 0.670820; b = 0.5 − 7.65/2.236070 = 0.5 − 3.421181 = −2.921181; a·6 + b = y.
    expect(t.a).toBeCloseTo(0.67082, 6);
    expect(t.b).toBeCloseTo(-2.921181, 6);
    expect(t.a * 6 + t.b).toBeCloseTo(t.y, 12);
    // Unbiased: 4/3 · 5 = 6.666667; x̂ = 0.9/√(6.666667 + 10⁻⁵) = 0.9/2.581991 = 0.348568; y = 1.022852.
    expect(t.unbiasedVariance).toBeCloseTo(6.666667, 6);
    expect(t.unbiasedXHat).toBeCloseTo(0.348568, 6);
    expect(t.unbiasedY).toBeCloseTo(1.022852, 6);
    expect(t.factorAt64).toBeCloseTo(1.015873, 6);
  });
});
