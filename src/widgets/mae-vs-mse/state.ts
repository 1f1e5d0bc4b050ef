/**
 * The MAE-vs-MSE widget's URL table: how many points n, their values y₁ … y₇ (only the first n are
 * used), the predictor (`fit`: a constant c, every y_i^p = c, or a line y_i^p = c + m(x_i − x̄),
 * line-model.ts) with its height c and, for the line, its slope m. The defaults are the chapter's
 * worked example (#mae): targets 500, 300, 200, with the constant c at its first prediction 350.
 */
import { defineUrlTable } from '../kit/url-state';

export const N_MIN = 3;
export const N_MAX = 7;
/** The value axis: the chapter's outlier 2000 fits. */
export const Y_MIN = 0;
export const Y_MAX = 2000;
/** Keyboard step of a point and of c (PageUp/PageDown: ten of them). */
export const Y_STEP = 10;
/** The chapter's three targets (#mae, "A worked example"). */
export const CHAPTER_THREE: readonly number[] = [500, 300, 200];
/** …and with its fourth, the outlier 2000 (#mse, "Sensitive to outliers"). */
export const CHAPTER_OUTLIER: readonly number[] = [500, 300, 200, 2000];
/** Where points 4 … 7 start when the reader adds them. */
const MORE: readonly number[] = [400, 600, 250, 450];

/** The predictors: the chapter's constant, then a line through the points' indices. */
export const FITS = ['constant', 'line'] as const;
export type FitKind = (typeof FITS)[number];
/**
 * The slope's range (value units per index). Every line the best-line buttons can give lies inside:
 * a least-squares slope Σ(x − x̄)y/Σ(x − x̄)² is at most 2000·1/2 = 1000 in size on this axis (n = 3,
 * the extreme points 2000 apart), and a line through two points at least one index apart at most
 * 2000.
 */
export const M_MIN = -2000;
export const M_MAX = 2000;
/** Keyboard step of m (the slider's arrows, the box's ↑/↓; Shift in the box: ten of them). */
export const M_STEP = 10;

export const Y_KEYS = ['y1', 'y2', 'y3', 'y4', 'y5', 'y6', 'y7'] as const;
const SLOT_DEFAULTS = [...CHAPTER_THREE, ...MORE];

export const MAE_TABLE = defineUrlTable([
  { key: 'n', type: 'int', default: CHAPTER_THREE.length, min: N_MIN, max: N_MAX },
  { key: 'y1', type: 'number', default: SLOT_DEFAULTS[0], min: Y_MIN, max: Y_MAX },
  { key: 'y2', type: 'number', default: SLOT_DEFAULTS[1], min: Y_MIN, max: Y_MAX },
  { key: 'y3', type: 'number', default: SLOT_DEFAULTS[2], min: Y_MIN, max: Y_MAX },
  { key: 'y4', type: 'number', default: SLOT_DEFAULTS[3], min: Y_MIN, max: Y_MAX },
  { key: 'y5', type: 'number', default: SLOT_DEFAULTS[4], min: Y_MIN, max: Y_MAX },
  { key: 'y6', type: 'number', default: SLOT_DEFAULTS[5], min: Y_MIN, max: Y_MAX },
  { key: 'y7', type: 'number', default: SLOT_DEFAULTS[6], min: Y_MIN, max: Y_MAX },
  { key: 'c', type: 'number', default: 350, min: Y_MIN, max: Y_MAX },
  { key: 'fit', type: 'enum', values: FITS, default: 'constant' },
  { key: 'm', type: 'number', default: 0, min: M_MIN, max: M_MAX },
]);

/** The slot values of the table's defaults, for presets that reset the points. */
export const SLOT_DEFAULT_VALUES: readonly number[] = SLOT_DEFAULTS;
