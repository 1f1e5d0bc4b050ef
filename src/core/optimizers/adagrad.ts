/**
 * Adagrad, in the deck's form:
 *   G_t     = G_{t−1} + (∇θJ(θ_t))²
 *   θ_{t+1} = θ_t − η / √(G_t + ε) · ∇θJ(θ_t)
 * G_t is the deck's k×k diagonal matrix of summed squared gradients, kept as its diagonal (a vector of
 * k entries); squares, roots and products are elementwise. ε is INSIDE the root, as the deck writes it.
 */
import { epsilonSpec, learningRateSpec, resolveHyperparameters } from './hyperparameters';
import { createStateBuffers, evaluateGradient } from './state-buffers';
import type { Hyperparameters, Optimizer } from './types';

export const adagradHyperparameters = [
  learningRateSpec(0.01, 'η = 0.01: “most implementations use a default value of 0.01” (Ruder 2016); PyTorch’s Adagrad default'),
  epsilonSpec(1e-8, 'ε = 1e-8: “usually on the order of 1e−8” (Ruder 2016)'),
] as const;

/** Hyperparameters: lr (η, default 0.01), eps (ε, default 1e-8). State: G (diagonal), gradient, t. */
export function createAdagrad(hyper?: Hyperparameters): Optimizer {
  const { lr, eps } = resolveHyperparameters('adagrad', adagradHyperparameters, hyper);
  const buffers = createStateBuffers(['G', 'gradient']);
  let t = 0;
  return {
    name: 'adagrad',
    hyperparameters: { lr, eps },
    step(params, gradAt) {
      const { G, gradient } = buffers.forLength(params.length);
      evaluateGradient(gradAt, params, gradient);
      for (let i = 0; i < params.length; i++) {
        const g = gradient[i];
        G[i] += g * g;
        params[i] -= (lr / Math.sqrt(G[i] + eps)) * g;
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
