/**
 * Loss surfaces over two parameters, for the optimizer demonstrations: a value J(θ₁, θ₂), its
 * gradient, and a sampled grid for contour plots.
 */
import { samplePlane, type PlaneGrid } from './plane-grid';

export interface Surface2d {
  /** J(θ) for θ = (θ₁, θ₂). */
  value(theta: ArrayLike<number>): number;
  /** ∇θJ(θ), written into `out` (length 2); returns `out`. */
  gradient(theta: ArrayLike<number>, out: Float64Array): Float64Array;
  /** Where J is smallest. */
  readonly minimum: readonly [number, number];
}

/**
 * The optimizers chapter's valley J(θ) = a·θ₁² + b·θ₂² (default a = 1, b = 10: ten times steeper
 * across than along). ∇J = (2a·θ₁, 2b·θ₂); the Hessian is diag(2a, 2b), so gradient descent is
 * stable exactly when η < 2 / (2·max(a, b)) — 0.1 for the default — and η = 0.13 diverges.
 */
export function valleySurface(a = 1, b = 10): Surface2d {
  return {
    value: (theta) => a * theta[0] * theta[0] + b * theta[1] * theta[1],
    gradient(theta, out) {
      out[0] = 2 * a * theta[0];
      out[1] = 2 * b * theta[1];
      return out;
    },
    minimum: [0, 0],
  };
}

/** J sampled on an nx × ny grid spanning x = [x0, x1], y = [y0, y1] (samplePlane's layout). */
export function sampleSurface(
  surface: Pick<Surface2d, 'value'>,
  x: readonly [number, number],
  y: readonly [number, number],
  nx: number,
  ny: number = nx,
): PlaneGrid {
  return samplePlane({ x, y, nx, ny }, surface.value);
}
