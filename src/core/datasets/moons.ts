/**
 * Two interleaving half circles (scikit-learn's make_moons), two classes:
 *   class 0: (cos t, sin t),            t ∈ [0, π]
 *   class 1: (1 − cos t, 1/2 − sin t),  t ∈ [0, π]
 * with t evenly spaced, ends included: t_i = π·i/(size − 1).
 */
import type { Rng } from '../random';
import type { Dataset } from './dataset';
import { buildClassification, type ClassificationOptions } from './classification';

export function makeMoons(options: ClassificationOptions, rng: Rng): Dataset {
  return buildClassification(options, 2, rng, (c, i, size, point) => {
    const t = size === 1 ? 0 : (Math.PI * i) / (size - 1);
    if (c === 0) {
      point[0] = Math.cos(t);
      point[1] = Math.sin(t);
    } else {
      point[0] = 1 - Math.cos(t);
      point[1] = 0.5 - Math.sin(t);
    }
  });
}
