/**
 * How many steps an optimizer needs, by one stated criterion: the first step t from which the loss
 * stays below a threshold — J(θ_s) < threshold for every s ≥ t (checked up to a horizon). "First
 * below" would flatter momentum, whose path crosses the minimum and climbs out again; "stays below"
 * counts the step after its last excursion. The optimizers chapter quotes these counts, computed at
 * build time (content/…/optimizers.mdx).
 */
import { descentPath } from './descent-path';
import type { Optimizer } from './optimizers/types';
import type { Surface2d } from './surfaces';

/** The counts are checked this far: every path the chapter quotes has long settled by then. */
export const SETTLE_HORIZON = 5000;

/** The first t with J(θ_s) < threshold for all t ≤ s ≤ horizon, or null if J is not below it at the horizon. */
export function stepsToSettle(surface: Surface2d, optimizer: Optimizer, theta0: ArrayLike<number>, threshold: number, horizon = SETTLE_HORIZON): number | null {
  if (!(threshold > 0)) throw new RangeError(`stepsToSettle: threshold must be > 0, got ${threshold}`);
  const { losses } = descentPath(surface, optimizer, theta0, horizon);
  let t = losses.length;
  while (t > 0 && losses[t - 1] < threshold) t--;
  return t === losses.length ? null : t;
}
