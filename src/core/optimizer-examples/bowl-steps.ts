/**
 * The momentum and NAG sections' two steps by hand, continued to six: J(θ) = θ² (∇J = 2θ) from θ = 1,
 * v₀ = 0, η = 0.1, γ = 0.9, run by the core's momentum, NAG and gradient descent.
 */
import { createOptimizer } from '../optimizers';
import { first } from './run';

export const BOWL_EXAMPLE = { theta0: 1, eta: 0.1, gamma: 0.9, steps: 6 } as const;

export interface BowlStep {
  /** The point the gradient was taken at: θ_{t−1} for momentum and GD, θ_{t−1} − γv_{t−1} for NAG. */
  readonly at: number;
  /** ∇J there. */
  readonly gradient: number;
  /** v_t (0 for gradient descent). */
  readonly v: number;
  /** θ_t. */
  readonly theta: number;
}

/** Steps 1 … T of `name` on the bowl. */
export function bowlSteps(name: 'gd' | 'momentum' | 'nag', steps: number = BOWL_EXAMPLE.steps): BowlStep[] {
  const { theta0, eta, gamma } = BOWL_EXAMPLE;
  const optimizer = createOptimizer(name, name === 'gd' ? { lr: eta } : { lr: eta, gamma });
  const theta = Float64Array.of(theta0);
  const rows: BowlStep[] = [];
  for (let t = 1; t <= steps; t++) {
    let at = Number.NaN;
    optimizer.step(theta, (point) => {
      at = point[0];
      return Float64Array.of(2 * point[0]);
    });
    const state = optimizer.state();
    rows.push({ at, gradient: first(state, 'gradient'), v: name === 'gd' ? 0 : first(state, 'v'), theta: theta[0] });
  }
  return rows;
}

/** The three runs side by side, row t − 1 = step t. */
export function bowlTables() {
  return { gd: bowlSteps('gd'), momentum: bowlSteps('momentum'), nag: bowlSteps('nag') } as const;
}
