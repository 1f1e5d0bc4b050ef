/**
 * Batch normalization (Ioffe & Szegedy 2015), per feature j over a mini-batch x_1..x_m, exactly as the
 * deck writes it:
 *   μ_B = (1/m) Σ_i x_i                       mini-batch mean
 *   σ²_B = (1/m) Σ_i (x_i − μ_B)²             mini-batch variance (biased: 1/m)
 *   x̂_i = (x_i − μ_B) / √(σ²_B + ε)           normalize
 *   y_i = γ x̂_i + β                           scale and shift
 *
 * Backward (train mode; the batch statistics depend on every x_i), with dy = ∂E/∂y:
 *   ∂E/∂β = Σ_i dy_i,  ∂E/∂γ = Σ_i dy_i x̂_i,
 *   ∂E/∂x_i = γ/(m √(σ²_B + ε)) · (m dy_i − Σ_k dy_k − x̂_i Σ_k dy_k x̂_k).
 *
 * Inference uses fixed statistics μ, σ² (x̂ = (x − μ)/√(σ² + ε)), chosen by `inferenceStatistics`:
 * - 'running-average' (default): exponential moving averages updated at each train-mode forward:
 *   μ ← momentum·μ + (1 − momentum)·μ_B, σ² ← momentum·σ² + (1 − momentum)·σ²_B (momentum 0.9;
 *   they start at μ = 0, σ² = 1). `momentum` weighs the OLD value, as in Keras (default 0.99 there);
 *   PyTorch's `momentum` weighs the new batch (its 0.1 is this 0.9). The running variance averages the
 *   biased σ²_B (1/m), as Keras does; PyTorch averages the unbiased m/(m − 1)·σ²_B. The chapter
 *   (batch-normalization, #test-time) writes the same formula and says the same.
 * - 'batch-average': the plain mean of every μ_B and every σ²_B seen in training (the deck's "average
 *   of the mean and variance computed during training"; no m/(m−1) correction).
 * - 'population': the mean and (biased) variance of the whole training set at this layer's input,
 *   set by computePopulationStatistics() (the deck's "whole training set statistics").
 * In inference mode backward treats μ, σ² as constants: ∂E/∂x_i = γ dy_i / √(σ² + ε).
 */

import { type Matrix, createMatrix } from '../matrix';
import { type Layer, type Mode, type Parameter, batchCache, checkGradient, checkInput, moveParameters } from './layer';

export type BatchNormInferenceStatistics = 'running-average' | 'batch-average' | 'population';

export interface BatchNormOptions {
  size: number;
  /** ε inside the square root (default 1e-5). */
  eps?: number;
  /** Weight of the OLD value in the running averages (default 0.9; Keras's convention — PyTorch's momentum is 1 − this). */
  momentum?: number;
  /** Default 'running-average'. */
  inferenceStatistics?: BatchNormInferenceStatistics;
  name?: string;
}

interface BatchNormBuffers {
  /** x̂; m × size. */
  xHat: Matrix;
  /** y = γ x̂ + β; m × size. */
  output: Matrix;
  /** ∂E/∂x; m × size. */
  gradInput: Matrix;
}

export class BatchNormLayer implements Layer {
  readonly kind = 'batch-norm' as const;
  name: string;
  readonly inputSize: number;
  readonly outputSize: number;
  readonly parameterCount: number;
  parameters: readonly Parameter[];
  readonly eps: number;
  readonly momentum: number;
  inferenceStatistics: BatchNormInferenceStatistics;
  /** μ_B and σ²_B of the last train-mode forward(). */
  readonly batchMean: Float64Array;
  readonly batchVariance: Float64Array;
  /** Exponential moving averages of μ_B and σ²_B. */
  readonly runningMean: Float64Array;
  readonly runningVariance: Float64Array;
  /** Σ μ_B and Σ σ²_B over the batchCount train-mode batches seen. */
  readonly batchMeanSum: Float64Array;
  readonly batchVarianceSum: Float64Array;
  batchCount = 0;
  /** Whole-training-set statistics, once computed. */
  populationMean: Float64Array | null = null;
  populationVariance: Float64Array | null = null;
  /** 1/√(σ² + ε) used by the last forward(), per feature. */
  readonly inverseStd: Float64Array;
  /** Mode of the last forward(). */
  lastMode: Mode = 'inference';
  /** The batch given to the last forward() (not copied). */
  input: Matrix;
  private frozen = false;
  private readonly inferenceMeanBuffer: Float64Array;
  private readonly inferenceVarianceBuffer: Float64Array;
  private buffers: BatchNormBuffers;
  private readonly buffersFor: (rows: number) => BatchNormBuffers;

  constructor(options: BatchNormOptions) {
    const { size } = options;
    if (!(Number.isInteger(size) && size > 0)) throw new RangeError(`batch norm needs a positive size, got ${size}`);
    this.name = options.name ?? '';
    this.inputSize = size;
    this.outputSize = size;
    this.parameterCount = 2 * size;
    this.eps = options.eps ?? 1e-5;
    this.momentum = options.momentum ?? 0.9;
    if (!(this.eps > 0)) throw new RangeError(`batch norm ε must be > 0, got ${this.eps}`);
    if (!(this.momentum >= 0 && this.momentum <= 1)) {
      throw new RangeError(`batch norm momentum must be in [0, 1], got ${this.momentum}`);
    }
    this.inferenceStatistics = options.inferenceStatistics ?? 'running-average';
    const gamma = createMatrix(1, size);
    gamma.data.fill(1);
    this.parameters = [
      { name: 'gamma', value: gamma, gradient: createMatrix(1, size) },
      { name: 'beta', value: createMatrix(1, size), gradient: createMatrix(1, size) },
    ];
    this.batchMean = new Float64Array(size);
    this.batchVariance = new Float64Array(size);
    this.runningMean = new Float64Array(size);
    this.runningVariance = new Float64Array(size).fill(1);
    this.batchMeanSum = new Float64Array(size);
    this.batchVarianceSum = new Float64Array(size);
    this.inverseStd = new Float64Array(size);
    this.inferenceMeanBuffer = new Float64Array(size);
    this.inferenceVarianceBuffer = new Float64Array(size);
    this.buffersFor = batchCache((rows) => ({
      xHat: createMatrix(rows, size),
      output: createMatrix(rows, size),
      gradInput: createMatrix(rows, size),
    }));
    this.buffers = this.buffersFor(0);
    this.input = createMatrix(0, size);
  }

  /** γ: 1 × size (initially 1). */
  get gamma(): Matrix {
    return this.parameters[0].value;
  }
  /** β: 1 × size (initially 0). */
  get beta(): Matrix {
    return this.parameters[1].value;
  }
  get gradGamma(): Matrix {
    return this.parameters[0].gradient;
  }
  get gradBeta(): Matrix {
    return this.parameters[1].gradient;
  }
  get xHat(): Matrix {
    return this.buffers.xHat;
  }
  get output(): Matrix {
    return this.buffers.output;
  }
  get gradInput(): Matrix {
    return this.buffers.gradInput;
  }

  /** The μ and σ² inference mode uses now (per inferenceStatistics); arrays owned by the layer. */
  inferenceMoments(): { mean: Float64Array; variance: Float64Array } {
    switch (this.inferenceStatistics) {
      case 'running-average':
        return { mean: this.runningMean, variance: this.runningVariance };
      case 'batch-average': {
        if (this.batchCount === 0) throw new Error(`${this.name || 'batch norm'}: no training batches seen yet`);
        for (let j = 0; j < this.outputSize; j++) {
          this.inferenceMeanBuffer[j] = this.batchMeanSum[j] / this.batchCount;
          this.inferenceVarianceBuffer[j] = this.batchVarianceSum[j] / this.batchCount;
        }
        return { mean: this.inferenceMeanBuffer, variance: this.inferenceVarianceBuffer };
      }
      case 'population':
        if (this.populationMean === null || this.populationVariance === null) {
          throw new Error(`${this.name || 'batch norm'}: population statistics not computed (computePopulationStatistics)`);
        }
        return { mean: this.populationMean, variance: this.populationVariance };
    }
  }

  forward(input: Matrix, mode: Mode): Matrix {
    checkInput(this, input);
    const buffers = this.buffersFor(input.rows);
    this.buffers = buffers;
    this.input = input;
    this.lastMode = mode;
    const rows = input.rows;
    const size = this.outputSize;
    let mean: Float64Array;
    let variance: Float64Array;
    if (mode === 'train') {
      if (rows === 0) throw new RangeError(`${this.name || 'batch norm'}: empty batch in train mode`);
      mean = this.batchMean;
      variance = this.batchVariance;
      moments(input, mean, variance);
      if (!this.frozen) this.recordBatchStatistics();
    } else {
      ({ mean, variance } = this.inferenceMoments());
    }
    const invStd = this.inverseStd;
    for (let j = 0; j < size; j++) invStd[j] = 1 / Math.sqrt(variance[j] + this.eps);
    const x = input.data;
    const xHat = buffers.xHat.data;
    const y = buffers.output.data;
    const gamma = this.gamma.data;
    const beta = this.beta.data;
    for (let r = 0; r < rows; r++) {
      const row = r * size;
      for (let j = 0; j < size; j++) {
        const normalized = (x[row + j] - mean[j]) * invStd[j];
        xHat[row + j] = normalized;
        y[row + j] = gamma[j] * normalized + beta[j];
      }
    }
    return buffers.output;
  }

  backward(gradOutput: Matrix): Matrix {
    const { xHat, gradInput } = this.buffers;
    const rows = xHat.rows;
    const size = this.outputSize;
    checkGradient(this, gradOutput, rows);
    const dy = gradOutput.data;
    const xh = xHat.data;
    const dx = gradInput.data;
    const gamma = this.gamma.data;
    const invStd = this.inverseStd;
    const dGamma = this.gradGamma.data;
    const dBeta = this.gradBeta.data;
    dGamma.fill(0);
    dBeta.fill(0);
    for (let r = 0; r < rows; r++) {
      const row = r * size;
      for (let j = 0; j < size; j++) {
        dBeta[j] += dy[row + j];
        dGamma[j] += dy[row + j] * xh[row + j];
      }
    }
    if (this.lastMode === 'train') {
      for (let r = 0; r < rows; r++) {
        const row = r * size;
        for (let j = 0; j < size; j++) {
          dx[row + j] =
            ((gamma[j] * invStd[j]) / rows) * (rows * dy[row + j] - dBeta[j] - xh[row + j] * dGamma[j]);
        }
      }
    } else {
      for (let r = 0; r < rows; r++) {
        const row = r * size;
        for (let j = 0; j < size; j++) dx[row + j] = gamma[j] * invStd[j] * dy[row + j];
      }
    }
    return gradInput;
  }

  /**
   * Sets populationMean/populationVariance to the mean and biased variance of `input` (every row of
   * the training set as it arrives at this layer). Does not change inferenceStatistics.
   */
  computePopulationStatistics(input: Matrix): void {
    checkInput(this, input);
    if (input.rows === 0) throw new RangeError(`${this.name || 'batch norm'}: empty training set`);
    const mean = new Float64Array(this.outputSize);
    const variance = new Float64Array(this.outputSize);
    moments(input, mean, variance);
    this.populationMean = mean;
    this.populationVariance = variance;
  }

  /** Forgets the running averages (back to μ = 0, σ² = 1), the batch sums and population statistics. */
  resetStatistics(): void {
    this.runningMean.fill(0);
    this.runningVariance.fill(1);
    this.batchMeanSum.fill(0);
    this.batchVarianceSum.fill(0);
    this.batchCount = 0;
    this.populationMean = null;
    this.populationVariance = null;
  }

  attachStorage(values: Float64Array, gradients: Float64Array): void {
    this.parameters = moveParameters(this.parameters, values, gradients);
  }

  /** While frozen, train-mode forward() leaves the running averages and batch sums unchanged. */
  setFrozen(frozen: boolean): void {
    this.frozen = frozen;
  }

  private recordBatchStatistics(): void {
    const momentum = this.momentum;
    for (let j = 0; j < this.outputSize; j++) {
      this.runningMean[j] = momentum * this.runningMean[j] + (1 - momentum) * this.batchMean[j];
      this.runningVariance[j] = momentum * this.runningVariance[j] + (1 - momentum) * this.batchVariance[j];
      this.batchMeanSum[j] += this.batchMean[j];
      this.batchVarianceSum[j] += this.batchVariance[j];
    }
    this.batchCount++;
  }
}

/** The deck's four lines for one unit's values over a mini-batch (batchNormalize). */
export interface BatchNormalization {
  /** μ_B = (1/m) Σ x_i. */
  readonly mean: number;
  /** σ²_B = (1/m) Σ (x_i − μ_B)² (biased, as the layer). */
  readonly variance: number;
  /** √(σ²_B + ε): what x − μ_B is divided by. */
  readonly std: number;
  /** x̂_i = (x_i − μ_B) / √(σ²_B + ε). */
  readonly xHat: Float64Array;
  /** y_i = γ x̂_i + β. */
  readonly y: Float64Array;
}

/**
 * Batch normalization of one unit's values x_1..x_m in train mode, as a pure function: the same
 * statistics (`moments`) and the same arithmetic as BatchNormLayer.forward for one feature, with γ and
 * β given. ε may be 0 here (a demonstration of the formulas; the layer itself needs ε > 0); a batch
 * with σ²_B + ε = 0 has no x̂ and throws.
 */
export function batchNormalize(x: ArrayLike<number>, gamma: number, beta: number, eps: number): BatchNormalization {
  const m = x.length;
  if (m === 0) throw new RangeError('batch norm: empty batch');
  if (!(eps >= 0)) throw new RangeError(`batch norm ε must be ≥ 0, got ${eps}`);
  const input = createMatrix(m, 1);
  for (let i = 0; i < m; i++) input.data[i] = x[i];
  const mean = new Float64Array(1);
  const variance = new Float64Array(1);
  moments(input, mean, variance);
  if (!(variance[0] + eps > 0)) throw new RangeError('batch norm: σ²_B + ε = 0 (all values equal and ε = 0)');
  const invStd = 1 / Math.sqrt(variance[0] + eps);
  const xHat = new Float64Array(m);
  const y = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    const normalized = (input.data[i] - mean[0]) * invStd;
    xHat[i] = normalized;
    y[i] = gamma * normalized + beta;
  }
  return { mean: mean[0], variance: variance[0], std: Math.sqrt(variance[0] + eps), xHat, y };
}

/** Per-column mean (1/m)Σx and biased variance (1/m)Σ(x − mean)² of a matrix's rows. */
function moments(input: Matrix, mean: Float64Array, variance: Float64Array): void {
  const { rows, cols, data } = input;
  mean.fill(0);
  variance.fill(0);
  for (let r = 0; r < rows; r++) for (let j = 0; j < cols; j++) mean[j] += data[r * cols + j];
  for (let j = 0; j < cols; j++) mean[j] /= rows;
  for (let r = 0; r < rows; r++) {
    for (let j = 0; j < cols; j++) {
      const d = data[r * cols + j] - mean[j];
      variance[j] += d * d;
    }
  }
  for (let j = 0; j < cols; j++) variance[j] /= rows;
}
