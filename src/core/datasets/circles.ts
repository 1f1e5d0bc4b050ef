/**
 * Concentric circles: class c lies on the circle of radius r_c = 1 − c·(1 − factor)/(classes − 1)
 * about the origin (class 0 outermost at radius 1, the last class at radius `factor`), its points at
 * evenly spaced angles φ_i = 2π·i/size. Not linearly separable.
 */
import type { Rng } from '../random';
import type { Dataset } from './dataset';
import { buildClassification, type ClassificationOptions } from './classification';

export interface CirclesOptions extends ClassificationOptions {
  /** Number of rings (classes); default 2. */
  classes?: number;
  /** Radius of the innermost ring, 0 < factor < 1; default 0.5 (as scikit-learn's make_circles is often used). */
  factor?: number;
}

export function makeCircles(options: CirclesOptions, rng: Rng): Dataset {
  const { classes = 2, factor = 0.5 } = options;
  if (!(Number.isFinite(factor) && factor > 0 && factor < 1)) {
    throw new RangeError(`factor must be a number with 0 < factor < 1, got ${String(factor)}`);
  }
  return buildClassification(options, classes, rng, (c, i, size, point) => {
    const radius = 1 - (c * (1 - factor)) / (classes - 1);
    const angle = (2 * Math.PI * i) / size;
    point[0] = radius * Math.cos(angle);
    point[1] = radius * Math.sin(angle);
  });
}
