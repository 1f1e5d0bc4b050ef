/**
 * A real two-parameter loss for the optimizer race and for SGD against GD (chapter 5, issue 12): a
 * line ŷ = w·x + b fitted to N points by the mean squared error
 *
 *   J(w, b) = (1/N) Σᵢ ½(w·xᵢ + b − yᵢ)²,   ∇J = (1/N) Σᵢ (w·xᵢ + b − yᵢ)·(xᵢ, 1)
 *
 * and the same mean over a mini-batch B (batchGradient) — what SGD really follows. The points are
 * drawn from a seed: xᵢ uniform on [−1, 1], yᵢ = 2xᵢ + 0.5 + noise (normal, sd 0.3). The minimum is
 * exact, from the normal equations: w* = cov(x, y)/var(x), b* = ȳ − w*·x̄.
 */
import { createRng } from './random';
import type { RaceSurface } from './race-surfaces';

export interface LineFitLoss extends Omit<RaceSurface, 'id'> {
  readonly id: 'line-fit';
  readonly xs: Float64Array;
  readonly ys: Float64Array;
  /** The mean gradient over the examples `batch` (indices into xs, ys), written into `out`. */
  batchGradient(theta: ArrayLike<number>, batch: ArrayLike<number>, out: Float64Array): Float64Array;
}

export const LINE_FIT_TRUTH = { w: 2, b: 0.5, noise: 0.3 } as const;

export function lineFitLoss(n: number, seed: number): LineFitLoss {
  if (!(Number.isInteger(n) && n >= 2)) throw new RangeError(`lineFitLoss: N must be a whole number ≥ 2, got ${n}`);
  const rng = createRng(seed);
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    xs[i] = rng.uniform(-1, 1);
    ys[i] = LINE_FIT_TRUTH.w * xs[i] + LINE_FIT_TRUTH.b + rng.normal(0, LINE_FIT_TRUTH.noise);
  }
  const value = (theta: ArrayLike<number>) => {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += 0.5 * (theta[0] * xs[i] + theta[1] - ys[i]) ** 2;
    return sum / n;
  };
  const batchGradient = (theta: ArrayLike<number>, batch: ArrayLike<number>, out: Float64Array) => {
    if (batch.length === 0) throw new RangeError('lineFitLoss: a mini-batch needs at least one example');
    out[0] = 0;
    out[1] = 0;
    for (let k = 0; k < batch.length; k++) {
      const i = batch[k];
      const r = theta[0] * xs[i] + theta[1] - ys[i];
      out[0] += r * xs[i];
      out[1] += r;
    }
    out[0] /= batch.length;
    out[1] /= batch.length;
    return out;
  };
  const all = Uint32Array.from({ length: n }, (_, i) => i);
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += xs[i] / n;
    my += ys[i] / n;
  }
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
  }
  const w = sxy / sxx;
  const minimum: [number, number] = [w, my - w * mx];
  return {
    id: 'line-fit',
    xs,
    ys,
    value,
    gradient: (theta, out) => batchGradient(theta, all, out),
    batchGradient,
    minimum,
    minimumValue: value(minimum),
    view: { x: [-1, 5], y: [-2.5, 3.5] },
    start: [-0.5, -2],
  };
}
