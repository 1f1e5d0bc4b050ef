import type { Matrix } from '../../../../src/core/matrix';
import { classOf } from '../../../../src/core/datasets';

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
