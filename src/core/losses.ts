/**
 * Loss functions with their gradients w.r.t. the prediction.
 *
 * Notation: ŷ (prediction, the deck's y) and y (target, the deck's y'), both of length K for one example.
 *
 * | name                 | E for one example                  | ∂E/∂ŷ_k                       |
 * | -------------------- | ---------------------------------- | ----------------------------- |
 * | 'half-squared-error' | ½ Σ_k (ŷ_k − y_k)²  (the deck's E) | ŷ_k − y_k                     |
 * | 'mae'                | Σ_k |y_k − ŷ_k| / K                | sign(ŷ_k − y_k) / K (0 at 0)  |
 * | 'mse'                | Σ_k (y_k − ŷ_k)² / K               | 2(ŷ_k − y_k) / K              |
 * | 'cross-entropy'      | −Σ_k y_k log clip(ŷ_k)             | −y_k / clip(ŷ_k)              |
 *
 * clip(ŷ) = min(max(ŷ, 1e-12), 1), so log 0 never occurs: a confidently wrong prediction costs at most
 * −log 1e-12 ≈ 27.6 per unit of target mass. The gradient uses the same clipped value (so it stays
 * finite and keeps pointing the right way where the clip is active, instead of becoming 0).
 *
 * Over a batch of m examples the loss is the mean over examples: E_batch = (1/m) Σ_r E(ŷ_r, y_r), and
 * ∂E_batch/∂ŷ_r = (1/m) ∂E/∂ŷ_r. For one example this is exactly the per-example E. For 'mae' and 'mse'
 * the mean over examples of a mean over K outputs is the mean over all n = m·K values, which is the
 * deck's Σ_{i=1..n} |y_i − y_i^p| / n and Σ_{i=1..n} (y_i − y_i^p)² / n.
 */

import type { Matrix } from './matrix';

export type LossName = 'half-squared-error' | 'mae' | 'mse' | 'cross-entropy';

export const LOSS_NAMES: readonly LossName[] = ['half-squared-error', 'mae', 'mse', 'cross-entropy'];

/** Lower clip for ŷ inside cross-entropy's log. */
export const CROSS_ENTROPY_CLIP = 1e-12;

export function isLossName(name: string): name is LossName {
  return (LOSS_NAMES as readonly string[]).includes(name);
}

export interface Loss {
  readonly name: LossName;
  /** E for one example: prediction and target of equal length K. */
  value(prediction: ArrayLike<number>, target: ArrayLike<number>): number;
  /** out = ∂E/∂ŷ for one example; out has length K. */
  gradient(prediction: ArrayLike<number>, target: ArrayLike<number>, out: Float64Array): void;
  /** Mean over rows of E (prediction and target: m × K). */
  batchValue(prediction: Matrix, target: Matrix): number;
  /** out = ∂E_batch/∂ŷ = (1/m)·∂E/∂ŷ_r on each row r (out: m × K). */
  batchGradient(prediction: Matrix, target: Matrix, out: Matrix): void;
}

/**
 * Σ over `rows` examples of E, the examples being consecutive runs of k values in p (prediction) and
 * t (target). One flat loop per loss, returning one number per batch.
 */
type TotalLoss = (p: ArrayLike<number>, t: ArrayLike<number>, rows: number, k: number) => number;
/** out = scale · ∂E/∂ŷ for rows × k values (the per-example gradient of each run of k). */
type LossGradient = (
  p: ArrayLike<number>,
  t: ArrayLike<number>,
  out: Float64Array,
  rows: number,
  k: number,
  scale: number,
) => void;

const totals: Record<LossName, TotalLoss> = {
  'half-squared-error': (p, t, rows, k) => {
    let sum = 0;
    for (let i = 0; i < rows * k; i++) {
      const d = p[i] - t[i];
      sum += d * d;
    }
    return 0.5 * sum;
  },
  mae: (p, t, rows, k) => {
    let sum = 0;
    for (let i = 0; i < rows * k; i++) sum += Math.abs(t[i] - p[i]);
    return sum / k;
  },
  mse: (p, t, rows, k) => {
    let sum = 0;
    for (let i = 0; i < rows * k; i++) {
      const d = t[i] - p[i];
      sum += d * d;
    }
    return sum / k;
  },
  'cross-entropy': (p, t, rows, k) => {
    let sum = 0;
    // Math.min/max rather than ?: — a ?: mixing the module constant with p[i] makes V8 box each value.
    for (let i = 0; i < rows * k; i++) {
      if (t[i] !== 0) sum -= t[i] * Math.log(Math.min(Math.max(p[i], CROSS_ENTROPY_CLIP), 1));
    }
    return sum;
  },
};

const gradients: Record<LossName, LossGradient> = {
  'half-squared-error': (p, t, out, rows, k, scale) => {
    for (let i = 0; i < rows * k; i++) out[i] = scale * (p[i] - t[i]);
  },
  mae: (p, t, out, rows, k, scale) => {
    const s = scale / k;
    for (let i = 0; i < rows * k; i++) {
      const d = p[i] - t[i];
      out[i] = d > 0 ? s : d < 0 ? -s : 0;
    }
  },
  mse: (p, t, out, rows, k, scale) => {
    const s = (2 * scale) / k;
    for (let i = 0; i < rows * k; i++) out[i] = s * (p[i] - t[i]);
  },
  'cross-entropy': (p, t, out, rows, k, scale) => {
    for (let i = 0; i < rows * k; i++) {
      out[i] = t[i] === 0 ? 0 : (-scale * t[i]) / Math.min(Math.max(p[i], CROSS_ENTROPY_CLIP), 1);
    }
  },
};

function checkSameShape(prediction: Matrix, target: Matrix): void {
  if (prediction.rows !== target.rows || prediction.cols !== target.cols) {
    throw new RangeError(
      `loss: prediction is ${prediction.rows}×${prediction.cols}, target is ${target.rows}×${target.cols}`,
    );
  }
}

function makeLoss(name: LossName): Loss {
  const total = totals[name];
  const gradient = gradients[name];
  return {
    name,
    value(prediction, target) {
      if (prediction.length !== target.length) {
        throw new RangeError(`loss: prediction has ${prediction.length} values, target ${target.length}`);
      }
      return total(prediction, target, 1, prediction.length);
    },
    gradient(prediction, target, out) {
      if (prediction.length !== target.length || out.length !== prediction.length) {
        throw new RangeError('loss gradient: prediction, target and out must have equal lengths');
      }
      gradient(prediction, target, out, 1, prediction.length, 1);
    },
    batchValue(prediction, target) {
      checkSameShape(prediction, target);
      return total(prediction.data, target.data, prediction.rows, prediction.cols) / prediction.rows;
    },
    batchGradient(prediction, target, out) {
      checkSameShape(prediction, target);
      checkSameShape(prediction, out);
      gradient(prediction.data, target.data, out.data, prediction.rows, prediction.cols, 1 / prediction.rows);
    },
  };
}

const losses: Record<LossName, Loss> = {
  'half-squared-error': makeLoss('half-squared-error'),
  mae: makeLoss('mae'),
  mse: makeLoss('mse'),
  'cross-entropy': makeLoss('cross-entropy'),
};

/** The loss with this name. */
export function getLoss(name: LossName): Loss {
  if (!Object.prototype.hasOwnProperty.call(losses, name)) {
    throw new RangeError(`unknown loss "${String(name)}"; expected one of ${LOSS_NAMES.join(', ')}`);
  }
  return losses[name];
}
