/**
 * Dense row-major matrices over Float64Array, and the kernels a dense network needs.
 *
 * Layout: entry (r, c) is `data[r * cols + c]`. A weight matrix W has one row per unit of its layer
 * and one column per input, so W[j][i] (data[j * inputs + i]) connects input i to unit j.
 * A batch of examples is a matrix with one row per example.
 *
 * Kernels write into caller-provided outputs and allocate nothing; they check shapes (a few integer
 * comparisons per call) and throw RangeError on a mismatch.
 */

export interface Matrix {
  readonly rows: number;
  readonly cols: number;
  /** rows × cols entries, row-major. */
  readonly data: Float64Array;
}

/** A rows × cols matrix of zeros. */
export function createMatrix(rows: number, cols: number): Matrix {
  if (!Number.isInteger(rows) || !Number.isInteger(cols) || rows < 0 || cols < 0) {
    throw new RangeError(`matrix shape must be non-negative integers, got ${rows}×${cols}`);
  }
  return { rows, cols, data: new Float64Array(rows * cols) };
}

/** A matrix over existing storage (no copy); `data.length` must be rows × cols. */
export function matrixView(rows: number, cols: number, data: Float64Array): Matrix {
  if (data.length !== rows * cols) {
    throw new RangeError(`matrix view ${rows}×${cols} needs ${rows * cols} entries, got ${data.length}`);
  }
  return { rows, cols, data };
}

/** A matrix from an array of equal-length rows (copied). */
export function fromRows(values: readonly (readonly number[])[]): Matrix {
  const rows = values.length;
  const cols = rows === 0 ? 0 : values[0].length;
  const m = createMatrix(rows, cols);
  for (let r = 0; r < rows; r++) {
    const row = values[r];
    if (row.length !== cols) {
      throw new RangeError(`row ${r} has ${row.length} entries, expected ${cols}`);
    }
    for (let c = 0; c < cols; c++) m.data[r * cols + c] = row[c];
  }
  return m;
}

/** The matrix as plain nested arrays (copied). */
export function toRows(m: Matrix): number[][] {
  const out: number[][] = [];
  for (let r = 0; r < m.rows; r++) out.push(Array.from(m.data.subarray(r * m.cols, (r + 1) * m.cols)));
  return out;
}

/** A copy with its own storage. */
export function cloneMatrix(m: Matrix): Matrix {
  return { rows: m.rows, cols: m.cols, data: m.data.slice() };
}

function checkShape(m: Matrix, rows: number, cols: number, what: string): void {
  if (m.rows !== rows || m.cols !== cols) {
    throw new RangeError(`${what}: expected ${rows}×${cols}, got ${m.rows}×${m.cols}`);
  }
}

/**
 * Batched dense forward pass: out = X·Wᵀ + b, i.e. out[r][j] = b[j] + Σᵢ X[r][i]·W[j][i].
 * X: batch × in, W: units × in, b: length units, out: batch × units.
 */
export function denseForward(x: Matrix, weights: Matrix, bias: Float64Array, out: Matrix): void {
  const batch = x.rows;
  const inputs = x.cols;
  const units = weights.rows;
  checkShape(weights, units, inputs, 'denseForward weights');
  checkShape(out, batch, units, 'denseForward out');
  if (bias.length !== units) throw new RangeError(`denseForward bias: expected ${units}, got ${bias.length}`);
  const X = x.data;
  const W = weights.data;
  const O = out.data;
  for (let r = 0; r < batch; r++) {
    const xRow = r * inputs;
    const oRow = r * units;
    for (let j = 0; j < units; j++) {
      const wRow = j * inputs;
      let sum = bias[j];
      for (let i = 0; i < inputs; i++) sum += X[xRow + i] * W[wRow + i];
      O[oRow + j] = sum;
    }
  }
}

/**
 * out = Aᵀ·B, or out += Aᵀ·B when `accumulate`. A: m × p, B: m × q, out: p × q.
 * With A = δ (batch × units) and B = X (batch × in) this is the weight gradient ∂E/∂W = δᵀ·X.
 */
export function multiplyTransposeA(a: Matrix, b: Matrix, out: Matrix, accumulate = false): void {
  const m = a.rows;
  const p = a.cols;
  const q = b.cols;
  if (b.rows !== m) throw new RangeError(`multiplyTransposeA: A has ${m} rows, B has ${b.rows}`);
  checkShape(out, p, q, 'multiplyTransposeA out');
  const A = a.data;
  const B = b.data;
  const O = out.data;
  if (!accumulate) O.fill(0);
  for (let r = 0; r < m; r++) {
    const aRow = r * p;
    const bRow = r * q;
    for (let j = 0; j < p; j++) {
      const coefficient = A[aRow + j];
      if (coefficient === 0) continue;
      const oRow = j * q;
      for (let i = 0; i < q; i++) O[oRow + i] += coefficient * B[bRow + i];
    }
  }
}

/**
 * out = A·B. A: m × p, B: p × q, out: m × q.
 * With A = δ (batch × units) and B = W (units × in) this is ∂E/∂input = δ·W, the δ passed back.
 */
export function multiply(a: Matrix, b: Matrix, out: Matrix): void {
  const m = a.rows;
  const p = a.cols;
  const q = b.cols;
  if (b.rows !== p) throw new RangeError(`multiply: A is ${m}×${p}, B is ${b.rows}×${q}`);
  checkShape(out, m, q, 'multiply out');
  const A = a.data;
  const B = b.data;
  const O = out.data;
  O.fill(0);
  for (let r = 0; r < m; r++) {
    const aRow = r * p;
    const oRow = r * q;
    for (let j = 0; j < p; j++) {
      const coefficient = A[aRow + j];
      if (coefficient === 0) continue;
      const bRow = j * q;
      for (let i = 0; i < q; i++) O[oRow + i] += coefficient * B[bRow + i];
    }
  }
}

/**
 * Column sums: out[c] = Σ_r A[r][c], or out[c] += … when `accumulate`. out: length A.cols.
 * With A = δ this is the bias gradient ∂E/∂b.
 */
export function sumRows(a: Matrix, out: Float64Array, accumulate = false): void {
  const rows = a.rows;
  const cols = a.cols;
  if (out.length !== cols) throw new RangeError(`sumRows out: expected ${cols}, got ${out.length}`);
  const A = a.data;
  if (!accumulate) out.fill(0);
  for (let r = 0; r < rows; r++) {
    const row = r * cols;
    for (let c = 0; c < cols; c++) out[c] += A[row + c];
  }
}

/**
 * Copies the listed rows of `source` into the first `count` rows of `out` (a batch gathered by index).
 * out: at least count × source.cols.
 */
export function gatherRows(
  source: Matrix,
  indices: ArrayLike<number>,
  start: number,
  count: number,
  out: Matrix,
): void {
  const cols = source.cols;
  if (out.cols !== cols || out.rows < count) {
    throw new RangeError(`gatherRows out: expected ≥${count}×${cols}, got ${out.rows}×${out.cols}`);
  }
  const S = source.data;
  const O = out.data;
  for (let k = 0; k < count; k++) {
    const from = indices[start + k] * cols;
    const to = k * cols;
    for (let c = 0; c < cols; c++) O[to + c] = S[from + c];
  }
}
