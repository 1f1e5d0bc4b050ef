import { describe, expect, it } from 'vitest';
import { createRmsprop } from '../../../../src/core/optimizers/rmsprop';

const gradientOfSquare = (p: Float64Array) => p.map((x) => 2 * x);

describe('createRmsprop', () => {
  it('createRmsprop({ lr: 0.1, gamma: 0.9, eps: 0.6 }) on J = θ², θ₀ = 1: three steps by hand', () => {
    // G = γG + (1 − γ)g²;  θ = θ − η/√(G + ε)·g;  G₀ = 0  (ε = 0.6 chosen so that √(G₁ + ε) = 1)
    // t1: g = 2,        G = 0.1·4                   = 0.4,      √(0.4 + 0.6)   = 1,        θ = 1   − 0.1·2/1         = 0.8
    // t2: g = 1.6,      G = 0.9·0.4 + 0.1·2.56      = 0.616,    √(0.616 + 0.6) = 1.102724, θ = 0.8 − 0.16/1.102724   = 0.654905
    // t3: g = 1.309809, G = 0.9·0.616 + 0.1·1.715600 = 0.725960, √1.325960      = 1.151503, θ = 0.654905 − 0.1309809/1.151503 = 0.541157
    const rmsprop = createRmsprop({ lr: 0.1, gamma: 0.9, eps: 0.6 });
    const theta = Float64Array.of(1);
    const expected = [
      { G: 0.4, theta: 0.8 },
      { G: 0.616, theta: 0.654905 },
      { G: 0.72596, theta: 0.541157 },
    ];
    for (const row of expected) {
      rmsprop.step(theta, gradientOfSquare);
      expect((rmsprop.state().G as Float64Array)[0]).toBeCloseTo(row.G, 5);
      expect(theta[0]).toBeCloseTo(row.theta, 6);
    }
  });

  it('createRmsprop() (η 0.001, γ 0.9, ε 1e-8): the first step is η/√(1 − γ) = 0.0031623 for any g', () => {
    // G₁ = (1 − γ)g² = 0.1g²;  step = η·g/√(0.1g² + ε) ≈ η/√0.1 = 0.001·3.16228 (sign of g)
    for (const start of [1, -30, 0.05]) {
      const rmsprop = createRmsprop();
      const theta = Float64Array.of(start);
      rmsprop.step(theta, gradientOfSquare);
      expect(Math.abs(start - theta[0])).toBeCloseTo(0.001 / Math.sqrt(0.1), 6);
    }
    expect(createRmsprop().hyperparameters).toEqual({ lr: 0.001, gamma: 0.9, eps: 1e-8 });
  });
});
