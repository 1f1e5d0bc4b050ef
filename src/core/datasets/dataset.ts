/**
 * A dataset: inputs x (one row per example) and targets y (one row per example, the same order).
 * Classification targets are either one column of 0/1 ('binary', two classes) or one column per
 * class with a single 1 ('one-hot').
 */
import { createMatrix, gatherRows, type Matrix } from '../matrix';

export interface Dataset {
  /** examples × features */
  readonly x: Matrix;
  /** examples × targets */
  readonly y: Matrix;
}

/** 'binary': y is one 0/1 column (two classes only); 'one-hot': y has one column per class. */
export type LabelEncoding = 'binary' | 'one-hot';

/** Throws a RangeError unless `value` is an integer ≥ min. */
export function requireInteger(name: string, value: number, min: number): void {
  if (!Number.isInteger(value) || value < min) {
    throw new RangeError(`${name} must be an integer >= ${min}, got ${String(value)}`);
  }
}

/** Throws a RangeError unless `value` is finite and ≥ 0. */
export function requireNonNegative(name: string, value: number): void {
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(`${name} must be a finite number >= 0, got ${String(value)}`);
  }
}

/** Throws a RangeError unless `value` is finite. */
export function requireFinite(name: string, value: number): void {
  if (!Number.isFinite(value)) throw new RangeError(`${name} must be a finite number, got ${String(value)}`);
}

/** The rows `indices` of `m`, in that order, as a new matrix. */
export function selectRows(m: Matrix, indices: ArrayLike<number>): Matrix {
  for (let k = 0; k < indices.length; k++) {
    const row = indices[k];
    if (!Number.isInteger(row) || row < 0 || row >= m.rows) {
      throw new RangeError(`row index ${row} is outside 0..${m.rows - 1}`);
    }
  }
  const out = createMatrix(indices.length, m.cols);
  gatherRows(m, indices, 0, indices.length, out);
  return out;
}

/** The rows `indices` of both x and y. */
export function selectExamples(dataset: Dataset, indices: ArrayLike<number>): Dataset {
  return { x: selectRows(dataset.x, indices), y: selectRows(dataset.y, indices) };
}
