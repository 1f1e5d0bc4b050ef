/**
 * The single perceptron of the deck: net = Σᵢ Wᵢ·Xᵢ + b, y = step(net) (1 if net ≥ 0, else 0),
 * trained by the delta rule one sample at a time:
 *   Wᵢ(t+1) = Wᵢ(t) + α·[d(t) − y(t)]·Xᵢ(t)
 *   b       = b     + α·[d(t) − y(t)]
 * with α the learning rate and d(t) the target. net, ΔW, Δb and the updated W, b are rounded to 12
 * decimal places (rounding.ts) so that hand calculations with α = 0.1 are reproduced exactly, ties
 * net = 0 included. Each update is reported (for a widget to show); an
 * epoch passes over the samples in their order; training stops when an epoch makes no error
 * (converged), when the weights at the start of an epoch repeat an earlier epoch's (a cycle: the
 * same epochs will repeat forever, as for XOR), or at the epoch cap.
 */
import { step } from './activations';
import { roundTo, STEP_UNIT_DECIMALS } from './rounding';
import type { Dataset } from './datasets/dataset';

export interface Perceptron {
  /** W; length = inputs. Updated in place by the delta rule. */
  readonly weights: Float64Array;
  /** b */
  bias: number;
}

/** A perceptron with `inputs` weights: W = weights (copied) or zeros, b = bias or 0. */
export function createPerceptron(inputs: number, init: { weights?: ArrayLike<number>; bias?: number } = {}): Perceptron {
  if (!Number.isInteger(inputs) || inputs < 1) throw new RangeError(`inputs must be an integer >= 1, got ${inputs}`);
  const weights = new Float64Array(inputs);
  if (init.weights !== undefined) {
    if (init.weights.length !== inputs) {
      throw new RangeError(`weights has ${init.weights.length} entries, expected ${inputs}`);
    }
    weights.set(init.weights);
  }
  const bias = init.bias ?? 0;
  if (!weights.every(Number.isFinite) || !Number.isFinite(bias)) throw new RangeError('weights and bias must be finite');
  return { weights, bias };
}

/** net = Σᵢ Wᵢ·xᵢ + b, rounded to 12 decimal places */
export function perceptronNet(perceptron: Perceptron, x: ArrayLike<number>): number {
  const { weights } = perceptron;
  if (x.length !== weights.length) throw new RangeError(`x has ${x.length} entries, expected ${weights.length}`);
  let net = perceptron.bias;
  for (let i = 0; i < weights.length; i++) net += weights[i] * x[i];
  return roundTo(net, STEP_UNIT_DECIMALS);
}

/** y = step(net): 1 if net ≥ 0, else 0. */
export function perceptronOutput(perceptron: Perceptron, x: ArrayLike<number>): number {
  return step(perceptronNet(perceptron, x));
}

/** One application of the delta rule, with every quantity for display. */
export interface DeltaRuleUpdate {
  /** Epoch number, from 1. */
  readonly epoch: number;
  /** Row of the sample in the dataset, from 0. */
  readonly sample: number;
  /** X(t) */
  readonly x: Float64Array;
  /** Σᵢ Wᵢ(t)·Xᵢ(t) + b(t) */
  readonly net: number;
  /** y(t) = step(net) */
  readonly y: number;
  /** d(t), the target */
  readonly d: number;
  /** d(t) − y(t) */
  readonly error: number;
  /** ΔWᵢ = α·[d − y]·Xᵢ; length = inputs */
  readonly deltaWeights: Float64Array;
  /** Δb = α·[d − y] */
  readonly deltaBias: number;
  /** W(t+1), after the update */
  readonly weights: Float64Array;
  /** b after the update */
  readonly bias: number;
}

/** Applies the delta rule to `perceptron` (in place) for one sample x with target d; returns the report. */
export function deltaRuleStep(
  perceptron: Perceptron,
  x: ArrayLike<number>,
  d: number,
  alpha: number,
  at: { epoch: number; sample: number } = { epoch: 1, sample: 0 },
): DeltaRuleUpdate {
  const net = perceptronNet(perceptron, x);
  const y = step(net);
  const error = d - y;
  const deltaWeights = new Float64Array(perceptron.weights.length);
  for (let i = 0; i < deltaWeights.length; i++) {
    deltaWeights[i] = roundTo(alpha * error * x[i], STEP_UNIT_DECIMALS);
    perceptron.weights[i] = roundTo(perceptron.weights[i] + deltaWeights[i], STEP_UNIT_DECIMALS);
  }
  const deltaBias = roundTo(alpha * error, STEP_UNIT_DECIMALS);
  perceptron.bias = roundTo(perceptron.bias + deltaBias, STEP_UNIT_DECIMALS);
  return {
    epoch: at.epoch,
    sample: at.sample,
    x: Float64Array.from(x),
    net,
    y,
    d,
    error,
    deltaWeights,
    deltaBias,
    weights: perceptron.weights.slice(),
    bias: perceptron.bias,
  };
}

/** One pass over the samples, in order. */
export interface PerceptronEpoch {
  readonly epoch: number;
  readonly updates: readonly DeltaRuleUpdate[];
  /** Samples with d ≠ y in this epoch. */
  readonly errors: number;
}

function checkTrainingData(data: Dataset, inputs: number): void {
  if (data.x.cols !== inputs) throw new RangeError(`x has ${data.x.cols} columns, expected ${inputs}`);
  if (data.y.cols !== 1 || data.y.rows !== data.x.rows) {
    throw new RangeError(`y must be ${data.x.rows}×1 (one 0/1 target per sample), got ${data.y.rows}×${data.y.cols}`);
  }
  if (!data.y.data.every((d) => d === 0 || d === 1)) throw new RangeError('targets d must be 0 or 1');
}

function checkAlpha(alpha: number): void {
  if (!(Number.isFinite(alpha) && alpha > 0)) throw new RangeError(`alpha must be a finite number > 0, got ${alpha}`);
}

/** Runs the delta rule over every sample of `data` in row order (one epoch), updating `perceptron`. */
export function perceptronEpoch(perceptron: Perceptron, data: Dataset, alpha: number, epoch = 1): PerceptronEpoch {
  checkAlpha(alpha);
  checkTrainingData(data, perceptron.weights.length);
  const { x, y } = data;
  const updates: DeltaRuleUpdate[] = [];
  let errors = 0;
  for (let sample = 0; sample < x.rows; sample++) {
    const row = x.data.subarray(sample * x.cols, (sample + 1) * x.cols);
    const update = deltaRuleStep(perceptron, row, y.data[sample], alpha, { epoch, sample });
    if (update.error !== 0) errors++;
    updates.push(update);
  }
  return { epoch, updates, errors };
}

/**
 * 'converged': an epoch made no error (every sample classified correctly; the weights no longer move).
 * 'cycle': the weights and bias at the start of an epoch equal those at the start of an earlier one, so
 *   training repeats the same epochs, each with errors, forever (the data is not linearly separable).
 * 'epoch-cap': maxEpochs epochs ran, each with at least one error.
 */
export type PerceptronVerdict = 'converged' | 'cycle' | 'epoch-cap';

export interface PerceptronTrainingResult {
  readonly verdict: PerceptronVerdict;
  readonly converged: boolean;
  /** The epochs run, in order (the last is error-free when converged). */
  readonly epochs: readonly PerceptronEpoch[];
  /** For 'cycle': the state entering `repeatEpoch` equals the state entering `firstEpoch`; period = their distance. */
  readonly cycle: { readonly firstEpoch: number; readonly repeatEpoch: number; readonly period: number } | null;
  /** The final weights and bias. */
  readonly perceptron: Perceptron;
}

export interface PerceptronTrainingOptions {
  /** α > 0 */
  alpha: number;
  /** Default 100. */
  maxEpochs?: number;
  /** Initial W; default zeros. */
  weights?: ArrayLike<number>;
  /** Initial b; default 0. */
  bias?: number;
}

/**
 * Exact text of (W, b): equal keys mean bit-identical states (JS number strings round-trip). Training
 * that meets an epoch-start key it has seen before is in a cycle (trainPerceptron's 'cycle').
 */
export function perceptronStateKey(perceptron: Perceptron): string {
  return `${Array.from(perceptron.weights).join(',')};${perceptron.bias}`;
}

/** Trains a new perceptron on `data` (targets one 0/1 column) by the delta rule, epoch after epoch. */
export function trainPerceptron(data: Dataset, options: PerceptronTrainingOptions): PerceptronTrainingResult {
  const { alpha, maxEpochs = 100 } = options;
  checkAlpha(alpha);
  if (!Number.isInteger(maxEpochs) || maxEpochs < 1) throw new RangeError(`maxEpochs must be an integer >= 1, got ${maxEpochs}`);
  const perceptron = createPerceptron(data.x.cols, { weights: options.weights, bias: options.bias });
  checkTrainingData(data, data.x.cols);
  const epochs: PerceptronEpoch[] = [];
  const seen = new Map<string, number>();
  for (let epoch = 1; epoch <= maxEpochs; epoch++) {
    const key = perceptronStateKey(perceptron);
    const firstEpoch = seen.get(key);
    if (firstEpoch !== undefined) {
      const cycle = { firstEpoch, repeatEpoch: epoch, period: epoch - firstEpoch };
      return { verdict: 'cycle', converged: false, epochs, cycle, perceptron };
    }
    seen.set(key, epoch);
    const result = perceptronEpoch(perceptron, data, alpha, epoch);
    epochs.push(result);
    if (result.errors === 0) return { verdict: 'converged', converged: true, epochs, cycle: null, perceptron };
  }
  return { verdict: 'epoch-cap', converged: false, epochs, cycle: null, perceptron };
}
