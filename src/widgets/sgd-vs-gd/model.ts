/**
 * The sgd-vs-gd widget's model, pure: the core's line-fit loss J(w, b) = (1/N) Σᵢ ½(w·xᵢ + b − yᵢ)²
 * (N points from the seed), and two runs from the same start with the same η — gradient descent with
 * the true gradient ∇J (all N examples a step) and SGD with the mean gradient of a mini-batch of |B|
 * examples, the batches cut from a fresh shuffle every epoch (core/minibatch-sampler.ts: without
 * replacement within an epoch, the last batch short). At SGD's current point, a scatter of many
 * mini-batch gradients (random |B|-subsets, as any batch of an epoch is) with their measured mean and
 * spread beside the formulas (core/minibatch-spread.ts).
 */
import {
  createEpochBatches,
  createOptimizer,
  createRng,
  lineFitLoss,
  minibatchSpread,
  sampleMoments,
  sampleSubset,
  type EpochBatches,
  type LineFitLoss,
  type MinibatchSpread,
} from '../../core';
import { SCATTER_COUNT } from './state';

export interface SgdSettings {
  readonly eta: number;
  readonly batch: number;
  readonly n: number;
  readonly seed: number;
}

export interface Lane {
  /** (w, b), updated in place. */
  readonly theta: Float64Array;
  /** Every (w, b) so far, θ₀ first. */
  readonly ws: number[];
  readonly bs: number[];
  /** J − J* after each step, the start first. */
  readonly gaps: number[];
  /** Examples seen after each step, 0 first. */
  readonly examples: number[];
}

export interface Scatter {
  /** The point the gradients are taken at (SGD's θ). */
  readonly at: readonly [number, number];
  /** SCATTER_COUNT mini-batch gradients (∂J/∂w, ∂J/∂b). */
  readonly points: readonly Float64Array[];
  /** Their sample mean and sd. */
  readonly measured: { readonly mean: Float64Array; readonly sd: Float64Array };
  /** The exact values: ḡ = ∇J and the sd formulas. */
  readonly exact: MinibatchSpread;
}

export interface Race {
  readonly loss: LineFitLoss;
  readonly eta: number;
  readonly n: number;
  /** |B|, at most N. */
  readonly batchSize: number;
  readonly gd: Lane;
  readonly sgd: Lane;
  /** Steps taken by each. */
  readonly steps: number;
  readonly batches: EpochBatches;
  /** The examples of SGD's last batch (empty before the first step). */
  readonly lastBatch: readonly number[];
  /** One update of each; returns the larger of the two losses J (for the runner's divergence check). */
  step(): number;
  /** The larger J now. */
  worstLoss(): number;
  /** The scatter at SGD's current point (computed once per step). */
  scatter(): Scatter;
}

/** The batches' generator: a stream of its own, apart from the data's (same seed, different stream). */
const batchSeed = (seed: number) => (seed ^ 0x5bd1e995) >>> 0;
/** The scatter's generator at step t: the same picture for the same state. */
const scatterSeed = (seed: number, step: number) => (seed + 0x9e3779b9 * (step + 1)) >>> 0;

function lane(loss: LineFitLoss): Lane {
  const theta = Float64Array.from(loss.start);
  return { theta, ws: [theta[0]], bs: [theta[1]], gaps: [loss.value(theta) - loss.minimumValue], examples: [0] };
}

function record(l: Lane, loss: LineFitLoss, examples: number): number {
  const value = loss.value(l.theta);
  l.ws.push(l.theta[0]);
  l.bs.push(l.theta[1]);
  l.gaps.push(value - loss.minimumValue);
  l.examples.push(examples);
  return value;
}

export function createRace(settings: SgdSettings): Race {
  const loss = lineFitLoss(settings.n, settings.seed);
  const n = settings.n;
  const batchSize = Math.min(settings.batch, n);
  const gd = lane(loss);
  const sgd = lane(loss);
  const gdOptimizer = createOptimizer('gd', { lr: settings.eta });
  const sgdOptimizer = createOptimizer('sgd', { lr: settings.eta });
  const batches = createEpochBatches(n, batchSize, createRng(batchSeed(settings.seed)));
  const gradient = new Float64Array(2);
  let lastBatch: number[] = [];
  let steps = 0;
  let cached: { step: number; scatter: Scatter } | null = null;
  const exampleGradient = (t: ArrayLike<number>, i: number, out: Float64Array) => loss.batchGradient(t, [i], out);

  return {
    loss,
    eta: settings.eta,
    n,
    batchSize,
    gd,
    sgd,
    batches,
    get steps() {
      return steps;
    },
    get lastBatch() {
      return lastBatch;
    },
    step() {
      gdOptimizer.step(gd.theta, (p) => loss.gradient(p, gradient));
      const gdLoss = record(gd, loss, (steps + 1) * n);
      const batch = batches.next();
      lastBatch = Array.from(batch);
      sgdOptimizer.step(sgd.theta, (p) => loss.batchGradient(p, batch, gradient));
      const sgdLoss = record(sgd, loss, batches.examplesSeen);
      steps++;
      return Number.isFinite(gdLoss) && Number.isFinite(sgdLoss) ? Math.max(gdLoss, sgdLoss) : NaN;
    },
    worstLoss: () => Math.max(loss.value(gd.theta), loss.value(sgd.theta)),
    scatter() {
      if (cached?.step === steps) return cached.scatter;
      const at: [number, number] = [sgd.theta[0], sgd.theta[1]];
      const rng = createRng(scatterSeed(settings.seed, steps));
      const subset = new Uint32Array(n);
      const points: Float64Array[] = [];
      for (let k = 0; k < SCATTER_COUNT; k++) points.push(loss.batchGradient(at, sampleSubset(n, batchSize, rng, subset), new Float64Array(2)));
      const scatter: Scatter = { at, points, measured: sampleMoments(points, 2), exact: minibatchSpread(at, n, batchSize, exampleGradient) };
      cached = { step: steps, scatter };
      return scatter;
    },
  };
}

/** The live formula's numbers: the last mini-batch gradient, the true gradient and the spreads at SGD's point. */
export function formulaValues(race: Race): Record<string, number> {
  const s = race.scatter();
  const g = new Float64Array(2);
  const batchGradient = race.lastBatch.length > 0 ? race.loss.batchGradient(s.at, race.lastBatch, g) : race.loss.gradient(s.at, g);
  return {
    eta: race.eta,
    batch: race.batchSize,
    n: race.n,
    gw: batchGradient[0],
    gb: batchGradient[1],
    tw: s.exact.mean[0],
    tb: s.exact.mean[1],
    sw: s.exact.sdWithoutReplacement[0],
    sb: s.exact.sdWithoutReplacement[1],
  };
}
