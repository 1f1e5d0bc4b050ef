/**
 * The single perceptron of the deck: net = Σᵢ Wᵢ·Xᵢ + b, y = step(net) (1 if net ≥ 0, else 0),
 * trained by the delta rule one sample at a time:
 *   Wᵢ(t+1) = Wᵢ(t) + α·[d(t) − y(t)]·Xᵢ(t)
 *   b       = b     + α·[d(t) − y(t)]
 * with α the learning rate and d(t) the target. net, ΔW, Δb and the updated W, b are rounded to 12
 * decimal places (rounding.ts) so that hand calculations with α = 0.1 are reproduced exactly, ties
 * net = 0 included. Each update is reported, for a widget to show. Training epoch after epoch, and
 * when it stops, is perceptron-training.ts.
 */
import { step } from './activations';
import { roundTo, STEP_UNIT_DECIMALS } from './rounding';

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
