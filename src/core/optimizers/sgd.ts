/**
 * Stochastic gradient descent (the deck's SGD): θ_{t+1} = θ_t − η∇θJ(θ; x⁽ⁱ⁾, y⁽ⁱ⁾), the gradient of
 * the loss on one sample (or a small mini-batch) standing in for the whole set's.
 *
 * Same update as gd; the caller's gradAt evaluates the loss on the current sample or mini-batch.
 */
import { createPlainGradientDescent } from './gd';
import { learningRateSpec, resolveHyperparameters } from './hyperparameters';
import type { Hyperparameters, Optimizer } from './types';

export const sgdHyperparameters = [
  learningRateSpec(0.01, 'η = 0.01: the first of the deck’s SGD pictures (0.01, 0.03, 0.13); also Keras’s SGD default'),
] as const;

/** Sample or mini-batch gradient descent. Hyperparameters: lr (η, default 0.01). */
export function createSgd(hyper?: Hyperparameters): Optimizer {
  const { lr } = resolveHyperparameters('sgd', sgdHyperparameters, hyper);
  return createPlainGradientDescent('sgd', lr);
}
