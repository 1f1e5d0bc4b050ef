/**
 * The cross-entropy widget's URL table: one example's p and the focal loss's γ; three classes' logits
 * with the true class, and the label smoothing's ε. γ = 0 and ε = 0 (the defaults) are plain
 * cross-entropy; the chapter's "Since then" places the widget again with start="gamma=2&eps=0.1".
 */
import { defineUrlTable } from '../kit/url-state';

export const P_MIN = 0.01;
export const P_MAX = 1;
export const Z_MIN = -5;
export const Z_MAX = 5;
/** The number of classes in the several-classes part (the chapter's worked example has three). */
export const CLASSES = ['1', '2', '3'] as const;
/** Probabilities offered as buttons: the published −ln 0.9, −ln 0.5, −ln 0.1. */
export const P_PRESETS: readonly number[] = [0.9, 0.5, 0.1];
/** Focal loss γ: 0 is plain cross-entropy; the paper tries 0 to 5 and settles on 2. */
export const GAMMA_MAX = 5;
/** Label smoothing ε: 0 is the one-hot target; used values are near 0.1, and at 0.5 the true class's target is still 1 − ε + ε/K = 2/3 against ε/K = 1/6 for each other class. */
export const EPS_MAX = 0.5;
/** The plotted range of the loss axis: −ln 0.01 ≈ 4.61 fits. */
export const LOSS_AXIS: readonly [number, number] = [0, 5];

export const CE_TABLE = defineUrlTable([
  { key: 'p', type: 'number', default: 0.7, min: P_MIN, max: P_MAX },
  { key: 'z1', type: 'number', default: 2, min: Z_MIN, max: Z_MAX },
  { key: 'z2', type: 'number', default: 1, min: Z_MIN, max: Z_MAX },
  { key: 'z3', type: 'number', default: 0.1, min: Z_MIN, max: Z_MAX },
  { key: 'c', type: 'enum', values: CLASSES, default: '1' },
  { key: 'gamma', type: 'number', default: 0, min: 0, max: GAMMA_MAX },
  { key: 'eps', type: 'number', default: 0, min: 0, max: EPS_MAX },
]);
