import { describe, expect, it } from 'vitest';
import { extentOf } from '../../../../src/widgets/charts/scale';

describe('extentOf: the range a warped grid (grid-warp) is drawn in', () => {
  it('covers every finite value with 5 % to spare, widened to nice ticks', () => {
    // d3's nice(lo, hi, 5) repeats: step = 1, 2, 5 or 10 × 10ᵏ near (hi − lo)/5, then lo, hi out to multiples.
    // Values −0.9 … 1.9: span 2.8, pad 0.14 → [−1.04, 2.04]; 3.08/5 = 0.62 → step 0.5 → [−1.5, 2.5];
    // 4/5 = 0.8 → step 1 → [−2, 3]; 5/5 = 1 → step 1: stays.
    expect(extentOf([[-0.9, 0.2], Float64Array.of(1.9, Number.NaN)])).toEqual([-2, 3]);
    // 0 … 10: pad 0.5 → [−0.5, 10.5]; 11/5 = 2.2 → step 2 → [−2, 12]; 14/5 = 2.8 → step 2: stays.
    expect(extentOf([[0, 10]])).toEqual([-2, 12]);
  });

  it('never collapses to a point: a grid squashed onto one value still gets minSpan around it', () => {
    // Every value 0.3: pad = 0.5/2 → [0.05, 0.55], then widened to nice ticks around that.
    const [lo, hi] = extentOf([[0.3, 0.3, 0.3]]);
    expect(lo).toBeLessThan(0.3);
    expect(hi).toBeGreaterThan(0.3);
    expect(hi - lo).toBeGreaterThanOrEqual(0.5);
  });

  it('falls back to [−1, 1] with no finite value', () => {
    expect(extentOf([[Number.NaN, Infinity]])).toEqual([-1, 1]);
    expect(extentOf([])).toEqual([-1, 1]);
  });
});
