/**
 * The loss-example widget's model: the deck's example and a few more, every number through the core.
 * Pure (no DOM).
 *
 * For n examples with real values yᵢ and predictions yᵢᵖ (the deck's notation):
 *   difference  dᵢ = yᵢ − yᵢᵖ          (the deck's "500 − 350 = 150")
 *   signed sum  Σ dᵢ                    (opposite errors cancel: +150 and −150 sum to 0)
 *   MAE = Σ |dᵢ| / n                    (the core's 'mae' of the predictions against the real values)
 *   MSE = Σ dᵢ² / n                     (the core's 'mse')
 * The sums of |dᵢ| and dᵢ² are n·MAE and n·MSE; the per-row |dᵢ| and dᵢ² are the core's mae and mse of
 * that one example.
 *
 * The scale question ("is missing by 150 15× or 225× as bad as missing by 10?"): for the largest and
 * the smallest non-zero miss among the rows, the ratio of their |d| and of their d² — the square
 * multiplies the ratio by itself, so it always charges the larger miss more.
 */
import { getLoss } from '../../core';

const mae = getLoss('mae');
const mse = getLoss('mse');

export interface Example {
  readonly y: number;
  readonly p: number;
}

export interface Row extends Example {
  /** yᵢ − yᵢᵖ */
  readonly d: number;
  /** |yᵢ − yᵢᵖ| */
  readonly abs: number;
  /** (yᵢ − yᵢᵖ)² */
  readonly sq: number;
}

export interface Scale {
  /** 0-based rows with the largest and the smallest non-zero |d|. */
  readonly far: number;
  readonly near: number;
  /** |d_far| / |d_near| */
  readonly absRatio: number;
  /** d_far² / d_near² = absRatio² */
  readonly sqRatio: number;
}

export interface LossExample {
  readonly rows: readonly Row[];
  readonly n: number;
  /** Σ (yᵢ − yᵢᵖ) */
  readonly signedSum: number;
  /** Σ (yᵢ − yᵢᵖ) / n */
  readonly signedMean: number;
  /** Σ |yᵢ − yᵢᵖ| */
  readonly absSum: number;
  /** Σ (yᵢ − yᵢᵖ)² */
  readonly sqSum: number;
  readonly mae: number;
  readonly mse: number;
  /** Errors cancel: the signed sum is 0 although some prediction misses. */
  readonly cancels: boolean;
  /** null when fewer than two rows miss by different non-zero amounts. */
  readonly scale: Scale | null;
}

export function lossExample(examples: readonly Example[]): LossExample {
  if (examples.length === 0) throw new RangeError('loss example: at least one example');
  const rows = examples.map(({ y, p }) => ({ y, p, d: y - p, abs: mae.value([p], [y]), sq: mse.value([p], [y]) }));
  const n = rows.length;
  const ys = rows.map((r) => r.y);
  const ps = rows.map((r) => r.p);
  const errorMae = mae.value(ps, ys);
  const errorMse = mse.value(ps, ys);
  const signedSum = rows.reduce((sum, r) => sum + r.d, 0);
  return {
    rows,
    n,
    signedSum,
    signedMean: signedSum / n,
    absSum: errorMae * n,
    sqSum: errorMse * n,
    mae: errorMae,
    mse: errorMse,
    cancels: signedSum === 0 && errorMae > 0,
    scale: scaleOf(rows),
  };
}

function scaleOf(rows: readonly Row[]): Scale | null {
  let far = -1;
  let near = -1;
  rows.forEach((r, i) => {
    if (r.abs === 0) return;
    if (far < 0 || r.abs > rows[far].abs) far = i;
    if (near < 0 || r.abs < rows[near].abs) near = i;
  });
  if (far < 0 || rows[far].abs === rows[near].abs) return null;
  return { far, near, absRatio: rows[far].abs / rows[near].abs, sqRatio: rows[far].sq / rows[near].sq };
}

/**
 * The course's own addition: the prediction for the last row that makes the signed sum exactly 0,
 * yₙᵖ = yₙ + Σ_{i<n} (yᵢ − yᵢᵖ) (then dₙ = −Σ_{i<n} dᵢ). null if that lies outside [min, max].
 */
export function cancellingPrediction(examples: readonly Example[], min: number, max: number): number | null {
  const last = examples[examples.length - 1];
  const others = examples.slice(0, -1).reduce((sum, e) => sum + (e.y - e.p), 0);
  const p = last.y + others;
  return p >= min && p <= max ? p : null;
}
