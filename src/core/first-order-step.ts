/**
 * One gradient-descent step on an error curve of one weight, and what the first-order picture
 * promises for it (chapter 2, #goal). With g = ∂E/∂w at w, the seminar's update is
 *
 *   w ← w − η * ∂E/∂w = w − ηg,
 *
 * and following the tangent at w for that step predicts
 *
 *   E(w − ηg) ≈ E(w) − ηg²        (the tangent's height at w − ηg: E(w) + g·(−ηg)).
 *
 * Taylor's theorem says how far the prediction is off: E(w − ηg) = E(w) − ηg² + ½E″(ξ)·η²g² for some
 * ξ between w and w − ηg. The gap grows like η², so for a small η the prediction is nearly exact and
 * the error falls by about ηg²; for a large η the bend takes over and the step can even overshoot
 * (E rises). On the chapter's E = (w − 3)², E″ = 2 everywhere and the gap is exactly η²g².
 *
 * Two curves: the chapter's tiny example (w − 3)², and one sigmoid neuron's E = ½(y − y′)² along its
 * weight (y = sig(w·x), x = 1, y′ = 0.8, no bias) whose bend changes sign, computed by the core's
 * neuron (sigmoid-neuron-descent.ts). Pure.
 */
import { neuronState } from './sigmoid-neuron-descent';

export type StepCurveId = 'quadratic' | 'neuron';

export interface StepCurve {
  readonly id: StepCurveId;
  value(w: number): number;
  /** ∂E/∂w at w. */
  slope(w: number): number;
  /** The plotted range of w. */
  readonly domain: readonly [number, number];
}

/** The chapter's example: E(w) = (w − 3)², valley at w = 3, started at w = 1 with η = 0.1. */
export const QUADRATIC_STEP_EXAMPLE = { w: 1, eta: 0.1, valley: 3 } as const;

/** The neuron's one example: input x = 1, target y′ = 0.8 (its valley is at sig(w) = 0.8, w = ln 4). */
export const NEURON_STEP_EXAMPLE = { x: 1, target: 0.8 } as const;

const quadratic: StepCurve = {
  id: 'quadratic',
  value: (w) => (w - QUADRATIC_STEP_EXAMPLE.valley) ** 2,
  slope: (w) => 2 * (w - QUADRATIC_STEP_EXAMPLE.valley),
  domain: [-2, 8],
};

const neuronAt = (w: number) => neuronState('half-squared-error', { w, b: 0 }, NEURON_STEP_EXAMPLE);
const neuron: StepCurve = {
  id: 'neuron',
  value: (w) => neuronAt(w).loss,
  slope: (w) => neuronAt(w).dw,
  domain: [-6, 6],
};

export const STEP_CURVES: Readonly<Record<StepCurveId, StepCurve>> = { quadratic, neuron };

export interface FirstOrderStep {
  readonly w: number;
  readonly eta: number;
  /** E(w). */
  readonly error: number;
  /** g = ∂E/∂w at w. */
  readonly g: number;
  /** w − ηg. */
  readonly next: number;
  /** E(w − ηg), the error the step really reaches. */
  readonly actual: number;
  /** E(w) − ηg², the tangent's promise. */
  readonly predicted: number;
  /** actual − predicted: what the bend adds (η²g² on the quadratic). */
  readonly gap: number;
  /** The step raised E: it jumped past the valley's far side. */
  readonly overshoot: boolean;
}

export function firstOrderStep(curve: StepCurve, w: number, eta: number): FirstOrderStep {
  const error = curve.value(w);
  const g = curve.slope(w);
  const next = w - eta * g;
  const actual = curve.value(next);
  const predicted = error - eta * g * g;
  return { w, eta, error, g, next, actual, predicted, gap: actual - predicted, overshoot: actual > error };
}

/**
 * The error after one step as η runs over [0, etaMax] (`count` + 1 evenly spaced η): the real
 * E(w − ηg) and the straight line E(w) − ηg² that touches it at η = 0.
 */
export function stepSweep(curve: StepCurve, w: number, etaMax: number, count: number): { etas: number[]; actual: number[]; predicted: number[] } {
  const error = curve.value(w);
  const g = curve.slope(w);
  const etas: number[] = [];
  const actual: number[] = [];
  const predicted: number[] = [];
  for (let k = 0; k <= count; k++) {
    const eta = (etaMax * k) / count;
    etas.push(eta);
    actual.push(curve.value(w - eta * g));
    predicted.push(error - eta * g * g);
  }
  return { etas, actual, predicted };
}
