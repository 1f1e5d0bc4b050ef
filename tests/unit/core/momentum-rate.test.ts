import { describe, expect, it } from 'vitest';
import {
  createOptimizer,
  momentumEtaLimit,
  momentumRate,
  momentumRootRadius,
  momentumRoots,
  optimalGradientDescent,
  optimalMomentum,
  valleySurface,
} from '../../../src/core';

/**
 * The deck's momentum v' = γv + η∇J, θ' = θ − v' on one eigen-direction J = ½λθ² (gradient λθ):
 *   v' = γv + ηλθ,  θ' = −γv + (1 − ηλ)θ,  so (v, θ) ← M(v, θ) with M = [[γ, ηλ], [−γ, 1 − ηλ]].
 * tr M = 1 + γ − ηλ, det M = γ(1 − ηλ) + γηλ = γ, eigenvalues: μ² − (1 + γ − ηλ)μ + γ = 0.
 */
describe('momentumRoots / momentumRootRadius: the eigenvalues of [[γ, ηλ], [−γ, 1 − ηλ]]', () => {
  it('real roots: η = 0.1, γ = 0.1, λ = 2 → μ² − 0.9μ + 0.1 = 0, μ = (0.9 ± √0.41)/2 = 0.770156, 0.129844', () => {
    // tr = 1 + 0.1 − 0.2 = 0.9; disc = 0.81 − 0.4 = 0.41; √0.41 = 0.640312; product 0.770156·0.129844 = 0.1 = γ.
    const { re, im } = momentumRoots(0.1, 0.1, 2);
    expect(re[0]).toBeCloseTo(0.770156, 6);
    expect(re[1]).toBeCloseTo(0.129844, 6);
    expect(im).toEqual([0, 0]);
    expect(momentumRootRadius(0.1, 0.1, 2)).toBeCloseTo(0.770156, 6);
  });

  it('complex roots: η = 0.1, γ = 0.5, λ = 2 → tr = 1.3, disc = 1.69 − 2 = −0.31, μ = 0.65 ± 0.278388i, |μ| = √γ = 0.707107', () => {
    const { re, im } = momentumRoots(0.1, 0.5, 2);
    expect(re[0]).toBeCloseTo(0.65, 10);
    expect(im[0]).toBeCloseTo(Math.sqrt(0.31) / 2, 10);
    expect(momentumRootRadius(0.1, 0.5, 2)).toBeCloseTo(Math.SQRT1_2, 10);
  });

  it('γ = 0 is gradient descent: μ = 1 − ηλ and 0; the deck’s η = 0.13 on λ = 20 gives |1 − 2.6| = 1.6', () => {
    expect(momentumRootRadius(0.13, 0, 20)).toBeCloseTo(1.6, 10);
    expect(momentumRootRadius(0.01, 0, 20)).toBeCloseTo(0.8, 10);
  });

  it('at the edge ηλ = 2(1 + γ): tr = −(1 + γ), μ² + (1 + γ)μ + γ = (μ + 1)(μ + γ), so ρ = 1 exactly', () => {
    for (const gamma of [0, 0.3, 0.9]) {
      const lambda = 20;
      const edge = momentumEtaLimit(gamma, lambda);
      expect(edge).toBeCloseTo((2 * (1 + gamma)) / 20, 12);
      expect(momentumRootRadius(edge, gamma, lambda)).toBeCloseTo(1, 9);
      expect(momentumRootRadius(edge * 0.99, gamma, lambda)).toBeLessThan(1);
      expect(momentumRootRadius(edge * 1.01, gamma, lambda)).toBeGreaterThan(1);
    }
  });

  it('momentumRate is the worse of the two ends: η = 0.1, γ = 0.1 on λ = 2 and 20 → max(0.770156, ρ(20))', () => {
    // λ = 20: tr = 1.1 − 2 = −0.9, same roots with the sign flipped: −0.770156, −0.129844.
    expect(momentumRootRadius(0.1, 0.1, 20)).toBeCloseTo(0.770156, 6);
    expect(momentumRate(0.1, 0.1, 2, 20)).toBeCloseTo(0.770156, 6);
    expect(momentumRate(0.05, 0.1, 2, 20)).toBe(momentumRootRadius(0.05, 0.1, 2));
  });
});

describe('optimalMomentum: both end directions critically damped at once', () => {
  /*
   * Double roots at both ends with opposite signs: 1 + γ − ηλ_min = 2√γ and 1 + γ − ηλ_max = −2√γ.
   * Subtracting: η(λ_max − λ_min) = 4√γ; adding: η(λ_min + λ_max) = 2(1 + γ). With s = √γ:
   * (1 + s²)/(2s) = (κ + 1)/(κ − 1), solved by s = (√κ − 1)/(√κ + 1) (then 1 + s² = 2(κ + 1)/(√κ + 1)²
   * and 2s = 2(√κ − 1)/(√κ + 1)). η = 4s/(λ_max − λ_min) = 4/(√λ_max + √λ_min)². A double root is
   * μ = tr/2 = ±s, so ρ* = s = √γ*. The chapter's valley θ₁² + 10θ₂² has λ = 2, 20 (κ = 10):
   * √2 = 1.414214, √20 = 4.472136, η* = 4/(2 + 20 + 2√40) = 4/34.649111 = 0.115443, ρ* = 3.057922/5.886350 = 0.519494,
   * γ* = 0.269874. Gradient descent: η = 2/22 = 0.090909, ρ = 18/22 = 0.818182.
   */
  it('κ = 10 (λ = 2, 20): η* = 0.115443, γ* = 0.269874, ρ* = 0.519494; GD η = 0.090909, ρ = 0.818182', () => {
    const best = optimalMomentum(2, 20);
    expect(best.eta).toBeCloseTo(0.115443, 6);
    expect(best.gamma).toBeCloseTo(0.269874, 6);
    expect(best.rate).toBeCloseTo(0.519494, 6);
    expect(momentumRate(best.eta, best.gamma, 2, 20)).toBeCloseTo(best.rate, 6);
    const gd = optimalGradientDescent(2, 20);
    expect(gd.eta).toBeCloseTo(0.090909, 6);
    expect(gd.rate).toBeCloseTo(0.818182, 6);
    expect(momentumRate(gd.eta, 0, 2, 20)).toBeCloseTo(gd.rate, 10);
  });

  it('no (η, γ) on a 400 × 400 grid beats the formula, and the best grid point is next to it (κ = 10 and 100)', () => {
    for (const [lo, hi] of [[2, 20], [2, 200]]) {
      const best = optimalMomentum(lo, hi);
      let min = Infinity;
      let at = [0, 0];
      const etaMax = 4 / hi;
      for (let i = 1; i <= 400; i++) {
        for (let j = 0; j < 400; j++) {
          const eta = (etaMax * i) / 400;
          const gamma = (0.999 * j) / 399;
          const rate = momentumRate(eta, gamma, lo, hi);
          if (rate < min) [min, at] = [rate, [eta, gamma]];
        }
      }
      expect(min).toBeGreaterThanOrEqual(best.rate - 1e-9);
      expect(min).toBeLessThan(best.rate + 0.01);
      expect(Math.abs(at[0] - best.eta)).toBeLessThan(3 * (etaMax / 400));
      expect(Math.abs(at[1] - best.gamma)).toBeLessThan(0.03);
    }
  });

  it('κ = 1: one curvature, one step to the minimum (η* = 1/λ, γ* = 0, ρ* = 0)', () => {
    const best = optimalMomentum(2, 2);
    expect(best.eta).toBeCloseTo(0.5, 12);
    expect([best.gamma, best.rate]).toEqual([0, 0]);
  });

  it('rejects a spectrum that is not 0 < λ_min ≤ λ_max', () => {
    expect(() => optimalMomentum(0, 1)).toThrow(RangeError);
    expect(() => optimalMomentum(3, 2)).toThrow(RangeError);
  });
});

describe('the rate against the core’s momentum optimizer, iterated', () => {
  /** ‖θ_t‖ growth per step between t = 200 and 400 on θ₁² + κθ₂² from (−4, 1), with the core's momentum. */
  const measured = (eta: number, gamma: number, kappa: number) => {
    const surface = valleySurface(1, kappa);
    const optimizer = createOptimizer('momentum', { lr: eta, gamma });
    const theta = Float64Array.from([-4, 1]);
    const g = new Float64Array(2);
    const norm = () => {
      const v = optimizer.state().v as Float64Array;
      return Math.hypot(theta[0], theta[1], v[0], v[1]);
    };
    let at200 = 0;
    for (let t = 1; t <= 400; t++) {
      optimizer.step(theta, (p) => surface.gradient(p, g));
      if (t === 200) at200 = norm();
    }
    return (norm() / at200) ** (1 / 200);
  };

  it.each([
    [0.01, 0.9, 10],
    [0.1, 0.1, 10],
    [0.05, 0.5, 10],
    [0.115443, 0.269874, 10],
    [0.012, 0.8, 100],
  ])('η = %s, γ = %s, κ = %s: ‖(θ, v)‖ shrinks per step by the predicted ρ (within 2 %%)', (eta, gamma, kappa) => {
    const predicted = momentumRate(eta, gamma, 2, 2 * kappa);
    expect(measured(eta, gamma, kappa)).toBeGreaterThan(predicted * 0.98);
    expect(measured(eta, gamma, kappa)).toBeLessThan(predicted * 1.02);
  });

  it('past the edge the core’s run grows: η = 1.02·2(1 + γ)/20 with γ = 0.5', () => {
    expect(measured(1.02 * momentumEtaLimit(0.5, 20), 0.5, 10)).toBeGreaterThan(1);
  });
});
