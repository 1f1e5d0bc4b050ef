/**
 * An optimizer's path down a surface: θ₀, θ₁ = step(θ₀), …, θ_T, the gradient ∇J each step evaluated
 * (optimizer.state().gradient — for NAG the look-ahead point's) and J along the way. One pure call per
 * picture, as in the Distill momentum article: the build-time descent diagrams and formulas use it.
 */
import type { Optimizer } from './optimizers/types';
import type { Surface2d } from './surfaces';

export interface DescentPath {
  /** θ₀ … θ_T; length T + 1. */
  readonly thetas: readonly Float64Array[];
  /** The gradient evaluated by step t + 1 (taking θ_t to θ_{t+1}); length T. */
  readonly gradients: readonly Float64Array[];
  /** J(θ₀) … J(θ_T); length T + 1. */
  readonly losses: readonly number[];
}

/** T = `steps` updates of θ (a copy of theta0) by `optimizer` on `surface`. */
export function descentPath(surface: Surface2d, optimizer: Optimizer, theta0: ArrayLike<number>, steps: number): DescentPath {
  if (!(Number.isInteger(steps) && steps >= 0)) throw new RangeError(`descentPath: steps must be a whole number ≥ 0, got ${steps}`);
  if (theta0.length !== 2) throw new RangeError(`descentPath: θ₀ must have 2 entries, got ${theta0.length}`);
  const theta = Float64Array.from(theta0);
  const scratch = new Float64Array(2);
  const thetas = [theta.slice()];
  const gradients: Float64Array[] = [];
  const losses = [surface.value(theta)];
  for (let t = 0; t < steps; t++) {
    optimizer.step(theta, (point) => surface.gradient(point, scratch));
    gradients.push(optimizer.state().gradient as Float64Array);
    thetas.push(theta.slice());
    losses.push(surface.value(theta));
  }
  return { thetas, gradients, losses };
}
