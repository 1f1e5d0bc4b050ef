/**
 * The "Overfitting, with and without dropout" widget's URL table: the right network's drop
 * probability p (the left one always has p = 0), the seed of both networks' weights and of the
 * dropout masks, the epoch the run stops at, which points the maps show, and the speed.
 */
import { OVERFIT_DEFAULT_P, OVERFIT_DEFAULT_SEED } from '../../core';
import { SEED_MAX, SEED_MIN } from '../kit/controls/seed';
import { defineUrlTable } from '../kit/url-state';
import { STOP_EPOCHS } from './model';

export const P_MAX = 0.8;
export const P_STEP = 0.05;
/** Epochs per second offered (one epoch = one full-batch update of each network). */
export const SPEEDS: readonly number[] = [20, 60, 120];
export const EPOCH_CHOICES = STOP_EPOCHS.map(String) as [string, ...string[]];
/** Which points the maps show: the 30 training points or the 200 held-out test points. */
export const POINTS = ['train', 'test'] as const;

export const OVERFIT_TABLE = defineUrlTable([
  { key: 'p', type: 'number', default: OVERFIT_DEFAULT_P, min: 0, max: P_MAX },
  { key: 'seed', type: 'int', default: OVERFIT_DEFAULT_SEED, min: SEED_MIN, max: SEED_MAX },
  { key: 'epochs', type: 'enum', values: EPOCH_CHOICES, default: EPOCH_CHOICES[0] },
  { key: 'points', type: 'enum', values: POINTS, default: 'train' },
  { key: 'speed', type: 'enum', values: SPEEDS.map(String) as [string, ...string[]], default: '60' },
]);
