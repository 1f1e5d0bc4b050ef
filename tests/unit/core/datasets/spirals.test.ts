import { describe, expect, it } from 'vitest';
import { makeSpirals } from '../../../../src/core/datasets';
import { createRng } from '../../../../src/core/random';
import { countClasses, pointAt, seededRecipe } from './helpers';

describe('makeSpirals(options, rng)', () => {
  it('makeSpirals({ n: 200 }) gives two balanced arms, x 200×2, y 200×1', () => {
    const { x, y } = makeSpirals({ n: 200, noise: 0.05 }, createRng(1));
    expect([x.rows, x.cols, y.rows, y.cols]).toEqual([200, 2, 200, 1]);
    expect(countClasses(y, 2)).toEqual([100, 100]);
  });

  it('with noise 0 every point is exactly on its arm: (s cos φ, s sin φ), φ = 2π·1.75·s + πc', () => {
    // r = s, so s = |p|; then the point must equal (s cos φ(s), s sin φ(s)) for its class c.
    const { x, y } = makeSpirals({ n: 80 }, createRng(2));
    for (let row = 0; row < 80; row++) {
      const [a, b] = pointAt(x, row);
      const s = Math.hypot(a, b);
      const angle = 2 * Math.PI * 1.75 * s + Math.PI * y.data[row];
      expect(a).toBeCloseTo(s * Math.cos(angle), 12);
      expect(b).toBeCloseTo(s * Math.sin(angle), 12);
    }
  });

  it('without shuffle, class 0 comes first with s = 1/40, 2/40, …, 1', () => {
    const { x, y } = makeSpirals({ n: 80, shuffle: false }, createRng(2));
    for (let i = 0; i < 40; i++) {
      expect(y.data[i]).toBe(0);
      expect(Math.hypot(...pointAt(x, i))).toBeCloseTo((i + 1) / 40, 14);
    }
  });

  it('three arms one-hot: arm c is arm 0 turned by 2πc/3', () => {
    const { x, y } = makeSpirals({ n: 90, classes: 3, turns: 1 }, createRng(5));
    expect(y.cols).toBe(3);
    expect(countClasses(y, 3)).toEqual([30, 30, 30]);
    for (let row = 0; row < 90; row++) {
      const c = [0, 1, 2].find((k) => y.data[row * 3 + k] === 1)!;
      const [a, b] = pointAt(x, row);
      const s = Math.hypot(a, b);
      const angle = 2 * Math.PI * s + (2 * Math.PI * c) / 3;
      expect(a).toBeCloseTo(s * Math.cos(angle), 12);
      expect(b).toBeCloseTo(s * Math.sin(angle), 12);
    }
  });

  it("seed 3: the arms plus createRng(3)'s normal draws, rows in createRng(3)'s shuffle; seed 4 gives other data", () => {
    const clean = makeSpirals({ n: 64, shuffle: false }, createRng(0));
    const data = makeSpirals({ n: 64, noise: 0.2 }, createRng(3));
    const expected = seededRecipe(clean, 0.2, 3);
    expect(Array.from(data.x.data)).toEqual(expected.x);
    expect(Array.from(data.y.data)).toEqual(expected.y);
    expect(Array.from(makeSpirals({ n: 64, noise: 0.2 }, createRng(4)).x.data)).not.toEqual(expected.x);
  });

  it('rejects turns ≤ 0', () => {
    expect(() => makeSpirals({ n: 10, turns: 0 }, createRng(0))).toThrow(/turns/);
  });
});
