import { describe, expect, it } from 'vitest';
import { makeRegression1d } from '../../../../src/core/datasets';
import { createRng } from '../../../../src/core/random';

describe('makeRegression1d(options, rng)', () => {
  it('makeRegression1d({ n: 5 }) with noise 0: x = −π, −π/2, 0, π/2, π and y = sin x exactly', () => {
    const { x, y, outliers } = makeRegression1d({ n: 5 }, createRng(1));
    expect([x.rows, x.cols, y.rows, y.cols]).toEqual([5, 1, 5, 1]);
    const expectedX = [-Math.PI, -Math.PI / 2, 0, Math.PI / 2, Math.PI];
    expectedX.forEach((value, i) => {
      expect(x.data[i]).toBeCloseTo(value, 15);
      expect(y.data[i]).toBe(Math.sin(x.data[i]));
    });
    expect(outliers).toHaveLength(0);
  });

  it("a line y = 2x + 1 over [0, 4] with noise 0: (0, 1), (1, 3), (2, 5), (3, 7), (4, 9)", () => {
    const { x, y } = makeRegression1d({ n: 5, curve: 'line', slope: 2, intercept: 1, xRange: [0, 4] }, createRng(1));
    expect(Array.from(x.data)).toEqual([0, 1, 2, 3, 4]);
    expect(Array.from(y.data)).toEqual([1, 3, 5, 7, 9]);
  });

  it('outliers { count: 3, magnitude: 5 } move exactly 3 distinct points by ±5, reported in order', () => {
    const clean = makeRegression1d({ n: 20, curve: 'line' }, createRng(2));
    const { y, outliers } = makeRegression1d({ n: 20, curve: 'line', outliers: { count: 3, magnitude: 5 } }, createRng(2));
    expect(outliers).toHaveLength(3);
    expect(new Set(outliers).size).toBe(3);
    expect(Array.from(outliers)).toEqual(Array.from(outliers).sort((a, b) => a - b));
    for (let i = 0; i < 20; i++) {
      const moved = y.data[i] - clean.y.data[i];
      if (outliers.includes(i)) expect(Math.abs(moved)).toBeCloseTo(5, 14);
      else expect(moved).toBe(0);
    }
  });

  it('noise 0.2 gives residuals y − sin x with sd ≈ 0.2', () => {
    const { x, y } = makeRegression1d({ n: 5000, noise: 0.2 }, createRng(3));
    let sumSq = 0;
    for (let i = 0; i < 5000; i++) sumSq += (y.data[i] - Math.sin(x.data[i])) ** 2;
    expect(Math.abs(Math.sqrt(sumSq / 5000) - 0.2)).toBeLessThan(0.01);
  });

  it("seed 4: sin x plus createRng(4)'s normal draws; the outliers are the first 4 of its shuffle, moved by its coin flips; seed 5 gives other data", () => {
    const options = { n: 30, noise: 0.1, outliers: { count: 4, magnitude: 2 } };
    const { x, y, outliers } = makeRegression1d(options, createRng(4));
    // the recipe, from the generator: y_i = sin x_i + N(0, 0.1²) in row order; the first 4 rows of
    // the next shuffle, in increasing order, each moved by +2 if the next draw is < 0.5, else −2
    const rng = createRng(4);
    const expected = Array.from(x.data, (xi) => Math.sin(xi) + rng.normal(0, 0.1));
    const chosen = rng.shuffle(Array.from({ length: 30 }, (_, k) => k)).slice(0, 4).sort((a, b) => a - b);
    for (const row of chosen) expected[row] += rng.next() < 0.5 ? 2 : -2;
    expect(Array.from(outliers)).toEqual(chosen);
    expect(Array.from(y.data)).toEqual(expected);
    expect(Array.from(x.data)).toEqual(Array.from({ length: 30 }, (_, i) => -Math.PI + (2 * Math.PI * i) / 29));

    const other = makeRegression1d(options, createRng(5));
    expect(Array.from(other.y.data)).not.toEqual(expected);
  });

  it('rejects bad options with a RangeError naming them', () => {
    const rng = createRng(0);
    expect(() => makeRegression1d({ n: 0 }, rng)).toThrow(/\bn\b/);
    expect(() => makeRegression1d({ n: 5, outliers: { count: 6, magnitude: 1 } }, rng)).toThrow(/outliers.count/);
    expect(() => makeRegression1d({ n: 5, outliers: { count: 1, magnitude: -1 } }, rng)).toThrow(/magnitude/);
    expect(() => makeRegression1d({ n: 5, xRange: [1, 1] }, rng)).toThrow(/xRange/);
    expect(() => makeRegression1d({ n: 5, curve: 'cubic' as 'line' }, rng)).toThrow(/curve/);
  });
});
