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
 * maskPer: 'batch' (default; the deck: one thinned network per mini-batch, every example of the batch
 * shares one mask over the units) or 'example' (each example draws its own mask, as in the paper).
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
  /** Default 'batch'. */
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
    this.maskPer = options.maskPer ?? 'batch';
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
      for (let i = 0; i < size; i++) m[i] = rng.next() < p ? 0 : 1;
      for (let r = 1; r < rows; r++) m.copyWithin(r * size, 0, size);
    } else {
      for (let k = 0; k < rows * size; k++) m[k] = rng.next() < p ? 0 : 1;
    }
    buffers.drawn = true;
  }
}
