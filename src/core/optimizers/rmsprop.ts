/**
 * RMSProp, in the deck's form:
 *   G = γ·G + (1 − γ)·(∇θJ(θ_t))²
 *   θ = θ − η / √(G + ε) · ∇θJ(θ_t)
 * elementwise, G₀ = 0, ε INSIDE the root. The exponential average keeps G from growing without bound
 * (Adagrad's weakness) while keeping the parameters' relative scales.
 */
import { epsilonSpec, gammaSpec, learningRateSpec, resolveHyperparameters } from './hyperparameters';
import { createStateBuffers, evaluateGradient } from './state-buffers';
import type { Hyperparameters, Optimizer } from './types';

export const rmspropHyperparameters = [
  learningRateSpec(0.001, 'η = 0.001: Hinton’s suggestion (Lecture 6e, Neural Networks for Machine Learning), quoted by Ruder 2016'),
  gammaSpec(0.9, 'γ = 0.9: Hinton’s suggestion (Lecture 6e), quoted by Ruder 2016'),
  epsilonSpec(1e-8, 'ε = 1e-8, as for adagrad (Ruder 2016)'),
] as const;

/** Hyperparameters: lr (η, 0.001), gamma (γ, 0.9), eps (ε, 1e-8). State: G, gradient, t. */
export function createRmsprop(hyper?: Hyperparameters): Optimizer {
  const { lr, gamma, eps } = resolveHyperparameters('rmsprop', rmspropHyperparameters, hyper);
  const buffers = createStateBuffers(['G', 'gradient']);
  let t = 0;
  return {
    name: 'rmsprop',
    hyperparameters: { lr, gamma, eps },
    step(params, gradAt) {
      const { G, gradient } = buffers.forLength(params.length);
      evaluateGradient(gradAt, params, gradient);
      for (let i = 0; i < params.length; i++) {
        const g = gradient[i];
        G[i] = gamma * G[i] + (1 - gamma) * g * g;
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
