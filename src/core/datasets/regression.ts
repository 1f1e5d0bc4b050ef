/**
 * A 1-D regression set: x evenly spaced over xRange (ends included, in increasing order), and
 *   y = sin(x)                    (curve 'sine')
 *   y = slope·x + intercept       (curve 'line')
 * plus Gaussian noise with standard deviation `noise`; then `outliers.count` distinct examples, chosen
 * at random, are moved by ±outliers.magnitude (random sign) — for comparing MAE and MSE.
 */
import { createMatrix } from '../matrix';
import type { Rng } from '../random';
import type { Dataset } from './dataset';
import { requireFinite, requireInteger, requireNonNegative } from './dataset';

export type RegressionCurve = 'sine' | 'line';

export interface RegressionOptions {
  /** Number of examples, ≥ 1. */
  n: number;
  /** Default 'sine'. */
  curve?: RegressionCurve;
  /** Standard deviation of the Gaussian noise added to y; default 0 (points exactly on the curve). */
  noise?: number;
  /** [low, high] of x; default [−π, π] for 'sine', [−1, 1] for 'line'. */
  xRange?: readonly [number, number];
  /** Line only: default 1. */
  slope?: number;
  /** Line only: default 0. */
  intercept?: number;
  /** count examples (0 ≤ count ≤ n) moved by ±magnitude (≥ 0) in y; default none. */
  outliers?: { count: number; magnitude: number };
}

export interface RegressionDataset extends Dataset {
  /** Row indices of the outliers, increasing. */
  readonly outliers: Uint32Array;
}

/** The noise-free curve: sin(x), or slope·x + intercept. */
export function regressionCurve(options: Pick<RegressionOptions, 'curve' | 'slope' | 'intercept'>): (x: number) => number {
  const { curve = 'sine', slope = 1, intercept = 0 } = options;
  requireFinite('slope', slope);
  requireFinite('intercept', intercept);
  if (curve === 'sine') return Math.sin;
  if (curve === 'line') return (x) => slope * x + intercept;
  throw new RangeError(`curve must be 'sine' or 'line', got '${String(curve)}'`);
}

export function makeRegression1d(options: RegressionOptions, rng: Rng): RegressionDataset {
  const { n, curve = 'sine', noise = 0 } = options;
  requireInteger('n', n, 1);
  requireNonNegative('noise', noise);
  const f = regressionCurve(options);
  const [low, high] = options.xRange ?? (curve === 'sine' ? [-Math.PI, Math.PI] : [-1, 1]);
  requireFinite('xRange[0]', low);
  requireFinite('xRange[1]', high);
  if (!(low < high)) throw new RangeError(`xRange must have low < high, got [${low}, ${high}]`);
  const outlierCount = options.outliers?.count ?? 0;
  const magnitude = options.outliers?.magnitude ?? 0;
  requireInteger('outliers.count', outlierCount, 0);
  if (outlierCount > n) throw new RangeError(`outliers.count must be <= n (${n}), got ${outlierCount}`);
  requireNonNegative('outliers.magnitude', magnitude);

  const x = createMatrix(n, 1);
  const y = createMatrix(n, 1);
  for (let i = 0; i < n; i++) {
    const xi = n === 1 ? low : low + ((high - low) * i) / (n - 1);
    x.data[i] = xi;
    y.data[i] = f(xi) + (noise > 0 ? rng.normal(0, noise) : 0);
  }
  const order = rng.shuffle(Uint32Array.from({ length: n }, (_, k) => k));
  const outliers = order.slice(0, outlierCount).sort();
  for (const row of outliers) y.data[row] += rng.bernoulli(0.5) ? magnitude : -magnitude;
  return { x, y, outliers };
}
