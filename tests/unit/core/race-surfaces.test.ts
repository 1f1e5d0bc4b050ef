import { describe, expect, it } from 'vitest';
import { lineFitLoss, raceSurface, RACE_SURFACE_IDS, type Surface2d } from '../../../src/core';

/** Central differences of J at θ, step h. */
function numericGradient(surface: Surface2d, theta: number[], h = 1e-6): number[] {
  return [0, 1].map((i) => {
    const plus = [...theta];
    const minus = [...theta];
    plus[i] += h;
    minus[i] -= h;
    return (surface.value(plus) - surface.value(minus)) / (2 * h);
  });
}
const grad = (surface: Surface2d, theta: number[]) => [...surface.gradient(theta, new Float64Array(2))];

describe('race surfaces', () => {
  it.each(RACE_SURFACE_IDS)('%s: the gradient matches central differences; it vanishes at the minimum, J there is J*', (id) => {
    const surface = raceSurface(id);
    for (const theta of [[0.3, -0.7], [-1.2, 1.5], [1.1, 0.4], [...surface.start]]) {
      const g = grad(surface, theta);
      const n = numericGradient(surface, theta);
      for (let i = 0; i < 2; i++) expect(g[i]).toBeCloseTo(n[i], Math.abs(n[i]) > 100 ? 2 : 5);
    }
    const atMinimum = grad(surface, [...surface.minimum]);
    expect(Math.hypot(atMinimum[0], atMinimum[1])).toBeLessThan(1e-12);
    expect(surface.value(surface.minimum)).toBeCloseTo(surface.minimumValue, 12);
  });

  it('by hand: Rosenbrock at (0, 0) is 1 with ∇ = (−2, 0); Beale at (3, ½) is 0; the saddle at (0, ±1) is −½', () => {
    expect(raceSurface('rosenbrock').value([0, 0])).toBe(1);
    expect(grad(raceSurface('rosenbrock'), [0, 0])).toEqual([-2, 0]);
    // (1.5 − 3 + 1.5)² + (2.25 − 3 + 0.75)² + (2.625 − 3 + 0.375)² = 0.
    expect(raceSurface('beale').value([3, 0.5])).toBe(0);
    // 0 − 1 + ½ = −½, and the origin is a saddle: J rises along θ₁ and falls along θ₂.
    expect(raceSurface('saddle').value([0, 1])).toBe(-0.5);
    expect(raceSurface('saddle').value([0.1, 0])).toBeGreaterThan(0);
    expect(raceSurface('saddle').value([0, 0.1])).toBeLessThan(0);
  });

  it('two minima: 4θ₁³ − 4θ₁ + 0.3 = 0 at the global one, which is lower than the shallow one near θ₁ = 0.96 (J ≈ 0.29 against ≈ −0.31)', () => {
    const s = raceSurface('two-minima');
    const [x] = s.minimum;
    expect(4 * x ** 3 - 4 * x + 0.3).toBeCloseTo(0, 12);
    expect(x).toBeCloseTo(-1.036, 3);
    // The other minimum: Newton from 1 on the same cubic.
    let y = 1;
    for (let k = 0; k < 50; k++) y -= (4 * y ** 3 - 4 * y + 0.3) / (12 * y * y - 4);
    expect(y).toBeCloseTo(0.96, 3);
    expect(s.value([y, 0])).toBeGreaterThan(s.minimumValue + 0.5);
  });

  it('the valley takes a condition number: θ₁² + κθ₂², refused below 1', () => {
    expect(raceSurface('valley', 25).value([1, 1])).toBe(26);
    expect(() => raceSurface('valley', 0.5)).toThrow(RangeError);
  });

  it('the plateau is nearly flat far out: |∇J| at (4, 3) is 5·e^(−12.5) ≈ 1.9·10⁻⁵', () => {
    const g = grad(raceSurface('plateau'), [4, 3]);
    expect(Math.hypot(g[0], g[1])).toBeCloseTo(5 * Math.exp(-12.5), 12);
  });
});

describe('lineFitLoss: a line fitted to N seeded points', () => {
  it('is the same for the same seed, and its gradient matches central differences', () => {
    const a = lineFitLoss(20, 7);
    const b = lineFitLoss(20, 7);
    expect([...a.xs]).toEqual([...b.xs]);
    expect([...a.ys]).toEqual([...b.ys]);
    const g = grad(a, [0.3, -0.2]);
    const n = numericGradient(a, [0.3, -0.2]);
    expect(g[0]).toBeCloseTo(n[0], 6);
    expect(g[1]).toBeCloseTo(n[1], 6);
  });

  it('its minimum solves the normal equations: the full gradient vanishes there', () => {
    const loss = lineFitLoss(50, 3);
    const g = grad(loss, [...loss.minimum]);
    expect(Math.hypot(g[0], g[1])).toBeLessThan(1e-12);
    // Near the truth w = 2, b = 0.5 for 50 points with noise 0.3.
    expect(loss.minimum[0]).toBeCloseTo(2, 0);
    expect(loss.minimum[1]).toBeCloseTo(0.5, 0);
  });

  it('by hand: a mini-batch of one example i has gradient (r·xᵢ, r), r = w·xᵢ + b − yᵢ; the mean over all is the full gradient', () => {
    const loss = lineFitLoss(5, 1);
    const theta = [1, 0];
    const r = loss.xs[2] - loss.ys[2];
    expect([...loss.batchGradient(theta, [2], new Float64Array(2))]).toEqual([r * loss.xs[2], r]);
    const sum = [0, 0];
    for (let i = 0; i < 5; i++) {
      const gi = loss.batchGradient(theta, [i], new Float64Array(2));
      sum[0] += gi[0] / 5;
      sum[1] += gi[1] / 5;
    }
    const full = grad(loss, theta);
    expect(full[0]).toBeCloseTo(sum[0], 14);
    expect(full[1]).toBeCloseTo(sum[1], 14);
    expect(() => loss.batchGradient(theta, [], new Float64Array(2))).toThrow(RangeError);
  });
});
