import { describe, expect, it } from 'vitest';
import { makeMoons } from '../../../../src/core/datasets';
import { createRng } from '../../../../src/core/random';
import { countClasses, pointAt, seededRecipe } from './helpers';

describe('makeMoons(options, rng)', () => {
  it('makeMoons({ n: 100 }) gives 50 per class, x 100×2, y 100×1', () => {
    const { x, y } = makeMoons({ n: 100, noise: 0.1 }, createRng(1));
    expect([x.rows, x.cols, y.rows, y.cols]).toEqual([100, 2, 100, 1]);
    expect(countClasses(y, 2)).toEqual([50, 50]);
  });

  it('with noise 0 class 0 is on the upper unit half circle, class 1 on the lower one centred at (1, 0.5)', () => {
    // class 0: (cos t, sin t), so x₁² + x₂² = 1 and x₂ ≥ 0
    // class 1: (1 − cos t, 0.5 − sin t), so (x₁ − 1)² + (x₂ − 0.5)² = 1 and x₂ ≤ 0.5
    const { x, y } = makeMoons({ n: 40 }, createRng(2));
    for (let row = 0; row < 40; row++) {
      const [a, b] = pointAt(x, row);
      if (y.data[row] === 0) {
        expect(Math.hypot(a, b)).toBeCloseTo(1, 14);
        expect(b).toBeGreaterThanOrEqual(0);
      } else {
        expect(Math.hypot(a - 1, b - 0.5)).toBeCloseTo(1, 14);
        expect(b).toBeLessThanOrEqual(0.5 + 1e-15);
      }
    }
  });

  it('without shuffle the ends t = 0 and t = π are included: (1, 0) … (−1, 0), then (0, 0.5) … (2, 0.5)', () => {
    const { x } = makeMoons({ n: 10, shuffle: false }, createRng(0));
    expect(pointAt(x, 0)).toEqual([1, 0]);
    expect(pointAt(x, 4)[0]).toBeCloseTo(-1, 15);
    expect(pointAt(x, 4)[1]).toBeCloseTo(0, 15);
    expect(pointAt(x, 5)).toEqual([0, 0.5]);
    expect(pointAt(x, 9)[0]).toBeCloseTo(2, 15);
  });

  it("seed 8: the half circles plus createRng(8)'s normal draws, rows in createRng(8)'s shuffle; seed 9 gives other data", () => {
    const clean = makeMoons({ n: 30, shuffle: false }, createRng(0));
    const data = makeMoons({ n: 30, noise: 0.3 }, createRng(8));
    const expected = seededRecipe(clean, 0.3, 8);
    expect(Array.from(data.x.data)).toEqual(expected.x);
    expect(Array.from(data.y.data)).toEqual(expected.y);
    expect(Array.from(makeMoons({ n: 30, noise: 0.3 }, createRng(9)).x.data)).not.toEqual(expected.x);
  });
});
