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
  type Matrix,
} from '../../../src/core/matrix';
import { createRng, type Rng } from '../../../src/core/random';

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

/*
 * The kernels are register-blocked (four batch rows × two result columns at a time) with remainder
 * loops for the rest; the 2-row examples above only reach the remainder loops. Here every kernel is
 * compared with a plain triple loop written from its doc comment, on random shapes: batch sizes that
 * are and are not multiples of 4, odd and even column counts, six seeds.
 */
describe('kernels against a naive triple loop, on random shapes', () => {
  const randomMatrix = (rows: number, cols: number, rng: Rng): Matrix => {
    const m = createMatrix(rows, cols);
    for (let k = 0; k < m.data.length; k++) m.data[k] = rng.uniform(-2, 2);
    return m;
  };
  const at = (m: Matrix, r: number, c: number) => m.data[r * m.cols + c];

  /** out[r][j] = (Σᵢ X[r][i]·W[j][i]) + b[j], the sum in order i = 0, 1, … */
  function naiveDenseForward(x: Matrix, w: Matrix, b: Float64Array): number[] {
    const out: number[] = [];
    for (let r = 0; r < x.rows; r++) {
      for (let j = 0; j < w.rows; j++) {
        let sum = 0;
        for (let i = 0; i < x.cols; i++) sum += at(x, r, i) * at(w, j, i);
        out.push(sum + b[j]);
      }
    }
    return out;
  }
  /** out[r][i] = Σ_j A[r][j]·B[j][i], the sum in order j = 0, 1, … */
  function naiveMultiply(a: Matrix, b: Matrix): number[] {
    const out: number[] = [];
    for (let r = 0; r < a.rows; r++) {
      for (let i = 0; i < b.cols; i++) {
        let sum = 0;
        for (let j = 0; j < a.cols; j++) sum += at(a, r, j) * at(b, j, i);
        out.push(sum);
      }
    }
    return out;
  }
  /** out[j][i] = start[j][i] + Σ_r A[r][j]·B[r][i] */
  function naiveTransposeA(a: Matrix, b: Matrix, start: Float64Array): number[] {
    const out: number[] = [];
    for (let j = 0; j < a.cols; j++) {
      for (let i = 0; i < b.cols; i++) {
        let sum = 0;
        for (let r = 0; r < a.rows; r++) sum += at(a, r, j) * at(b, r, i);
        out.push(start[j * b.cols + i] + sum);
      }
    }
    return out;
  }

  const BATCHES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 17];
  /** For each of six seeds, every batch size with random inner and outer sizes; `rng` then fills the matrices. */
  const SHAPES = [1, 2, 3, 4, 5, 6].flatMap((seed) => {
    const sizes = createRng(seed);
    return BATCHES.map((batch) => ({ seed, batch, inner: 1 + sizes.int(9), outer: 1 + sizes.int(7) }));
  });
  const shapes = () => SHAPES.map((shape) => ({ ...shape, rng: createRng(1000 * shape.seed + shape.batch) }));

  it('the shapes reach every block and remainder: batch mod 4 = 0, 1, 2, 3 each with odd and even column counts', () => {
    const reached = new Set(SHAPES.map(({ batch, outer }) => `${batch % 4}/${outer % 2}`));
    expect([...reached].sort()).toEqual(['0/0', '0/1', '1/0', '1/1', '2/0', '2/1', '3/0', '3/1']);
  });

  it('denseForward(X, W, b) equals the naive loop to the bit (same sums, same order)', () => {
    for (const { seed, batch, inner, outer, rng } of shapes()) {
      const x = randomMatrix(batch, inner, rng);
      const w = randomMatrix(outer, inner, rng);
      const b = randomMatrix(1, outer, rng).data;
      const out = createMatrix(batch, outer);
      out.data.fill(Number.NaN);
      denseForward(x, w, b, out);
      expect(Array.from(out.data), `seed ${seed}: X ${batch}×${inner}, W ${outer}×${inner}`).toEqual(naiveDenseForward(x, w, b));
    }
  });

  it('multiply(A, B) equals the naive loop to the bit (same sums, same order)', () => {
    for (const { seed, batch, inner, outer, rng } of shapes()) {
      const a = randomMatrix(batch, inner, rng);
      const b = randomMatrix(inner, outer, rng);
      const out = createMatrix(batch, outer);
      out.data.fill(Number.NaN);
      multiply(a, b, out);
      expect(Array.from(out.data), `seed ${seed}: A ${batch}×${inner}, B ${inner}×${outer}`).toEqual(naiveMultiply(a, b));
    }
  });

  it('multiplyTransposeA(A, B) equals the naive loop to 1e-12 (it adds four rows of products at a time), fresh and accumulated', () => {
    for (const { seed, batch, inner, outer, rng } of shapes()) {
      const a = randomMatrix(batch, outer, rng);
      const b = randomMatrix(batch, inner, rng);
      const start = randomMatrix(outer, inner, rng).data;
      for (const accumulate of [false, true]) {
        const out = createMatrix(outer, inner);
        out.data.set(start);
        multiplyTransposeA(a, b, out, accumulate);
        const expected = naiveTransposeA(a, b, accumulate ? start : new Float64Array(start.length));
        const off = expected.findIndex((value, k) => !(Math.abs(out.data[k] - value) <= 1e-12 * (1 + Math.abs(value))));
        expect(off, `seed ${seed}: A ${batch}×${outer}, B ${batch}×${inner}, accumulate ${accumulate}: first entry off`).toBe(-1);
      }
    }
  });
});
