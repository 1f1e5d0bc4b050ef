/**
 * Fully connected layer with an activation: net = X·Wᵀ + b, out = f(net).
 *
 * Shapes (m = batch rows): X m × in, W units × in (W[j][i] connects input i to unit j), b 1 × units,
 * net/out/δ m × units. Backward, from ∂E/∂out:
 *   δ = ∂E/∂net = f'(net) ⊙ ∂E/∂out   (softmax: the row-wise Jacobian-vector product)
 *   ∂E/∂W = δᵀ·X,  ∂E/∂b = Σ_rows δ,  ∂E/∂X = δ·W.
 * The activation defaults to 'linear' (a plain affine layer).
 */

import { type Activation, type ActivationName, createActivation } from '../activations';
import { type InitializerSpec, resolveInitializer } from '../init';
import {
  type Matrix,
  createMatrix,
  denseForward,
  fromRows,
  multiply,
  multiplyTransposeA,
  sumRows,
} from '../matrix';
import type { Rng } from '../random';
import { type Layer, type Mode, type Parameter, batchCache, checkGradient, checkInput, moveParameters } from './layer';

export interface DenseOptions {
  inputSize: number;
  units: number;
  /** Activation name or object (default 'linear'). */
  activation?: ActivationName | Activation;
  /** Leaky ReLU's slope for x < 0 when activation is 'leaky-relu' (default 0.01). */
  leakySlope?: number;
  /** Initial weights, units × inputSize (copied). When absent, drawn with `initializer` from `rng`. */
  weights?: Matrix | readonly (readonly number[])[];
  /** Initial biases, length units (copied). When absent, drawn with `biasInitializer`. */
  bias?: ArrayLike<number>;
  /** Weight initializer when `weights` is absent (default 'xavier'). */
  initializer?: InitializerSpec;
  /** Bias initializer when `bias` is absent (default 'zeros'). */
  biasInitializer?: InitializerSpec;
  /** Source of the initial draws; needed unless both weights and bias are given or zeros. */
  rng?: Rng;
  name?: string;
}

interface DenseBuffers {
  /** net = X·Wᵀ + b; m × units. */
  net: Matrix;
  /** out = f(net); m × units (the same matrix as net for 'linear'). */
  output: Matrix;
  /** δ = ∂E/∂net; m × units. */
  delta: Matrix;
  /** ∂E/∂X = δ·W; m × inputSize. */
  gradInput: Matrix;
}

export class DenseLayer implements Layer {
  readonly kind = 'dense' as const;
  name: string;
  readonly inputSize: number;
  readonly outputSize: number;
  readonly parameterCount: number;
  readonly activation: Activation;
  parameters: readonly Parameter[];
  /** The batch given to the last forward() (not copied); m × inputSize. */
  input: Matrix;
  private buffers: DenseBuffers;
  private readonly buffersFor: (rows: number) => DenseBuffers;

  constructor(options: DenseOptions) {
    const { inputSize, units } = options;
    if (!(Number.isInteger(inputSize) && inputSize > 0 && Number.isInteger(units) && units > 0)) {
      throw new RangeError(`dense layer needs positive integer sizes, got ${inputSize} → ${units}`);
    }
    this.name = options.name ?? '';
    this.inputSize = inputSize;
    this.outputSize = units;
    this.parameterCount = units * inputSize + units;
    const activation = options.activation ?? 'linear';
    this.activation =
      typeof activation === 'string' ? createActivation(activation, { slope: options.leakySlope }) : activation;

    const weights = createMatrix(units, inputSize);
    const bias = createMatrix(1, units);
    if (options.weights !== undefined) {
      const given = 'data' in options.weights ? options.weights : fromRows(options.weights);
      if (given.rows !== units || given.cols !== inputSize) {
        throw new RangeError(`weights: expected ${units}×${inputSize}, got ${given.rows}×${given.cols}`);
      }
      weights.data.set(given.data);
    } else {
      fill(options.initializer ?? 'xavier', weights.data, inputSize, units, options.rng);
    }
    if (options.bias !== undefined) {
      if (options.bias.length !== units) throw new RangeError(`bias: expected ${units}, got ${options.bias.length}`);
      for (let j = 0; j < units; j++) bias.data[j] = options.bias[j];
    } else {
      fill(options.biasInitializer ?? 'zeros', bias.data, inputSize, units, options.rng);
    }
    this.parameters = [
      { name: 'W', value: weights, gradient: createMatrix(units, inputSize) },
      { name: 'b', value: bias, gradient: createMatrix(1, units) },
    ];

    const linear = this.activation.name === 'linear';
    this.buffersFor = batchCache((rows) => {
      const net = createMatrix(rows, units);
      return {
        net,
        output: linear ? net : createMatrix(rows, units),
        delta: createMatrix(rows, units),
        gradInput: createMatrix(rows, inputSize),
      };
    });
    this.buffers = this.buffersFor(0);
    this.input = createMatrix(0, inputSize);
  }

  /** W: units × inputSize. */
  get weights(): Matrix {
    return this.parameters[0].value;
  }
  /** b: 1 × units. */
  get bias(): Matrix {
    return this.parameters[1].value;
  }
  /** ∂E/∂W from the last backward(). */
  get gradWeights(): Matrix {
    return this.parameters[0].gradient;
  }
  /** ∂E/∂b from the last backward(). */
  get gradBias(): Matrix {
    return this.parameters[1].gradient;
  }
  /** net of the last forward(); m × units. */
  get net(): Matrix {
    return this.buffers.net;
  }
  /** f(net) of the last forward(); m × units. */
  get output(): Matrix {
    return this.buffers.output;
  }
  /** δ = ∂E/∂net of the last backward(); m × units. */
  get delta(): Matrix {
    return this.buffers.delta;
  }
  /** ∂E/∂X of the last backward(); m × inputSize. */
  get gradInput(): Matrix {
    return this.buffers.gradInput;
  }

  forward(input: Matrix, _mode: Mode = 'inference'): Matrix {
    checkInput(this, input);
    const buffers = this.buffersFor(input.rows);
    denseForward(input, this.weights, this.bias.data, buffers.net);
    this.activation.forward(buffers.net.data, buffers.output.data, input.rows, this.outputSize);
    this.input = input;
    this.buffers = buffers;
    return buffers.output;
  }

  backward(gradOutput: Matrix, needInputGradient = true): Matrix {
    const { net, output, delta } = this.buffers;
    checkGradient(this, gradOutput, net.rows);
    this.activation.backward(net.data, output.data, gradOutput.data, delta.data, net.rows, this.outputSize);
    return this.backwardFromDelta(delta, needInputGradient);
  }

  /**
   * Backward from δ = ∂E/∂net given directly (skipping f'), e.g. the fused softmax + cross-entropy
   * gradient ŷ − y. Sets ∂E/∂W, ∂E/∂b and the delta buffer; returns ∂E/∂X.
   */
  backwardFromDelta(delta: Matrix, needInputGradient = true): Matrix {
    const buffers = this.buffers;
    if (delta.rows !== buffers.delta.rows || delta.cols !== this.outputSize) {
      throw new RangeError(`${this.name || 'dense'}: δ is ${delta.rows}×${delta.cols}, expected ${buffers.delta.rows}×${this.outputSize}`);
    }
    if (delta !== buffers.delta) buffers.delta.data.set(delta.data);
    multiplyTransposeA(buffers.delta, this.input, this.gradWeights);
    sumRows(buffers.delta, this.gradBias.data);
    if (needInputGradient) multiply(buffers.delta, this.weights, buffers.gradInput);
    return buffers.gradInput;
  }

  attachStorage(values: Float64Array, gradients: Float64Array): void {
    this.parameters = moveParameters(this.parameters, values, gradients);
  }

  setFrozen(): void {
    // A dense layer draws nothing at random and keeps no statistics.
  }
}

function fill(spec: InitializerSpec, values: Float64Array, fanIn: number, fanOut: number, rng: Rng | undefined): void {
  const initializer = resolveInitializer(spec);
  if (rng === undefined && initializer.name !== 'zeros') {
    throw new RangeError(`dense layer: initializer "${initializer.name}" needs an rng`);
  }
  initializer.fill(values, fanIn, fanOut, rng as Rng);
}
