/** Class labels: balanced class sizes, writing a class as a target row, reading it back. */
import type { Matrix } from '../matrix';
import type { LabelEncoding } from './dataset';

/**
 * Sizes of `classes` classes sharing n examples as evenly as possible: n // classes each, and one more
 * for the first n mod classes classes.
 */
export function classSizes(n: number, classes: number): number[] {
  const base = Math.floor(n / classes);
  const extra = n % classes;
  return Array.from({ length: classes }, (_, c) => base + (c < extra ? 1 : 0));
}

/** The encoding to use: the one given, else 'binary' for two classes and 'one-hot' for more. */
export function resolveEncoding(classes: number, labels: LabelEncoding | undefined): LabelEncoding {
  const encoding = labels ?? (classes === 2 ? 'binary' : 'one-hot');
  if (encoding === 'binary' && classes !== 2) {
    throw new RangeError(`labels 'binary' needs exactly 2 classes, got ${classes}; use 'one-hot'`);
  }
  if (encoding !== 'binary' && encoding !== 'one-hot') {
    throw new RangeError(`labels must be 'binary' or 'one-hot', got '${String(encoding)}'`);
  }
  return encoding;
}

/** Number of target columns: 1 for binary, `classes` for one-hot. */
export function labelColumns(classes: number, encoding: LabelEncoding): number {
  return encoding === 'binary' ? 1 : classes;
}

/** Writes class `c` into row `row` of y (which is zero there): y = c (binary) or y[c] = 1 (one-hot). */
export function writeLabel(y: Matrix, row: number, c: number, encoding: LabelEncoding): void {
  if (encoding === 'binary') y.data[row] = c;
  else y.data[row * y.cols + c] = 1;
}

/**
 * The class of row `row` of a target matrix: the 0/1 value of a single column (≥ 0.5 counts as 1), or
 * the index of the largest entry of a one-hot row (the first, on a tie).
 */
export function classOf(y: Matrix, row: number): number {
  if (y.cols === 1) return y.data[row] >= 0.5 ? 1 : 0;
  let best = 0;
  const offset = row * y.cols;
  for (let c = 1; c < y.cols; c++) if (y.data[offset + c] > y.data[offset + best]) best = c;
  return best;
}
