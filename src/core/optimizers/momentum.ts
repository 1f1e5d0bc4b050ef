/**
 * Momentum, in the deck's form:
 *   v_t = γ·v_{t−1} + η·∇θJ(θ)
 *   θ   = θ − v_t
 * with v₀ = 0. η sits INSIDE the velocity v. PyTorch's SGD(momentum=μ) keeps v' = μ·v' + g and steps
 * θ −= η·v' instead; for a constant η the two are the same trajectory (v = η·v'), but their v's differ
 * by the factor η, and changing η mid-run affects them differently.
 */
import { gammaSpec, learningRateSpec, resolveHyperparameters } from './hyperparameters';
import { createStateBuffers, evaluateGradient } from './state-buffers';
import type { Hyperparameters, Optimizer } from './types';

export const momentumHyperparameters = [
  learningRateSpec(0.01, 'η = 0.01, as for gd and sgd (Keras’s SGD default)'),
  gammaSpec(0.9, 'γ = 0.9: “usually set to 0.9” (Ruder 2016, An overview of gradient descent optimization algorithms; Sutskever et al. 2013)'),
] as const;

/** Hyperparameters: lr (η, default 0.01), gamma (γ, default 0.9). State: v (velocity), gradient, t. */
export function createMomentum(hyper?: Hyperparameters): Optimizer {
  const { lr, gamma } = resolveHyperparameters('momentum', momentumHyperparameters, hyper);
  const buffers = createStateBuffers(['v', 'gradient']);
  let t = 0;
  return {
    name: 'momentum',
    hyperparameters: { lr, gamma },
    step(params, gradAt) {
      const { v, gradient } = buffers.forLength(params.length);
      evaluateGradient(gradAt, params, gradient);
      for (let i = 0; i < params.length; i++) {
        v[i] = gamma * v[i] + lr * gradient[i];
        params[i] -= v[i];
      }
      t++;
    },
    state: () => ({ t, ...buffers.snapshot() }),
    reset() {
      buffers.reset();
      t = 0;
    },
  };
}
