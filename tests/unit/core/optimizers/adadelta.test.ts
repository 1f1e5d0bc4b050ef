import { describe, expect, it } from 'vitest';
import { createAdadelta } from '../../../../src/core/optimizers/adadelta';

const gradientOfSquare = (p: Float64Array) => p.map((x) => 2 * x);

describe('createAdadelta', () => {
  it('createAdadelta({ gamma: 0.5, eps: 0.25 }) on J = θ², θ₀ = 1: two steps by hand, Δθ uses the previous s', () => {
    // G = γG + (1 − γ)g²;  Δθ = √(s + ε)/√(G + ε)·g;  θ = θ − Δθ;  s = γs + (1 − γ)Δθ²;  G₀ = s₀ = 0
    // t1: g = 2,   G = 0.5·4 = 2,
    //     Δθ = √(0 + 0.25)/√(2 + 0.25)·2 = 0.5/1.5·2 = 2/3,  θ = 1 − 2/3 = 1/3,  s = 0.5·(2/3)² = 2/9
    // t2: g = 2/3, G = 0.5·2 + 0.5·4/9 = 11/9,
    //     Δθ = √(2/9 + 1/4)/√(11/9 + 1/4)·2/3 = √(17/36)/√(53/36)·2/3 = √(17/53)·2/3 = 0.377568
    //     θ = 1/3 − 0.377568 = −0.044235,  s = 0.5·2/9 + 0.5·0.377568² = 0.182390
    //     (Δθ₂ uses s₁ = 2/9, the s of the previous step; s₂ is computed after θ moves)
    const adadelta = createAdadelta({ gamma: 0.5, eps: 0.25 });
    const theta = Float64Array.of(1);
    adadelta.step(theta, gradientOfSquare);
    let state = adadelta.state();
    expect((state.G as Float64Array)[0]).toBeCloseTo(2, 14);
    expect((state.deltaTheta as Float64Array)[0]).toBeCloseTo(2 / 3, 14);
    expect((state.s as Float64Array)[0]).toBeCloseTo(2 / 9, 14);
    expect(theta[0]).toBeCloseTo(1 / 3, 14);
    adadelta.step(theta, gradientOfSquare);
    state = adadelta.state();
    expect((state.G as Float64Array)[0]).toBeCloseTo(11 / 9, 14);
    expect((state.deltaTheta as Float64Array)[0]).toBeCloseTo((Math.sqrt(17 / 53) * 2) / 3, 14);
    expect((state.deltaTheta as Float64Array)[0]).toBeCloseTo(0.377568, 6);
    expect(theta[0]).toBeCloseTo(-0.044235, 6);
    expect((state.s as Float64Array)[0]).toBeCloseTo(0.18239, 5);
  });

  it('createAdadelta() first step is √ε/√((1 − γ)g² + ε)·g = 0.0044721 for g = 2 (γ 0.95, ε 1e-6)', () => {
    // s₀ = 0, so Δθ₁ = √(1e-6)/√(0.05·4 + 1e-6)·2 = 0.001/0.4472147·2 = 0.00447212
    const adadelta = createAdadelta();
    expect(adadelta.hyperparameters).toEqual({ gamma: 0.95, eps: 1e-6 });
    const theta = Float64Array.of(1);
    adadelta.step(theta, gradientOfSquare);
    const expected = (Math.sqrt(1e-6) / Math.sqrt(0.05 * 4 + 1e-6)) * 2;
    expect((adadelta.state().deltaTheta as Float64Array)[0]).toBeCloseTo(expected, 15);
    expect(expected).toBeCloseTo(0.00447212, 8);
    expect(theta[0]).toBeCloseTo(1 - expected, 15);
  });

  it('createAdadelta has no learning rate: { lr } is rejected', () => {
    expect(() => createAdadelta({ lr: 0.1 })).toThrow(RangeError);
    expect(() => createAdadelta({ lr: 0.1 })).toThrow(/lr/);
  });
});
