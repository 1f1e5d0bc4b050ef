/**
 * The surfaces an optimizer race runs on (chapter 5, issue 12), each a Surface2d (value, gradient,
 * global minimum) with the view a contour plot should show and a start point that makes the race
 * interesting. Gradients are written out by hand and checked against central differences in
 * tests/unit/core/race-surfaces.test.ts.
 *
 * - valley(κ): the seminar's elongated bowl θ₁² + κθ₂², κ the condition number (the Hessian is
 *   diag(2, 2κ)); κ = 10 is the chapter's valley.
 * - rosenbrock: (1 − θ₁)² + 100(θ₂ − θ₁²)², the banana: a curved flat-bottomed valley to (1, 1).
 * - saddle: θ₁² − θ₂² + θ₂⁴/2: a saddle at the origin (a start on θ₂ = 0 never leaves the ridge
 *   without noise), with minima at (0, ±1), J = −½.
 * - beale: (1.5 − θ₁ + θ₁θ₂)² + (2.25 − θ₁ + θ₁θ₂²)² + (2.625 − θ₁ + θ₁θ₂³)², minimum (3, ½), steep walls.
 * - twoMinima: (θ₁² − 1)² + θ₂² + 0.3θ₁: a shallower minimum near θ₁ ≈ 0.96 and the global one near
 *   θ₁ ≈ −1.04, J ≈ −0.31 (the roots of 4θ₁³ − 4θ₁ + 0.3 = 0).
 * - plateau: 1 − exp(−(θ₁² + θ₂²)/2): almost flat far from its minimum at the origin, so the
 *   gradient there is tiny and adaptive methods pull ahead.
 */
import type { Surface2d } from './surfaces';
import { valleySurface } from './surfaces';

/** θ as (x, y) = (θ₁, θ₂). */
const xy = (theta: ArrayLike<number>): [number, number] => [theta[0], theta[1]];

export interface RaceSurface extends Surface2d {
  readonly id: RaceSurfaceId;
  /** The contour plot's θ₁ and θ₂ ranges. */
  readonly view: { readonly x: readonly [number, number]; readonly y: readonly [number, number] };
  /** Where a race starts by default. */
  readonly start: readonly [number, number];
  /** J at the global minimum (for "steps to reach J − J* < threshold"). */
  readonly minimumValue: number;
}

export type RaceSurfaceId = 'valley' | 'rosenbrock' | 'saddle' | 'beale' | 'two-minima' | 'plateau';
export const RACE_SURFACE_IDS: readonly RaceSurfaceId[] = ['valley', 'rosenbrock', 'saddle', 'beale', 'two-minima', 'plateau'];

/** The seminar's valley θ₁² + κθ₂² with condition number κ ≥ 1. */
export function raceValley(kappa = 10): RaceSurface {
  if (!(kappa >= 1 && Number.isFinite(kappa))) throw new RangeError(`raceValley: κ must be finite and ≥ 1, got ${kappa}`);
  return { ...valleySurface(1, kappa), id: 'valley', view: { x: [-5, 5], y: [-2, 2] }, start: [-4, 1], minimumValue: 0 };
}

const rosenbrock: RaceSurface = {
  id: 'rosenbrock',
  value: (t) => {
    const [x, y] = xy(t);
    return (1 - x) ** 2 + 100 * (y - x * x) ** 2;
  },
  gradient(t, out) {
    const [x, y] = xy(t);
    out[0] = -2 * (1 - x) - 400 * x * (y - x * x);
    out[1] = 200 * (y - x * x);
    return out;
  },
  minimum: [1, 1],
  minimumValue: 0,
  view: { x: [-2, 2], y: [-1, 3] },
  start: [-1.5, 2],
};

const saddle: RaceSurface = {
  id: 'saddle',
  value: (t) => {
    const [x, y] = xy(t);
    return x * x - y * y + (y ** 4) / 2;
  },
  gradient(t, out) {
    const [x, y] = xy(t);
    out[0] = 2 * x;
    out[1] = -2 * y + 2 * y ** 3;
    return out;
  },
  minimum: [0, 1],
  minimumValue: -0.5,
  view: { x: [-2, 2], y: [-2, 2] },
  // Just off the ridge θ₂ = 0: plain gradient descent lingers near the saddle before it slides off.
  start: [-1.8, 0.001],
};

/** Beale's three residuals rₖ = cₖ − θ₁ + θ₁θ₂ᵏ, k = 1, 2, 3. */
const BEALE_C = [1.5, 2.25, 2.625];
const beale: RaceSurface = {
  id: 'beale',
  value(t) {
    const [x, y] = xy(t);
    let sum = 0;
    for (let k = 1; k <= 3; k++) sum += (BEALE_C[k - 1] - x + x * y ** k) ** 2;
    return sum;
  },
  gradient(t, out) {
    const [x, y] = xy(t);
    // ∂rₖ/∂θ₁ = −1 + θ₂ᵏ, ∂rₖ/∂θ₂ = k·θ₁·θ₂ᵏ⁻¹; ∂J/∂θ = Σ 2rₖ·∂rₖ/∂θ.
    out[0] = 0;
    out[1] = 0;
    for (let k = 1; k <= 3; k++) {
      const r = BEALE_C[k - 1] - x + x * y ** k;
      out[0] += 2 * r * (y ** k - 1);
      out[1] += 2 * r * k * x * y ** (k - 1);
    }
    return out;
  },
  minimum: [3, 0.5],
  minimumValue: 0,
  view: { x: [-4.5, 4.5], y: [-4.5, 4.5] },
  start: [1, 1.5],
};

/** The global minimum of the two-minima bowl: the smallest root of 4θ₁³ − 4θ₁ + 0.3 = 0, by Newton's method. */
function twoMinimaRoot(): number {
  let x = -1;
  for (let k = 0; k < 50; k++) x -= (4 * x ** 3 - 4 * x + 0.3) / (12 * x * x - 4);
  return x;
}
const TWO_MINIMA_X = twoMinimaRoot();
const twoMinimaValue = (x: number, y: number) => (x * x - 1) ** 2 + y * y + 0.3 * x;
const twoMinima: RaceSurface = {
  id: 'two-minima',
  value: (t) => {
    const [x, y] = xy(t);
    return twoMinimaValue(x, y);
  },
  gradient(t, out) {
    const [x, y] = xy(t);
    out[0] = 4 * x * (x * x - 1) + 0.3;
    out[1] = 2 * y;
    return out;
  },
  minimum: [TWO_MINIMA_X, 0],
  minimumValue: twoMinimaValue(TWO_MINIMA_X, 0),
  view: { x: [-2, 2], y: [-1.5, 1.5] },
  // On the side of the shallower minimum: who rolls through to the deeper one?
  start: [1.8, 1],
};

const plateau: RaceSurface = {
  id: 'plateau',
  value: (t) => {
    const [x, y] = xy(t);
    return 1 - Math.exp(-(x * x + y * y) / 2);
  },
  gradient(t, out) {
    const [x, y] = xy(t);
    const e = Math.exp(-(x * x + y * y) / 2);
    out[0] = x * e;
    out[1] = y * e;
    return out;
  },
  minimum: [0, 0],
  minimumValue: 0,
  view: { x: [-5, 5], y: [-5, 5] },
  start: [4, 3],
};

/** The race surface with this id (the valley with condition number κ). */
export function raceSurface(id: RaceSurfaceId, kappa = 10): RaceSurface {
  switch (id) {
    case 'valley':
      return raceValley(kappa);
    case 'rosenbrock':
      return rosenbrock;
    case 'saddle':
      return saddle;
    case 'beale':
      return beale;
    case 'two-minima':
      return twoMinima;
    case 'plateau':
      return plateau;
    default:
      throw new RangeError(`unknown race surface "${String(id)}"; expected one of ${RACE_SURFACE_IDS.join(', ')}`);
  }
}
