/**
 * The "training against test time" widget's URL table. One unit's input over a stream of BATCHES
 * mini-batches of m examples drawn from a training set whose values follow N(μ + drift·t, σ²) after t
 * batches (the layers below move it); the momentum is the core's (the weight of the OLD running value,
 * Keras's convention, src/core/layers/batch-norm.ts). `batch` is the step bar's position: the batches
 * seen so far; `draw` numbers the batch-mates drawn for the wrong test-time normalization.
 */
import { SEED_MAX } from '../kit/controls/seed';
import { defineUrlTable } from '../kit/url-state';

/** Mini-batches in the stream (one epoch, say). */
export const BATCHES = 100;
/** Examples in the training set the batches are drawn from. */
export const TRAINING_SET_SIZE = 256;
/** The sizes of the wrongly formed test batches, and how many draws of batch-mates each shows. */
export const WRONG_SIZES: readonly number[] = [1, 2, 8];
export const DRAWS = 5;

export const M_MIN = 1;
export const M_MAX = 64;
export const MEAN_MIN = -10;
export const MEAN_MAX = 10;
export const SPREAD_MIN = 0.1;
export const SPREAD_MAX = 10;
export const DRIFT_MIN = -0.2;
export const DRIFT_MAX = 0.2;
export const X_MIN = -50;
export const X_MAX = 50;
export const GAMMA_MIN = -10;
export const GAMMA_MAX = 10;
export const DRAW_MAX = 9999;

/** The chapter's worked example: x = 6, γ = 1.5, β = 0.5, inputs around 5 with variance about 5. */
export const BN_TEST_TABLE = defineUrlTable([
  { key: 'm', type: 'int', default: 8, min: M_MIN, max: M_MAX },
  { key: 'momentum', type: 'number', default: 0.9, min: 0, max: 1 },
  { key: 'mean', type: 'number', default: 5, min: MEAN_MIN, max: MEAN_MAX },
  { key: 'spread', type: 'number', default: 2, min: SPREAD_MIN, max: SPREAD_MAX },
  { key: 'drift', type: 'number', default: 0, min: DRIFT_MIN, max: DRIFT_MAX },
  { key: 'seed', type: 'int', default: 1, min: 0, max: SEED_MAX },
  { key: 'x', type: 'number', default: 6, min: X_MIN, max: X_MAX },
  { key: 'gamma', type: 'number', default: 1.5, min: GAMMA_MIN, max: GAMMA_MAX },
  { key: 'beta', type: 'number', default: 0.5, min: GAMMA_MIN, max: GAMMA_MAX },
  { key: 'draw', type: 'int', default: 0, min: 0, max: DRAW_MAX },
  { key: 'batch', type: 'int', default: 0, min: 0, max: BATCHES },
]);
