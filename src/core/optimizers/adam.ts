/**
 * Adam, in the deck's form (t counts from 1 at the first step; m₀ = v₀ = 0):
 *   m_t = β₁·m_{t−1} + (1 − β₁)·∇θJ(θ)
 *   v_t = β₂·v_{t−1} + (1 − β₂)·(∇θJ(θ))²
 *   m̂_t = m_t / (1 − β₁ᵗ)        v̂_t = v_t / (1 − β₂ᵗ)
 *   θ   = θ − η / (√v̂_t + ε) · m̂_t
 * elementwise; ε OUTSIDE the root (unlike adagrad, rmsprop and adadelta). The bias correction makes
 * m̂₁ = g₁ and v̂₁ = g₁², so the first step is η·g/(|g| + ε) ≈ η·sign(g).
 *
 * `{ biasCorrection: false }` (for showing what the correction does; not the deck's Adam) uses m̂ = m and
 * v̂ = v: the first step is then η·(1 − β₁)g/(√(1 − β₂)|g| + ε) ≈ 0.1/√0.001·η ≈ 3.16η with the default β's.
 */
import { betaSpec, epsilonSpec, learningRateSpec, resolveHyperparameters } from './hyperparameters';
import { createStateBuffers, evaluateGradient } from './state-buffers';
import type { Hyperparameters, Optimizer } from './types';

const kingmaBa = 'Kingma & Ba 2015, Adam: A Method for Stochastic Optimization (Algorithm 1)';

export const adamHyperparameters = [
  learningRateSpec(0.001, `η (α in the paper) = 0.001: ${kingmaBa}`),
  betaSpec('beta1', 0.9, `β₁ = 0.9: ${kingmaBa}`),
  betaSpec('beta2', 0.999, `β₂ = 0.999: ${kingmaBa}`),
  epsilonSpec(1e-8, `ε = 1e-8: ${kingmaBa}`),
] as const;

export interface AdamOptions {
  /** Divide m and v by 1 − β₁ᵗ and 1 − β₂ᵗ (the deck's Adam). Default true. */
  readonly biasCorrection?: boolean;
}

/**
 * Hyperparameters: lr (η, 0.001), beta1 (β₁, 0.9), beta2 (β₂, 0.999), eps (ε, 1e-8).
 * State: m, v (second moment), mHat, vHat, gradient, t.
 */
export function createAdam(hyper?: Hyperparameters, options: AdamOptions = {}): Optimizer {
  const corrected = options.biasCorrection ?? true;
  const { lr, beta1, beta2, eps } = resolveHyperparameters('adam', adamHyperparameters, hyper);
  const buffers = createStateBuffers(['m', 'v', 'mHat', 'vHat', 'gradient']);
  let t = 0;
  return {
    name: 'adam',
    hyperparameters: { lr, beta1, beta2, eps },
    step(params, gradAt) {
      const { m, v, mHat, vHat, gradient } = buffers.forLength(params.length);
      evaluateGradient(gradAt, params, gradient);
      t++;
      const correction1 = corrected ? 1 - Math.pow(beta1, t) : 1;
      const correction2 = corrected ? 1 - Math.pow(beta2, t) : 1;
      for (let i = 0; i < params.length; i++) {
        const g = gradient[i];
        m[i] = beta1 * m[i] + (1 - beta1) * g;
        v[i] = beta2 * v[i] + (1 - beta2) * g * g;
        mHat[i] = m[i] / correction1;
        vHat[i] = v[i] / correction2;
        params[i] -= (lr / (Math.sqrt(vHat[i]) + eps)) * mHat[i];
      }
    },
    state: () => ({ t, ...buffers.snapshot() }),
    reset() {
      buffers.reset();
      t = 0;
    },
  };
}
