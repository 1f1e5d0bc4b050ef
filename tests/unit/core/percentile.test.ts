import { describe, expect, it } from 'vitest';
import { percentileOfSorted, percentiles } from '../../../src/core';

describe('percentiles (linear interpolation, NumPy default)', () => {
  it('interpolates between order statistics at h = (n − 1)p/100', () => {
    // Sorted: 1, 2, 4, 8, 16 (n = 5, so h = 4p/100).
    // p = 15: h = 0.6 → 1 + 0.6·(2 − 1) = 1.6
    // p = 50: h = 2   → 4 (the median)
    // p = 85: h = 3.4 → 8 + 0.4·(16 − 8) = 11.2
    expect(percentiles([8, 1, 16, 4, 2], [15, 50, 85]).map((v) => +v.toFixed(12))).toEqual([1.6, 4, 11.2]);
  });
  it('gives the minimum at 0 and the maximum at 100; one value is every percentile', () => {
    expect(percentiles([3, -2, 7], [0, 100])).toEqual([-2, 7]);
    expect(percentileOfSorted([5], 85)).toBe(5);
  });
  it('matches NumPy on an even count', () => {
    // numpy.percentile([10, 20, 30, 40], [15, 50, 85]) = [14.5, 25.0, 35.5]: h = 3p/100 = 0.45, 1.5, 2.55.
    expect(percentiles([40, 10, 30, 20], [15, 50, 85]).map((v) => +v.toFixed(12))).toEqual([14.5, 25, 35.5]);
  });
  it('sorts a copy (numerically, not as text) and leaves the input alone', () => {
    const values = [100, 9, 20];
    expect(percentiles(values, [50])).toEqual([20]);
    expect(values).toEqual([100, 9, 20]);
  });
  it('refuses an empty sample and p outside [0, 100]', () => {
    expect(() => percentiles([], [50])).toThrow(RangeError);
    expect(() => percentileOfSorted([1, 2], 101)).toThrow(RangeError);
    expect(() => percentileOfSorted([1, 2], Number.NaN)).toThrow(RangeError);
  });
});
