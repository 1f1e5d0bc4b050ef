/**
 * The Adagrad section's two steps by hand on the valley J = θ₁² + 10θ₂² from θ₀ = (−4, 1), η = 0.1,
 * ε = 10⁻⁸, run by the core's Adagrad; and the ε note's comparison of ε inside the root (the deck,
 * TensorFlow) with ε outside it (PyTorch) for a first gradient g = 10⁻⁴.
 */
import { VALLEY_EXAMPLE } from '../examples/valley';
import { createOptimizer } from '../optimizers';
import { valleySurface } from '../surfaces';

export const ADAGRAD_EXAMPLE = { eta: 0.1, eps: 1e-8, steps: 2 } as const;

export interface AdagradStep {
  readonly gradient: readonly [number, number];
  /** G_t's diagonal. */
  readonly G: readonly [number, number];
  /** √G_t (ε too small to show). */
  readonly rootG: readonly [number, number];
  /** η/√(G_t + ε) · g_t, the amount subtracted. */
  readonly step: readonly [number, number];
  readonly theta: readonly [number, number];
}

export function adagradSteps(): AdagradStep[] {
  const surface = valleySurface();
  const optimizer = createOptimizer('adagrad', { lr: ADAGRAD_EXAMPLE.eta, eps: ADAGRAD_EXAMPLE.eps });
  const theta = Float64Array.from(VALLEY_EXAMPLE.theta0);
  const scratch = new Float64Array(2);
  const rows: AdagradStep[] = [];
  for (let t = 0; t < ADAGRAD_EXAMPLE.steps; t++) {
    const before = theta.slice();
    optimizer.step(theta, (point) => surface.gradient(point, scratch));
    const { gradient, G } = optimizer.state() as { gradient: Float64Array; G: Float64Array };
    rows.push({
      gradient: [gradient[0], gradient[1]],
      G: [G[0], G[1]],
      rootG: [Math.sqrt(G[0]), Math.sqrt(G[1])],
      step: [before[0] - theta[0], before[1] - theta[1]],
      theta: [theta[0], theta[1]],
    });
  }
  return rows;
}

/** A first step's size in units of η for a gradient g: ε inside the root (the deck) and outside (PyTorch). */
export function firstStepEpsilon(g: number, eps: number): { readonly inside: number; readonly outside: number } {
  return { inside: g / Math.sqrt(g * g + eps), outside: g / (Math.abs(g) + eps) };
}
