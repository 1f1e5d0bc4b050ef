import { describe, expect, it } from 'vitest';
import {
  finalLossSweep,
  gdEtaLimit,
  gdStable,
  logSpacedEtas,
  momentumStable,
  quadraticCurvatures,
} from '../../../src/core/learning-rate-limits';
import { momentumEtaLimit } from '../../../src/core/momentum-rate';
import { valleySurface } from '../../../src/core/surfaces';

const valley = valleySurface(1, 10);
const theta0 = [-4, 1];

describe('stability limits on J = aθ₁² + bθ₂²', () => {
  it('the curvatures of θ₁² + 10θ₂² are λ = 2a, 2b = 2, 20', () => {
    // ∂²J/∂θ₁² = 2a = 2, ∂²J/∂θ₂² = 2b = 20, the mixed derivative is 0.
    expect(quadraticCurvatures(1, 10)).toEqual([2, 20]);
    expect(quadraticCurvatures(1, 50)).toEqual([2, 100]);
  });

  it('gradient descent: |1 − ηλ| < 1, limit 2/λ_max = 2/20 = 0.1', () => {
    expect(gdEtaLimit(20)).toBeCloseTo(0.1, 15);
    expect(gdStable(0.099, 20)).toBe(true); // |1 − 1.98| = 0.98
    expect(gdStable(0.101, 20)).toBe(false); // |1 − 2.02| = 1.02
    expect(gdStable(0.13, 20)).toBe(false); // the deck's η: 1 − 2.6 = −1.6
    expect(gdStable(0.13, 2)).toBe(true); // along θ₁: 1 − 0.26 = 0.74
  });

  it('momentum v = γv + η∇J, θ = θ − v: 0 < ηλ < 2(1 + γ), limit 2(1 + γ)/λ_max = 2·1.9/20 = 0.19 for γ = 0.9', () => {
    expect(momentumEtaLimit(0.9, 20)).toBeCloseTo(0.19, 15);
    expect(momentumEtaLimit(0, 20)).toBeCloseTo(0.1, 15); // γ = 0 is gradient descent
    // ηλ = 3.78 < 3.8: z² + 1.88z + 0.9 has complex roots of modulus √0.9 ≈ 0.949.
    expect(momentumStable(0.189, 0.9, 20)).toBe(true);
    // ηλ = 3.82 > 3.8: z² + 1.92z + 0.9 has the root (−1.92 − √0.0864)/2 ≈ −1.107.
    expect(momentumStable(0.191, 0.9, 20)).toBe(false);
    expect(momentumStable(0.05, 1, 20)).toBe(false); // γ = 1 never forgets: not stable
  });

  it('is checked numerically on both sides of each limit by running the core’s optimizers', () => {
    const sweep = (method: 'gd' | 'momentum', etas: number[], steps: number) => finalLossSweep(valley, etas, { method, gamma: 0.9, theta0, steps });
    // J(θ₀) = 26. Below a limit the loss falls far below it; above, it climbs far above it.
    const [gdBelow, gdAbove] = sweep('gd', [0.099, 0.101], 2000);
    expect(gdBelow).toBeLessThan(1e-12);
    expect(gdAbove).toBeGreaterThan(1e10); // ≈ 10·1.02^4000
    const [momBelow, momAbove] = sweep('momentum', [0.189, 0.191], 2000);
    expect(momBelow).toBeLessThan(1e-12); // ≈ 0.949^4000
    expect(momAbove).toBeGreaterThan(1e10); // ≈ 1.107^4000
    // η = 0.15: past gradient descent's limit, inside momentum's.
    expect(sweep('gd', [0.15], 500)[0]).toBeGreaterThan(26);
    expect(sweep('momentum', [0.15], 500)[0]).toBeLessThan(1e-6);
  });
});

describe('finalLossSweep(surface, etas, { method, theta0, steps })', () => {
  it('gd: J(θ_T) = 16(1 − 2η)^{2T} + 10(1 − 20η)^{2T}, the chapter’s table (η = 0.03: 4.64 after 10, 0.0329 after 50)', () => {
    // θ_T = ((1 − 2η)^T·(−4), (1 − 20η)^T·1); J = θ₁² + 10θ₂².
    const [ten] = finalLossSweep(valley, [0.03], { method: 'gd', theta0, steps: 10 });
    expect(ten).toBeCloseTo(16 * 0.94 ** 20 + 10 * 0.4 ** 20, 12);
    expect(ten).toBeCloseTo(4.642, 3);
    const [fifty] = finalLossSweep(valley, [0.03], { method: 'gd', theta0, steps: 50 });
    expect(fifty).toBeCloseTo(16 * 0.94 ** 100 + 10 * 0.4 ** 100, 12);
    expect(Number(fifty.toPrecision(3))).toBe(0.0329);
  });

  it('momentum: two steps by hand with η = 0.03, γ = 0.9', () => {
    // v₁ = 0.03·(−8, 20) = (−0.24, 0.6); θ₁ = (−3.76, 0.4)
    // ∇J(θ₁) = (−7.52, 8); v₂ = 0.9·(−0.24, 0.6) + 0.03·(−7.52, 8) = (−0.4416, 0.78); θ₂ = (−3.3184, −0.38)
    // J(θ₂) = 3.3184² + 10·0.38² = 11.01177856 + 1.444 = 12.45577856
    const [two] = finalLossSweep(valley, [0.03], { method: 'momentum', gamma: 0.9, theta0, steps: 2 });
    expect(two).toBeCloseTo(12.45577856, 10);
  });

  it('reports Infinity for a run that overflows, and T = 0 leaves J(θ₀) = 26', () => {
    const [blown] = finalLossSweep(valley, [10], { method: 'gd', theta0, steps: 2000 }); // factor 1 − 200 per step
    expect(blown).toBe(Infinity);
    expect(Array.from(finalLossSweep(valley, [0.01, 0.2], { method: 'gd', theta0, steps: 0 }))).toEqual([26, 26]);
  });
});

describe('logSpacedEtas(lo, hi, n)', () => {
  it('spaces evenly in log η: 0.001 … 1 in 4 is 0.001, 0.01, 0.1, 1', () => {
    const etas = logSpacedEtas(0.001, 1, 4);
    [0.001, 0.01, 0.1, 1].forEach((v, k) => expect(etas[k]).toBeCloseTo(v, 12));
    expect(() => logSpacedEtas(0, 1, 4)).toThrow(RangeError);
    expect(() => logSpacedEtas(0.1, 1, 1)).toThrow(RangeError);
  });
});
