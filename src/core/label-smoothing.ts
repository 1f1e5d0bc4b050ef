/**
 * Label smoothing (Szegedy et al., 2016): a one-hot target y over K classes softened to
 *
 *   y_smooth = (1 − ε)·y + ε/K
 *
 * so the correct class gets 1 − ε + ε/K and every other class ε/K; the entries still sum to 1.
 * Cross-entropy against y_smooth no longer rewards pushing the correct probability all the way to 1.
 */

/** (1 − ε)·y + ε/K for a target y of K entries; ε in [0, 1]. */
export function smoothLabels(target: ArrayLike<number>, epsilon: number): Float64Array {
  if (!(epsilon >= 0 && epsilon <= 1)) throw new RangeError(`label smoothing ε must be in [0, 1], got ${epsilon}`);
  const k = target.length;
  return Float64Array.from(target, (y) => (1 - epsilon) * y + epsilon / k);
}
