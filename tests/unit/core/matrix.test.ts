import { describe, expect, it } from 'vitest';
import {
  cloneMatrix,
  createMatrix,
  denseForward,
  fromRows,
  gatherRows,
  matrixView,
  multiply,
  multiplyTransposeA,
  sumRows,
  toRows,
} from '../../../src/core/matrix';

describe('matrix construction', () => {
  it('createMatrix(2, 3) is a 2×3 matrix of zeros', () => {
    const m = createMatrix(2, 3);
    expect([m.rows, m.cols]).toEqual([2, 3]);
    expect(Array.from(m.data)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('fromRows([[1, 2], [3, 4]]) is row-major and toRows() gives it back', () => {
    const m = fromRows([
      [1, 2],
      [3, 4],
    ]);
    expect(Array.from(m.data)).toEqual([1, 2, 3, 4]);
    expect(toRows(m)).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  it('fromRows() rejects ragged rows; createMatrix() rejects negative sizes', () => {
    expect(() => fromRows([[1, 2], [3]])).toThrow(/row 1 has 1 entries, expected 2/);
    expect(() => createMatrix(-1, 2)).toThrow(RangeError);
  });

  it('matrixView() shares storage; cloneMatrix() does not', () => {
    const storage = new Float64Array(6);
    const view = matrixView(2, 3, storage);
    view.data[4] = 7;
    expect(storage[4]).toBe(7);
    const copy = cloneMatrix(view);
    copy.data[4] = 1;
    expect(storage[4]).toBe(7);
    expect(() => matrixView(2, 2, storage)).toThrow(/needs 4 entries/);
  });
});

describe('kernels', () => {
  // X (2×3), W (2 units × 3 inputs), b (2)
  const x = fromRows([
    [1, 2, 3],
    [4, 5, 6],
  ]);
  const w = fromRows([
    [0.1, 0.2, 0.3],
    [-1, 0, 1],
  ]);
  const b = new Float64Array([0.5, -0.5]);

  it('denseForward(X, W, b, out) computes X·Wᵀ + b', () => {
    // row 1: 0.1·1 + 0.2·2 + 0.3·3 + 0.5 = 1.9;  −1·1 + 0 + 1·3 − 0.5 = 1.5
    // row 2: 0.1·4 + 0.2·5 + 0.3·6 + 0.5 = 3.7;  −4 + 0 + 6 − 0.5 = 1.5
    const out = createMatrix(2, 2);
    denseForward(x, w, b, out);
    expect(Array.from(out.data)).toEqual([
      expect.closeTo(1.9, 12),
      expect.closeTo(1.5, 12),
      expect.closeTo(3.7, 12),
      expect.closeTo(1.5, 12),
    ]);
  });

  it('multiplyTransposeA(δ, X, gradW) computes δᵀ·X, and accumulates when asked', () => {
    // δ = [[1, 0], [2, −1]] (batch 2 × units 2). δᵀX row 1: 1·[1,2,3] + 2·[4,5,6] = [9, 12, 15];
    // row 2: 0·[1,2,3] − 1·[4,5,6] = [−4, −5, −6].
    const delta = fromRows([
      [1, 0],
      [2, -1],
    ]);
    const grad = createMatrix(2, 3);
    grad.data.fill(100);
    multiplyTransposeA(delta, x, grad);
    expect(toRows(grad)).toEqual([
      [9, 12, 15],
      [-4, -5, -6],
    ]);
    multiplyTransposeA(delta, x, grad, true);
    expect(toRows(grad)).toEqual([
      [18, 24, 30],
      [-8, -10, -12],
    ]);
  });

  it('multiply(δ, W, out) computes δ·W (the δ passed to the previous layer)', () => {
    // [1, 0]·W = [0.1, 0.2, 0.3];  [2, −1]·W = [0.2 + 1, 0.4, 0.6 − 1] = [1.2, 0.4, −0.4]
    const delta = fromRows([
      [1, 0],
      [2, -1],
    ]);
    const out = createMatrix(2, 3);
    multiply(delta, w, out);
    const rows = toRows(out);
    expect(rows[0]).toEqual([0.1, 0.2, 0.3]);
    expect(rows[1][0]).toBeCloseTo(1.2, 12);
    expect(rows[1][1]).toBeCloseTo(0.4, 12);
    expect(rows[1][2]).toBeCloseTo(-0.4, 12);
  });

  it('sumRows(X, out) gives column sums (the bias gradient Σ δ)', () => {
    const out = new Float64Array(3);
    sumRows(x, out);
    expect(Array.from(out)).toEqual([5, 7, 9]);
    sumRows(x, out, true);
    expect(Array.from(out)).toEqual([10, 14, 18]);
  });

  it('gatherRows(X, [1, 0], 0, 2, out) copies rows in the given order', () => {
    const out = createMatrix(2, 3);
    gatherRows(x, [1, 0], 0, 2, out);
    expect(toRows(out)).toEqual([
      [4, 5, 6],
      [1, 2, 3],
    ]);
  });

  it('kernels reject mismatched shapes', () => {
    expect(() => denseForward(x, w, b, createMatrix(2, 3))).toThrow(RangeError);
    expect(() => multiply(x, x, createMatrix(2, 3))).toThrow(RangeError);
    expect(() => multiplyTransposeA(x, createMatrix(3, 3), createMatrix(3, 3))).toThrow(RangeError);
    expect(() => sumRows(x, new Float64Array(2))).toThrow(RangeError);
  });
});
