import { describe, expect, it } from 'vitest';
import { naiveSoftmax, softmax, softmaxTerms, softmaxWithTemperature } from '../../../src/core';

/** Each entry equal to 4 decimals, as published. */
function expectRounded(actual: ArrayLike<number>, expected: readonly number[]): void {
  expect(actual.length).toBe(expected.length);
  expected.forEach((value, k) => expect(Math.abs(actual[k] - value)).toBeLessThan(0.5e-4));
}

describe('softmax at temperature T: published values', () => {
  it('T = 1 on [1, 2, 3] is softmax: [0.0900, 0.2447, 0.6652]', () => {
    expectRounded(softmaxWithTemperature([1, 2, 3], 1), [0.09, 0.2447, 0.6652]);
  });

  it('T = 1 on [2, 4]: [0.1192, 0.8808]', () => {
    expectRounded(softmaxWithTemperature([2, 4], 1), [0.1192, 0.8808]);
  });

  it('T = 0.5 on [1, 2, 3] sharpens: [0.0159, 0.1173, 0.8668]', () => {
    expectRounded(softmaxWithTemperature([1, 2, 3], 0.5), [0.0159, 0.1173, 0.8668]);
  });

  it('T = 2 on [1, 2, 3] flattens: [0.1863, 0.3072, 0.5065]', () => {
    expectRounded(softmaxWithTemperature([1, 2, 3], 2), [0.1863, 0.3072, 0.5065]);
  });
});

describe('softmax at temperature T: hand derivations', () => {
  it('[0, 0]: e^0 / (e^0 + e^0) = 1 / 2 each, at any T', () => {
    for (const T of [0.1, 1, 7]) expect(Array.from(softmaxWithTemperature([0, 0], T))).toEqual([0.5, 0.5]);
  });

  it('[2, 4] is [1/(1 + e²), 1/(1 + e⁻²)]: divide numerator and denominator by e^(z_j)', () => {
    const p = softmaxWithTemperature([2, 4], 1);
    expect(p[0]).toBeCloseTo(1 / (1 + Math.E ** 2), 14);
    expect(p[1]).toBeCloseTo(1 / (1 + Math.E ** -2), 14);
  });

  it('T scales the difference: on [0, d], σ(z/T)_2 = 1/(1 + e^(−d/T)), so [0, 2] at T = 2 is sigmoid(1)', () => {
    expect(softmaxWithTemperature([0, 2], 2)[1]).toBeCloseTo(1 / (1 + Math.exp(-1)), 14);
  });

  it('adding c to every score changes nothing: e^c cancels between numerator and sum', () => {
    const base = softmaxWithTemperature([2, 1, 0.1], 1);
    for (const c of [-50, -3, 7, 500]) {
      const shifted = softmaxWithTemperature([2 + c, 1 + c, 0.1 + c], 1);
      // z + c is rounded to a double, so the scores themselves move by up to ~1e-13 at c = 500.
      base.forEach((p, k) => expect(shifted[k]).toBeCloseTo(p, 12));
    }
  });

  it('T → large goes towards uniform, T → small towards one-hot on the largest score', () => {
    expectRounded(softmaxWithTemperature([1, 2, 3], 1e6), [1 / 3, 1 / 3, 1 / 3]);
    expectRounded(softmaxWithTemperature([1, 2, 3], 0.01), [0, 0, 1]);
  });

  it('the terms: stable form subtracts max z/T, exps are e^(z_k/T − max), the sum is their sum', () => {
    const terms = softmaxTerms([1, 2, 3], 0.5);
    expect(Array.from(terms.scaled)).toEqual([2, 4, 6]);
    expect(terms.shift).toBe(6);
    expect(Array.from(terms.exps)).toEqual([Math.exp(-4), Math.exp(-2), 1]);
    expect(terms.sum).toBe(Math.exp(-4) + Math.exp(-2) + 1);
  });

  it('T = 1 agrees with the activation module’s softmax', () => {
    const z = [0.3, -1.2, 4, 2.5];
    const a = softmax(z);
    softmaxWithTemperature(z, 1).forEach((p, k) => expect(p).toBeCloseTo(a[k], 15));
  });

  it('refuses an empty vector and a temperature that is not > 0', () => {
    expect(() => softmaxTerms([])).toThrow(RangeError);
    for (const T of [0, -1, Number.NaN, Infinity]) expect(() => softmaxTerms([1, 2], T)).toThrow(RangeError);
  });
});

describe('naive against stable: overflow near 1000', () => {
  it('naive [1000, 999]: e^1000 = Infinity in float64, Infinity / Infinity = NaN', () => {
    const terms = softmaxTerms([1000, 999], 1, 'naive');
    expect(terms.exps[0]).toBe(Infinity);
    expect(terms.sum).toBe(Infinity);
    const p = naiveSoftmax([1000, 999]);
    expect(Number.isNaN(p[0]) && Number.isNaN(p[1])).toBe(true);
  });

  it('stable [1000, 999] = [1/(1 + e⁻¹), e⁻¹/(1 + e⁻¹)] = [0.7311, 0.2689]: subtract 1000, get e^0 and e^−1', () => {
    const p = softmaxWithTemperature([1000, 999], 1);
    expect(p[0]).toBeCloseTo(1 / (1 + Math.exp(-1)), 15);
    expect(p[1]).toBeCloseTo(Math.exp(-1) / (1 + Math.exp(-1)), 15);
    expectRounded(p, [0.7311, 0.2689]);
  });

  it('naive is fine below the overflow: e^709 is finite, e^710 is not', () => {
    expect(Number.isFinite(softmaxTerms([709, 0], 1, 'naive').sum)).toBe(true);
    expect(softmaxTerms([710, 0], 1, 'naive').sum).toBe(Infinity);
    expectRounded(naiveSoftmax([1, 2, 3]), [0.09, 0.2447, 0.6652]);
  });

  it('naive at −1000: every e^z underflows to 0, 0 / 0 = NaN; stable still gives [0.7311, 0.2689]', () => {
    expect(Number.isNaN(naiveSoftmax([-1000, -1001])[0])).toBe(true);
    expectRounded(softmaxWithTemperature([-1000, -1001], 1), [0.7311, 0.2689]);
  });
});
