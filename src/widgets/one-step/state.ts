/**
 * The one-step widget's URL table: which error curve, the weight w and the learning rate η. Both
 * curves are plotted over the same w range, so a w from the URL is valid for either; switching the
 * curve moves to that curve's own starting point (CURVE_STARTS).
 */
import { QUADRATIC_STEP_EXAMPLE, type StepCurveId } from '../../core';
import { defineUrlTable } from '../kit/url-state';

export const CURVES: readonly StepCurveId[] = ['quadratic', 'neuron'];
export const W_MIN = -1;
export const W_MAX = 7;
/** The step of a dragged or key-moved w. */
export const W_STEP = 0.05;
export const ETA_MIN = 0.001;
/** The neuron's slope is at most 0.1, so its steps need η in the tens to travel. */
export const ETA_MAX = 100;

/** Where each curve starts: the chapter's w = 1, η = 0.1 on (w − 3)²; the neuron left of its valley. */
export const CURVE_STARTS: Readonly<Record<StepCurveId, { w: number; eta: number }>> = {
  quadratic: { w: QUADRATIC_STEP_EXAMPLE.w, eta: QUADRATIC_STEP_EXAMPLE.eta },
  neuron: { w: -1, eta: 10 },
};

export const ONE_STEP_TABLE = defineUrlTable([
  { key: 'curve', type: 'enum', values: CURVES, default: 'quadratic' },
  { key: 'w', type: 'number', default: CURVE_STARTS.quadratic.w, min: W_MIN, max: W_MAX },
  { key: 'eta', type: 'number', default: CURVE_STARTS.quadratic.eta, min: ETA_MIN, max: ETA_MAX },
]);
