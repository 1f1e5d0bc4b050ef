/**
 * Gradient descent (the deck's GD): θ_{t+1} = θ_t − η∇θJ(θ), where ∇θJ is taken over ALL the training
 * data at every step (full batch).
 *
 * The arithmetic is identical to sgd's: what makes it GD or SGD is the gradient the caller's gradAt
 * computes (the whole training set here; one sample or a mini-batch for sgd).
 */
import { learningRateSpec, resolveHyperparameters } from './hyperparameters';
import { createStateBuffers, evaluateGradient } from './state-buffers';
import type { Hyperparameters, Optimizer } from './types';

export const gdHyperparameters = [
  learningRateSpec(0.01, 'η = 0.01: the first of the deck’s GD pictures (0.01, 0.03, 0.13); also Keras’s SGD default'),
] as const;

/** θ ← θ − η·∇θJ(θ), shared by gd and sgd (they differ only in the gradient passed). */
export function createPlainGradientDescent(name: 'gd' | 'sgd', lr: number): Optimizer {
  const buffers = createStateBuffers(['gradient']);
  let t = 0;
  return {
    name,
    hyperparameters: { lr },
    step(params, gradAt) {
      const { gradient } = buffers.forLength(params.length);
      evaluateGradient(gradAt, params, gradient);
      for (let i = 0; i < params.length; i++) params[i] -= lr * gradient[i];
      t++;
    },
    state: () => ({ t, ...buffers.snapshot() }),
    reset() {
      buffers.reset();
      t = 0;
    },
  };
}

/** Full-batch gradient descent. Hyperparameters: lr (η, default 0.01). */
export function createGd(hyper?: Hyperparameters): Optimizer {
  const { lr } = resolveHyperparameters('gd', gdHyperparameters, hyper);
  return createPlainGradientDescent('gd', lr);
}
