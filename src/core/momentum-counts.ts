/**
 * The step counts the optimizers chapter quotes for gradient descent, momentum and NAG (γ = 0.9), by
 * one stated criterion (steps-to-settle.ts): the first step from which the loss stays below a
 * threshold.
 * - the round bowl J = θ² from θ = 1 with η = 0.1 (the chapter's two steps by hand), threshold 10⁻⁴,
 *   that is |θ| < 0.01 for good (valleySurface(1, 1) from (1, 0): the second coordinate stays 0);
 * - the valley J = θ₁² + 10θ₂² from θ₀ = (−4, 1) with η = 0.01, threshold 0.001.
 */
import { VALLEY_EXAMPLE } from './examples/valley';
import { createOptimizer } from './optimizers';
import { stepsToSettle } from './steps-to-settle';
import { valleySurface, type Surface2d } from './surfaces';

export const MOMENTUM_GAMMA = 0.9;
export const BOWL_COUNT = { theta0: [1, 0], eta: 0.1, threshold: 1e-4 } as const;
export const VALLEY_COUNT = { theta0: VALLEY_EXAMPLE.theta0, eta: 0.01, threshold: 1e-3 } as const;

export interface StepCounts {
  readonly gd: number | null;
  readonly momentum: number | null;
  readonly nag: number | null;
}

function counts(surface: Surface2d, theta0: readonly number[], eta: number, threshold: number): StepCounts {
  const settle = (name: 'gd' | 'momentum' | 'nag') =>
    stepsToSettle(surface, createOptimizer(name, name === 'gd' ? { lr: eta } : { lr: eta, gamma: MOMENTUM_GAMMA }), theta0, threshold);
  return { gd: settle('gd'), momentum: settle('momentum'), nag: settle('nag') };
}

/** The chapter's counts on the round bowl and on the valley. */
export function momentumCounts(): { readonly bowl: StepCounts; readonly valley: StepCounts } {
  return {
    bowl: counts(valleySurface(1, 1), BOWL_COUNT.theta0, BOWL_COUNT.eta, BOWL_COUNT.threshold),
    valley: counts(valleySurface(), VALLEY_COUNT.theta0, VALLEY_COUNT.eta, VALLEY_COUNT.threshold),
  };
}
