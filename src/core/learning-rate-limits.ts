/**
 * How large a learning rate may be on a quadratic J(θ) = a·θ₁² + b·θ₂², for gradient descent and for
 * the deck's momentum (heavy ball), and what T steps with a given η leave of the loss.
 *
 * The Hessian of J is diag(2a, 2b), so the curvatures (eigenvalues) are λ = 2a and 2b. Along one
 * eigenvector the coordinate x obeys
 * - gradient descent θ ← θ − η∇J: x ← (1 − ηλ)·x, which shrinks iff |1 − ηλ| < 1 ⇔ 0 < ηλ < 2;
 *   the limit on η is 2/λ_max.
 * - momentum in the deck's form v ← γv + η∇J, θ ← θ − v: (x, v) ← ((1 − ηλ)x − γv, ηλx + γv), a
 *   2×2 map with trace 1 − ηλ + γ and determinant γ, so its eigenvalues are the roots of
 *   z² − (1 − ηλ + γ)z + γ = 0. Both lie inside the unit circle (Jury's test for z² + a₁z + a₀:
 *   |a₀| < 1, 1 + a₁ + a₀ > 0, 1 − a₁ + a₀ > 0) iff |γ| < 1, ηλ > 0 and 2 + 2γ − ηλ > 0, i.e. for
 *   0 ≤ γ < 1: 0 < ηλ < 2(1 + γ); the limit on η is 2(1 + γ)/λ_max.
 * (PyTorch's v ← μv + g, θ ← θ − ηv is the same trajectory for a fixed η, so the same limits hold.)
 * Momentum's limit on η itself is momentum-rate.ts's momentumEtaLimit(γ, λ_max).
 */
import { createOptimizer } from './optimizers';
import type { Surface2d } from './surfaces';

/** The curvatures (Hessian eigenvalues) λ = 2a, 2b of J = a·θ₁² + b·θ₂². */
export function quadraticCurvatures(a: number, b: number): [number, number] {
  return [2 * a, 2 * b];
}

/** Gradient descent shrinks the distance along curvature λ: |1 − ηλ| < 1. */
export function gdStable(eta: number, lambda: number): boolean {
  return Math.abs(1 - eta * lambda) < 1;
}

/** The largest stable η for gradient descent: 2/λ_max. */
export function gdEtaLimit(lambdaMax: number): number {
  return 2 / lambdaMax;
}

/** Momentum (v ← γv + η∇J, θ ← θ − v) shrinks the distance along curvature λ: 0 < ηλ < 2(1 + γ), 0 ≤ γ < 1. */
export function momentumStable(eta: number, gamma: number, lambda: number): boolean {
  const el = eta * lambda;
  return gamma >= 0 && gamma < 1 && el > 0 && el < 2 * (1 + gamma);
}

/** n learning rates spaced evenly in log η from lo to hi (both included). */
export function logSpacedEtas(lo: number, hi: number, n: number): number[] {
  if (!(lo > 0 && hi > lo && Number.isInteger(n) && n >= 2)) throw new RangeError(`logSpacedEtas: need 0 < lo < hi and n ≥ 2, got ${lo}, ${hi}, ${n}`);
  const a = Math.log10(lo);
  const step = (Math.log10(hi) - a) / (n - 1);
  return Array.from({ length: n }, (_, k) => 10 ** (a + k * step));
}

export interface LossSweepOptions {
  readonly method: 'gd' | 'momentum';
  /** γ for momentum. */
  readonly gamma?: number;
  readonly theta0: ArrayLike<number>;
  /** T: the loss is read after this many steps. */
  readonly steps: number;
}

/**
 * J(θ_T) after T steps of the core's optimizer from θ₀, for each η. A run whose loss overflows stops
 * there and reports Infinity (the loss only grows from then on).
 */
export function finalLossSweep(surface: Surface2d, etas: readonly number[], options: LossSweepOptions): Float64Array {
  const { method, gamma, theta0, steps } = options;
  const out = new Float64Array(etas.length);
  const theta = new Float64Array(2);
  const scratch = new Float64Array(2);
  const gradAt = (point: Float64Array) => surface.gradient(point, scratch);
  etas.forEach((eta, k) => {
    const optimizer = createOptimizer(method, method === 'momentum' ? { lr: eta, gamma: gamma ?? 0.9 } : { lr: eta });
    theta.set(Array.from(theta0));
    let loss = surface.value(theta);
    for (let t = 0; t < steps && Number.isFinite(loss); t++) {
      optimizer.step(theta, gradAt);
      loss = surface.value(theta);
    }
    out[k] = Number.isFinite(loss) ? loss : Infinity;
  });
  return out;
}
