/**
 * AdaDelta, in the deck's form (no learning rate):
 *   G  = γ·G + (1 − γ)·(∇θJ(θ_t))²
 *   Δθ = √(s + ε) / √(G + ε) · ∇θJ(θ_t)
 *   θ  = θ − Δθ
 *   s  = γ·s + (1 − γ)·Δθ²
 * elementwise, G₀ = s₀ = 0, in that order: Δθ uses the previous step's s, so the first step is
 * √ε / √((1 − γ)g² + ε) · g. The running average s of squared updates takes the place of η.
 */
import { epsilonSpec, gammaSpec, resolveHyperparameters } from './hyperparameters';
import { createStateBuffers, evaluateGradient } from './state-buffers';
import type { Hyperparameters, Optimizer } from './types';

export const adadeltaHyperparameters = [
  gammaSpec(0.95, 'γ (ρ in the paper) = 0.95: Zeiler 2012, ADADELTA, its MNIST experiments'),
  epsilonSpec(1e-6, 'ε = 1e-6: Zeiler 2012 (its MNIST experiments); also PyTorch’s Adadelta default'),
] as const;

/** Hyperparameters: gamma (γ, 0.95), eps (ε, 1e-6). State: G, s, deltaTheta (Δθ), gradient, t. */
export function createAdadelta(hyper?: Hyperparameters): Optimizer {
  const { gamma, eps } = resolveHyperparameters('adadelta', adadeltaHyperparameters, hyper);
  const buffers = createStateBuffers(['G', 's', 'deltaTheta', 'gradient']);
  let t = 0;
  return {
    name: 'adadelta',
    hyperparameters: { gamma, eps },
    step(params, gradAt) {
      const { G, s, deltaTheta, gradient } = buffers.forLength(params.length);
      evaluateGradient(gradAt, params, gradient);
      for (let i = 0; i < params.length; i++) {
        const g = gradient[i];
        G[i] = gamma * G[i] + (1 - gamma) * g * g;
        const delta = (Math.sqrt(s[i] + eps) / Math.sqrt(G[i] + eps)) * g;
        deltaTheta[i] = delta;
        params[i] -= delta;
        s[i] = gamma * s[i] + (1 - gamma) * delta * delta;
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
