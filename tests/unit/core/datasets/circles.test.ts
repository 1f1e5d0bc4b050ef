import { describe, expect, it } from 'vitest';
import { makeCircles } from '../../../../src/core/datasets';
import { createRng } from '../../../../src/core/random';
import { countClasses, pointAt, seededRecipe } from './helpers';

describe('makeCircles(options, rng)', () => {
  it('makeCircles({ n: 101 }) gives x 101×2, y 101×1 with 51 and 50 per class', () => {
    const { x, y } = makeCircles({ n: 101 }, createRng(1));
    expect([x.rows, x.cols, y.rows, y.cols]).toEqual([101, 2, 101, 1]);
    expect(countClasses(y, 2)).toEqual([51, 50]);
    expect(Array.from(y.data).every((v) => v === 0 || v === 1)).toBe(true);
  });

  it('with noise 0 class 0 lies exactly on radius 1 and class 1 on radius factor = 0.5', () => {
    // r_c = 1 − c·(1 − factor)/(classes − 1): r₀ = 1, r₁ = 0.5
    const { x, y } = makeCircles({ n: 60, noise: 0 }, createRng(2));
    for (let row = 0; row < 60; row++) {
      const [a, b] = pointAt(x, row);
      expect(Math.hypot(a, b)).toBeCloseTo(y.data[row] === 0 ? 1 : 0.5, 14);
    }
  });

  it('three rings one-hot: radii 1, 0.75, 0.5 for factor 0.5', () => {
    const { x, y } = makeCircles({ n: 30, classes: 3 }, createRng(3));
    expect(y.cols).toBe(3);
    expect(countClasses(y, 3)).toEqual([10, 10, 10]);
    const radii = [1, 0.75, 0.5];
    for (let row = 0; row < 30; row++) {
      const c = [0, 1, 2].find((k) => y.data[row * 3 + k] === 1)!;
      expect(Math.hypot(...pointAt(x, row))).toBeCloseTo(radii[c], 14);
    }
  });

  it("seed 9: the rings plus createRng(9)'s normal draws, rows in createRng(9)'s shuffle; seed 10 gives other data", () => {
    const clean = makeCircles({ n: 50, shuffle: false }, createRng(0));
    const data = makeCircles({ n: 50, noise: 0.1 }, createRng(9));
    const expected = seededRecipe(clean, 0.1, 9);
    expect(Array.from(data.x.data)).toEqual(expected.x);
    expect(Array.from(data.y.data)).toEqual(expected.y);
    expect(Array.from(makeCircles({ n: 50, noise: 0.1 }, createRng(10)).x.data)).not.toEqual(expected.x);
  });

  it('noise 0.1 moves points off the circles by about 0.1 (radial residual sd within 15%)', () => {
    const { x, y } = makeCircles({ n: 2000, noise: 0.1 }, createRng(4));
    let sumSq = 0;
    for (let row = 0; row < 2000; row++) {
      const residual = Math.hypot(...pointAt(x, row)) - (y.data[row] === 0 ? 1 : 0.5);
      sumSq += residual * residual;
    }
    expect(Math.sqrt(sumSq / 2000)).toBeGreaterThan(0.085);
    expect(Math.sqrt(sumSq / 2000)).toBeLessThan(0.115);
  });

  it('rejects bad options with a RangeError naming them', () => {
    const rng = createRng(0);
    expect(() => makeCircles({ n: 1 }, rng)).toThrow(/\bn\b/);
    expect(() => makeCircles({ n: 10.5 }, rng)).toThrow(/\bn\b/);
    expect(() => makeCircles({ n: 10, noise: -1 }, rng)).toThrow(/noise/);
    expect(() => makeCircles({ n: 10, factor: 1 }, rng)).toThrow(/factor/);
    expect(() => makeCircles({ n: 10, classes: 3, labels: 'binary' }, rng)).toThrow(/binary/);
  });
});
