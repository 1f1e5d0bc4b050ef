/**
 * The one-step widget's model: one gradient-descent step w − ηg on the chosen error curve and the
 * tangent's promise E(w) − ηg² beside the error really reached, E(w − ηg) (core: first-order-step.ts),
 * with what the two plots need — the curve over w, and the error after one step as η varies. Pure.
 */
import { STEP_CURVES, firstOrderStep, stepSweep, type FirstOrderStep, type StepCurve, type StepCurveId } from '../../core';
import { W_MAX, W_MIN } from './state';

/** Samples of each curve over [W_MIN, W_MAX]. */
export const CURVE_SAMPLES = 160;
/** Samples of the error after one step over [0, η_max]. */
export const SWEEP_SAMPLES = 120;

/** The η range the second plot shows by default: past the quadratic's overshoot at η = 1; the neuron's steps need tens. */
export const SWEEP_ETA: Readonly<Record<StepCurveId, number>> = { quadratic: 1.25, neuron: 60 };
/** The top of each curve's plot: (w − 3)² reaches 16 at w = −1 and 7; the neuron's E stays under 0.15. */
export const E_TOP: Readonly<Record<StepCurveId, number>> = { quadratic: 16, neuron: 0.15 };

export interface Curve {
  readonly curve: StepCurve;
  readonly xs: number[];
  readonly ys: number[];
}

export function sampleCurve(id: StepCurveId): Curve {
  const curve = STEP_CURVES[id];
  const xs: number[] = [];
  const ys: number[] = [];
  for (let k = 0; k <= CURVE_SAMPLES; k++) {
    const w = W_MIN + ((W_MAX - W_MIN) * k) / CURVE_SAMPLES;
    xs.push(w);
    ys.push(curve.value(w));
  }
  return { curve, xs, ys };
}

export interface Reading {
  readonly step: FirstOrderStep;
  /** The η axis of the second plot runs over [0, etaMax]: the default, or further when η is beyond it. */
  readonly etaMax: number;
  readonly sweep: ReturnType<typeof stepSweep>;
  /** The first plot's E range: down to the tangent's promise when it is below 0 (at most one plot height below). */
  readonly eDomain: readonly [number, number];
  /** The second plot's range: down to the tangent's promise at η_max (at most one plot height below 0). */
  readonly sweepDomain: readonly [number, number];
}

export function reading(id: StepCurveId, curve: StepCurve, w: number, eta: number): Reading {
  const step = firstOrderStep(curve, w, eta);
  const etaMax = Math.max(SWEEP_ETA[id], 1.25 * eta);
  const top = E_TOP[id];
  const low = Math.max(-top, Math.min(0, step.predicted));
  const lowest = step.error - etaMax * step.g * step.g;
  return { step, etaMax, sweep: stepSweep(curve, w, etaMax, SWEEP_SAMPLES), eDomain: [low, top], sweepDomain: [Math.max(-top, Math.min(0, lowest)), top] };
}

/** The live formulas' numbers (components/OneStep.astro): the step, both errors and the gap. */
export function formulaValues(step: FirstOrderStep): Record<string, number> {
  return {
    w: step.w,
    eta: step.eta,
    g: step.g,
    next: step.next,
    error: step.error,
    actual: step.actual,
    predicted: step.predicted,
    gap: step.gap,
    fall: step.error - step.actual,
    promised: step.eta * step.g * step.g,
  };
}

/** What the verdict says: the step overshot, met a flat curve, kept (≥ 90%) or missed the promised fall ηg². */
export type VerdictKey = 'osOvershoot' | 'osFlat' | 'osClose' | 'osApart';

/** The verdict and the share of the promised fall ηg² the step delivers, in whole percent. */
export function verdict(step: FirstOrderStep): { readonly key: VerdictKey; readonly share: number } {
  const { fall, promised } = formulaValues(step);
  const share = promised === 0 ? 100 : Math.round((100 * fall) / promised);
  const key = step.overshoot ? 'osOvershoot' : step.g === 0 ? 'osFlat' : share >= 90 ? 'osClose' : 'osApart';
  return { key, share };
}
