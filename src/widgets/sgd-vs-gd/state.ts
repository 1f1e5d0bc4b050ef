/**
 * The sgd-vs-gd widget's URL table: the learning rate η (shared by both), the mini-batch size |B|,
 * the number of points N of the line-fit data, the seed (data and batches), which x the loss chart
 * uses (steps or examples seen), and the speed.
 */
import { SEED_MAX, SEED_MIN } from '../kit/controls/seed';
import { defineUrlTable } from '../kit/url-state';

export const ETA_MIN = 0.01;
/** Above 2/λ_max ≈ 2 (λ_max ≈ 1 for x uniform on [−1, 1]) gradient descent diverges: room to see it. */
export const ETA_MAX = 3;
export const N_MIN = 4;
export const N_MAX = 100;
/** The run stops here (steps of each). */
export const MAX_STEPS = 300;
/** Mini-batch gradients drawn for the scatter. */
export const SCATTER_COUNT = 120;
/** Steps per second offered. One step = one update of each. */
export const SPEEDS: readonly number[] = [2, 8, 30];
export const AXES = ['steps', 'examples'] as const;
export type LossAxis = (typeof AXES)[number];

export const SGD_TABLE = defineUrlTable([
  { key: 'eta', type: 'number', default: 0.3, min: ETA_MIN, max: ETA_MAX },
  { key: 'batch', type: 'int', default: 4, min: 1, max: N_MAX },
  { key: 'n', type: 'int', default: 40, min: N_MIN, max: N_MAX },
  { key: 'seed', type: 'int', default: 1, min: SEED_MIN, max: SEED_MAX },
  { key: 'axis', type: 'enum', values: AXES, default: 'steps' },
  { key: 'speed', type: 'enum', values: SPEEDS.map(String) as [string, ...string[]], default: '8' },
]);
