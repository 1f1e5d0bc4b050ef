import { describe, expect, it } from 'vitest';
import { huberGradient, huberIsQuadratic, huberLoss } from '../../../src/core';

describe('huberLoss(r, δ): ½r² for |r| ≤ δ, δ(|r| − ½δ) otherwise', () => {
  it('the chapter’s residuals at δ = 100 cost 10,000, 50, 1,800 and 165,000', () => {
    // r = 150 > 100: 100 · (150 − ½·100) = 100 · 100 = 10,000 (½r² would be 11,250).
    expect(huberLoss(150, 100)).toBe(10_000);
    // r = −10, |r| ≤ 100: ½ · (−10)² = ½ · 100 = 50.
    expect(huberLoss(-10, 100)).toBe(50);
    // r = −60, |r| ≤ 100: ½ · 3,600 = 1,800.
    expect(huberLoss(-60, 100)).toBe(1_800);
    // r = 1700 > 100: 100 · (1700 − 50) = 100 · 1,650 = 165,000 (½r² would be 1,445,000).
    expect(huberLoss(1700, 100)).toBe(165_000);
  });

  it('PyTorch’s docs’ form at δ = 1: r = 2 gives 1 · (2 − ½) = 1.5, r = 0.5 gives ½ · 0.25 = 0.125', () => {
    expect(huberLoss(2, 1)).toBe(1.5);
    expect(huberLoss(-2, 1)).toBe(1.5);
    expect(huberLoss(0.5, 1)).toBe(0.125);
  });

  it('at the boundary r = ±δ both pieces give ½δ²: δ = 100 → 5,000, from inside and from outside', () => {
    // Inside: ½ · 100² = 5,000. Outside: 100 · (100 − 50) = 5,000.
    expect(huberLoss(100, 100)).toBe(5_000);
    expect(huberLoss(-100, 100)).toBe(5_000);
    expect(huberLoss(100 - 1e-9, 100)).toBeCloseTo(5_000, 5);
    expect(huberLoss(100 + 1e-9, 100)).toBeCloseTo(5_000, 5);
    // δ = 3: ½ · 9 = 4.5 = 3 · (3 − 1.5).
    expect(huberLoss(3, 3)).toBe(4.5);
    expect(huberLoss(3.000001, 3)).toBeCloseTo(4.5, 5);
    expect(huberIsQuadratic(100, 100)).toBe(true);
    expect(huberIsQuadratic(100.5, 100)).toBe(false);
  });

  it('is 0 at r = 0 and even in r', () => {
    expect(huberLoss(0, 5)).toBe(0);
    for (const r of [0.3, 7, 250]) expect(huberLoss(-r, 10)).toBe(huberLoss(r, 10));
  });
});

describe('huberGradient(r, δ): r inside, ±δ outside', () => {
  it('δ = 100: r = −60 → −60 (inside), r = 150 → 100, r = −1700 → −100 (clipped)', () => {
    expect(huberGradient(-60, 100)).toBe(-60);
    expect(huberGradient(150, 100)).toBe(100);
    expect(huberGradient(-1700, 100)).toBe(-100);
    // At the boundary the slopes of the two pieces meet: r = δ = 100 and δ · sign(r) = 100.
    expect(huberGradient(100, 100)).toBe(100);
  });

  it('matches a central finite difference (L(r + h) − L(r − h)) / 2h of huberLoss', () => {
    const h = 1e-4;
    for (const delta of [1, 3, 100]) {
      for (const r of [-250, -100.5, -3.7, -0.2, 0, 0.9, 2.5, 99.5, 1700]) {
        const numeric = (huberLoss(r + h, delta) - huberLoss(r - h, delta)) / (2 * h);
        expect(huberGradient(r, delta)).toBeCloseTo(numeric, 4);
      }
    }
  });
});

describe('bad input is refused', () => {
  it('throws a RangeError for δ ≤ 0 or non-finite δ, and for a non-finite residual', () => {
    for (const delta of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => huberLoss(1, delta)).toThrow(RangeError);
      expect(() => huberGradient(1, delta)).toThrow(RangeError);
    }
    for (const r of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(() => huberLoss(r, 1)).toThrow(RangeError);
      expect(() => huberGradient(r, 1)).toThrow(RangeError);
      expect(() => huberIsQuadratic(r, 1)).toThrow(RangeError);
    }
  });
});
