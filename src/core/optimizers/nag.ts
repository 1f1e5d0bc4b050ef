/**
 * Nesterov accelerated gradient, in the deck's form:
 *   v_t = γ·v_{t−1} + η·∇θJ(θ − γ·v_{t−1})
 *   θ   = θ − v_t
 * The gradient is evaluated at the look-ahead point θ − γ·v_{t−1}, where the momentum alone would
 * carry θ; gradAt is called with that point (a reused scratch buffer, exposed as `lookAhead`).
 */
import { gammaSpec, learningRateSpec, resolveHyperparameters } from './hyperparameters';
import { createStateBuffers, evaluateGradient } from './state-buffers';
import type { Hyperparameters, Optimizer } from './types';

export const nagHyperparameters = [
  learningRateSpec(0.01, 'η = 0.01, as for gd and sgd (Keras’s SGD default)'),
  gammaSpec(0.9, 'γ = 0.9, as for momentum (Ruder 2016; Sutskever et al. 2013)'),
] as const;

/**
 * Hyperparameters: lr (η, default 0.01), gamma (γ, default 0.9).
 * State: v, lookAhead (θ − γv_{t−1} of the last step), gradient (∇θJ at lookAhead), t.
 */
export function createNag(hyper?: Hyperparameters): Optimizer {
  const { lr, gamma } = resolveHyperparameters('nag', nagHyperparameters, hyper);
  const buffers = createStateBuffers(['v', 'lookAhead', 'gradient']);
  let t = 0;
  return {
    name: 'nag',
    hyperparameters: { lr, gamma },
    step(params, gradAt) {
      const { v, lookAhead, gradient } = buffers.forLength(params.length);
      for (let i = 0; i < params.length; i++) lookAhead[i] = params[i] - gamma * v[i];
      evaluateGradient(gradAt, lookAhead, gradient);
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
