/**
 * Training a perceptron by the delta rule (perceptron.ts's deltaRuleStep), the one trainer of the
 * course: a run steps one sample at a time — sample t mod m of the m rows, in row order, so an epoch
 * is one pass over the data — and after the last sample of each epoch decides whether to stop:
 *
 * - 'converged': the epoch made no error (every sample classified; the weights no longer move);
 * - 'cycle': the weights and bias entering the next epoch equal those that entered an earlier epoch
 *   k (perceptronStateKey), so epochs k … now will repeat forever, each with errors — the data is
 *   not linearly separable (XOR);
 * - 'epoch-cap': maxEpochs epochs ran, each with an error, and no cycle showed.
 *
 * A widget steps a run sample by sample; trainPerceptron runs one to the end.
 */
import type { Dataset } from './datasets/dataset';
import { createPerceptron, deltaRuleStep, type DeltaRuleUpdate, type Perceptron } from './perceptron';

/** One pass over the samples, in order. */
export interface PerceptronEpoch {
  /** From 1. */
  readonly epoch: number;
  readonly updates: readonly DeltaRuleUpdate[];
  /** Samples with d ≠ y in this epoch. */
  readonly errors: number;
}

/** Why a run stopped (the module comment gives each reason). */
export type PerceptronStop =
  | { readonly kind: 'converged'; readonly epoch: number }
  | { readonly kind: 'cycle'; readonly firstEpoch: number; readonly repeatEpoch: number }
  | { readonly kind: 'epoch-cap'; readonly epochs: number };

export type PerceptronVerdict = PerceptronStop['kind'];

export interface PerceptronTrainingOptions {
  /** α > 0 */
  alpha: number;
  /** A whole number ≥ 1; default 100. */
  maxEpochs?: number;
  /** Initial W; default zeros. */
  weights?: ArrayLike<number>;
  /** Initial b; default 0. */
  bias?: number;
}

/** A delta-rule run in progress. */
export interface PerceptronRun {
  readonly data: Dataset;
  readonly alpha: number;
  /** The current W, b, updated in place by each step. */
  readonly perceptron: Perceptron;
  /** Every update so far, oldest first. */
  readonly updates: readonly DeltaRuleUpdate[];
  /** The completed epochs, in order. */
  readonly epochs: readonly PerceptronEpoch[];
  /** Errors so far in the epoch under way (0 at an epoch's start). */
  readonly errorsThisEpoch: number;
  /** Row of the sample the next step uses. */
  readonly nextSample: number;
  /** Set after the epoch that ends the run; null while it goes on. */
  readonly stop: PerceptronStop | null;
  /** One delta-rule step on the next sample; throws once the run has stopped. */
  step(): DeltaRuleUpdate;
}

/**
 * Exact text of (W, b): equal keys mean bit-identical states (JS number strings round-trip). A run
 * that meets an epoch-start key it has seen before is in a cycle.
 */
export function perceptronStateKey(perceptron: Perceptron): string {
  return `${Array.from(perceptron.weights).join(',')};${perceptron.bias}`;
}

function checkTrainingData(data: Dataset): void {
  if (data.x.rows < 1) throw new RangeError('the training data has no samples');
  if (data.y.cols !== 1 || data.y.rows !== data.x.rows) {
    throw new RangeError(`y must be ${data.x.rows}×1 (one 0/1 target per sample), got ${data.y.rows}×${data.y.cols}`);
  }
  if (!data.y.data.every((d) => d === 0 || d === 1)) throw new RangeError('targets d must be 0 or 1');
}

/** A new run on `data` (targets one 0/1 column) from the given or zero W, b. */
export function createPerceptronRun(data: Dataset, options: PerceptronTrainingOptions): PerceptronRun {
  const { alpha, maxEpochs = 100 } = options;
  if (!(Number.isFinite(alpha) && alpha > 0)) throw new RangeError(`alpha must be a finite number > 0, got ${alpha}`);
  if (!Number.isInteger(maxEpochs) || maxEpochs < 1) throw new RangeError(`maxEpochs must be an integer >= 1, got ${maxEpochs}`);
  checkTrainingData(data);
  const perceptron = createPerceptron(data.x.cols, { weights: options.weights, bias: options.bias });
  const { x, y } = data;
  const updates: DeltaRuleUpdate[] = [];
  const epochs: PerceptronEpoch[] = [];
  /** Epoch-start states seen: key → epoch number. */
  const seen = new Map<string, number>([[perceptronStateKey(perceptron), 1]]);
  let errorsThisEpoch = 0;
  let stop: PerceptronStop | null = null;

  function endEpoch(epoch: number): void {
    epochs.push({ epoch, updates: updates.slice(-x.rows), errors: errorsThisEpoch });
    if (errorsThisEpoch === 0) {
      stop = { kind: 'converged', epoch };
    } else {
      const key = perceptronStateKey(perceptron);
      const firstEpoch = seen.get(key);
      if (firstEpoch !== undefined) stop = { kind: 'cycle', firstEpoch, repeatEpoch: epoch + 1 };
      else if (epoch >= maxEpochs) stop = { kind: 'epoch-cap', epochs: epoch };
      else seen.set(key, epoch + 1);
    }
    errorsThisEpoch = 0;
  }

  return {
    data,
    alpha,
    perceptron,
    updates,
    epochs,
    get errorsThisEpoch() {
      return errorsThisEpoch;
    },
    get nextSample() {
      return updates.length % x.rows;
    },
    get stop() {
      return stop;
    },
    step() {
      if (stop) throw new Error('delta rule: the run has stopped; start a new one');
      const sample = updates.length % x.rows;
      const epoch = Math.floor(updates.length / x.rows) + 1;
      const row = x.data.subarray(sample * x.cols, (sample + 1) * x.cols);
      const update = deltaRuleStep(perceptron, row, y.data[sample], alpha, { epoch, sample });
      updates.push(update);
      if (update.error !== 0) errorsThisEpoch++;
      if (sample === x.rows - 1) endEpoch(epoch);
      return update;
    },
  };
}

export interface PerceptronTrainingResult {
  readonly verdict: PerceptronVerdict;
  readonly converged: boolean;
  /** The epochs run, in order (the last is error-free when converged). */
  readonly epochs: readonly PerceptronEpoch[];
  /** For 'cycle': the state entering `repeatEpoch` equals the state entering `firstEpoch`; period = their distance. */
  readonly cycle: { readonly firstEpoch: number; readonly repeatEpoch: number; readonly period: number } | null;
  /** The final weights and bias. */
  readonly perceptron: Perceptron;
}

/** Trains a new perceptron on `data` by the delta rule until the run stops. */
export function trainPerceptron(data: Dataset, options: PerceptronTrainingOptions): PerceptronTrainingResult {
  const run = createPerceptronRun(data, options);
  while (!run.stop) run.step();
  const stop: PerceptronStop = run.stop;
  const cycle = stop.kind === 'cycle' ? { firstEpoch: stop.firstEpoch, repeatEpoch: stop.repeatEpoch, period: stop.repeatEpoch - stop.firstEpoch } : null;
  return { verdict: stop.kind, converged: stop.kind === 'converged', epochs: run.epochs, cycle, perceptron: run.perceptron };
}
