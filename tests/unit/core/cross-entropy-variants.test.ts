import { describe, expect, it } from 'vitest';
import { focalLoss, getLoss, smoothLabels } from '../../../src/core';

const crossEntropy = getLoss('cross-entropy');

describe('focalLoss(p, γ) = −(1 − p)^γ ln p (Lin et al. 2017)', () => {
  it('focalLoss(0.9, 2) = 0.0011: (1 − 0.9)² = 0.01, −ln 0.9 = 0.10536, 0.01 × 0.10536 = 0.00105', () => {
    expect(focalLoss(0.9, 2)).toBeCloseTo(0.0011, 4);
    expect(focalLoss(0.9, 2)).toBeCloseTo(0.01 * 0.1053605, 7);
  });

  it('focalLoss(0.1, 2) = 1.8651: (1 − 0.1)² = 0.81, −ln 0.1 = 2.302585, 0.81 × 2.302585 = 1.865094', () => {
    expect(focalLoss(0.1, 2)).toBeCloseTo(1.8651, 4);
    expect(focalLoss(0.1, 2)).toBeCloseTo(0.81 * 2.302585, 6);
  });

  it('γ = 0 is plain cross-entropy −ln p: 0.1054 at 0.9, 2.3026 at 0.1, equal to the core’s cross-entropy', () => {
    expect(focalLoss(0.9, 0)).toBeCloseTo(0.1054, 4);
    expect(focalLoss(0.1, 0)).toBeCloseTo(2.3026, 4);
    for (const p of [0.01, 0.3, 0.7, 1]) expect(focalLoss(p, 0)).toBeCloseTo(crossEntropy.value([p], [1]), 12);
  });

  it('focalLoss(1, γ) = 0 (not −0), and γ only lowers the loss: (1 − p)^γ ≤ 1', () => {
    expect(Object.is(focalLoss(1, 2), 0)).toBe(true);
    expect(Object.is(focalLoss(1, 0), 0)).toBe(true);
    for (const p of [0.05, 0.5, 0.95]) expect(focalLoss(p, 5)).toBeLessThan(focalLoss(p, 1));
  });

  it('refuses p outside (0, 1] and γ < 0 (or not finite) with a RangeError', () => {
    for (const p of [0, -0.1, 1.01, Number.NaN, Infinity]) expect(() => focalLoss(p, 2)).toThrow(RangeError);
    for (const gamma of [-1, -1e-9, Number.NaN, Infinity]) expect(() => focalLoss(0.5, gamma)).toThrow(RangeError);
  });
});

describe('smoothLabels(y, ε) = (1 − ε) y + ε / K (Szegedy et al. 2016)', () => {
  it('ε = 0.1, K = 3: (1, 0, 0) → (0.9333, 0.0333, 0.0333): 0.9 × 1 + 0.1/3 = 0.93333, 0.9 × 0 + 0.1/3 = 0.03333', () => {
    const s = smoothLabels([1, 0, 0], 0.1);
    expect(s[0]).toBeCloseTo(0.9333, 4);
    expect(s[1]).toBeCloseTo(0.0333, 4);
    expect(s[2]).toBeCloseTo(0.0333, 4);
    expect(s[0] + s[1] + s[2]).toBeCloseTo(1, 14);
  });

  it('the loss of ŷ = (0.7, 0.2, 0.1) rises from −ln 0.7 = 0.3567 to 0.4633', () => {
    // −(0.93333 ln 0.7 + 0.03333 ln 0.2 + 0.03333 ln 0.1)
    //   = 0.93333 × 0.356675 + 0.03333 × 1.609438 + 0.03333 × 2.302585
    //   = 0.332897 + 0.053648 + 0.076753 = 0.463298
    const predicted = [0.7, 0.2, 0.1];
    expect(crossEntropy.value(predicted, [1, 0, 0])).toBeCloseTo(0.3567, 4);
    expect(crossEntropy.value(predicted, Array.from(smoothLabels([1, 0, 0], 0.1)))).toBeCloseTo(0.4633, 4);
  });

  it('ε = 0 gives y back exactly; ε = 1 gives the uniform 1/K', () => {
    expect(Array.from(smoothLabels([1, 0, 0], 0))).toEqual([1, 0, 0]);
    expect(Array.from(smoothLabels([0, 1], 0))).toEqual([0, 1]);
    expect(Array.from(smoothLabels([0, 0, 1, 0], 1))).toEqual([0.25, 0.25, 0.25, 0.25]);
  });

  it('refuses ε outside [0, 1], an empty target and a non-finite value with a RangeError', () => {
    for (const epsilon of [-0.1, 1.5, Number.NaN]) expect(() => smoothLabels([1, 0, 0], epsilon)).toThrow(RangeError);
    expect(() => smoothLabels([], 0.1)).toThrow(RangeError);
    expect(() => smoothLabels([1, Number.NaN], 0.1)).toThrow(RangeError);
  });
});
