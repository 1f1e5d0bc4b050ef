/**
 * The gradient-descent section's numbers on the valley J = θ₁² + 10θ₂² from θ₀ = (−4, 1)
 * (examples/valley.ts): per deck learning rate, the factors 1 − 2η and 1 − 20η that one step
 * multiplies θ₁ and θ₂ by, and J after 10 and 50 steps — run by the core's gradient descent, not by
 * the closed form (the test checks the two agree).
 */
import { descentPath } from '../descent-path';
import { VALLEY_EXAMPLE } from '../examples/valley';
import { createOptimizer } from '../optimizers';
import { valleySurface } from '../surfaces';

export interface ValleyRun {
  readonly eta: number;
  /** 1 − 2η and 1 − 20η: θ_{t+1,i} = factor_i · θ_{t,i}. */
  readonly factors: readonly [number, number];
  /** θ_t for t = 0 … steps. */
  readonly thetas: readonly (readonly [number, number])[];
  /** J(θ_t) for t = 0 … steps. */
  readonly losses: readonly number[];
}

/** `steps` gradient-descent steps with learning rate η on the chapter's valley. */
export function valleyRun(eta: number, steps: number): ValleyRun {
  const surface = valleySurface();
  const path = descentPath(surface, createOptimizer('gd', { lr: eta }), VALLEY_EXAMPLE.theta0, steps);
  return {
    eta,
    factors: [1 - 2 * eta, 1 - 20 * eta],
    thetas: path.thetas.map((theta) => [theta[0], theta[1]] as const),
    losses: path.losses,
  };
}

/** The section's table and remarks: the deck's three η over 100 steps, and η = 0.09 (between 1/L and 2/L). */
export function valleyRates() {
  const [slow, medium, fast] = VALLEY_EXAMPLE.deckEtas.map((eta) => valleyRun(eta, 100));
  return { slow, medium, fast, zigzag: valleyRun(0.09, 50), rows: [slow, medium, fast] } as const;
}
