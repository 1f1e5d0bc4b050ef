import { describe, expect, it } from 'vitest';
import { createGd } from '../../../../src/core/optimizers/gd';

/** ∇J for J(θ) = Σ θ_i²: 2θ. */
const gradientOfSquare = (p: Float64Array) => p.map((x) => 2 * x);
/** ∇J for J(θ) = θ₁² + 10θ₂²: (2θ₁, 20θ₂). */
const gradientOfValley = (p: Float64Array) => Float64Array.of(2 * p[0], 20 * p[1]);

describe('createGd', () => {
  it('createGd({ lr: 0.1 }) on J = θ², θ₀ = 1: θ = 0.8, 0.64, 0.512', () => {
    // θ_{t+1} = θ_t − η·2θ_t = (1 − 0.2)·θ_t = 0.8·θ_t
    // t1: g = 2·1   = 2,   θ = 1   − 0.1·2   = 0.8
    // t2: g = 2·0.8 = 1.6, θ = 0.8 − 0.1·1.6 = 0.64
    // t3: g = 1.28,        θ = 0.64 − 0.128  = 0.512
    const gd = createGd({ lr: 0.1 });
    const theta = Float64Array.of(1);
    const expected = [0.8, 0.64, 0.512];
    for (const value of expected) {
      gd.step(theta, gradientOfSquare);
      expect(theta[0]).toBeCloseTo(value, 14);
    }
    expect(gd.state().t).toBe(3);
    expect(Array.from(gd.state().gradient as Float64Array)).toEqual([1.28]);
  });

  it('createGd() (η = 0.01) on J = θ₁² + 10θ₂² from (1, 1): one step gives (0.98, 0.8)', () => {
    // g = (2·1, 20·1) = (2, 20); θ = (1 − 0.01·2, 1 − 0.01·20) = (0.98, 0.8)
    const gd = createGd();
    expect(gd.hyperparameters).toEqual({ lr: 0.01 });
    const theta = Float64Array.of(1, 1);
    gd.step(theta, gradientOfValley);
    expect(theta[0]).toBeCloseTo(0.98, 14);
    expect(theta[1]).toBeCloseTo(0.8, 14);
  });

  it("the deck's η = 0.01 / 0.03 / 0.13 on J = θ₁² + 10θ₂²: 0.01 and 0.03 converge, 0.13 diverges", () => {
    // Each coordinate is multiplied every step by (1 − 2η) for θ₁ and (1 − 20η) for θ₂:
    //   η = 0.01: 0.98 and 0.8    → both shrink, θ₂ quickly, θ₁ slowly
    //   η = 0.03: 0.94 and 0.4    → both shrink faster
    //   η = 0.13: 0.74 and −1.6   → |−1.6| > 1: θ₂ flips sign and grows (η > 2/20 = 0.1 diverges)
    const run = (lr: number, steps: number) => {
      const gd = createGd({ lr });
      const theta = Float64Array.of(1, 1);
      const history: number[] = [];
      for (let i = 0; i < steps; i++) {
        gd.step(theta, gradientOfValley);
        history.push(theta[0] * theta[0] + 10 * theta[1] * theta[1]);
      }
      return { theta, history };
    };
    const slow = run(0.01, 300);
    const fast = run(0.03, 300);
    const diverging = run(0.13, 30);
    // After 300 steps θ₁ = 0.98³⁰⁰ ≈ 2.3e-3 and 0.94³⁰⁰ ≈ 8.4e-9.
    expect(slow.theta[0]).toBeCloseTo(Math.pow(0.98, 300), 12);
    expect(fast.theta[0]).toBeCloseTo(Math.pow(0.94, 300), 12);
    expect(slow.history.at(-1)!).toBeLessThan(1e-4);
    expect(fast.history.at(-1)!).toBeLessThan(1e-14);
    // 0.03 gets lower than 0.01 at every step.
    for (let i = 0; i < 300; i++) expect(fast.history[i]).toBeLessThan(slow.history[i]);
    // η = 0.13: θ₂ = (−1.6)^t, alternating in sign; J grows without bound.
    expect(diverging.theta[1]).toBeCloseTo(Math.pow(-1.6, 30), 0);
    expect(diverging.history.at(-1)!).toBeGreaterThan(1e12);
    for (let i = 1; i < 30; i++) expect(diverging.history[i]).toBeGreaterThan(diverging.history[i - 1]);
  });
});
