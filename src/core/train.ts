/**
 * Training loops over a dataset { x: n × inputs, y: n × outputs }, one optimizer step per batch:
 * - 'full-batch': every step uses all n examples (the deck's gradient descent);
 * - 'mini-batch': batches of batchSize in an order reshuffled from the Rng at each epoch's start
 *   (the last batch of an epoch holds the n mod batchSize remaining examples, if any);
 * - 'single-sample': one example per step, reshuffled each epoch (the deck's SGD).
 *
 * Loss history: stepLosses[t] is the batch-mean loss of step t + 1 (train mode), taken at the first
 * gradient evaluation of the step — at the parameters before the update, or for NAG at its look-ahead
 * point. epochLosses[e] is the example-weighted mean of the step losses of epoch e + 1
 * (Σ_batches loss_b · m_b / n).
 *
 * Divergence: a step whose loss is not finite, or after which a parameter is not finite, sets
 * status 'diverged' and divergedAtStep; the parameters are restored to their values before that step
 * (the optimizer's own state is not) and further steps do nothing. Nothing throws for divergence.
 */

import type { Dataset } from './datasets/dataset';
import { type Matrix, createMatrix, gatherRows } from './matrix';
import type { Network } from './network';
import type { Rng } from './random';

/**
 * The optimizer contract: update `params` in place, calling gradAt(p) for ∇J at any point p (the
 * returned array is only valid until the next gradAt call).
 */
export interface GradientOptimizer {
  step(params: Float64Array, gradAt: (p: Float64Array) => Float64Array): void;
}

export type BatchMode = 'full-batch' | 'mini-batch' | 'single-sample';

export type TrainStatus = 'ok' | 'diverged';

export interface TrainerOptions {
  /** Default 'full-batch'. */
  mode?: BatchMode;
  /** Examples per step in 'mini-batch' mode (default 32). */
  batchSize?: number;
  /** Shuffles the order at each epoch in 'mini-batch' and 'single-sample' modes. */
  rng?: Rng;
  /** Default true when an rng is given; without one the dataset order is used every epoch. */
  shuffle?: boolean;
}

export interface TrainReport {
  status: TrainStatus;
  /** Steps taken by this call. */
  steps: number;
  /** Steps and whole epochs since the trainer was created. */
  totalSteps: number;
  epochs: number;
  /** Loss of the last step taken (NaN before the first). */
  loss: number;
  /** Step number (1-based) whose loss or update was not finite, or null. */
  divergedAtStep: number | null;
}

export class Trainer {
  readonly network: Network;
  readonly dataset: Dataset;
  readonly optimizer: GradientOptimizer;
  readonly mode: BatchMode;
  readonly batchSize: number;
  readonly stepLosses: number[] = [];
  readonly epochLosses: number[] = [];
  status: TrainStatus = 'ok';
  stepCount = 0;
  epochCount = 0;
  divergedAtStep: number | null = null;
  private readonly rng: Rng | undefined;
  private readonly shuffle: boolean;
  /** Example order of the current epoch. */
  private readonly order: Uint32Array;
  /** Index in `order` of the next batch's first example. */
  private cursor = 0;
  private epochLossSum = 0;
  private readonly fullBatch: { x: Matrix; y: Matrix };
  private readonly lastBatch: { x: Matrix; y: Matrix } | null;
  private batch: { x: Matrix; y: Matrix };
  private readonly previousParameters: Float64Array;
  private stepLoss = Number.NaN;
  private evaluated = false;
  private readonly gradAt: (p: Float64Array) => Float64Array;

  constructor(network: Network, dataset: Dataset, optimizer: GradientOptimizer, options: TrainerOptions = {}) {
    const n = dataset.x.rows;
    if (n === 0) throw new RangeError('dataset is empty');
    if (dataset.y.rows !== n) throw new RangeError(`dataset: x has ${n} rows, y has ${dataset.y.rows}`);
    if (dataset.x.cols !== network.inputSize || dataset.y.cols !== network.outputSize) {
      throw new RangeError(
        `dataset is ${dataset.x.cols} → ${dataset.y.cols}, network is ${network.inputSize} → ${network.outputSize}`,
      );
    }
    this.network = network;
    this.dataset = dataset;
    this.optimizer = optimizer;
    this.mode = options.mode ?? 'full-batch';
    const size = this.mode === 'full-batch' ? n : this.mode === 'single-sample' ? 1 : (options.batchSize ?? 32);
    if (!(Number.isInteger(size) && size > 0)) throw new RangeError(`batchSize must be a positive integer, got ${size}`);
    this.batchSize = Math.min(size, n);
    this.rng = options.rng;
    this.shuffle = this.mode !== 'full-batch' && (options.shuffle ?? this.rng !== undefined);
    if (this.shuffle && this.rng === undefined) throw new RangeError('shuffling needs an rng');
    this.order = new Uint32Array(n);
    for (let k = 0; k < n; k++) this.order[k] = k;
    const gathers = this.mode !== 'full-batch';
    this.fullBatch = gathers
      ? { x: createMatrix(this.batchSize, dataset.x.cols), y: createMatrix(this.batchSize, dataset.y.cols) }
      : { x: dataset.x, y: dataset.y };
    const remainder = n % this.batchSize;
    this.lastBatch =
      gathers && remainder > 0
        ? { x: createMatrix(remainder, dataset.x.cols), y: createMatrix(remainder, dataset.y.cols) }
        : null;
    this.batch = this.fullBatch;
    this.previousParameters = new Float64Array(network.parameters.length);
    this.gradAt = (p) => {
      const gradient = this.network.gradientAt(p, this.batch.x, this.batch.y, 'train');
      if (!this.evaluated) {
        this.stepLoss = this.network.lastLoss;
        this.evaluated = true;
      }
      return gradient;
    };
  }

  /** One optimizer step on the next batch. Returns the status after it. */
  step(): TrainStatus {
    if (this.status === 'diverged') return this.status;
    const n = this.order.length;
    if (this.cursor === 0 && this.shuffle) (this.rng as Rng).shuffle(this.order);
    const count = Math.min(this.batchSize, n - this.cursor);
    if (this.mode !== 'full-batch') {
      this.batch = count === this.batchSize ? this.fullBatch : (this.lastBatch as { x: Matrix; y: Matrix });
      gatherRows(this.dataset.x, this.order, this.cursor, count, this.batch.x);
      gatherRows(this.dataset.y, this.order, this.cursor, count, this.batch.y);
    }
    const parameters = this.network.parameters;
    this.previousParameters.set(parameters);
    this.evaluated = false;
    this.optimizer.step(parameters, this.gradAt);
    if (!this.evaluated) throw new Error('optimizer.step() never called gradAt');
    this.stepCount++;
    const loss = this.stepLoss;
    this.stepLosses.push(loss);
    if (!Number.isFinite(loss) || !allFinite(parameters)) {
      parameters.set(this.previousParameters);
      this.status = 'diverged';
      this.divergedAtStep = this.stepCount;
      return this.status;
    }
    this.epochLossSum += loss * count;
    this.cursor += count;
    if (this.cursor === n) {
      this.epochLosses.push(this.epochLossSum / n);
      this.epochLossSum = 0;
      this.cursor = 0;
      this.epochCount++;
    }
    return this.status;
  }

  /** Up to `steps` steps (fewer if training diverges). */
  runSteps(steps: number): TrainReport {
    const before = this.stepCount;
    for (let k = 0; k < steps && this.status === 'ok'; k++) this.step();
    return this.report(this.stepCount - before);
  }

  /** Steps until `epochs` more epochs have completed (fewer if training diverges). */
  runEpochs(epochs: number): TrainReport {
    const before = this.stepCount;
    const target = this.epochCount + epochs;
    while (this.epochCount < target && this.status === 'ok') this.step();
    return this.report(this.stepCount - before);
  }

  private report(steps: number): TrainReport {
    return {
      status: this.status,
      steps,
      totalSteps: this.stepCount,
      epochs: this.epochCount,
      loss: this.stepLosses.length > 0 ? this.stepLosses[this.stepLosses.length - 1] : Number.NaN,
      divergedAtStep: this.divergedAtStep,
    };
  }
}

/** Trains for `epochs` epochs; returns the report with the loss histories. */
export function train(
  network: Network,
  dataset: Dataset,
  optimizer: GradientOptimizer,
  options: TrainerOptions & { epochs: number },
): TrainReport & { stepLosses: number[]; epochLosses: number[] } {
  const trainer = new Trainer(network, dataset, optimizer, options);
  const report = trainer.runEpochs(options.epochs);
  return { ...report, stepLosses: trainer.stepLosses, epochLosses: trainer.epochLosses };
}

function allFinite(values: Float64Array): boolean {
  for (let k = 0; k < values.length; k++) if (!Number.isFinite(values[k])) return false;
  return true;
}
