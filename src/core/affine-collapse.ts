/**
 * Two affine layers with no activation between them are one affine layer (chapter 3, "Two layers
 * collapse into one"):
 *
 *   h = W₁x + b₁,  y = W₂h + b₂   ⇒   y = W₂(W₁x + b₁) + b₂ = (W₂W₁)x + (W₂b₁ + b₂) = Ax + c
 *
 * W₁ is units₁ × inputs, W₂ is units₂ × units₁ (row j of W holds unit j's weights, as the dense layer
 * stores them), so A = W₂W₁ is units₂ × inputs and c = W₂b₁ + b₂ has units₂ entries. Pure.
 */
import { createMatrix, multiply, type Matrix } from './matrix';

export interface AffineMap {
  /** A = W₂W₁: units₂ × inputs. */
  readonly a: Matrix;
  /** c = W₂b₁ + b₂: units₂ entries. */
  readonly c: Float64Array;
}

/** A = W₂W₁ and c = W₂b₁ + b₂ for the layers (W₁, b₁) then (W₂, b₂). */
export function collapseAffine(w1: Matrix, b1: ArrayLike<number>, w2: Matrix, b2: ArrayLike<number>): AffineMap {
  if (w2.cols !== w1.rows) throw new RangeError(`collapseAffine: W₂ is ${w2.rows}×${w2.cols} but W₁ has ${w1.rows} rows`);
  if (b1.length !== w1.rows || b2.length !== w2.rows) {
    throw new RangeError(`collapseAffine: b₁ needs ${w1.rows} entries (got ${b1.length}), b₂ needs ${w2.rows} (got ${b2.length})`);
  }
  const a = createMatrix(w2.rows, w1.cols);
  multiply(w2, w1, a);
  const c = new Float64Array(w2.rows);
  for (let j = 0; j < w2.rows; j++) {
    let sum = b2[j];
    for (let k = 0; k < w1.rows; k++) sum += w2.data[j * w2.cols + k] * b1[k];
    c[j] = sum;
  }
  return { a, c };
}

/** Ax + c for one input x (length A.cols). */
export function applyAffine(map: AffineMap, x: ArrayLike<number>): Float64Array {
  const { a, c } = map;
  if (x.length !== a.cols) throw new RangeError(`applyAffine: x needs ${a.cols} entries, got ${x.length}`);
  const out = new Float64Array(a.rows);
  for (let j = 0; j < a.rows; j++) {
    let sum = c[j];
    for (let i = 0; i < a.cols; i++) sum += a.data[j * a.cols + i] * x[i];
    out[j] = sum;
  }
  return out;
}
