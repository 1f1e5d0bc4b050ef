/**
 * Interleaved spirals (two by default: the classic "two spirals"). Arm c is the curve
 *   r(s) = s,   φ(s) = 2π·turns·s + 2π·c/classes,   s ∈ (0, 1],
 * i.e. the point (s·cos φ(s), s·sin φ(s)); its points sit at s_i = (i + 1)/size. With two classes
 * the second arm is the first turned by π.
 */
import type { Rng } from '../random';
import type { Dataset } from './dataset';
import { buildClassification, type ClassificationOptions } from './classification';

export interface SpiralsOptions extends ClassificationOptions {
  /** Number of arms (classes); default 2. */
  classes?: number;
  /** Turns of each arm from the centre to radius 1; default 1.75 (TensorFlow Playground's spiral). */
  turns?: number;
}

export function makeSpirals(options: SpiralsOptions, rng: Rng): Dataset {
  const { classes = 2, turns = 1.75 } = options;
  if (!(Number.isFinite(turns) && turns > 0)) {
    throw new RangeError(`turns must be a finite number > 0, got ${String(turns)}`);
  }
  return buildClassification(options, classes, rng, (c, i, size, point) => {
    const s = (i + 1) / size;
    const angle = 2 * Math.PI * turns * s + (2 * Math.PI * c) / classes;
    point[0] = s * Math.cos(angle);
    point[1] = s * Math.sin(angle);
  });
}
