import { describe, expect, it } from 'vitest';
import { smoothLabels } from '../../../src/core/label-smoothing';

describe('smoothLabels', () => {
  it('smoothLabels([1, 0, 0], 0.1) = (0.9333…, 0.0333…, 0.0333…)', () => {
    // (1 − 0.1)·1 + 0.1/3 = 0.9 + 0.0333… = 0.9333…; (1 − 0.1)·0 + 0.1/3 = 0.0333…
    const smoothed = smoothLabels([1, 0, 0], 0.1);
    expect(smoothed[0]).toBeCloseTo(0.9 + 0.1 / 3, 15);
    expect(smoothed[1]).toBeCloseTo(0.1 / 3, 15);
    expect(smoothed[2]).toBeCloseTo(0.1 / 3, 15);
    expect(smoothed[0] + smoothed[1] + smoothed[2]).toBeCloseTo(1, 15);
  });

  it('ε = 0 leaves the target as it is; ε = 1 gives the uniform distribution', () => {
    expect([...smoothLabels([0, 1], 0)]).toEqual([0, 1]);
    expect([...smoothLabels([0, 0, 0, 1], 1)]).toEqual([0.25, 0.25, 0.25, 0.25]);
  });

  it('refuses ε outside [0, 1]', () => {
    expect(() => smoothLabels([1, 0], -0.1)).toThrow(RangeError);
    expect(() => smoothLabels([1, 0], Number.NaN)).toThrow(RangeError);
  });
});
