/**
 * The gradient-descent widget's model: gradient descent θ_{t+1} = θ_t − η∇θJ(θ_t) on the chapter's
 * valley J(θ) = θ₁² + 10θ₂² from θ₀ = (−4, 1), every number from the core. Pure (no DOM).
 */
import { createOptimizer, descentStep, valleyStepFactors, valleySurface, type DescentStep } from '../../core';
import { THETA_0 } from './state';

export const surface = valleySurface();

export interface Descent {
  readonly eta: number;
  /** θ_t, updated in place by step(). */
  readonly theta: Float64Array;
  /** Every θ so far (θ₀ first), for the path. */
  readonly xs: number[];
  readonly ys: number[];
  /** One update of θ; returns J(θ) after it. */
  step(): number;
  loss(): number;
  /** The step about to be taken from θ_t, with the gradient it uses. */
  upcoming(): DescentStep;
  /** 1 − 20η: what each step multiplies θ₂ by (|·| < 1 converges). */
  readonly steepFactor: number;
}

export function createDescent(eta: number): Descent {
  const theta = Float64Array.from(THETA_0);
  const gradient = new Float64Array(2);
  const optimizer = createOptimizer('gd', { lr: eta });
  const xs = [theta[0]];
  const ys = [theta[1]];
  return {
    eta,
    theta,
    xs,
    ys,
    step() {
      optimizer.step(theta, (p) => surface.gradient(p, gradient));
      xs.push(theta[0]);
      ys.push(theta[1]);
      return surface.value(theta);
    },
    loss: () => surface.value(theta),
    upcoming: () => descentStep(surface, theta, eta),
    steepFactor: valleyStepFactors(eta)[1],
  };
}
