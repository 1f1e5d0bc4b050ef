/**
 * A sequential network: layers applied in order, a loss, and every parameter in one contiguous buffer.
 *
 * Storage: `parameters` is one Float64Array holding each layer's parameters in layer order (a dense
 * layer's W row-major, then b); each layer reads and writes through subarray views of it, so an
 * optimizer can update `parameters` in place and the layers see the change with no copying.
 * `gradients` has the same layout. Parameter names are '<layer name>.<parameter>', layers being
 * named 'layer1', 'layer2', … by position unless named already ('layer1.W', 'layer1.b',
 * 'layer2.gamma', …).
 *
 * Loss over a batch: the mean over examples (see losses.ts). When the loss is cross-entropy and the
 * last layer ends in softmax, backward starts from the fused gradient ∂E/∂net = (ŷ − y)/m (exact when
 * each target row sums to 1, as one-hot targets do).
 */

import { type ActivationName, type ElementwiseActivation, softmaxCrossEntropyGradient } from './activations';
import type { InitializerSpec } from './init';
import { ActivationLayer } from './layers/activation';
import { BatchNormLayer } from './layers/batch-norm';
import { DenseLayer } from './layers/dense';
import { type Layer, type Mode, type Parameter, batchCache } from './layers/layer';
import { type Loss, type LossName, getLoss } from './losses';
import { type Matrix, createMatrix, toRows } from './matrix';
import { type DenseLayerSpec, type NetworkSpec, validateNetworkSpec } from './network-spec';
import type { Rng } from './random';

export interface NetworkOptions {
  /** Default 'half-squared-error'. */
  loss?: LossName | Loss;
}

/** Where one named parameter lives in the flat buffers. */
export interface ParameterEntry {
  /** 'layer1.W' */
  readonly name: string;
  readonly layerIndex: number;
  /** The layer's parameter (views into `parameters` and `gradients`). */
  readonly parameter: Parameter;
  readonly offset: number;
  readonly length: number;
}

export class Network {
  readonly layers: readonly Layer[];
  /** Every parameter value, in layer order; the layers' parameters are views into it. */
  readonly parameters: Float64Array;
  /** ∂E/∂parameters from the last computeGradient()/backward(); same layout as `parameters`. */
  readonly gradients: Float64Array;
  readonly parameterEntries: readonly ParameterEntry[];
  loss: Loss;
  /** Loss of the last gradientAt() evaluation. */
  lastLoss = Number.NaN;
  /** Index of the first layer with parameters (backward stops there); layers.length if none. */
  private readonly firstParameterLayer: number;
  /** ∂E/∂ŷ (or the fused ∂E/∂net) per batch size. */
  private readonly lossGradientFor: (rows: number) => Matrix;
  /** Saved parameters while gradientAt evaluates elsewhere. */
  private readonly savedParameters: Float64Array;

  constructor(layers: readonly Layer[], options: NetworkOptions = {}) {
    if (layers.length === 0) throw new RangeError('a network needs at least one layer');
    for (let k = 1; k < layers.length; k++) {
      if (layers[k].inputSize !== layers[k - 1].outputSize) {
        throw new RangeError(
          `layer ${k + 1} takes ${layers[k].inputSize} inputs but layer ${k} gives ${layers[k - 1].outputSize}`,
        );
      }
    }
    this.layers = layers;
    this.loss = typeof options.loss === 'object' ? options.loss : getLoss(options.loss ?? 'half-squared-error');
    const total = layers.reduce((n, layer) => n + layer.parameterCount, 0);
    this.parameters = new Float64Array(total);
    this.gradients = new Float64Array(total);
    this.savedParameters = new Float64Array(total);
    const entries: ParameterEntry[] = [];
    let offset = 0;
    layers.forEach((layer, layerIndex) => {
      if (layer.name === '') layer.name = `layer${layerIndex + 1}`;
      const end = offset + layer.parameterCount;
      layer.attachStorage(this.parameters.subarray(offset, end), this.gradients.subarray(offset, end));
      for (const parameter of layer.parameters) {
        const length = parameter.value.data.length;
        entries.push({ name: `${layer.name}.${parameter.name}`, layerIndex, parameter, offset, length });
        offset += length;
      }
    });
    this.parameterEntries = entries;
    const first = layers.findIndex((layer) => layer.parameterCount > 0);
    this.firstParameterLayer = first === -1 ? layers.length : first;
    const outputs = this.outputSize;
    this.lossGradientFor = batchCache((rows) => createMatrix(rows, outputs));
  }

  get inputSize(): number {
    return this.layers[0].inputSize;
  }
  get outputSize(): number {
    return this.layers[this.layers.length - 1].outputSize;
  }

  /** ŷ for a batch x (rows × inputSize); the last layer's output buffer. */
  forward(x: Matrix, mode: Mode = 'inference'): Matrix {
    let activation = x;
    for (let k = 0; k < this.layers.length; k++) activation = this.layers[k].forward(activation, mode);
    return activation;
  }

  /** From ∂E/∂ŷ of the last forward(), sets `gradients` (every layer's parameter gradients). */
  backward(gradOutput: Matrix): void {
    this.backwardFrom(this.layers.length - 1, gradOutput);
  }

  /** Mean loss of the batch: forward(x, mode) then the loss against y. */
  evaluateLoss(x: Matrix, y: Matrix, mode: Mode = 'inference'): number {
    return this.loss.batchValue(this.forward(x, mode), y);
  }

  /** Forward (train mode by default), loss and backward: fills `gradients`, returns the batch-mean loss. */
  computeGradient(x: Matrix, y: Matrix, mode: Mode = 'train'): number {
    const prediction = this.forward(x, mode);
    const value = this.loss.batchValue(prediction, y);
    const gradient = this.lossGradientFor(prediction.rows);
    const last = this.layers.length - 1;
    const lastLayer = this.layers[last];
    const fused =
      this.loss.name === 'cross-entropy' &&
      (lastLayer instanceof DenseLayer || lastLayer instanceof ActivationLayer) &&
      lastLayer.activation.name === 'softmax';
    if (!fused) {
      this.loss.batchGradient(prediction, y, gradient);
      this.backwardFrom(last, gradient);
      return value;
    }
    softmaxCrossEntropyGradient(prediction.data, y.data, gradient.data, gradient.data.length, 1 / prediction.rows);
    if (lastLayer instanceof DenseLayer) {
      lastLayer.backwardFromDelta(gradient, last > this.firstParameterLayer);
      this.backwardFrom(last - 1, lastLayer.gradInput);
    } else {
      this.backwardFrom(last - 1, gradient);
    }
    return value;
  }

  /**
   * The loss gradient at the parameter vector p, for an optimizer's gradAt: when p is not
   * `parameters` itself, p is written into `parameters` for the evaluation and the old values are
   * restored afterwards. Returns `gradients` (valid until the next evaluation) and sets lastLoss.
   */
  gradientAt(p: Float64Array, x: Matrix, y: Matrix, mode: Mode = 'train'): Float64Array {
    if (p === this.parameters) {
      this.lastLoss = this.computeGradient(x, y, mode);
      return this.gradients;
    }
    if (p.length !== this.parameters.length) {
      throw new RangeError(`gradientAt: expected ${this.parameters.length} parameters, got ${p.length}`);
    }
    this.savedParameters.set(this.parameters);
    this.parameters.set(p);
    this.lastLoss = this.computeGradient(x, y, mode);
    this.parameters.set(this.savedParameters);
    return this.gradients;
  }

  /** ŷ for one example (inference mode), copied. Convenience, not for hot loops. */
  predict(input: ArrayLike<number>): Float64Array {
    if (input.length !== this.inputSize) {
      throw new RangeError(`predict: expected ${this.inputSize} inputs, got ${input.length}`);
    }
    const x = createMatrix(1, this.inputSize);
    for (let i = 0; i < input.length; i++) x.data[i] = input[i];
    return this.forward(x, 'inference').data.slice();
  }

  /** The live parameter matrix with this name ('layer1.W'). */
  parameter(name: string): Matrix {
    return this.entry(name).parameter.value;
  }

  /** The live gradient matrix of the parameter with this name. */
  gradient(name: string): Matrix {
    return this.entry(name).parameter.gradient;
  }

  /** name → live parameter matrix, in storage order. */
  namedParameters(): Record<string, Matrix> {
    return Object.fromEntries(this.parameterEntries.map((e) => [e.name, e.parameter.value]));
  }

  /** name → live gradient matrix, in storage order. */
  namedGradients(): Record<string, Matrix> {
    return Object.fromEntries(this.parameterEntries.map((e) => [e.name, e.parameter.gradient]));
  }

  /** A copy of every parameter value. */
  getParameters(): Float64Array {
    return this.parameters.slice();
  }

  /** Copies `values` into the parameter buffer. */
  setParameters(values: ArrayLike<number>): void {
    if (values.length !== this.parameters.length) {
      throw new RangeError(`setParameters: expected ${this.parameters.length} values, got ${values.length}`);
    }
    this.parameters.set(values);
  }

  /** Freezes or unfreezes every layer's randomness and statistics (see Layer.setFrozen). */
  setFrozen(frozen: boolean): void {
    for (const layer of this.layers) layer.setFrozen(frozen);
  }

  /**
   * Batch norm at test time from whole-training-set statistics: passes x (every training example)
   * through the network in inference mode; each batch-norm layer computes the mean and variance of its
   * input over the whole set and switches to inferenceStatistics = 'population' (so later layers'
   * statistics are taken with the earlier ones already in their test-time form).
   */
  useTrainingSetStatistics(x: Matrix): void {
    let activation = x;
    for (const layer of this.layers) {
      if (layer instanceof BatchNormLayer) {
        layer.computePopulationStatistics(activation);
        layer.inferenceStatistics = 'population';
      }
      activation = layer.forward(activation, 'inference');
    }
  }

  /** The spec of a network made only of dense layers (copied numbers), as fromSpec() reads it. */
  toSpec(): NetworkSpec {
    return {
      layers: this.layers.map((layer) => {
        if (!(layer instanceof DenseLayer)) throw new Error(`toSpec: ${layer.name} is a ${layer.kind} layer, not dense`);
        const spec: DenseLayerSpec = {
          weights: toRows(layer.weights),
          bias: Array.from(layer.bias.data),
          activation: layer.activation.name,
        };
        const slope = (layer.activation as ElementwiseActivation).slope;
        if (slope !== undefined) spec.leakySlope = slope;
        return spec;
      }),
    };
  }

  /** A dense network from a plain description (validated: throws SpecError naming the bad field). */
  static fromSpec(spec: unknown, options: NetworkOptions = {}): Network {
    const valid = validateNetworkSpec(spec);
    const layers = valid.layers.map(
      (layer) =>
        new DenseLayer({
          inputSize: layer.weights[0].length,
          units: layer.weights.length,
          weights: layer.weights,
          bias: layer.bias,
          activation: layer.activation,
          leakySlope: layer.leakySlope,
        }),
    );
    return new Network(layers, options);
  }

  private entry(name: string): ParameterEntry {
    const found = this.parameterEntries.find((e) => e.name === name);
    if (found === undefined) throw new RangeError(`no parameter "${name}"`);
    return found;
  }

  /** Backward from ∂E/∂(output of layer `from`) down to the first layer with parameters. */
  private backwardFrom(from: number, gradOutput: Matrix): void {
    let gradient = gradOutput;
    const first = this.firstParameterLayer;
    for (let k = from; k >= first; k--) gradient = this.layers[k].backward(gradient, k > first);
  }
}

export interface CreateNetworkOptions extends NetworkOptions {
  /** Units per layer, input first: [2, 8, 8, 1]. */
  sizes: readonly number[];
  /** One activation for every layer, or one per layer (sizes.length − 1 of them). */
  activations: ActivationName | readonly ActivationName[];
  /** Weight initializer (default 'xavier'). */
  initializer?: InitializerSpec;
  /** Bias initializer (default 'zeros'). */
  biasInitializer?: InitializerSpec;
  /** Source of the initial weights (layers drawn in order, W before b). */
  rng: Rng;
  /** Leaky ReLU's slope (default 0.01). */
  leakySlope?: number;
}

/** A dense network from layer sizes and activations, initialised from the Rng. */
export function createNetwork(options: CreateNetworkOptions): Network {
  const { sizes, activations } = options;
  if (sizes.length < 2) throw new RangeError('sizes needs at least an input and an output size');
  const count = sizes.length - 1;
  if (typeof activations !== 'string' && activations.length !== count) {
    throw new RangeError(`activations: expected ${count}, got ${activations.length}`);
  }
  const layers: Layer[] = [];
  for (let k = 0; k < count; k++) {
    layers.push(
      new DenseLayer({
        inputSize: sizes[k],
        units: sizes[k + 1],
        activation: typeof activations === 'string' ? activations : activations[k],
        leakySlope: options.leakySlope,
        initializer: options.initializer,
        biasInitializer: options.biasInitializer,
        rng: options.rng,
      }),
    );
  }
  return new Network(layers, options);
}
