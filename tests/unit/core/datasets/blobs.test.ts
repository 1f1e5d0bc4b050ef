import { describe, expect, it } from 'vitest';
import { makeBlobs } from '../../../../src/core/datasets';
import { createRng } from '../../../../src/core/random';
import { countClasses, pointAt, seededRecipe } from './helpers';

describe('makeBlobs(options, rng)', () => {
  it('makeBlobs({ n: 100, classes: 4 }) is one-hot 100×4, 25 per class', () => {
    const { x, y } = makeBlobs({ n: 100, classes: 4, noise: 0.2 }, createRng(1));
    expect([x.rows, x.cols, y.rows, y.cols]).toEqual([100, 2, 100, 4]);
    expect(countClasses(y, 4)).toEqual([25, 25, 25, 25]);
    for (let row = 0; row < 100; row++) {
      expect(Array.from(y.data.subarray(row * 4, row * 4 + 4)).reduce((a, b) => a + b)).toBe(1);
    }
  });

  it('with noise 0 every point is exactly its centre; default centres are on the unit circle at 2πc/classes', () => {
    const { x, y } = makeBlobs({ n: 12, classes: 3, labels: 'one-hot' }, createRng(2));
    for (let row = 0; row < 12; row++) {
      const c = [0, 1, 2].find((k) => y.data[row * 3 + k] === 1)!;
      const [a, b] = pointAt(x, row);
      expect(a).toBeCloseTo(Math.cos((2 * Math.PI * c) / 3), 15);
      expect(b).toBeCloseTo(Math.sin((2 * Math.PI * c) / 3), 15);
    }
  });

  it('explicit centres with noise 0.3: each blob has mean ≈ its centre and sd ≈ 0.3', () => {
    const centers = [
      [-2, 0],
      [2, 1],
    ] as const;
    const n = 4000;
    const { x, y } = makeBlobs({ n, centers, noise: 0.3 }, createRng(3));
    expect(y.cols).toBe(1);
    for (const c of [0, 1]) {
      const rows = Array.from({ length: n }, (_, r) => r).filter((r) => y.data[r] === c);
      const xs = rows.map((r) => pointAt(x, r)[0]);
      const mean = xs.reduce((a, b) => a + b) / xs.length;
      const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length);
      // 2000 draws: se of the mean 0.3/√2000 ≈ 0.0067, se of the sd ≈ 0.3/√4000 ≈ 0.0047
      expect(mean).toBeCloseTo(centers[c][0], 1);
      expect(Math.abs(sd - 0.3)).toBeLessThan(0.025);
    }
  });

  it('rejects classes that disagree with centers, and non-finite centres', () => {
    expect(() => makeBlobs({ n: 10, classes: 3, centers: [[0, 0], [1, 1]] }, createRng(0))).toThrow(/classes/);
    expect(() => makeBlobs({ n: 10, centers: [[0, Number.NaN], [1, 1]] }, createRng(0))).toThrow(/centers\[0\]/);
  });

  it("seed 4: the centres plus createRng(4)'s normal draws, rows in createRng(4)'s shuffle; seed 5 gives other data", () => {
    const options = { n: 40, classes: 3, noise: 0.5 };
    const clean = makeBlobs({ ...options, noise: 0, shuffle: false }, createRng(0));
    const data = makeBlobs(options, createRng(4));
    const expected = seededRecipe(clean, 0.5, 4);
    expect(Array.from(data.x.data)).toEqual(expected.x);
    expect(Array.from(data.y.data)).toEqual(expected.y);
    expect(Array.from(makeBlobs(options, createRng(5)).x.data)).not.toEqual(expected.x);
  });
});
