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

/*
 * The three products below are register-blocked: four rows of the batch times two columns of the
 * result at a time, so each loaded number feeds several multiply-adds (about 2× a plain triple loop
 * in V8). Every entry is still one sum taken in index order, as the doc comments state.
 */

/**
 * Batched dense forward pass: out = X·Wᵀ + b, i.e. out[r][j] = (Σᵢ X[r][i]·W[j][i]) + b[j], the sum
 * taken in order i = 0, 1, …. X: batch × in, W: units × in, b: length units, out: batch × units.
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
  let r = 0;
  for (; r + 3 < batch; r += 4) {
    const x0 = r * inputs;
    const x1 = x0 + inputs;
    const x2 = x1 + inputs;
    const x3 = x2 + inputs;
    const o0 = r * units;
    const o1 = o0 + units;
    const o2 = o1 + units;
    const o3 = o2 + units;
    let j = 0;
    for (; j + 1 < units; j += 2) {
      const w = j * inputs;
      const v = w + inputs;
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0, t0 = 0, t1 = 0, t2 = 0, t3 = 0;
      for (let i = 0; i < inputs; i++) {
        const wi = W[w + i];
        const vi = W[v + i];
        const a0 = X[x0 + i], a1 = X[x1 + i], a2 = X[x2 + i], a3 = X[x3 + i];
        s0 += a0 * wi;
        s1 += a1 * wi;
        s2 += a2 * wi;
        s3 += a3 * wi;
        t0 += a0 * vi;
        t1 += a1 * vi;
        t2 += a2 * vi;
        t3 += a3 * vi;
      }
      const b = bias[j];
      const c = bias[j + 1];
      O[o0 + j] = s0 + b;
      O[o1 + j] = s1 + b;
      O[o2 + j] = s2 + b;
      O[o3 + j] = s3 + b;
      O[o0 + j + 1] = t0 + c;
      O[o1 + j + 1] = t1 + c;
      O[o2 + j + 1] = t2 + c;
      O[o3 + j + 1] = t3 + c;
    }
    if (j < units) {
      const w = j * inputs;
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
      for (let i = 0; i < inputs; i++) {
        const wi = W[w + i];
        s0 += X[x0 + i] * wi;
        s1 += X[x1 + i] * wi;
        s2 += X[x2 + i] * wi;
        s3 += X[x3 + i] * wi;
      }
      const b = bias[j];
      O[o0 + j] = s0 + b;
      O[o1 + j] = s1 + b;
      O[o2 + j] = s2 + b;
      O[o3 + j] = s3 + b;
    }
  }
  for (; r < batch; r++) {
    const x0 = r * inputs;
    for (let j = 0; j < units; j++) {
      const w = j * inputs;
      let s = 0;
      for (let i = 0; i < inputs; i++) s += X[x0 + i] * W[w + i];
      O[r * units + j] = s + bias[j];
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
  let r = 0;
  for (; r + 3 < m; r += 4) {
    const b0 = r * q;
    const b1 = b0 + q;
    const b2 = b1 + q;
    const b3 = b2 + q;
    const a0 = r * p;
    const a1 = a0 + p;
    const a2 = a1 + p;
    const a3 = a2 + p;
    let j = 0;
    for (; j + 1 < p; j += 2) {
      const c0 = A[a0 + j], c1 = A[a1 + j], c2 = A[a2 + j], c3 = A[a3 + j];
      const d0 = A[a0 + j + 1], d1 = A[a1 + j + 1], d2 = A[a2 + j + 1], d3 = A[a3 + j + 1];
      const o = j * q;
      const e = o + q;
      for (let i = 0; i < q; i++) {
        const x0 = B[b0 + i], x1 = B[b1 + i], x2 = B[b2 + i], x3 = B[b3 + i];
        O[o + i] += c0 * x0 + c1 * x1 + c2 * x2 + c3 * x3;
        O[e + i] += d0 * x0 + d1 * x1 + d2 * x2 + d3 * x3;
      }
    }
    if (j < p) {
      const c0 = A[a0 + j], c1 = A[a1 + j], c2 = A[a2 + j], c3 = A[a3 + j];
      const o = j * q;
      for (let i = 0; i < q; i++) O[o + i] += c0 * B[b0 + i] + c1 * B[b1 + i] + c2 * B[b2 + i] + c3 * B[b3 + i];
    }
  }
  for (; r < m; r++) {
    const b0 = r * q;
    for (let j = 0; j < p; j++) {
      const c0 = A[r * p + j];
      const o = j * q;
      for (let i = 0; i < q; i++) O[o + i] += c0 * B[b0 + i];
    }
  }
}

/**
 * out = A·B, out[r][i] = Σ_j A[r][j]·B[j][i] (sum in order j = 0, 1, …). A: m × p, B: p × q, out: m × q.
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
  let r = 0;
  for (; r + 3 < m; r += 4) {
    const a0 = r * p;
    const a1 = a0 + p;
    const a2 = a1 + p;
    const a3 = a2 + p;
    const o0 = r * q;
    const o1 = o0 + q;
    const o2 = o1 + q;
    const o3 = o2 + q;
    let i = 0;
    for (; i + 1 < q; i += 2) {
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0, t0 = 0, t1 = 0, t2 = 0, t3 = 0;
      let k = i;
      for (let j = 0; j < p; j++) {
        const e = B[k];
        const f = B[k + 1];
        const c0 = A[a0 + j], c1 = A[a1 + j], c2 = A[a2 + j], c3 = A[a3 + j];
        s0 += c0 * e;
        s1 += c1 * e;
        s2 += c2 * e;
        s3 += c3 * e;
        t0 += c0 * f;
        t1 += c1 * f;
        t2 += c2 * f;
        t3 += c3 * f;
        k += q;
      }
      O[o0 + i] = s0;
      O[o1 + i] = s1;
      O[o2 + i] = s2;
      O[o3 + i] = s3;
      O[o0 + i + 1] = t0;
      O[o1 + i + 1] = t1;
      O[o2 + i + 1] = t2;
      O[o3 + i + 1] = t3;
    }
    if (i < q) {
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
      let k = i;
      for (let j = 0; j < p; j++) {
        const e = B[k];
        s0 += A[a0 + j] * e;
        s1 += A[a1 + j] * e;
        s2 += A[a2 + j] * e;
        s3 += A[a3 + j] * e;
        k += q;
      }
      O[o0 + i] = s0;
      O[o1 + i] = s1;
      O[o2 + i] = s2;
      O[o3 + i] = s3;
    }
  }
  for (; r < m; r++) {
    const a0 = r * p;
    for (let i = 0; i < q; i++) {
      let s = 0;
      let k = i;
      for (let j = 0; j < p; j++) {
        s += A[a0 + j] * B[k];
        k += q;
      }
      O[r * q + i] = s;
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
  const end = rows * cols;
  // Column-outer with a local sum: the inner loop is long even when cols is 1–16, and each column
  // is still added in row order, so the result is the same to the bit.
  for (let c = 0; c < cols; c++) {
    let sum = accumulate ? out[c] : 0;
    for (let k = c; k < end; k += cols) sum += A[k];
    out[c] = sum;
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
