/**
 * A random trace problem with numbers friendly for a hand calculation, for the stepper's "new
 * numbers" button: every weight a non-zero tenth in [−1, 1] (so no edge silently drops out), every
 * bias a tenth in [−1, 1], inputs from {0, 0.5, 1} (never all 0), targets tenths in [0, 1].
 * Deterministic: the same seed and sizes give the same problem. Draw order: layer by layer, the
 * weights row by row (W[j][i]) then the biases; then the inputs; then the targets.
 */

import { createRng } from '../random';
import { type TraceProblem, validateTraceProblem } from './problem';

export interface RandomTraceProblemOptions {
  /** η (default 0.5). */
  learningRate?: number;
  /** Default true. */
  updateBias?: boolean;
  /** Every layer's activation (only 'sigmoid', the deck's). */
  activation?: 'sigmoid';
}

/** Most layers after the input, and most units in any layer (the stepper's diagram). */
export const RANDOM_PROBLEM_MAX_LAYERS = 4;
export const RANDOM_PROBLEM_MAX_UNITS = 4;

const INPUTS = [0, 0.5, 1];

/** sizes = [inputs, units of layer 1, …, units of layer L]: 2–5 entries, each 1–4 (up to 4 layers of up to 4 units). */
export function randomTraceProblem(seed: number, sizes: readonly number[], options: RandomTraceProblemOptions = {}): TraceProblem {
  if (sizes.length < 2 || sizes.length > RANDOM_PROBLEM_MAX_LAYERS + 1) {
    throw new RangeError(`sizes: expected 2 to ${RANDOM_PROBLEM_MAX_LAYERS + 1} entries (inputs, then 1 to ${RANDOM_PROBLEM_MAX_LAYERS} layers), got ${sizes.length}`);
  }
  sizes.forEach((n, k) => {
    if (!Number.isInteger(n) || n < 1 || n > RANDOM_PROBLEM_MAX_UNITS) {
      throw new RangeError(`sizes[${k}]: expected a whole number from 1 to ${RANDOM_PROBLEM_MAX_UNITS}, got ${n}`);
    }
  });
  const learningRate = options.learningRate ?? 0.5;
  if (!(Number.isFinite(learningRate) && learningRate > 0)) {
    throw new RangeError(`learningRate: expected a positive number (η), got ${learningRate}`);
  }
  const activation = options.activation ?? 'sigmoid';
  if (activation !== 'sigmoid') throw new RangeError(`activation: expected sigmoid, got ${String(activation)}`);

  const rng = createRng(seed);
  /** k/10 for a whole k in [low, high]. */
  const tenth = (low: number, high: number) => (low + rng.int(high - low + 1)) / 10;
  /** −1.0 … −0.1 or 0.1 … 1.0. */
  const weight = () => {
    const k = rng.int(20);
    return (k < 10 ? k - 10 : k - 9) / 10;
  };
  const layers = sizes.slice(1).map((units, l) => ({
    weights: Array.from({ length: units }, () => Array.from({ length: sizes[l] }, weight)),
    bias: Array.from({ length: units }, () => tenth(-10, 10)),
    activation,
  }));
  let input: number[];
  do input = Array.from({ length: sizes[0] }, () => INPUTS[rng.int(INPUTS.length)]);
  while (input.every((x) => x === 0));
  const target = Array.from({ length: sizes[sizes.length - 1] }, () => tenth(0, 10));
  return validateTraceProblem({ layers, input, target, learningRate, updateBias: options.updateBias ?? true });
}
