import { describe, expect, it } from 'vitest';
import {
  batchValues,
  countLinear,
  formulaValues,
  nearLinearRange,
  plotHalfWidth,
  scaleShift,
  tangentGap,
  valueAndSlope,
} from '../../../../src/widgets/bn-scale-shift/model';
import { SCALE_SHIFT_TABLE } from '../../../../src/widgets/bn-scale-shift/state';
import { defaults } from '../../../../src/widgets/kit/url-state';

const batch = Float64Array.of(1, 2, 3, 4);

describe('bn-scale-shift model, by hand', () => {
  it('batch (1, 2, 3, 4), ε = 0: μ_B = 2.5, σ²_B = 1.25, x̂ = ±1.34164, ±0.44721', () => {
    // μ_B = (1 + 2 + 3 + 4)/4 = 2.5
    // σ²_B = ((−1.5)² + (−0.5)² + 0.5² + 1.5²)/4 = (2.25 + 0.25 + 0.25 + 2.25)/4 = 1.25
    // √1.25 = 1.1180340; x̂ = ±1.5/1.1180340 = ±1.3416408, ±0.5/1.1180340 = ±0.4472136
    const s = scaleShift(batch, 1, 0, 0, 'sigmoid');
    expect(s.mean).toBe(2.5);
    expect(s.variance).toBe(1.25);
    const hand = [-1.34164, -0.44721, 0.44721, 1.34164];
    s.xHat.forEach((v, i) => expect(v).toBeCloseTo(hand[i], 5));
    // γ = 1, β = 0: y = x̂.
    expect([...s.y]).toEqual([...s.xHat]);
    // The formulas follow the largest x: x₄ = 4, i.e. index 3.
    expect(s.k).toBe(3);
  });

  it('sigmoid(0) = 0.5 and σ′(0) = 0.25; tanh(0) = 0, tanh′(0) = 1; ReLU′(0) = 1 (the x ≥ 0 branch)', () => {
    // sigmoid(0) = 1/(1 + e⁰) = 1/2; σ′ = σ(1 − σ) = 1/2 · 1/2 = 1/4.
    expect(valueAndSlope('sigmoid', 0)).toEqual({ value: 0.5, slope: 0.25 });
    // tanh′ = 1 − tanh² = 1 at 0.
    expect(valueAndSlope('tanh', 0)).toEqual({ value: 0, slope: 1 });
    expect(valueAndSlope('relu', 0)).toEqual({ value: 0, slope: 1 });
  });

  it('x̂ keeps half of (1, 2, 3, 4) in the sigmoid’s near-linear |t| < 1; γ = 3 pushes all out, slope there 0.0172', () => {
    // |x̂| = 1.342, 0.447, 0.447, 1.342: two of four below 1. The raw x: none (1 is not < 1).
    const plain = scaleShift(batch, 1, 0, 0, 'sigmoid');
    expect(plain.linear).toEqual({ x: 0, xHat: 2, y: 2 });
    // Slope at the largest y = 1.341641: e^(−1.341641) = 0.261416, σ = 1/1.261416 = 0.792760,
    // σ′ = 0.792760 · 0.207240 = 0.164292; by symmetry the same at the smallest.
    expect(plain.highest.y).toBeCloseTo(1.341641, 6);
    expect(plain.highest.slope).toBeCloseTo(0.164292, 6);
    expect(plain.lowest.slope).toBeCloseTo(0.164292, 6);
    // γ = 3: y = ±4.024922, ±1.341641; none below 1. σ(4.024922) = 1/(1 + e^(−4.024922)) = 1/1.017863 = 0.982451,
    // σ′ = 0.982451 · 0.017549 = 0.017243.
    const wide = scaleShift(batch, 3, 0, 0, 'sigmoid');
    expect(wide.linear.y).toBe(0);
    expect(wide.highest.slope).toBeCloseTo(0.017243, 6);
  });

  it('tanh’s near-linear range is half the sigmoid’s; ReLU counts the values at or above 0', () => {
    // tanh: |x̂| < 0.5 → the two ±0.447. ReLU: x̂ ≥ 0 → 0.447, 1.342 (two); x ≥ 0 → all four.
    expect(nearLinearRange('tanh')).toBe(0.5);
    expect(scaleShift(batch, 1, 0, 0, 'tanh').linear).toEqual({ x: 0, xHat: 2, y: 2 });
    expect(scaleShift(batch, 1, 0, 0, 'relu').linear).toEqual({ x: 4, xHat: 2, y: 2 });
    // β = 2 moves every y = x̂ + 2 ≥ 0.658 onto ReLU's identity branch: ReLU is linear on this batch.
    expect(scaleShift(batch, 1, 2, 0, 'relu').linear.y).toBe(4);
    expect(countLinear([-1, 0, 0.999, 1], 'sigmoid')).toBe(2);
  });

  it('the sigmoid leaves its tangent 0.5 + t/4 by 0.018941 at t = 1; tanh leaves t by 0.037883 at 0.5', () => {
    // sigmoid(1) = 1/(1 + e^(−1)) = 1/1.367879 = 0.731059; 0.5 + 1/4 = 0.75; gap 0.018941.
    expect(tangentGap('sigmoid')).toBeCloseTo(0.018941, 6);
    // tanh(0.5) = (e − 1)/(e + 1) = 1.718282/3.718282 = 0.462117; gap 0.5 − 0.462117 = 0.037883 = 2 × 0.018941
    // (tanh(t) = 2σ(2t) − 1: the same curve, twice as tall).
    expect(tangentGap('tanh')).toBeCloseTo(0.037883, 6);
    expect(tangentGap('relu')).toBeNull();
  });

  it('γ = √(σ²_B + ε), β = μ_B restores x: to 1e−12 with ε = 0, and with ε > 0 too (ε cancels)', () => {
    // y_i = √(σ²_B + ε) · (x_i − μ_B)/√(σ²_B + ε) + μ_B = x_i for any ε ≥ 0; only rounding is left.
    for (const eps of [0, 1e-5, 1e-3, 0.1]) {
      const first = scaleShift(batch, 1, 0, eps, 'sigmoid');
      expect(first.identity.beta).toBe(2.5);
      expect(first.identity.gamma).toBeCloseTo(Math.sqrt(1.25 + eps), 15);
      const back = scaleShift(batch, first.identity.gamma, first.identity.beta, eps, 'sigmoid');
      expect(back.maxError).toBeLessThan(1e-12);
    }
  });

  it('with ε left out of γ (γ = √σ²_B) the error is max|x − μ_B|·(1 − √(σ²_B/(σ²_B + ε))) ≈ 6.0e−6 at ε = 1e−5', () => {
    // max|x − μ_B| = 1.5; σ²_B/(σ²_B + ε) = 1.25/1.25001 = 1/(1 + 8e−6); 1 − (1 + δ)^(−1/2) ≈ δ/2 − 3δ²/8
    // = 4e−6 − 2.4e−11, times 1.5: 5.99996e−6.
    const s = scaleShift(batch, 1, 0, 1e-5, 'sigmoid');
    expect(s.errorWithoutEps).toBeCloseTo(5.99996e-6, 10);
    expect(scaleShift(batch, 1, 0, 0, 'sigmoid').errorWithoutEps).toBeLessThan(1e-12);
    // The chapter's (2, 4, 6, 8): max|x − 5| = 3, δ = 1e−5/5 = 2e−6: 3 · (1e−6 − 1.5e−12) = 2.9999955e−6.
    const chapter = scaleShift(batchValues({ batch: 'chapter', m: 4, mu: 0, spread: 1, seed: 1 }), 1, 0, 1e-5, 'sigmoid');
    expect(chapter.errorWithoutEps).toBeCloseTo(2.9999955e-6, 11);
  });

  it('the chapter’s worked example: identity γ = 2.2361, β = 5; γ = 1.5, β = 0.5 gives y₄ = 2.5125', () => {
    // (2, 4, 6, 8): μ_B = 5, σ²_B = 5, √5.00001 = 2.2360702; x̂₄ = 3/2.2360702 = 1.3416394; y₄ = 1.5 · 1.3416394 + 0.5 = 2.5124592.
    const x = batchValues({ batch: 'chapter', m: 4, mu: 0, spread: 1, seed: 1 });
    expect([...x]).toEqual([2, 4, 6, 8]);
    const s = scaleShift(x, 1.5, 0.5, 1e-5, 'sigmoid');
    expect(s.identity.gamma).toBeCloseTo(2.2360702, 6);
    expect(s.identity.beta).toBe(5);
    const v = formulaValues(s);
    expect(v.xk).toBe(8);
    expect(v.xhk).toBeCloseTo(1.3416394, 6);
    expect(v.yk).toBeCloseTo(2.5124592, 6);
    // y₄ − x₄ = 2.5124592 − 8 = −5.4875408; the largest gap (|−1.5125 − 2| = 3.5125 is smaller).
    expect(v.err).toBeCloseTo(5.4875408, 6);
  });

  it('a random batch is the seed’s: the same seed, the same values; m values; the default settings fit the identity', () => {
    const settings = { batch: 'random' as const, m: 32, mu: 3, spread: 2, seed: 7 };
    const a = batchValues(settings);
    expect(a).toHaveLength(32);
    expect([...batchValues(settings)]).toEqual([...a]);
    expect([...batchValues({ ...settings, seed: 8 })]).not.toEqual([...a]);
    const d = defaults(SCALE_SHIFT_TABLE);
    const s = scaleShift(batchValues(d), d.gamma, d.beta, 1e-5, d.fn);
    expect(s.identityFits).toBe(true);
  });

  it('the common axis holds every value with 5 % room, in fixed steps', () => {
    // (1, 2, 3, 4): the largest |value| is 4 → 4.2 needed → 5.
    expect(plotHalfWidth(scaleShift(batch, 1, 0, 0, 'sigmoid'))).toBe(5);
    // γ = 10, β = 10: y₄ = 10 · 1.341641 + 10 = 23.42 → 24.59 needed → 25.
    expect(plotHalfWidth(scaleShift(batch, 10, 10, 0, 'sigmoid'))).toBe(25);
  });
});
