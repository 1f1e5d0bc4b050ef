/**
 * The optimizers chapter's valley J(θ) = θ₁² + 10θ₂² (surfaces.ts's valleySurface()) and how it is
 * descended: from θ₀ = (−4, 1) (where J = 26), with the seminar's three learning rates
 * η = 0.01, 0.03, 0.13 (0.03 the one worked step by step), 50 steps in each picture.
 */
import { frozen } from './frozen';

export const VALLEY_EXAMPLE = frozen({
  theta0: [-4, 1],
  eta: 0.03,
  deckEtas: [0.01, 0.03, 0.13],
  steps: 50,
} as const);
