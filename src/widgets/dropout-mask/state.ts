/**
 * The dropout-mask widget's URL table: the drop probability p, training or inference, the original
 * (the seminar's and Srivastava et al.'s) or the inverted form, the mask r₁…r₅ (0 dropped, 1 kept),
 * the layer's outputs y₁…y₅ and the next unit's weights w₁…w₅ (the chapter's worked example by
 * default, DROPOUT_EXAMPLE), and the seed the "draw a new mask" button draws from.
 *
 * p may be anything in [0, 1], ends included: at p = 1 the original form still works (every unit is
 * dropped, inference multiplies by 0) while the inverted form divides by zero, and the widget says so.
 */
import { DROPOUT_EXAMPLE } from '../../core';
import { SEED_MAX, SEED_MIN } from '../kit/controls/seed';
import { defineUrlTable } from '../kit/url-state';

/** Units of the hidden layer. */
export const UNITS = 5;
/** The range of an output y_j or a weight w_j typed by the reader. */
export const VALUE_MIN = -10;
export const VALUE_MAX = 10;

const { y, w, p, mask } = DROPOUT_EXAMPLE;
const value = { type: 'number', min: VALUE_MIN, max: VALUE_MAX } as const;
const bit = { type: 'int', min: 0, max: 1 } as const;

export const DROPOUT_MASK_TABLE = defineUrlTable([
  { key: 'p', type: 'number', default: p, min: 0, max: 1 },
  { key: 'mode', type: 'enum', values: ['train', 'inference'], default: 'train' },
  { key: 'form', type: 'enum', values: ['deck', 'inverted'], default: 'deck' },
  { key: 'r1', ...bit, default: mask[0] },
  { key: 'r2', ...bit, default: mask[1] },
  { key: 'r3', ...bit, default: mask[2] },
  { key: 'r4', ...bit, default: mask[3] },
  { key: 'r5', ...bit, default: mask[4] },
  { key: 'y1', ...value, default: y[0] },
  { key: 'y2', ...value, default: y[1] },
  { key: 'y3', ...value, default: y[2] },
  { key: 'y4', ...value, default: y[3] },
  { key: 'y5', ...value, default: y[4] },
  { key: 'w1', ...value, default: w[0] },
  { key: 'w2', ...value, default: w[1] },
  { key: 'w3', ...value, default: w[2] },
  { key: 'w4', ...value, default: w[3] },
  { key: 'w5', ...value, default: w[4] },
  { key: 'seed', type: 'int', default: 1, min: SEED_MIN, max: SEED_MAX },
]);

export const R_KEYS = ['r1', 'r2', 'r3', 'r4', 'r5'] as const;
export const Y_KEYS = ['y1', 'y2', 'y3', 'y4', 'y5'] as const;
export const W_KEYS = ['w1', 'w2', 'w3', 'w4', 'w5'] as const;
