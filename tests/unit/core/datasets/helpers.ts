import type { Matrix } from '../../../../src/core/matrix';
import { classOf, type Dataset } from '../../../../src/core/datasets';
import { createRng } from '../../../../src/core/random';

/** Examples per class, by the class each target row encodes. */
export function countClasses(y: Matrix, classes: number): number[] {
  const counts = new Array<number>(classes).fill(0);
  for (let row = 0; row < y.rows; row++) counts[classOf(y, row)]++;
  return counts;
}

/** Row `row` of x as [x₁, x₂]. */
export function pointAt(x: Matrix, row: number): [number, number] {
  return [x.data[row * x.cols], x.data[row * x.cols + 1]];
}

/**
 * A seeded 2-D classification set as classification.ts's recipe says it must be, built here from the
 * generator itself: the noise-free points in class order (`clean`: noise 0, shuffle false), each
 * coordinate plus a N(0, noise²) draw of createRng(seed) (row by row, x₁ then x₂), then the rows in
 * the order of that generator's next shuffle. Row-major x and y.
 */
export function seededRecipe(clean: Dataset, noise: number, seed: number): { x: number[]; y: number[] } {
  const rng = createRng(seed);
  const noisy = Array.from(clean.x.data, (v) => v + rng.normal(0, noise));
  const order = rng.shuffle(Array.from({ length: clean.x.rows }, (_, k) => k));
  const rowOf = (data: ArrayLike<number>, cols: number, row: number) => Array.from({ length: cols }, (_, c) => data[row * cols + c]);
  return {
    x: order.flatMap((row) => rowOf(noisy, 2, row)),
    y: order.flatMap((row) => rowOf(clean.y.data, clean.y.cols, row)),
  };
}
