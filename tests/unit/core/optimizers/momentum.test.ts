import { describe, expect, it } from 'vitest';
import { createMomentum } from '../../../../src/core/optimizers/momentum';

const gradientOfSquare = (p: Float64Array) => p.map((x) => 2 * x);

describe('createMomentum', () => {
  it('createMomentum({ lr: 0.1, gamma: 0.9 }) on J = θ², θ₀ = 1: three steps by hand', () => {
    // v_t = γv_{t−1} + η∇J(θ);  θ = θ − v_t;  v₀ = 0
    // t1: g = 2,    v = 0.9·0    + 0.1·2    = 0.2,   θ = 1    − 0.2   = 0.8
    // t2: g = 1.6,  v = 0.9·0.2  + 0.1·1.6  = 0.34,  θ = 0.8  − 0.34  = 0.46
    // t3: g = 0.92, v = 0.9·0.34 + 0.1·0.92 = 0.398, θ = 0.46 − 0.398 = 0.062
    const momentum = createMomentum({ lr: 0.1, gamma: 0.9 });
    const theta = Float64Array.of(1);
    const expected = [
      { g: 2, v: 0.2, theta: 0.8 },
      { g: 1.6, v: 0.34, theta: 0.46 },
      { g: 0.92, v: 0.398, theta: 0.062 },
    ];
    expected.forEach((row, i) => {
      momentum.step(theta, gradientOfSquare);
      const state = momentum.state();
      expect(state.t).toBe(i + 1);
      expect((state.gradient as Float64Array)[0]).toBeCloseTo(row.g, 14);
      expect((state.v as Float64Array)[0]).toBeCloseTo(row.v, 14);
      expect(theta[0]).toBeCloseTo(row.theta, 14);
    });
  });

  it('η sits inside v (the deck), not outside as in PyTorch: v₁ = η·g₁', () => {
    // Deck:    v₁ = γ·0 + η·g = 0.05·4 = 0.2 (PyTorch's buffer would hold g = 4)
    const momentum = createMomentum({ lr: 0.05 });
    const theta = Float64Array.of(2);
    momentum.step(theta, gradientOfSquare);
    expect((momentum.state().v as Float64Array)[0]).toBeCloseTo(0.2, 15);
    expect(theta[0]).toBeCloseTo(1.8, 15);
  });

  it('createMomentum() defaults are lr 0.01, gamma 0.9', () => {
    expect(createMomentum().hyperparameters).toEqual({ lr: 0.01, gamma: 0.9 });
  });
});
