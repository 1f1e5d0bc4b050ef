import { describe, expect, it } from 'vitest';
import { createAdam } from '../../../../src/core/optimizers/adam';

const gradientOfSquare = (p: Float64Array) => p.map((x) => 2 * x);

describe('createAdam', () => {
  it('createAdam({ lr: 0.1, beta1: 0.5, beta2: 0.75 }) on J = θ², θ₀ = 1: two steps by hand', () => {
    // m = β₁m + (1 − β₁)g;  v = β₂v + (1 − β₂)g²;  m̂ = m/(1 − β₁ᵗ);  v̂ = v/(1 − β₂ᵗ);  θ = θ − η/(√v̂ + ε)·m̂
    // ε = 1e-8 changes the 9th digit only.
    // t1: g = 2,   m = 0.5·2 = 1,               v = 0.25·4 = 1,
    //     m̂ = 1/(1 − 0.5) = 2 (= g₁),  v̂ = 1/(1 − 0.75) = 4 (= g₁²),  θ = 1 − 0.1·2/2 = 0.9
    // t2: g = 1.8, m = 0.5·1 + 0.5·1.8 = 1.4,    v = 0.75·1 + 0.25·3.24 = 1.56,
    //     m̂ = 1.4/(1 − 0.25) = 1.866667,  v̂ = 1.56/(1 − 0.5625) = 3.565714,  √v̂ = 1.888310,
    //     θ = 0.9 − 0.1·1.866667/1.888310 = 0.9 − 0.098854 = 0.801146
    const adam = createAdam({ lr: 0.1, beta1: 0.5, beta2: 0.75 });
    const theta = Float64Array.of(1);
    adam.step(theta, gradientOfSquare);
    let state = adam.state();
    expect(state.t).toBe(1);
    expect((state.m as Float64Array)[0]).toBeCloseTo(1, 14);
    expect((state.v as Float64Array)[0]).toBeCloseTo(1, 14);
    expect((state.mHat as Float64Array)[0]).toBeCloseTo(2, 14);
    expect((state.vHat as Float64Array)[0]).toBeCloseTo(4, 14);
    expect(theta[0]).toBeCloseTo(0.9, 8);
    adam.step(theta, gradientOfSquare);
    state = adam.state();
    expect(state.t).toBe(2);
    expect((state.m as Float64Array)[0]).toBeCloseTo(1.4, 8);
    expect((state.v as Float64Array)[0]).toBeCloseTo(1.56, 8);
    expect((state.mHat as Float64Array)[0]).toBeCloseTo(1.866667, 6);
    expect((state.vHat as Float64Array)[0]).toBeCloseTo(3.565714, 6);
    expect(theta[0]).toBeCloseTo(0.801146, 6);
  });

  it('createAdam() bias correction at t = 1: m̂₁ = g₁, v̂₁ = g₁², so the first step is η·g/(|g| + ε) ≈ η', () => {
    // m₁ = 0.1g, m̂₁ = 0.1g/(1 − 0.9) = g;  v₁ = 0.001g², v̂₁ = 0.001g²/(1 − 0.999) = g²
    // step = 0.001·g/(|g| + 1e-8) = 0.001·sign(g) to 9 digits, whatever |g| is
    for (const start of [3, -0.02]) {
      const adam = createAdam();
      const theta = Float64Array.of(start);
      adam.step(theta, gradientOfSquare);
      const g = 2 * start;
      const state = adam.state();
      expect((state.mHat as Float64Array)[0]).toBeCloseTo(g, 12);
      expect((state.vHat as Float64Array)[0]).toBeCloseTo(g * g, 12);
      expect(start - theta[0]).toBeCloseTo(0.001 * Math.sign(g), 9);
    }
    expect(createAdam().hyperparameters).toEqual({ lr: 0.001, beta1: 0.9, beta2: 0.999, eps: 1e-8 });
  });

  it('ε is outside the root: createAdam({ lr: 0.1, eps: 1 }) first step on g = 2 is 0.1·2/(2 + 1)', () => {
    // m̂₁ = 2, v̂₁ = 4: θ = 1 − 0.1·2/(√4 + 1) = 1 − 0.2/3 = 0.933333 (inside: 1 − 0.2/√5 = 0.910557)
    const adam = createAdam({ lr: 0.1, eps: 1 });
    const theta = Float64Array.of(1);
    adam.step(theta, gradientOfSquare);
    expect(theta[0]).toBeCloseTo(1 - 0.2 / 3, 14);
  });

  it('createAdam({}, { biasCorrection: false }): m̂ = m, v̂ = v, so the first step is ≈ 3.16η; two steps by hand', () => {
    // Defaults η = 0.001, β₁ = 0.9, β₂ = 0.999, ε = 1e-8; J = θ², θ₀ = 1.
    // t1: g = 2, m = 0.1·2 = 0.2, v = 0.001·4 = 0.004, m̂ = m, v̂ = v, √v̂ = 0.0632456,
    //     step = 0.001·0.2/0.0632456 = 0.001·3.162278 (= η·0.1/√0.001, whatever g is)
    // θ₁ = 1 − 0.003162278 = 0.996837722
    // t2: g = 1.993675445, m = 0.9·0.2 + 0.1·1.993675445 = 0.379367545,
    //     v = 0.999·0.004 + 0.001·3.974741830 = 0.007970742, √v = 0.089279,
    //     step = 0.001·0.379367545/0.0892790 = 0.0042492
    const adam = createAdam({}, { biasCorrection: false });
    const theta = Float64Array.of(1);
    adam.step(theta, gradientOfSquare);
    let state = adam.state();
    expect((state.mHat as Float64Array)[0]).toBeCloseTo(0.2, 14);
    expect((state.vHat as Float64Array)[0]).toBeCloseTo(0.004, 14);
    expect(1 - theta[0]).toBeCloseTo(0.003162278, 8);
    const before = theta[0];
    adam.step(theta, gradientOfSquare);
    state = adam.state();
    expect((state.m as Float64Array)[0]).toBeCloseTo(0.379367545, 8);
    expect((state.v as Float64Array)[0]).toBeCloseTo(0.007970742, 8);
    expect(before - theta[0]).toBeCloseTo(0.0042492, 6);
    // The first step is ≈ 3.16η whatever the gradient's scale: with g = 200 too.
    const big = createAdam({}, { biasCorrection: false });
    const far = Float64Array.of(100);
    big.step(far, gradientOfSquare);
    expect(100 - far[0]).toBeCloseTo(0.003162278, 8);
  });
});
