import { describe, expect, it } from 'vitest';
import { createAdagrad } from '../../../../src/core/optimizers/adagrad';

/** ∇J for J(θ) = θ₁² + 10θ₂²: (2θ₁, 20θ₂). */
const gradientOfValley = (p: Float64Array) => Float64Array.of(2 * p[0], 20 * p[1]);

describe('createAdagrad', () => {
  it('createAdagrad({ lr: 0.1 }) on J = θ₁² + 10θ₂² from (1, 1): G per parameter, two steps by hand', () => {
    // G_t = G_{t−1} + g²;  θ = θ − η/√(G_t + ε)·g, elementwise; ε = 1e-8 changes the 10th digit only.
    // t1: g = (2, 20),    G = (4, 400),          step = (0.1·2/2, 0.1·20/20) = (0.1, 0.1),  θ = (0.9, 0.9)
    //     — both coordinates move the same distance although one gradient is 10× the other
    // t2: g = (1.8, 18),  G = (4 + 3.24, 400 + 324) = (7.24, 724),
    //     step₁ = 0.1·1.8/√7.24 = 0.18/2.690725 = 0.066896, step₂ = 0.1·18/√724 = 1.8/26.90725 = 0.066896
    //     θ = (0.833104, 0.833104)
    const adagrad = createAdagrad({ lr: 0.1 });
    const theta = Float64Array.of(1, 1);
    adagrad.step(theta, gradientOfValley);
    let G = adagrad.state().G as Float64Array;
    expect(G[0]).toBeCloseTo(4, 12);
    expect(G[1]).toBeCloseTo(400, 12);
    expect(theta[0]).toBeCloseTo(0.9, 8);
    expect(theta[1]).toBeCloseTo(0.9, 8);
    adagrad.step(theta, gradientOfValley);
    G = adagrad.state().G as Float64Array;
    expect(G[0]).toBeCloseTo(7.24, 8);
    expect(G[1]).toBeCloseTo(724, 6);
    expect(theta[0]).toBeCloseTo(0.833104, 6);
    expect(theta[1]).toBeCloseTo(0.833104, 6);
  });

  it('ε is inside the root: createAdagrad({ lr: 0.3, eps: 5 }) on J = θ², θ₀ = 1 gives 0.8 then 0.658824', () => {
    // t1: g = 2,   G = 4,           θ = 1   − 0.3·2/√(4 + 5)      = 1 − 0.6/3       = 0.8
    //     (ε outside would give 1 − 0.6/(2 + 5) = 0.914286)
    // t2: g = 1.6, G = 4 + 2.56 = 6.56, θ = 0.8 − 0.3·1.6/√(6.56 + 5) = 0.8 − 0.48/3.4 = 0.658824
    const adagrad = createAdagrad({ lr: 0.3, eps: 5 });
    const theta = Float64Array.of(1);
    adagrad.step(theta, (p) => p.map((x) => 2 * x));
    expect(theta[0]).toBeCloseTo(0.8, 14);
    adagrad.step(theta, (p) => p.map((x) => 2 * x));
    expect(theta[0]).toBeCloseTo(0.8 - 0.48 / 3.4, 14);
    expect(theta[0]).toBeCloseTo(0.658824, 6);
  });

  it('createAdagrad() defaults are lr 0.01, eps 1e-8', () => {
    expect(createAdagrad().hyperparameters).toEqual({ lr: 0.01, eps: 1e-8 });
  });
});
