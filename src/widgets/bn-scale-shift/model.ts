/**
 * The scale-and-shift widget's numbers (chapter 7, #scale-and-shift), every one from the core: one
 * unit's pre-activations x over a mini-batch, normalized to x̂ and scaled and shifted to y = γx̂ + β
 * (src/core/layers/batch-norm.ts batchNormalize), then passed through an activation f
 * (src/core/activations.ts). Pure, no DOM (tests/unit/widgets/bn-scale-shift/model.test.ts).
 *
 * "Near-linear range": where f stays close to its tangent at 0. For the sigmoid that is |t| < 1, where
 * sigmoid(t) is within 0.0189 of 0.5 + t/4 (the chapter's table); tanh(t) = 2·sigmoid(2t) − 1 is the
 * sigmoid stretched, so the same closeness (1.9 % of its range) holds on |t| < 0.5. ReLU is exactly
 * linear on each side of 0; it acts as a nonlinearity on a batch only when the batch straddles 0, so
 * for ReLU the widget counts the values on its identity branch, t ≥ 0.
 */
import { batchNormalize, createElementwiseActivation, createRng, type ElementwiseActivation } from '../../core';
import {
  BETA_MAX,
  BETA_MIN,
  CHAPTER_BATCH,
  GAMMA_MAX,
  GAMMA_MIN,
  type EpsText,
  type ScaleShiftActivation,
} from './state';

export interface BatchSettings {
  readonly batch: 'random' | 'chapter';
  readonly m: number;
  readonly mu: number;
  readonly spread: number;
  readonly seed: number;
}

/** The mini-batch: the chapter's (2, 4, 6, 8), or m seeded draws from N(mu, spread²). */
export function batchValues(settings: BatchSettings): Float64Array {
  if (settings.batch === 'chapter') return Float64Array.from(CHAPTER_BATCH);
  const rng = createRng(settings.seed);
  return Float64Array.from({ length: settings.m }, () => rng.normal(settings.mu, settings.spread));
}

export function epsValue(text: EpsText): number {
  return Number(text);
}

/** The near-linear half-width of f (see the header), or null for ReLU (linear on each side of 0). */
export function nearLinearRange(fn: ScaleShiftActivation): number | null {
  return fn === 'sigmoid' ? 1 : fn === 'tanh' ? 0.5 : null;
}

export function activation(fn: ScaleShiftActivation): ElementwiseActivation {
  return createElementwiseActivation(fn);
}

/** f(t) and f′(t). */
export function valueAndSlope(fn: ScaleShiftActivation, t: number): { value: number; slope: number } {
  const f = activation(fn);
  const value = f.value(t);
  return { value, slope: f.derivative(t, value) };
}

/**
 * How far f leaves its tangent at 0, f(0) + f′(0)·t, at the edge t = r of its near-linear range:
 * |f(r) − f(0) − f′(0)·r| (the largest gap on [−r, r], as the gap grows with |t|). Sigmoid, r = 1:
 * |0.731059 − 0.5 − 0.25| = 0.018941. Null for ReLU.
 */
export function tangentGap(fn: ScaleShiftActivation): number | null {
  const r = nearLinearRange(fn);
  if (r === null) return null;
  const zero = valueAndSlope(fn, 0);
  return Math.abs(activation(fn).value(r) - zero.value - zero.slope * r);
}

/** The number of values in the near-linear range (|t| < r), or for ReLU on its identity branch (t ≥ 0). */
export function countLinear(values: ArrayLike<number>, fn: ScaleShiftActivation): number {
  const r = nearLinearRange(fn);
  let count = 0;
  for (let i = 0; i < values.length; i++) {
    const t = values[i];
    if (r === null ? t >= 0 : Math.abs(t) < r) count++;
  }
  return count;
}

/** max_i |a_i − b_i|. */
export function maxAbsDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let most = 0;
  for (let i = 0; i < a.length; i++) most = Math.max(most, Math.abs(a[i] - b[i]));
  return most;
}

export interface ScaleShift {
  readonly fn: ScaleShiftActivation;
  readonly gamma: number;
  readonly beta: number;
  readonly eps: number;
  readonly x: Float64Array;
  readonly mean: number;
  readonly variance: number;
  /** √(σ²_B + ε). */
  readonly std: number;
  readonly xHat: Float64Array;
  readonly y: Float64Array;
  /** f(y_i) and f′(y_i). */
  readonly out: Float64Array;
  readonly slope: Float64Array;
  /** How many of x, x̂, y lie in f's near-linear range (ReLU: on its identity branch). */
  readonly linear: { readonly x: number; readonly xHat: number; readonly y: number };
  /** The smallest and largest y, with f′ there. */
  readonly lowest: { readonly y: number; readonly slope: number };
  readonly highest: { readonly y: number; readonly slope: number };
  /** max_i |y_i − x_i|: 0 (to rounding) only at the identity. */
  readonly maxError: number;
  /** The identity's γ = √(σ²_B + ε) and β = μ_B. */
  readonly identity: { readonly gamma: number; readonly beta: number };
  /** Whether those fit the sliders' ranges (they do for every batch the settings draw but the rarest seeds). */
  readonly identityFits: boolean;
  /**
   * max_i |y_i − x_i| with γ = √σ²_B (ε left out of the root) and β = μ_B: |x_i − μ_B|·(1 − √(σ²_B/(σ²_B + ε))),
   * about max|x_i − μ_B|·ε/(2σ²_B). 0 at ε = 0.
   */
  readonly errorWithoutEps: number;
  /** The index of the largest x, the example the formulas follow (the first if several are equal). */
  readonly k: number;
}

export function scaleShift(x: Float64Array, gamma: number, beta: number, eps: number, fn: ScaleShiftActivation): ScaleShift {
  const bn = batchNormalize(x, gamma, beta, eps);
  const f = activation(fn);
  const m = x.length;
  const out = new Float64Array(m);
  const slope = new Float64Array(m);
  let low = 0;
  let high = 0;
  let k = 0;
  for (let i = 0; i < m; i++) {
    out[i] = f.value(bn.y[i]);
    slope[i] = f.derivative(bn.y[i], out[i]);
    if (bn.y[i] < bn.y[low]) low = i;
    if (bn.y[i] > bn.y[high]) high = i;
    if (x[i] > x[k]) k = i;
  }
  const identity = { gamma: bn.std, beta: bn.mean };
  const withoutEps = batchNormalize(x, Math.sqrt(bn.variance), bn.mean, eps);
  return {
    fn,
    gamma,
    beta,
    eps,
    x,
    mean: bn.mean,
    variance: bn.variance,
    std: bn.std,
    xHat: bn.xHat,
    y: bn.y,
    out,
    slope,
    linear: { x: countLinear(x, fn), xHat: countLinear(bn.xHat, fn), y: countLinear(bn.y, fn) },
    lowest: { y: bn.y[low], slope: slope[low] },
    highest: { y: bn.y[high], slope: slope[high] },
    maxError: maxAbsDifference(bn.y, x),
    identity,
    identityFits: identity.gamma >= GAMMA_MIN && identity.gamma <= GAMMA_MAX && identity.beta >= BETA_MIN && identity.beta <= BETA_MAX,
    errorWithoutEps: maxAbsDifference(withoutEps.y, x),
    k,
  };
}

/** The live formulas' numbers (components/BnScaleShift.astro, formulas.ts). */
export function formulaValues(s: ScaleShift): Record<string, number> {
  const k = s.k;
  return {
    m: s.x.length,
    mean: s.mean,
    var: s.variance,
    eps: s.eps,
    std: s.std,
    xk: s.x[k],
    xhk: s.xHat[k],
    gamma: s.gamma,
    beta: s.beta,
    yk: s.y[k],
    fk: s.out[k],
    dk: s.slope[k],
    err: s.maxError,
    idg: s.identity.gamma,
  };
}

/** Half-widths the plots' common axis [−D, D] can take: the smallest that holds every x, x̂ and y (with 5 % room). */
export const DOMAIN_STEPS: readonly number[] = [4, 5, 6, 8, 10, 12, 15, 20, 25, 30, 40, 50, 60, 80, 100, 120];

export function plotHalfWidth(s: Pick<ScaleShift, 'x' | 'xHat' | 'y'>): number {
  let most = 0;
  for (const values of [s.x, s.xHat, s.y]) for (const v of values) most = Math.max(most, Math.abs(v));
  const need = most * 1.05;
  return DOMAIN_STEPS.find((d) => d >= need) ?? DOMAIN_STEPS[DOMAIN_STEPS.length - 1];
}
