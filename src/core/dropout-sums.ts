/**
 * One unit fed by a dropout layer: z = Σ_j w_j ỹ_j, where ỹ is the layer's output for outputs y.
 * The training-time z is random (it depends on the mask r); the test-time z is not. Which factor goes
 * where is the layer's variant (layers/dropout.ts):
 * - 'deck' (the original form): train ỹ = r ⊙ y, test y_test = (1 − p) y;
 * - 'inverted': train ỹ = r ⊙ y / (1 − p), test y_test = y.
 *
 * Exact moments, with r_j ~ Bernoulli(1 − p) independent and s the training factor on a kept unit
 * (1 or 1/(1 − p)): E[r_j] = 1 − p and Var[r_j] = p(1 − p), so
 *   E[z]   = s (1 − p) Σ_j w_j y_j,
 *   Var[z] = s² p (1 − p) Σ_j (w_j y_j)²      (the terms are independent).
 * Both forms therefore give E[z] = the test-time z, and a spread that does not vanish.
 */
import { DropoutLayer, type DropoutVariant } from './layers/dropout';
import { createMatrix } from './matrix';
import { createRng, type Rng } from './random';


export interface DropoutSumSpec {
  /** The layer's outputs y_1 … y_n. */
  readonly y: readonly number[];
  /** The next unit's weights w_1 … w_n. */
  readonly w: readonly number[];
  /** Drop probability, 0 ≤ p < 1. */
  readonly p: number;
  readonly variant: DropoutVariant;
}

function checkSpec({ y, w }: DropoutSumSpec): void {
  if (y.length === 0 || y.length !== w.length) throw new RangeError(`dropout sum needs y and w of one positive length, got ${y.length} and ${w.length}`);
}

/** The layer's factors: on a kept unit in training (1 or 1/(1 − p)) and on every unit at test time (1 − p or 1). */
export function dropoutScales(p: number, variant: DropoutVariant): { train: number; test: number } {
  const layer = new DropoutLayer({ size: 1, p, rng: createRng(0), variant });
  return { train: layer.trainScale, test: layer.inferenceScale };
}

/** Σ_j w_j y_j: the full network with every unit and no scaling. */
export function fullSum(y: readonly number[], w: readonly number[]): number {
  let z = 0;
  for (let j = 0; j < y.length; j++) z += w[j] * y[j];
  return z;
}

/** z for one given mask (1 kept, 0 dropped) in training, with the variant's factor on kept units. */
export function maskedSum(spec: DropoutSumSpec, mask: readonly number[]): number {
  checkSpec(spec);
  const scale = dropoutScales(spec.p, spec.variant).train;
  let z = 0;
  for (let j = 0; j < spec.y.length; j++) z += spec.w[j] * mask[j] * scale * spec.y[j];
  return z;
}

/**
 * The training-time z of `count` independent masks, one per example: the core's DropoutLayer in
 * train mode with maskPer 'example' on `count` copies of y, then Σ_j w_j ỹ_j per row.
 */
export function sampleDropoutSums(spec: DropoutSumSpec, count: number, rng: Rng): Float64Array {
  checkSpec(spec);
  if (!(Number.isInteger(count) && count > 0)) throw new RangeError(`dropout sums need a positive whole count, got ${count}`);
  const n = spec.y.length;
  const layer = new DropoutLayer({ size: n, p: spec.p, rng, variant: spec.variant, maskPer: 'example' });
  const input = createMatrix(count, n);
  for (let r = 0; r < count; r++) input.data.set(spec.y, r * n);
  const out = layer.forward(input, 'train').data;
  const sums = new Float64Array(count);
  for (let r = 0; r < count; r++) {
    let z = 0;
    for (let j = 0; j < n; j++) z += spec.w[j] * out[r * n + j];
    sums[r] = z;
  }
  return sums;
}

/** The test-time z: Σ_j w_j (y_test)_j with the layer in inference mode ((1 − p) y or y). */
export function testTimeSum(spec: DropoutSumSpec): number {
  checkSpec(spec);
  const n = spec.y.length;
  const layer = new DropoutLayer({ size: n, p: spec.p, rng: createRng(0), variant: spec.variant });
  const input = createMatrix(1, n);
  input.data.set(spec.y);
  return fullSum(Array.from(layer.forward(input, 'inference').data), spec.w);
}

export interface DropoutSumMoments {
  /** E[z] = s (1 − p) Σ w_j y_j. */
  readonly mean: number;
  /** Var[z] = s² p (1 − p) Σ (w_j y_j)². */
  readonly variance: number;
  /** Σ (w_j y_j)², the sum the variance scales. */
  readonly squares: number;
}

/** The exact mean and variance of the training-time z over the masks (see the file's comment). */
export function dropoutSumMoments(spec: DropoutSumSpec): DropoutSumMoments {
  checkSpec(spec);
  const { y, w, p } = spec;
  const s = dropoutScales(p, spec.variant).train;
  let squares = 0;
  for (let j = 0; j < y.length; j++) squares += (w[j] * y[j]) ** 2;
  return { mean: s * (1 - p) * fullSum(y, w), variance: s * s * p * (1 - p) * squares, squares };
}

export interface SampleStats {
  readonly count: number;
  readonly mean: number;
  /** Unbiased: Σ (z − mean)² / (count − 1); 0 for a single sample. */
  readonly variance: number;
  readonly min: number;
  readonly max: number;
}

/** Mean, unbiased variance and range of samples (two passes, so the variance does not cancel). */
export function sampleStats(values: ArrayLike<number>): SampleStats {
  const count = values.length;
  if (count === 0) throw new RangeError('sample stats need at least one value');
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let k = 0; k < count; k++) {
    sum += values[k];
    if (values[k] < min) min = values[k];
    if (values[k] > max) max = values[k];
  }
  const mean = sum / count;
  let squares = 0;
  for (let k = 0; k < count; k++) squares += (values[k] - mean) ** 2;
  return { count, mean, variance: count > 1 ? squares / (count - 1) : 0, min, max };
}

/**
 * A layer of n outputs and one unit's weights drawn from `rng`, rounded to two decimals so they can
 * be read and typed: y_j uniform on [0, 1) (outputs of a sigmoid-like activation), w_j uniform on
 * [−1.5, 1.5). The draws alternate y_1, w_1, y_2, w_2, …, so a longer layer extends a shorter one.
 */
export function randomDropoutLayer(n: number, rng: Rng): { y: number[]; w: number[] } {
  if (!(Number.isInteger(n) && n > 0)) throw new RangeError(`a layer needs a positive whole number of units, got ${n}`);
  const twoDecimals = (v: number) => Math.round(v * 100) / 100 || 0;
  const y: number[] = [];
  const w: number[] = [];
  for (let j = 0; j < n; j++) {
    y.push(twoDecimals(rng.next()));
    w.push(twoDecimals(rng.uniform(-1.5, 1.5)));
  }
  return { y, w };
}

/** The layer's variant names by the chapter's names for the two forms (#test-time). */
export const DROPOUT_FORMS = { original: 'deck', inverted: 'inverted' } as const satisfies Record<string, DropoutVariant>;
