/**
 * One gradient-descent step on a two-parameter surface, as the optimizers chapter writes it out:
 * θ_{t+1} = θ_t − η∇θJ(θ_t), with the gradient it used — so a demo can show the step about to be
 * taken (its arrow, its numbers) without doing the arithmetic itself.
 *
 * On the valley J = a·θ₁² + b·θ₂² the step is linear: θᵢ ← θᵢ − η·2aᵢθᵢ = (1 − 2aᵢη)·θᵢ, so each
 * coordinate is multiplied by the factor 1 − 2aᵢη every step; GD converges when every |1 − 2aᵢη| < 1.
 */
import type { Surface2d } from './surfaces';

export interface DescentStep {
  /** ∇θJ at θ_t. */
  readonly gradient: readonly [number, number];
  /** θ_{t+1} = θ_t − η∇θJ(θ_t). */
  readonly next: readonly [number, number];
}

export function descentStep(surface: Pick<Surface2d, 'gradient'>, theta: ArrayLike<number>, eta: number): DescentStep {
  const g = surface.gradient(theta, new Float64Array(2));
  return { gradient: [g[0], g[1]], next: [theta[0] - eta * g[0], theta[1] - eta * g[1]] };
}

/** The per-step factors (1 − 2aη, 1 − 2bη) of gradient descent on the valley a·θ₁² + b·θ₂². */
export function valleyStepFactors(eta: number, a = 1, b = 10): readonly [number, number] {
  return [1 - 2 * a * eta, 1 - 2 * b * eta];
}
