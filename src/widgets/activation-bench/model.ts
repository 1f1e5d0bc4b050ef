/**
 * The activation bench's numbers, every one from the core (src/core/activations.ts). Pure, no DOM
 * (tests/unit/widgets/activation-bench/model.test.ts).
 *
 * - reading(fn, x): f(x) and f′(x) for one function at one input. The sigmoid is plotted as
 *   sigmoid(wx), whose slope is d/dx sigmoid(wx) = w·sigmoid(wx)(1 − sigmoid(wx)) (chain rule); at
 *   w = 1 it is the deck's sigmoid. Softmax's two-class slice is σ₁ of softmax([z₁, z₂]) with
 *   (z₁, z₂) = (x, 0): e^x / (e^x + e^0) = sigmoid(x), and its slope ∂σ₁/∂z₁ = σ₁(1 − σ₁), the
 *   diagonal of the softmax Jacobian.
 * - curves(fn): f and f′ sampled over the plotted inputs, broken where they jump (the step function
 *   at 0; the slopes of ReLU and Leaky ReLU at 0), so no vertical line is drawn where there is none.
 * - slopeProducts(L): what L layers multiply the error by when every unit's slope is at its best —
 *   sigmoid 0.25^L, tanh 1, ReLU 1 (active) or 0 (inactive) — and with every unit at this x.
 */
import {
  createElementwiseActivation,
  leakyRelu,
  leakyReluDerivative,
  relu,
  reluDerivative,
  sigmoid,
  sigmoidDerivativeFromOutput,
  softmax,
  softmaxJacobianVectorProduct,
  step,
  tanh,
  tanhDerivativeFromOutput,
} from '../../core';
import { X_MAX, type BenchFunction, type BenchParams } from './state';

export interface Reading {
  /** f(x). */
  readonly f: number;
  /** f′(x), with the core's conventions at the kinks: step′ = 0, ReLU′(0) = 1, Leaky ReLU′(0) = 1. */
  readonly df: number;
}

const linear = createElementwiseActivation('linear');
const stepUnit = createElementwiseActivation('step');

/** σ₁ of softmax([x, 0]) and ∂σ₁/∂z₁: the Jacobian-vector product with v = (1, 0) gives σ₁(1 − σ₁) in its first entry. */
function softmaxSlice(x: number): Reading {
  const probabilities = softmax([x, 0]);
  const delta = new Float64Array(2);
  softmaxJacobianVectorProduct(probabilities, Float64Array.of(1, 0), delta, 1, 2);
  return { f: probabilities[0], df: delta[0] };
}

export function reading(fn: BenchFunction, x: number, params: BenchParams): Reading {
  switch (fn) {
    case 'step':
      return { f: step(x), df: stepUnit.derivative(x, step(x)) };
    case 'sigmoid': {
      const s = sigmoid(params.w * x);
      return { f: s, df: params.w * sigmoidDerivativeFromOutput(s) };
    }
    case 'tanh': {
      const t = tanh(x);
      return { f: t, df: tanhDerivativeFromOutput(t) };
    }
    case 'relu':
      return { f: relu(x), df: reluDerivative(x) };
    case 'leaky-relu':
      return { f: leakyRelu(x, params.slope), df: leakyReluDerivative(x, params.slope) };
    case 'softmax2':
      return softmaxSlice(x);
    case 'linear':
      return { f: linear.value(x), df: linear.derivative(x, x) };
  }
}

/**
 * The numbers a function's live formula shows (components/ActivationBench.astro): the input, the
 * value, the slope, and the parameter the formula carries (w for the sigmoid, the slope for Leaky ReLU).
 */
export function formulaValues(fn: BenchFunction, x: number, params: BenchParams): Record<string, number> {
  const { f, df } = reading(fn, x, params);
  return { x, f, df, w: params.w, slope: params.slope };
}

export interface Curve {
  readonly xs: Float64Array;
  readonly ys: Float64Array;
}

/** Samples over [−X_MAX, X_MAX]: 0.01 apart, fine enough for sigmoid(100x), whose rise is ≈ 0.1 wide. */
export const SAMPLES = 1001;
/** Just left of 0, where the pieces of a broken curve end. */
const LEFT_OF_ZERO = -1e-9;

/** g sampled over the plotted inputs; if g jumps at 0, the curve stops just left of 0 and starts again at 0. */
export function sampleCurve(g: (x: number) => number, samples = SAMPLES): Curve {
  const xs: number[] = [];
  const ys: number[] = [];
  const middle = (samples - 1) / 2;
  const jumps = Math.abs(g(LEFT_OF_ZERO) - g(0)) > 1e-6;
  for (let k = 0; k < samples; k++) {
    const x = k === middle ? 0 : -X_MAX + (2 * X_MAX * k) / (samples - 1);
    if (k === middle && jumps) {
      xs.push(LEFT_OF_ZERO, 0);
      ys.push(g(LEFT_OF_ZERO), Number.NaN);
    }
    xs.push(x);
    ys.push(g(x));
  }
  return { xs: Float64Array.from(xs), ys: Float64Array.from(ys) };
}

export interface BenchCurves {
  readonly f: Curve;
  readonly df: Curve;
}

export function curves(fn: BenchFunction, params: BenchParams): BenchCurves {
  return {
    f: sampleCurve((x) => reading(fn, x, params).f),
    df: sampleCurve((x) => reading(fn, x, params).df),
  };
}

/**
 * How wide sigmoid(wx)'s useful slope is: the half-width h such that its slope w·s(1 − s) is at least
 * `threshold` exactly for |x| < h (0 if it never is). From s(1 − s) = threshold/w = c: s = (1 + √(1 − 4c))/2,
 * and wx = ln(s/(1 − s)), so h = ln(s/(1 − s))/w. As w grows, h → 0: the slope is 0 almost everywhere.
 */
export function sigmoidSlopeHalfWidth(w: number, threshold: number): number {
  const c = threshold / w;
  if (c >= 0.25) return 0;
  const s = (1 + Math.sqrt(1 - 4 * c)) / 2;
  return Math.log(s / (1 - s)) / w;
}

/** The steepest each saturating function gets (at x = 0), from the core: sigmoid′(0) = 0.25, tanh′(0) = 1. */
export function peakSlopes(): { sigmoid: number; tanh: number } {
  return { sigmoid: sigmoidDerivativeFromOutput(sigmoid(0)), tanh: tanhDerivativeFromOutput(tanh(0)) };
}

export type ProductRowId = 'sigmoid' | 'tanh' | 'relu-active' | 'relu-inactive' | 'leaky-inactive' | 'here';

export interface ProductRow {
  readonly id: ProductRowId;
  /** The slope of one unit. */
  readonly slope: number;
  /** slope^L: the factor the activations contribute after L layers (weights set to 1). */
  readonly product: number;
}

/**
 * The product of L slopes, one per layer, with every weight 1 (the chapter's table): each function at
 * its best — sigmoid and tanh at x = 0, ReLU on its active side (1) or inactive side (0), Leaky ReLU's
 * inactive side (its slope) — and the chosen function with every unit at the chosen x.
 */
export function slopeProducts(L: number, fn: BenchFunction, x: number, params: BenchParams): ProductRow[] {
  const peaks = peakSlopes();
  const row = (id: ProductRowId, slope: number): ProductRow => ({ id, slope, product: slope ** L });
  return [
    row('sigmoid', peaks.sigmoid),
    row('tanh', peaks.tanh),
    row('relu-active', reluDerivative(1)),
    row('relu-inactive', reluDerivative(-1)),
    row('leaky-inactive', leakyReluDerivative(-1, params.slope)),
    row('here', reading(fn, x, params).df),
  ];
}

/**
 * The vertical range a curve is drawn over: its finite values, the axis y = 0 and the band 0 … 1 kept
 * in view (a flat slope of 0 or 1 is not stretched across the plot), with 6 % room above and below.
 */
export function plotDomain(ys: ArrayLike<number>): [number, number] {
  let lo = 0;
  let hi = 1;
  for (let k = 0; k < ys.length; k++) {
    const y = ys[k];
    if (!Number.isFinite(y)) continue;
    if (y < lo) lo = y;
    if (y > hi) hi = y;
  }
  const pad = 0.06 * (hi - lo);
  return [lo - pad, hi + pad];
}
