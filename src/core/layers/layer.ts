/**
 * The layer contract shared by dense, activation, dropout and batch-norm layers, and the helpers they
 * use for parameter storage and per-batch-size buffers.
 *
 * A layer maps a batch (rows = examples, cols = inputSize) to a batch (cols = outputSize).
 * forward() keeps what backward() needs; backward(∂E/∂out) sets the parameter gradients and returns
 * ∂E/∂in. Returned matrices are the layer's own buffers: valid until the next forward()/backward()
 * with the same batch size. Buffers are allocated once per batch size and reused.
 */

import { type Matrix, matrixView } from '../matrix';

/** 'train': dropout draws masks, batch norm uses batch statistics. 'inference': the test-time forms. */
export type Mode = 'train' | 'inference';

export type LayerKind = 'dense' | 'activation' | 'dropout' | 'batch-norm';

/** One named parameter (e.g. 'W', 'b', 'gamma', 'beta') and its gradient ∂E/∂value (same shape). */
export interface Parameter {
  readonly name: string;
  readonly value: Matrix;
  readonly gradient: Matrix;
}

export interface Layer {
  readonly kind: LayerKind;
  /** Prefix of this layer's parameter names in a network ('layer1' → 'layer1.W'); '' until named. */
  name: string;
  readonly inputSize: number;
  readonly outputSize: number;
  /** Number of parameter values (Σ of the parameters' sizes). */
  readonly parameterCount: number;
  /** Parameters in storage order; empty for layers without parameters. */
  readonly parameters: readonly Parameter[];
  /** Output batch for an input batch (input: rows × inputSize → rows × outputSize). */
  forward(input: Matrix, mode: Mode): Matrix;
  /**
   * Given ∂E/∂out of the last forward(), sets every parameter gradient and returns ∂E/∂in.
   * With needInputGradient = false, ∂E/∂in is not computed (the first layer of a network): the
   * returned buffer's contents are then unspecified.
   */
  backward(gradOutput: Matrix, needInputGradient?: boolean): Matrix;
  /**
   * Moves the parameters and gradients into the given storage (each of length parameterCount),
   * copying the current values; from then on the layer reads and writes there. Used by a network to
   * keep all parameters in one contiguous buffer.
   */
  attachStorage(values: Float64Array, gradients: Float64Array): void;
  /**
   * While frozen, a train-mode forward() is repeatable: dropout reuses its last mask and batch norm
   * stops updating its inference statistics (for gradient checks and look-ahead evaluations).
   */
  setFrozen(frozen: boolean): void;
}

/** Parameters re-created over subarrays of `values`/`gradients`, in order, with their values copied in. */
export function moveParameters(
  parameters: readonly Parameter[],
  values: Float64Array,
  gradients: Float64Array,
): Parameter[] {
  const total = parameters.reduce((n, p) => n + p.value.data.length, 0);
  if (values.length !== total || gradients.length !== total) {
    throw new RangeError(`attachStorage: expected ${total} values, got ${values.length} and ${gradients.length}`);
  }
  let offset = 0;
  return parameters.map((p) => {
    const { rows, cols } = p.value;
    const size = rows * cols;
    const value = matrixView(rows, cols, values.subarray(offset, offset + size));
    const gradient = matrixView(rows, cols, gradients.subarray(offset, offset + size));
    value.data.set(p.value.data);
    gradient.data.set(p.gradient.data);
    offset += size;
    return { name: p.name, value, gradient };
  });
}

/** Batch sizes whose buffers a layer keeps at once (more are rare: training batch, last batch, a grid). */
const CACHED_BATCH_SIZES = 8;

/**
 * Memoises `make(rows)` per batch size, so each size allocates its buffers once. Past
 * CACHED_BATCH_SIZES distinct sizes the cache starts over.
 */
export function batchCache<T>(make: (rows: number) => T): (rows: number) => T {
  const cache = new Map<number, T>();
  let lastRows = -1;
  let last: T | undefined;
  return (rows) => {
    if (rows === lastRows && last !== undefined) return last;
    let entry = cache.get(rows);
    if (entry === undefined) {
      if (cache.size >= CACHED_BATCH_SIZES) cache.clear();
      entry = make(rows);
      cache.set(rows, entry);
    }
    lastRows = rows;
    last = entry;
    return entry;
  };
}

export function checkInput(layer: Layer, input: Matrix): void {
  if (input.cols !== layer.inputSize) {
    throw new RangeError(`${layer.name || layer.kind}: input has ${input.cols} columns, expected ${layer.inputSize}`);
  }
}

export function checkGradient(layer: Layer, gradOutput: Matrix, rows: number): void {
  if (gradOutput.cols !== layer.outputSize || gradOutput.rows !== rows) {
    throw new RangeError(
      `${layer.name || layer.kind}: gradient is ${gradOutput.rows}×${gradOutput.cols}, expected ${rows}×${layer.outputSize} (call forward first)`,
    );
  }
}
