/**
 * The "same network, each activation" widget's URL table, datasets and the settings each dataset
 * starts from. Only the hidden layers' activation differs between the five networks; the output is a
 * sigmoid unit and the loss the course's E = ½(y − y′)² for all of them.
 */
import type { ElementwiseActivationName } from '../../core';
import { SEED_MAX } from '../kit/controls/seed';
import { defineUrlTable } from '../kit/url-state';

/** The deck's activations in its order (linear is the collapse widget's subject, not this one's). */
export const ACTIVATIONS: readonly ElementwiseActivationName[] = ['step', 'sigmoid', 'tanh', 'relu', 'leaky-relu'];

export const DATASETS = ['xor', 'circles', 'spirals'] as const;
export type DatasetName = (typeof DATASETS)[number];
export const DEPTHS = ['1', '2'] as const;

export const WIDTH_MIN = 1;
export const WIDTH_MAX = 8;
export const ETA_MIN = 0.01;
export const ETA_MAX = 10;

/**
 * Per dataset: the epochs a run gets (the live run stops there, and a sweep run is judged there), the
 * accuracy that counts as solved, where its map is drawn, and the network a dataset starts with.
 * Found by trying 20 seeds (see tests/unit/widgets/same-network/): with these, the activations that
 * can learn the set mostly do within the epochs, so the differences are the activations'. Spirals need
 * two hidden layers and 4000 epochs, and there the sigmoid's small slopes show: it never gets there.
 */
export interface DatasetPlan {
  readonly epochs: number;
  /** Solved: accuracy (share of points on the right side of 0.5) at least this. */
  readonly solved: number;
  readonly plane: readonly [number, number];
  readonly start: { readonly depth: (typeof DEPTHS)[number]; readonly width: number; readonly eta: number };
}

export const PLANS: Readonly<Record<DatasetName, DatasetPlan>> = {
  xor: { epochs: 1000, solved: 1, plane: [-0.5, 1.5], start: { depth: '1', width: 2, eta: 2 } },
  circles: { epochs: 1000, solved: 0.95, plane: [-1.4, 1.4], start: { depth: '1', width: 4, eta: 2 } },
  spirals: { epochs: 4000, solved: 0.95, plane: [-1.2, 1.2], start: { depth: '2', width: 8, eta: 3 } },
};

/** The seeds of the "20 seeds" run: 1 … 20 (the widget's own seed is shown apart from them). */
export const SWEEP_SEEDS: readonly number[] = Array.from({ length: 20 }, (_, k) => k + 1);

/** Epochs per second offered; one step is one epoch of all five networks (full batch). */
export const SPEEDS: readonly number[] = [64, 256, 1024];

export const DEFAULT_SEED = 4;

export const SAME_TABLE = defineUrlTable([
  { key: 'data', type: 'enum', values: DATASETS, default: 'xor' },
  { key: 'depth', type: 'enum', values: DEPTHS, default: PLANS.xor.start.depth },
  { key: 'width', type: 'int', default: PLANS.xor.start.width, min: WIDTH_MIN, max: WIDTH_MAX },
  { key: 'eta', type: 'number', default: PLANS.xor.start.eta, min: ETA_MIN, max: ETA_MAX },
  { key: 'seed', type: 'int', default: DEFAULT_SEED, min: 0, max: SEED_MAX },
  { key: 'speed', type: 'enum', values: ['64', '256', '1024'], default: '256' },
]);
