import { describe, expect, it } from 'vitest';
import { createOptimizer, valleySurface } from '../../../src/core';

describe('valleySurface() — J(θ) = θ₁² + 10θ₂²', () => {
  const J = valleySurface();

  it('J(−4, 1) = 16 + 10 = 26, ∇J(−4, 1) = (2·−4, 20·1) = (−8, 20)', () => {
    expect(J.value([-4, 1])).toBe(26);
    expect(Array.from(J.gradient([-4, 1], new Float64Array(2)))).toEqual([-8, 20]);
  });

  it('its gradient matches central finite differences', () => {
    const h = 1e-6;
    for (const theta of [[0.3, -0.7], [-2, 1.5], [5, 0.01]]) {
      const g = J.gradient(theta, new Float64Array(2));
      for (let i = 0; i < 2; i++) {
        const plus = [...theta];
        const minus = [...theta];
        plus[i] += h;
        minus[i] -= h;
        expect(g[i]).toBeCloseTo((J.value(plus) - J.value(minus)) / (2 * h), 5);
      }
    }
  });

  it('with gd η = 0.13 the steep coordinate is multiplied by 1 − 0.13·20 = −1.6 each step (divergence)', () => {
    // θ₂ ← θ₂ − η·20θ₂ = (1 − 2.6)θ₂ = −1.6θ₂: 1 → −1.6 → 2.56 → −4.096
    const theta = Float64Array.of(-4, 1);
    const gd = createOptimizer('gd', { lr: 0.13 });
    const scratch = new Float64Array(2);
    const seen = [];
    for (let t = 0; t < 3; t++) {
      gd.step(theta, (p) => J.gradient(p, scratch));
      seen.push(theta[1]);
    }
    expect(seen[0]).toBeCloseTo(-1.6, 12);
    expect(seen[1]).toBeCloseTo(2.56, 12);
    expect(seen[2]).toBeCloseTo(-4.096, 12);
  });
});

describe('valleySurface(): the numbers its pictures are drawn from', () => {
  it('L = 2·max(1, 10) = 20, the η limit 2/20 = 0.1, and the level J = 10 is the ellipse with semi-axes (√10, 1)', () => {
    const J = valleySurface();
    expect(J.largestCurvature).toBe(20);
    expect(J.etaLimit).toBe(0.1);
    // θ₁² = 10 on the θ₁ axis, 10θ₂² = 10 on the θ₂ axis
    expect(J.levelSemiAxes(10)).toEqual([Math.sqrt(10), 1]);
    expect(valleySurface(3, 2).levelSemiAxes(12)).toEqual([2, Math.sqrt(6)]);
    expect(() => valleySurface(0, 1)).toThrow(RangeError);
  });
});
