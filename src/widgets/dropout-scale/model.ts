/**
 * The dropout-scale widget's model: a layer's outputs y feed one unit with weights w; N masks are
 * drawn and each gives a training-time z = Σ w_j ỹ_j (the chosen form's scaling), against the one
 * test-time z. Every number from the core (src/core/dropout-sums.ts); here only the choice of form,
 * the histogram's bins and the readout's values. Pure (no DOM), deterministic for given seeds.
 */
import {
  createRng,
  dropoutSumMoments,
  DROPOUT_EXAMPLE,
  fullSum,
  randomDropoutLayer,
  sampleDropoutSums,
  sampleStats,
  testTimeSum,
  type DropoutSumMoments,
  type DropoutVariant,
  type SampleStats,
} from '../../core';
import type { LayerChoice, Mode } from './state';

export interface ScaleInput {
  readonly mode: Mode;
  readonly p: number;
  readonly masks: number;
  readonly seed: number;
  readonly layer: LayerChoice;
  readonly n: number;
  readonly layerSeed: number;
}

export interface Bin {
  readonly x0: number;
  readonly x1: number;
  readonly count: number;
}

export interface ScaleModel {
  readonly mode: Mode;
  readonly p: number;
  readonly y: readonly number[];
  readonly w: readonly number[];
  /** How training scales: 'unscaled' trains as the original form does. */
  readonly variant: DropoutVariant;
  /** The training-time z of each mask. */
  readonly samples: Float64Array;
  readonly stats: SampleStats;
  /** E[z] and Var[z] over all masks. */
  readonly exact: DropoutSumMoments;
  /** Σ w_j y_j, the full network unscaled. */
  readonly full: number;
  /** The test-time z of the mode: (1 − p) Σ w_j y_j, Σ w_j y_j, or (forgotten) Σ w_j y_j. */
  readonly test: number;
  /** test − E[z]: 0 for the two forms, p Σ w_j y_j when the factor is forgotten. */
  readonly shift: number;
  /** √(Var[z] / N): the spread of the sample mean around E[z]. */
  readonly standardError: number;
  /** √Var[z] and the sample's standard deviation. */
  readonly sd: number;
  readonly sampleSd: number;
  /** |z̄ − test| and the same in standard errors. */
  readonly gap: number;
  readonly gapInErrors: number;
  /** |test − E[z]| in standard deviations of z (0 when Var[z] = 0). */
  readonly shiftInSds: number;
  readonly bins: readonly Bin[];
  /** The plotted z range: every sample, E[z] and the test-time z inside. */
  readonly domain: readonly [number, number];
}

export const BIN_COUNT = 40;

/** The layer a state describes: the chapter's worked example, or n seeded random units. */
export function layerOf(input: Pick<ScaleInput, 'layer' | 'n' | 'layerSeed'>): { y: readonly number[]; w: readonly number[] } {
  if (input.layer === 'chapter') return { y: DROPOUT_EXAMPLE.y, w: DROPOUT_EXAMPLE.w };
  return randomDropoutLayer(input.n, createRng(input.layerSeed));
}

/** Equal-width bins over [lo, hi]; the last bin includes hi. */
export function histogram(values: ArrayLike<number>, lo: number, hi: number, count = BIN_COUNT): Bin[] {
  const width = (hi - lo) / count;
  const counts = new Array<number>(count).fill(0);
  for (let k = 0; k < values.length; k++) {
    const index = Math.min(count - 1, Math.max(0, Math.floor((values[k] - lo) / width)));
    counts[index] += 1;
  }
  return counts.map((c, i) => ({ x0: lo + i * width, x1: i === count - 1 ? hi : lo + (i + 1) * width, count: c }));
}

/** A range holding every sample, E[z] and the test-time z, with a margin; never empty. */
function rangeOf(stats: SampleStats, marks: readonly number[]): [number, number] {
  const lo = Math.min(stats.min, ...marks);
  const hi = Math.max(stats.max, ...marks);
  const pad = hi > lo ? (hi - lo) * 0.05 : 0.5;
  return [lo - pad, hi + pad];
}

export function scaleModel(input: ScaleInput): ScaleModel {
  const { y, w } = layerOf(input);
  const variant: DropoutVariant = input.mode === 'inverted' ? 'inverted' : 'deck';
  const spec = { y, w, p: input.p, variant };
  const samples = sampleDropoutSums(spec, input.masks, createRng(input.seed));
  const stats = sampleStats(samples);
  const exact = dropoutSumMoments(spec);
  const full = fullSum(y, w);
  // Forgetting the factor: the test-time network is the plain one, whatever training did.
  const test = input.mode === 'unscaled' ? full : testTimeSum(spec);
  const domain = rangeOf(stats, [exact.mean, test]);
  const sd = Math.sqrt(exact.variance);
  const standardError = sd / Math.sqrt(input.masks);
  const gap = Math.abs(stats.mean - test);
  return {
    mode: input.mode,
    p: input.p,
    y,
    w,
    variant,
    samples,
    stats,
    exact,
    full,
    test,
    shift: test - exact.mean,
    standardError,
    sd,
    sampleSd: Math.sqrt(stats.variance),
    gap,
    gapInErrors: standardError > 0 ? gap / standardError : 0,
    shiftInSds: sd > 0 ? Math.abs(test - exact.mean) / sd : 0,
    bins: histogram(samples, domain[0], domain[1]),
    domain,
  };
}

/** The live formulas' numbers (names used by formulas.ts). */
export function formulaValues(model: ScaleModel): Record<string, number> {
  return {
    p: model.p,
    keep: 1 - model.p,
    full: model.full,
    test: model.test,
    mean: model.exact.mean,
    variance: model.exact.variance,
    squares: model.exact.squares,
    sampleMean: model.stats.mean,
    sampleVariance: model.stats.variance,
    masks: model.stats.count,
    shift: model.shift,
  };
}
