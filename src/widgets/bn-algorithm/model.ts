/**
 * The batch-norm algorithm widget's numbers, every one from the core's BatchNormLayer
 * (src/core/layers/batch-norm.ts) run in train mode on one unit: what the widget shows is exactly
 * what the layer computes. Pure, no DOM (tests/unit/widgets/bn-algorithm/model.test.ts).
 *
 *   μ_B ← (1/m) Σ x_i,  σ²_B ← (1/m) Σ (x_i − μ_B)²,  x̂_i = (x_i − μ_B)/√(σ²_B + ε),  y_i ← γ x̂_i + β
 */
import { createRng, type BnSteps } from '../../core';

export { batchNormSteps, moments, type BnSteps } from '../../core';
import { M_MAX, M_MIN, SEPARATOR, X_LIMIT, X_STEP } from './state';

/** γ = √(σ²_B + ε), β = μ_B: the scale and shift that give back the input, y_i = x_i. */
export function identityParameters(steps: BnSteps): { gamma: number; beta: number } {
  return { gamma: steps.std, beta: steps.mean };
}

/** The largest |y_i − x_i| (0 up to rounding when γ, β are the identity's). */
export function identityError(steps: BnSteps): number {
  return steps.y.reduce((worst, y, i) => Math.max(worst, Math.abs(y - steps.xs[i])), 0);
}

/** ε's share of σ²_B + ε: 1 − (variance of the x̂_i). Above NOTE_EPS_SHARE the widget says ε matters. */
export const epsShare = (steps: BnSteps): number => steps.eps / (steps.variance + steps.eps);
export const NOTE_EPS_SHARE = 0.01;

export type BnNote = 'single' | 'constant' | 'eps' | 'identity';

/** The edge cases that hold now, each explained by a sentence in the widget. */
export function notes(steps: BnSteps): BnNote[] {
  const out: BnNote[] = [];
  if (steps.m === 1) out.push('single');
  else if (steps.variance === 0) out.push('constant');
  else if (epsShare(steps) > NOTE_EPS_SHARE) out.push('eps');
  const id = identityParameters(steps);
  const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
  if (close(steps.gamma, id.gamma) && close(steps.beta, id.beta)) out.push('identity');
  return out;
}

/** The numbers of the live formulas for the selected i (1-based). */
export function formulaValues(steps: BnSteps, i: number): Record<string, number> {
  const k = i - 1;
  return {
    m: steps.m,
    sum: steps.sum,
    mu: steps.mean,
    sq: steps.sumSquares,
    var: steps.variance,
    eps: steps.eps,
    i,
    xi: steps.xs[k],
    dev: steps.deviations[k],
    std: steps.std,
    xhat: steps.xHat[k],
    gamma: steps.gamma,
    beta: steps.beta,
    y: steps.y[k],
  };
}

const NUMBER = /^[-−]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

export type BatchRead =
  | { readonly ok: true; readonly values: number[] }
  | { readonly ok: false; readonly reason: 'empty' | 'notNumber' | 'tooMany' | 'outOfRange'; readonly token?: string };

/** A typed list (commas, spaces or semicolons between values; '−' or '-') or the URL's '_'-joined one. */
export function readBatch(text: string): BatchRead {
  const tokens = text.split(/[\s,;_]+/).filter((token) => token !== '');
  if (tokens.length < M_MIN) return { ok: false, reason: 'empty' };
  if (tokens.length > M_MAX) return { ok: false, reason: 'tooMany' };
  const values: number[] = [];
  for (const token of tokens) {
    const value = Number(token.replace('−', '-'));
    if (!NUMBER.test(token) || !Number.isFinite(value)) return { ok: false, reason: 'notNumber', token };
    if (Math.abs(value) > X_LIMIT) return { ok: false, reason: 'outOfRange', token };
    values.push(value + 0);
  }
  return { ok: true, values };
}

/** The URL text of a batch: String() of each value (read back exactly), joined by '_'. */
export const encodeBatch = (xs: readonly number[]): string => xs.map((x) => String(x + 0)).join(SEPARATOR);

/** A seeded batch of n values, mean + spread · N(0, 1), to one decimal, within ±X_LIMIT. */
export function randomBatch(n: number, mean: number, spread: number, seed: number): number[] {
  const rng = createRng(seed);
  return Array.from({ length: n }, () => {
    const value = Math.round(rng.normal(mean, spread) * 10) / 10;
    return Math.min(X_LIMIT, Math.max(-X_LIMIT, value)) + 0;
  });
}

/**
 * The x number line in the drawing's own units (its viewBox is STRIP.width wide): the domain's ends
 * sit at `left` and at `width − right`. Dragging a dot and drawing it use the same two maps.
 */
export const STRIP = { width: 600, left: 40, right: 20 } as const;
export type StripGeometry = { readonly width: number; readonly left: number; readonly right: number };

/** Where the value v is drawn: left + (v − lo)/(hi − lo) · (width − left − right). */
export function toPixel(v: number, domain: readonly [number, number], geometry: StripGeometry = STRIP): number {
  const [lo, hi] = domain;
  return geometry.left + ((v - lo) / (hi - lo)) * (geometry.width - geometry.left - geometry.right);
}

/** A value snapped to the grid of X_STEP (one decimal) and kept within ±X_LIMIT. */
export function snapX(value: number): number {
  const snapped = Math.round(value / X_STEP) / Math.round(1 / X_STEP);
  return Math.min(X_LIMIT, Math.max(-X_LIMIT, snapped)) + 0;
}

/** The value a pointer at px gives on the x line: toPixel's inverse, snapped and clamped (snapX). */
export function fromPixel(px: number, domain: readonly [number, number] = [-X_LIMIT, X_LIMIT], geometry: StripGeometry = STRIP): number {
  const [lo, hi] = domain;
  return snapX(lo + ((px - geometry.left) / (geometry.width - geometry.left - geometry.right)) * (hi - lo));
}

/**
 * A key on a focused x dot: ←/→ move it by X_STEP (Shift: ten steps), PageDown/PageUp by ten steps,
 * Home/End to −X_LIMIT/X_LIMIT; the result snapped and clamped (snapX). Other keys: null.
 */
export function keyStep(value: number, key: string, shift: boolean): number | null {
  const big = 10 * X_STEP;
  const steps: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, PageDown: -10, PageUp: 10 };
  if (key === 'Home') return -X_LIMIT;
  if (key === 'End') return X_LIMIT;
  if (!(key in steps)) return null;
  const by = key.startsWith('Page') ? steps[key] * X_STEP : steps[key] * (shift ? big : X_STEP);
  return snapX(value + by);
}

/** The batch with x_k (0-based) replaced by value. */
export const moveValue = (xs: readonly number[], k: number, value: number): number[] => xs.map((x, j) => (j === k ? value : x));

/** The batch with one more value at its end (unchanged at M_MAX values). */
export const addValue = (xs: readonly number[], value: number): number[] => (xs.length >= M_MAX ? [...xs] : [...xs, snapX(value)]);

/** The batch without x_k (0-based); unchanged at M_MIN values. */
export const removeValue = (xs: readonly number[], k: number): number[] => (xs.length <= M_MIN ? [...xs] : xs.filter((_, j) => j !== k));
