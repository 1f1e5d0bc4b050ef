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

/** The valley J(θ) = a·θ₁² + b·θ₂², with the numbers its pictures are drawn from. */
export interface ValleySurface extends Surface2d {
  /** The largest curvature L = 2·max(a, b) (the Hessian is diag(2a, 2b)). */
  readonly largestCurvature: number;
  /** Gradient descent converges exactly when η < 2/L: each step multiplies θᵢ by 1 − η·2aᵢ. */
  readonly etaLimit: number;
  /** Semi-axes (√(J/a), √(J/b)) of the ellipse where the surface equals `level` = J. */
  levelSemiAxes(level: number): [number, number];
}

/**
 * The optimizers chapter's valley J(θ) = a·θ₁² + b·θ₂² (default a = 1, b = 10: ten times steeper
 * across than along). ∇J = (2a·θ₁, 2b·θ₂); the Hessian is diag(2a, 2b), so gradient descent is
 * stable exactly when η < 2 / (2·max(a, b)) — 0.1 for the default — and η = 0.13 diverges.
 */
export function valleySurface(a = 1, b = 10): ValleySurface {
  if (!(a > 0 && b > 0 && Number.isFinite(a) && Number.isFinite(b))) throw new RangeError(`valleySurface: a and b must be finite and > 0, got ${a}, ${b}`);
  const largestCurvature = 2 * Math.max(a, b);
  return {
    value: (theta) => a * theta[0] * theta[0] + b * theta[1] * theta[1],
    gradient(theta, out) {
      out[0] = 2 * a * theta[0];
      out[1] = 2 * b * theta[1];
      return out;
    },
    minimum: [0, 0],
    largestCurvature,
    etaLimit: 2 / largestCurvature,
    levelSemiAxes: (level) => [Math.sqrt(level / a), Math.sqrt(level / b)],
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
