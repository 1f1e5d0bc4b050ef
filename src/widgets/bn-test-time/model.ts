/**
 * The "training against test time" widget's model: one unit's input, a training set of examples, a
 * stream of mini-batches drawn from it, and what the core's batch-norm layer (src/core/layers/
 * batch-norm.ts) makes of them. Every statistic and every output is the layer's; this module only
 * feeds it and records. Pure (no DOM), deterministic for a seed.
 *
 * The unit's input. Training example i has a fixed base value base_i; after t mini-batches (the layers
 * below have been updated t times) its input to this unit is base_i + drift·t. The seeded training set
 * has base_i = mean + spread·z_i with z_i standard normal.
 *
 * Training: mini-batch t = 1 … N holds the inputs of its m examples at t. The layer, in train mode,
 * normalizes with that batch's μ_B and σ²_B (biased, 1/m, as the seminar writes them) and updates
 *   running ← momentum · running + (1 − momentum) · batch     (momentum weighs the OLD value; 0.9)
 * for the mean and the (biased) variance, starting from 0 and 1; it also sums μ_B and σ²_B, whose
 * averages are the seminar's second test-time choice.
 *
 * Test time after k batches, for one test input x: the three ways of fixing the statistics —
 * the running averages (what the core, PyTorch and Keras use), the average of the k batch statistics,
 * and the mean and biased variance of the whole training set as the network now sees it (inputs at k);
 * then, wrongly, x normalized in train mode inside a batch of b with b − 1 batch-mates drawn at random
 * from the training set: the output moves with the batch-mates, and for b = 1 it is β exactly
 * (μ_B = x, σ²_B = 0, x̂ = 0).
 */
import { BatchNormLayer, createMatrix, createRng, matrixView, type BatchNormInferenceStatistics, type Rng } from '../../core';
import { BATCHES, DRAWS, TRAINING_SET_SIZE, WRONG_SIZES } from './state';

export interface UnitSettings {
  /** Weight of the old running value (the core's convention). */
  readonly momentum: number;
  /** How much every input moves per mini-batch. */
  readonly drift: number;
  readonly gamma: number;
  readonly beta: number;
}

export interface StreamSettings extends UnitSettings {
  readonly m: number;
  readonly mean: number;
  readonly spread: number;
  readonly seed: number;
  readonly draw: number;
}

/** A stream given explicitly: the training set's base values and each batch's example indices. */
export interface StreamData extends UnitSettings {
  readonly base: ArrayLike<number>;
  readonly batches: readonly (readonly number[])[];
}

export interface Choice {
  readonly kind: BatchNormInferenceStatistics;
  /** E[x] and Var[x] the layer normalizes with. */
  readonly mean: number;
  readonly variance: number;
  readonly xHat: number;
  readonly y: number;
}

export interface WrongDraw {
  /** The test input's batch-mates (their inputs at k). */
  readonly mates: readonly number[];
  readonly batchMean: number;
  readonly batchVariance: number;
  readonly y: number;
}

export interface TestTime {
  readonly k: number;
  /** Running averages, average of the batch statistics (null before the first batch), whole training set. */
  readonly running: Choice;
  readonly average: Choice | null;
  readonly population: Choice;
  /** Ioffe & Szegedy's unbiased estimate m/(m − 1) · E_B[σ²_B] (null before a batch, or with m = 1). */
  readonly unbiasedVariance: number | null;
}

export interface Stream {
  readonly count: number;
  /** Batch size (the first batch's; every batch of a seeded stream has m). */
  readonly m: number;
  /** index t − 1: μ_B and σ²_B of batch t. */
  readonly batchMean: Float64Array;
  readonly batchVariance: Float64Array;
  /** index t: the running averages after t batches (t = 0: the start, 0 and 1). */
  readonly runningMean: Float64Array;
  readonly runningVariance: Float64Array;
  /** index t − 1: the averages of μ_B and of σ²_B over batches 1 … t. */
  readonly averageMean: Float64Array;
  readonly averageVariance: Float64Array;
  /** index t: mean and biased variance of the whole training set's inputs after t batches. */
  readonly populationMean: Float64Array;
  readonly populationVariance: Float64Array;
  /** The inputs of the whole training set after t batches. */
  inputsAt(t: number): Float64Array;
  /** The inputs of batch t (1 … count). */
  batchInputs(t: number): Float64Array;
  /** Test input x after k batches, normalized with each fixed choice. */
  testAt(k: number, x: number): TestTime;
  /** Test input x after k batches normalized in train mode within a batch of `size` with these batch-mates' example indices. */
  inBatch(k: number, x: number, mates: readonly number[]): WrongDraw;
}

/** A layer of one unit with the settings' γ, β and momentum. */
function unitLayer(settings: UnitSettings): BatchNormLayer {
  const layer = new BatchNormLayer({ size: 1, momentum: settings.momentum });
  layer.gamma.data[0] = settings.gamma;
  layer.beta.data[0] = settings.beta;
  return layer;
}

const column = (values: Float64Array) => matrixView(values.length, 1, values);

export function createStreamFrom(data: StreamData): Stream {
  const n = data.base.length;
  const count = data.batches.length;
  if (n === 0) throw new RangeError('empty training set');
  const inputsAt = (t: number) => {
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) out[i] = data.base[i] + data.drift * t;
    return out;
  };
  const batchInputs = (t: number) => Float64Array.from(data.batches[t - 1], (i) => data.base[i] + data.drift * t);

  const batchMean = new Float64Array(count);
  const batchVariance = new Float64Array(count);
  const runningMean = new Float64Array(count + 1);
  const runningVariance = new Float64Array(count + 1);
  const averageMean = new Float64Array(count);
  const averageVariance = new Float64Array(count);
  const populationMean = new Float64Array(count + 1);
  const populationVariance = new Float64Array(count + 1);

  const layer = unitLayer(data);
  const population = (t: number) => {
    layer.computePopulationStatistics(column(inputsAt(t)));
    populationMean[t] = layer.populationMean![0];
    populationVariance[t] = layer.populationVariance![0];
  };
  runningMean[0] = layer.runningMean[0];
  runningVariance[0] = layer.runningVariance[0];
  population(0);
  for (let t = 1; t <= count; t++) {
    layer.forward(column(batchInputs(t)), 'train');
    batchMean[t - 1] = layer.batchMean[0];
    batchVariance[t - 1] = layer.batchVariance[0];
    runningMean[t] = layer.runningMean[0];
    runningVariance[t] = layer.runningVariance[0];
    layer.inferenceStatistics = 'batch-average';
    const average = layer.inferenceMoments();
    averageMean[t - 1] = average.mean[0];
    averageVariance[t - 1] = average.variance[0];
    population(t);
  }

  /** A fresh layer that has seen batches 1 … k. */
  const trainedTo = (k: number) => {
    const fresh = unitLayer(data);
    for (let t = 1; t <= k; t++) fresh.forward(column(batchInputs(t)), 'train');
    return fresh;
  };
  const choose = (trained: BatchNormLayer, kind: BatchNormInferenceStatistics, x: number): Choice => {
    trained.inferenceStatistics = kind;
    const { mean, variance } = trained.inferenceMoments();
    const e = mean[0];
    const v = variance[0];
    const y = trained.forward(column(Float64Array.of(x)), 'inference').data[0];
    return { kind, mean: e, variance: v, xHat: trained.xHat.data[0], y };
  };

  return {
    count,
    m: data.batches[0]?.length ?? 0,
    batchMean,
    batchVariance,
    runningMean,
    runningVariance,
    averageMean,
    averageVariance,
    populationMean,
    populationVariance,
    inputsAt,
    batchInputs,
    testAt(k, x) {
      const trained = trainedTo(k);
      trained.computePopulationStatistics(column(inputsAt(k)));
      const m = data.batches[0]?.length ?? 0;
      const average = k > 0 ? choose(trained, 'batch-average', x) : null;
      return {
        k,
        running: choose(trained, 'running-average', x),
        average,
        population: choose(trained, 'population', x),
        unbiasedVariance: average && m > 1 ? (m / (m - 1)) * average.variance : null,
      };
    },
    inBatch(k, x, mates) {
      // Train mode on a frozen layer: the batch's own statistics, and the running averages untouched.
      const wrong = unitLayer(data);
      wrong.setFrozen(true);
      const inputs = inputsAt(k);
      const batch = Float64Array.from([x, ...mates.map((i) => inputs[i])]);
      const y = wrong.forward(column(batch), 'train').data[0];
      return { mates: Array.from(batch.subarray(1)), batchMean: wrong.batchMean[0], batchVariance: wrong.batchVariance[0], y };
    },
  };
}

/** `count` distinct indices of 0 … n − 1 (a partial Fisher–Yates shuffle); count ≤ n. */
export function pickDistinct(rng: Rng, n: number, count: number): number[] {
  const pool = Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < count; i++) {
    const j = i + rng.int(n - i);
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, count);
}

/** The seeded training set's base values mean + spread·z_i. */
export function trainingSet(settings: Pick<StreamSettings, 'mean' | 'spread'>, rng: Rng): Float64Array {
  return Float64Array.from({ length: TRAINING_SET_SIZE }, () => rng.normal(settings.mean, settings.spread));
}

export interface Widget extends Stream {
  readonly settings: StreamSettings;
  /** Draws of batch-mates for each wrong batch size, after k batches. */
  wrongAt(k: number, x: number): { size: number; draws: WrongDraw[] }[];
  /** y-axis ranges that hold every value of the stream (the charts do not rescale while it plays). */
  readonly meanRange: readonly [number, number];
  readonly varianceRange: readonly [number, number];
}

/**
 * The widget's stream: a training set from the seed, BATCHES batches of m distinct examples each
 * (examples drawn afresh for every batch), and batch-mates for the wrong test-time batches drawn from
 * a generator of their own, numbered by `draw`, so new batch-mates leave the training stream alone.
 */
export function createWidgetModel(settings: StreamSettings): Widget {
  const rng = createRng(settings.seed);
  const base = trainingSet(settings, rng);
  const batches = Array.from({ length: BATCHES }, () => pickDistinct(rng, base.length, settings.m));
  const stream = createStreamFrom({ ...settings, base, batches });
  const range = (...series: Float64Array[]): [number, number] => {
    let low = Infinity;
    let high = -Infinity;
    for (const s of series) for (const v of s) if (Number.isFinite(v)) [low, high] = [Math.min(low, v), Math.max(high, v)];
    return [low, high];
  };
  return {
    ...stream,
    settings,
    meanRange: range(stream.batchMean, stream.runningMean, stream.averageMean, stream.populationMean),
    varianceRange: range(stream.batchVariance, stream.runningVariance, stream.averageVariance, stream.populationVariance),
    wrongAt(k, x) {
      const mates = createRng((Math.imul(settings.seed + 1, 0x9e3779b1) ^ (settings.draw + 1)) >>> 0);
      return WRONG_SIZES.map((size) => ({
        size,
        draws: Array.from({ length: DRAWS }, () => stream.inBatch(k, x, pickDistinct(mates, base.length, size - 1))),
      }));
    },
  };
}
