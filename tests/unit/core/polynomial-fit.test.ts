import { describe, expect, it } from 'vitest';
import { OVERFIT_NOISE, overfitExperiment, polynomialFit } from '../../../src/core';

describe('polynomialFit', () => {
  it('puts a line through two points: (1, 3) and (3, 7) give slope (7 − 3)/(3 − 1) = 2, intercept 3 − 2·1 = 1', () => {
    const fit = polynomialFit([1, 3], [3, 7], 1);
    const [c0, c1] = fit.coefficients();
    expect(c0).toBeCloseTo(1, 12);
    expect(c1).toBeCloseTo(2, 12);
    expect(fit.evaluate(2)).toBeCloseTo(5, 12);
  });

  it('fits a line to three points by hand: (0, 0), (1, 1), (2, 3)', () => {
    // Normal equations: n = 3, Σx = 3, Σx² = 5, Σy = 4, Σxy = 0 + 1 + 6 = 7.
    //   3c₀ + 3c₁ = 4,  3c₀ + 5c₁ = 7  ⇒  2c₁ = 3, c₁ = 1.5;  c₀ = (4 − 4.5)/3 = −1/6.
    // Residuals: −1/6 − 0 = −1/6, (−1/6 + 1.5) − 1 = 1/3, (−1/6 + 3) − 3 = −1/6; MSE = (1/36 + 4/36 + 1/36)/3 = 1/18.
    const fit = polynomialFit([0, 1, 2], [0, 1, 3], 1);
    const [c0, c1] = fit.coefficients();
    expect(c0).toBeCloseTo(-1 / 6, 12);
    expect(c1).toBeCloseTo(1.5, 12);
    const residuals = [0, 1, 2].map((x, i) => fit.evaluate(x) - [0, 1, 3][i]);
    expect(residuals.reduce((s, r) => s + r * r, 0) / 3).toBeCloseTo(1 / 18, 12);
  });

  it('recovers a cubic exactly from more points than coefficients: y = 1 − 2x + x³ at x = −2 … 3', () => {
    const xs = [-2, -1, 0, 1, 2, 3];
    const fit = polynomialFit(xs, xs.map((x) => 1 - 2 * x + x ** 3), 3);
    const c = fit.coefficients();
    [1, -2, 0, 1].forEach((v, k) => expect(c[k]).toBeCloseTo(v, 10));
  });

  it('interpolates with degree 9 on 10 points (every residual 0 to rounding)', () => {
    const xs = Array.from({ length: 10 }, (_, i) => i / 9);
    const ys = xs.map((x, i) => Math.sin(2 * Math.PI * x) + OVERFIT_NOISE[i]);
    const fit = polynomialFit(xs, ys, 9);
    xs.forEach((x, i) => expect(Math.abs(fit.evaluate(x) - ys[i])).toBeLessThan(1e-10));
  });

  it('refuses too few points, repeated x and bad degrees with a clear message', () => {
    expect(() => polynomialFit([0, 1], [0, 1], 2)).toThrow(/at least 3 points/);
    expect(() => polynomialFit([1, 1, 1], [0, 1, 2], 1)).toThrow(/repeated/);
    expect(() => polynomialFit([0, 1], [0, 1], 1.5)).toThrow(/whole number/);
  });
});

describe("the dropout chapter's overfitting table", () => {
  it('matches numpy.polynomial.polynomial.polyfit on the same noise (outside check)', () => {
    // numpy 2.4 (polyfit/polyval, mean of squared differences), noise OVERFIT_NOISE, test x = k/199:
    //   degree 1: train 0.2337231454, test 0.2177916530
    //   degree 3: train 0.0197131238, test 0.0111592741
    //   degree 9: train 0.0000000000, test 0.0835690775
    // (The table the chapter had before, 0.2327/0.2159, 0.0201/0.0111, 0.0000/0.0851, came from noise
    // noise that was never recorded and could not be reproduced; OVERFIT_NOISE replaces it.)
    const rows = overfitExperiment();
    const expected = [
      [1, 0.2337231454, 0.217791653],
      [3, 0.0197131238, 0.0111592741],
      [9, 0, 0.0835690775],
    ];
    rows.forEach((row, k) => {
      expect(row.degree).toBe(expected[k][0]);
      expect(row.parameters).toBe(expected[k][0] + 1);
      expect(row.trainMse).toBeCloseTo(expected[k][1], 9);
      expect(row.testMse).toBeCloseTo(expected[k][2], 8);
    });
    // The story the chapter tells: the cubic is best on test; degree 9 is 0 on train and worse on test.
    expect(rows[1].testMse).toBeLessThan(rows[2].testMse);
    expect(rows[2].trainMse).toBeLessThan(1e-20);
  });
});
