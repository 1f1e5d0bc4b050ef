/**
 * Dropout with drop probability p: in training each unit is kept with probability 1 − p (mask 1) or
 * set to 0 (mask 0); a new mask is drawn from the layer's Rng at every train-mode forward(), i.e. once
 * per mini-batch, and kept for backward() and for display.
 *
 * Two variants, equal in expectation (E[train output] = inference output):
 * - 'deck' (the deck's and Srivastava et al.'s original form): train out = mask ⊙ x;
 *   inference out = (1 − p)·x (the weights' contribution is scaled by the keep probability).
 * - 'inverted' (the common modern form): train out = mask ⊙ x / (1 − p); inference out = x.
 * Backward multiplies ∂E/∂out by the same factor the forward used.
 *
 * maskPer: 'example' (default: each example of the mini-batch draws its own mask, as in the paper and
 * in PyTorch and Keras, and as the chapter says) or 'batch' (one thinned network per mini-batch, every
 * example of the batch sharing one mask over the units: the seminar's picture of training one thinned
 * network for a stretch of mini-batches, nearest to it while still redrawing at every step).
 *
 * The functions after the class are the same rule for one unit of the next layer, worked by hand
 * (the chapter's worked example, the dropout-mask widget): dropoutFactor, dropoutNextUnit,
 * drawDropoutMask, maskProbability.
 */

import { type Matrix, createMatrix } from '../matrix';
import type { Rng } from '../random';
import { type Layer, type Mode, type Parameter, batchCache, checkGradient, checkInput } from './layer';

export type DropoutVariant = 'deck' | 'inverted';
export type DropoutMaskScope = 'batch' | 'example';

export interface DropoutOptions {
  size: number;
  /** Drop probability p, 0 ≤ p < 1. */
  p: number;
  /** The Rng masks are drawn from. */
  rng: Rng;
  /** Default 'deck'. */
  variant?: DropoutVariant;
  /** Default 'example'. */
  maskPer?: DropoutMaskScope;
  name?: string;
}

interface DropoutBuffers {
  /** 1 = kept, 0 = dropped; m × size. */
  mask: Matrix;
  /** Whether `mask` holds a drawn mask yet. */
  drawn: boolean;
  output: Matrix;
  gradInput: Matrix;
}

export class DropoutLayer implements Layer {
  readonly kind = 'dropout' as const;
  name: string;
  readonly inputSize: number;
  readonly outputSize: number;
  readonly parameterCount = 0;
  readonly parameters: readonly Parameter[] = [];
  readonly p: number;
  readonly variant: DropoutVariant;
  readonly maskPer: DropoutMaskScope;
  /** Mode of the last forward() (backward() uses the same factor). */
  lastMode: Mode = 'inference';
  private readonly rng: Rng;
  private frozen = false;
  private buffers: DropoutBuffers;
  private readonly buffersFor: (rows: number) => DropoutBuffers;

  constructor(options: DropoutOptions) {
    const { size, p } = options;
    if (!(Number.isInteger(size) && size > 0)) throw new RangeError(`dropout layer needs a positive size, got ${size}`);
    if (!(p >= 0 && p < 1)) throw new RangeError(`dropout p must satisfy 0 ≤ p < 1, got ${p}`);
    this.name = options.name ?? '';
    this.inputSize = size;
    this.outputSize = size;
    this.p = p;
    this.rng = options.rng;
    this.variant = options.variant ?? 'deck';
    this.maskPer = options.maskPer ?? 'example';
    this.buffersFor = batchCache((rows) => ({
      mask: createMatrix(rows, size),
      drawn: false,
      output: createMatrix(rows, size),
      gradInput: createMatrix(rows, size),
    }));
    this.buffers = this.buffersFor(0);
  }

  /** Mask of the last train-mode forward() at the current batch size (1 kept, 0 dropped); m × size. */
  get mask(): Matrix {
    return this.buffers.mask;
  }
  get output(): Matrix {
    return this.buffers.output;
  }
  get gradInput(): Matrix {
    return this.buffers.gradInput;
  }

  /** Factor on a kept unit in training: 1 ('deck') or 1/(1 − p) ('inverted'). */
  get trainScale(): number {
    return this.variant === 'inverted' ? 1 / (1 - this.p) : 1;
  }

  /** Factor on every unit at inference: 1 − p ('deck') or 1 ('inverted'). */
  get inferenceScale(): number {
    return this.variant === 'deck' ? 1 - this.p : 1;
  }

  forward(input: Matrix, mode: Mode): Matrix {
    checkInput(this, input);
    const buffers = this.buffersFor(input.rows);
    this.buffers = buffers;
    this.lastMode = mode;
    const n = input.rows * this.outputSize;
    const x = input.data;
    const out = buffers.output.data;
    if (mode === 'inference') {
      const scale = this.inferenceScale;
      for (let k = 0; k < n; k++) out[k] = scale * x[k];
      return buffers.output;
    }
    if (!(this.frozen && buffers.drawn)) this.drawMask(buffers);
    const mask = buffers.mask.data;
    const scale = this.trainScale;
    for (let k = 0; k < n; k++) out[k] = mask[k] * scale * x[k];
    return buffers.output;
  }

  backward(gradOutput: Matrix): Matrix {
    const { mask, gradInput } = this.buffers;
    checkGradient(this, gradOutput, mask.rows);
    const n = mask.rows * this.outputSize;
    const g = gradOutput.data;
    const gIn = gradInput.data;
    if (this.lastMode === 'inference') {
      const scale = this.inferenceScale;
      for (let k = 0; k < n; k++) gIn[k] = scale * g[k];
    } else {
      const m = mask.data;
      const scale = this.trainScale;
      for (let k = 0; k < n; k++) gIn[k] = m[k] * scale * g[k];
    }
    return gradInput;
  }

  attachStorage(): void {
    // No parameters.
  }

  /** While frozen, train-mode forward() reuses the last mask drawn for the batch size. */
  setFrozen(frozen: boolean): void {
    this.frozen = frozen;
  }

  /** Draws mask entries: 1 with probability 1 − p, else 0 (one row shared by the batch, or per row). */
  private drawMask(buffers: DropoutBuffers): void {
    const { mask } = buffers;
    const { rows } = mask;
    const size = this.outputSize;
    const m = mask.data;
    const p = this.p;
    const rng = this.rng;
    if (this.maskPer === 'batch') {
      for (let i = 0; i < size; i++) m[i] = drawKeep(rng, p);
      for (let r = 1; r < rows; r++) m.copyWithin(r * size, 0, size);
    } else {
      for (let k = 0; k < rows * size; k++) m[k] = drawKeep(rng, p);
    }
    buffers.drawn = true;
  }
}

/** One mask entry r_j ~ Bernoulli(1 − p): 0 (dropped) when the draw falls below p, else 1 (kept). */
function drawKeep(rng: Rng, p: number): 0 | 1 {
  return rng.next() < p ? 0 : 1;
}

function checkDropProbability(p: number): void {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`dropout p must satisfy 0 ≤ p ≤ 1, got ${p}`);
}

/**
 * A mask for n units drawn as the layer draws one (the same rule, the same Rng calls: entry j is the
 * j-th draw). 0 ≤ p ≤ 1: at p = 0 every unit is kept, at p = 1 every unit is dropped.
 */
export function drawDropoutMask(n: number, p: number, rng: Rng): (0 | 1)[] {
  checkDropProbability(p);
  return Array.from({ length: n }, () => drawKeep(rng, p));
}

/**
 * The factor applied to every passed output y_j (besides the mask r_j in training):
 *   train:     'deck' 1,      'inverted' 1/(1 − p)
 *   inference: 'deck' 1 − p,  'inverted' 1
 * Inverted training at p = 1 divides by 1 − p = 0: NaN (undefined), not Infinity.
 */
export function dropoutFactor(p: number, variant: DropoutVariant, mode: Mode): number {
  checkDropProbability(p);
  if (mode === 'train') return variant === 'inverted' ? (p === 1 ? Number.NaN : 1 / (1 - p)) : 1;
  return variant === 'deck' ? 1 - p : 1;
}

export interface DropoutUnitReading {
  /** The factor on each passed output (dropoutFactor); NaN for inverted training at p = 1. */
  readonly factor: number;
  /** The mask in use: r in training, all ones at inference (every unit takes part). */
  readonly mask: readonly number[];
  /** ỹ_j = factor · r_j · y_j (NaN where undefined). */
  readonly passed: readonly number[];
  /** w_j ỹ_j, the terms of z. */
  readonly terms: readonly number[];
  /** z = Σ_j w_j ỹ_j (the chapter's next-layer unit: no bias). */
  readonly z: number;
  /** False when the factor is undefined (inverted training at p = 1). */
  readonly defined: boolean;
}

/**
 * What one unit of the next layer receives from a layer with outputs y under dropout: the chapter's
 *   r_j ~ Bernoulli(1 − p),  ỹ = r ⊙ y  (times the variant's factor),  z = Σ_j w_j ỹ_j.
 * In 'inference' mode the mask is not used (all units take part) and only the factor applies.
 * The product is taken as w_j · (factor · (r_j · y_j)), so a dropped unit gives exactly 0 whatever
 * the factor (but NaN when the factor is).
 */
export function dropoutNextUnit(
  y: readonly number[],
  w: readonly number[],
  r: readonly number[],
  p: number,
  variant: DropoutVariant,
  mode: Mode,
): DropoutUnitReading {
  if (y.length === 0 || w.length !== y.length || r.length !== y.length) throw new RangeError(`dropout unit: y, w and r need one entry per unit (got ${y.length}, ${w.length}, ${r.length})`);
  if (r.some((v) => v !== 0 && v !== 1)) throw new RangeError(`dropout unit: a mask holds only 0 and 1, got (${r.join(', ')})`);
  const factor = dropoutFactor(p, variant, mode);
  const mask = mode === 'train' ? [...r] : y.map(() => 1);
  const defined = !Number.isNaN(factor);
  const passed = y.map((v, j) => (defined ? factor * (mask[j] * v) : Number.NaN));
  const terms = passed.map((v, j) => w[j] * v);
  const z = terms.reduce((sum, t) => sum + t, 0);
  return { factor, mask, passed, terms, z, defined };
}

/** The probability of drawing exactly the mask r: (1 − p) for each kept unit times p for each dropped one. */
export function maskProbability(r: readonly number[], p: number): number {
  checkDropProbability(p);
  return r.reduce((product, v) => product * (v === 1 ? 1 - p : p), 1);
}
