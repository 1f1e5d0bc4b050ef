/**
 * Least-squares polynomial fits, and the dropout chapter's overfitting experiment built on them.
 *
 * polynomialFit(xs, ys, degree) finds c₀ … c_d minimising Σᵢ (Σₖ cₖ xᵢᵏ − yᵢ)². It does not form the
 * normal equations VᵀVc = Vᵀy (they square the Vandermonde matrix's condition number, about 10¹⁵ for
 * degree 9 on [0, 1]); it maps x to t = (x − centre)/halfWidth ∈ [−1, 1], builds the Vandermonde
 * matrix in t and solves it by Householder QR. With as many points as coefficients (degree 9 on 10
 * points) the fit interpolates: every residual is 0 to rounding.
 */
import { getLoss } from './losses';

export interface PolynomialFit {
  readonly degree: number;
  /** Coefficients in powers of t = (x − centre)/halfWidth, lowest first. */
  readonly scaledCoefficients: Float64Array;
  readonly centre: number;
  readonly halfWidth: number;
  /** The fitted polynomial at x (Horner in t). */
  evaluate(x: number): number;
  /** Coefficients in powers of x, lowest first (expanded from the scaled ones; for small degrees). */
  coefficients(): Float64Array;
}

export function polynomialFit(xs: readonly number[], ys: readonly number[], degree: number): PolynomialFit {
  const n = xs.length;
  if (ys.length !== n) throw new RangeError(`polynomialFit: ${n} x values but ${ys.length} y values`);
  if (!(Number.isInteger(degree) && degree >= 0)) throw new RangeError(`polynomialFit: degree must be a whole number ≥ 0, got ${degree}`);
  const m = degree + 1;
  if (n < m) throw new RangeError(`polynomialFit: degree ${degree} needs at least ${m} points, got ${n}`);
  if (![...xs, ...ys].every(Number.isFinite)) throw new RangeError('polynomialFit: every x and y must be finite');
  const low = Math.min(...xs);
  const high = Math.max(...xs);
  const centre = (low + high) / 2;
  const halfWidth = high > low ? (high - low) / 2 : 1;
  // A: n × m Vandermonde in t (row-major), b: the targets; both overwritten by the QR steps.
  const a = new Float64Array(n * m);
  const b = Float64Array.from(ys);
  for (let i = 0; i < n; i++) {
    const t = (xs[i] - centre) / halfWidth;
    let power = 1;
    for (let k = 0; k < m; k++, power *= t) a[i * m + k] = power;
  }
  // Householder QR: for each column k, reflect rows k … n−1 so that the column is zero below row k.
  for (let k = 0; k < m; k++) {
    let norm = 0;
    for (let i = k; i < n; i++) norm += a[i * m + k] ** 2;
    norm = Math.sqrt(norm);
    if (norm === 0) throw new RangeError('polynomialFit: the x values do not determine the polynomial (repeated points)');
    const alpha = a[k * m + k] > 0 ? -norm : norm;
    const v = new Float64Array(n);
    for (let i = k; i < n; i++) v[i] = a[i * m + k];
    v[k] -= alpha;
    let vv = 0;
    for (let i = k; i < n; i++) vv += v[i] * v[i];
    if (vv === 0) continue;
    for (let j = k; j < m; j++) {
      let s = 0;
      for (let i = k; i < n; i++) s += v[i] * a[i * m + j];
      const f = (2 * s) / vv;
      for (let i = k; i < n; i++) a[i * m + j] -= f * v[i];
    }
    let s = 0;
    for (let i = k; i < n; i++) s += v[i] * b[i];
    const f = (2 * s) / vv;
    for (let i = k; i < n; i++) b[i] -= f * v[i];
  }
  // Back substitution in R c = (Qᵀy)[0 … m−1].
  const c = new Float64Array(m);
  for (let k = m - 1; k >= 0; k--) {
    let s = b[k];
    for (let j = k + 1; j < m; j++) s -= a[k * m + j] * c[j];
    const r = a[k * m + k];
    if (Math.abs(r) < 1e-13 * Math.max(1, Math.abs(a[0]))) throw new RangeError('polynomialFit: the x values do not determine the polynomial (repeated points)');
    c[k] = s / r;
  }
  const evaluate = (x: number) => {
    const t = (x - centre) / halfWidth;
    let v = 0;
    for (let k = m - 1; k >= 0; k--) v = v * t + c[k];
    return v;
  };
  const coefficients = () => {
    // Σₖ cₖ ((x − centre)/h)ᵏ expanded: binomial terms of (x − centre)ᵏ.
    const out = new Float64Array(m);
    for (let k = 0; k < m; k++) {
      let binomial = 1;
      for (let j = 0; j <= k; j++) {
        out[j] += (c[k] / halfWidth ** k) * binomial * (-centre) ** (k - j);
        binomial = (binomial * (k - j)) / (j + 1);
      }
    }
    return out;
  };
  return { degree, scaledCoefficients: c, centre, halfWidth, evaluate, coefficients };
}

/**
 * The fixed noise of the dropout chapter's curve-fitting experiment (the one place it is written):
 * target i is sin(2πxᵢ) + OVERFIT_NOISE[i] at xᵢ = i/9, i = 0 … 9.
 */
export const OVERFIT_NOISE: readonly number[] = [0.14, -0.07, -0.2, 0.18, -0.1, -0.07, 0.14, 0.01, -0.15, -0.05];
/** The degrees the chapter's table compares. */
export const OVERFIT_DEGREES: readonly number[] = [1, 3, 9];
/** Test points: tₖ = k/199, k = 0 … 199 (200 evenly spread, ends included). */
export const OVERFIT_TEST_POINTS = 200;

export interface OverfitRow {
  readonly degree: number;
  /** Coefficients: degree + 1. */
  readonly parameters: number;
  /** Mean squared error on the ten noisy training points. */
  readonly trainMse: number;
  /** Mean squared error against sin(2πx) on the test points. */
  readonly testMse: number;
}

/** The chapter's table: each degree fitted to the noisy points, its training and test MSE. */
export function overfitExperiment(
  noise: readonly number[] = OVERFIT_NOISE,
  degrees: readonly number[] = OVERFIT_DEGREES,
  testPoints: number = OVERFIT_TEST_POINTS,
): OverfitRow[] {
  const truth = (x: number) => Math.sin(2 * Math.PI * x);
  const n = noise.length;
  const xs = noise.map((_, i) => i / (n - 1));
  const ys = xs.map((x, i) => truth(x) + noise[i]);
  const testXs = Array.from({ length: testPoints }, (_, k) => k / (testPoints - 1));
  const testYs = testXs.map(truth);
  const mse = getLoss('mse');
  return degrees.map((degree) => {
    const fit = polynomialFit(xs, ys, degree);
    return {
      degree,
      parameters: degree + 1,
      trainMse: mse.value(xs.map(fit.evaluate), ys),
      testMse: mse.value(testXs.map(fit.evaluate), testYs),
    };
  });
}
