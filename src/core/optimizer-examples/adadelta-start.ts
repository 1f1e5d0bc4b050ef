/**
 * The AdaDelta section's slow start: the core's AdaDelta fed a constant gradient g = 1 with Zeiler's
 * γ = 0.95, ε = 10⁻⁶, from G = s = 0 — G₁, the first update Δθ₁ = √ε/√(G₁ + ε), s₁, later updates and
 * the distance moved after 100 and 200 steps.
 */
import { first, runOnGradients } from './run';

export const ADADELTA_EXAMPLE = { gamma: 0.95, eps: 1e-6, g: 1, steps: 200 } as const;

export function adadeltaStart() {
  const { gamma, eps, g, steps } = ADADELTA_EXAMPLE;
  const run = runOnGradients('adadelta', { gamma, eps }, Array(steps).fill(g));
  const update = (t: number) => first(run.states[t - 1], 'deltaTheta');
  return {
    /** 1 − γ, the weight of the newest value in both averages. */
    weight: 1 - gamma,
    G1: first(run.states[0], 'G'),
    rootEps: Math.sqrt(eps),
    rootG1: Math.sqrt(first(run.states[0], 'G') + eps),
    update,
    s1: first(run.states[0], 's'),
    /** |θ_t − θ₀|. */
    moved: (t: number) => Math.abs(run.thetas[t] - run.thetas[0]),
  } as const;
}
