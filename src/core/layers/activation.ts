/**
 * A standalone activation layer: out = f(in), no parameters (e.g. after batch norm: dense → BN → f).
 * Backward: ∂E/∂in = f'(in) ⊙ ∂E/∂out, or the softmax Jacobian-vector product on each row.
 */

import { type Activation, type ActivationName, createActivation } from '../activations';
import { type Matrix, createMatrix } from '../matrix';
import { type Layer, type Mode, type Parameter, batchCache, checkGradient, checkInput } from './layer';

export interface ActivationLayerOptions {
  size: number;
  activation: ActivationName | Activation;
  /** Leaky ReLU's slope for x < 0 (default 0.01). */
  leakySlope?: number;
  name?: string;
}

interface ActivationBuffers {
  /** f(in); m × size. */
  output: Matrix;
  /** ∂E/∂in; m × size. */
  gradInput: Matrix;
}

export class ActivationLayer implements Layer {
  readonly kind = 'activation' as const;
  name: string;
  readonly inputSize: number;
  readonly outputSize: number;
  readonly parameterCount = 0;
  readonly parameters: readonly Parameter[] = [];
  readonly activation: Activation;
  /** The batch given to the last forward() (the net input of f; not copied). */
  input: Matrix;
  private buffers: ActivationBuffers;
  private readonly buffersFor: (rows: number) => ActivationBuffers;

  constructor(options: ActivationLayerOptions) {
    const { size } = options;
    if (!(Number.isInteger(size) && size > 0)) throw new RangeError(`activation layer needs a positive size, got ${size}`);
    this.name = options.name ?? '';
    this.inputSize = size;
    this.outputSize = size;
    this.activation =
      typeof options.activation === 'string'
        ? createActivation(options.activation, { slope: options.leakySlope })
        : options.activation;
    this.buffersFor = batchCache((rows) => ({ output: createMatrix(rows, size), gradInput: createMatrix(rows, size) }));
    this.buffers = this.buffersFor(0);
    this.input = createMatrix(0, size);
  }

  /** f(in) of the last forward(). */
  get output(): Matrix {
    return this.buffers.output;
  }
  /** ∂E/∂in of the last backward(). */
  get gradInput(): Matrix {
    return this.buffers.gradInput;
  }

  forward(input: Matrix, _mode: Mode = 'inference'): Matrix {
    checkInput(this, input);
    const buffers = this.buffersFor(input.rows);
    this.activation.forward(input.data, buffers.output.data, input.rows, this.outputSize);
    this.input = input;
    this.buffers = buffers;
    return buffers.output;
  }

  backward(gradOutput: Matrix): Matrix {
    const { output, gradInput } = this.buffers;
    checkGradient(this, gradOutput, output.rows);
    this.activation.backward(this.input.data, output.data, gradOutput.data, gradInput.data, output.rows, this.outputSize);
    return gradInput;
  }

  attachStorage(): void {
    // No parameters.
  }

  setFrozen(): void {
    // Nothing random, no statistics.
  }
}
