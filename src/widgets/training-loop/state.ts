/** The training-loop widget's URL table, architectures and presets. */
import { SEED_MAX } from '../kit/controls/seed';
import { defineUrlTable } from '../kit/url-state';

export const ARCHITECTURES = ['2-2-1', '2-3-1', '2-4-1', '2-4-4-1'] as const;
export type Architecture = (typeof ARCHITECTURES)[number];

export function layerSizes(arch: Architecture): number[] {
  return arch.split('-').map(Number);
}

export const ETA_MIN = 0.01;
export const ETA_MAX = 10;
export const TOL_MIN = 1e-4;
export const TOL_MAX = 0.5;
/** Steps per second offered; one step is one epoch (full batch). */
export const SPEEDS: readonly number[] = [16, 64, 256, 1024];
/** The second stopping rule of the loop: a maximum number of epochs. */
export const MAX_EPOCHS = 20_000;

/**
 * Defaults: seed 1 with η = 2 reaches E ≤ 0.01 at epoch 846 on 2-2-1, about 3.3 s at 256 epochs/s.
 * STUCK_SEED: with seed 2, 2-2-1 ends on the plateau with (0,1) and (1,1) both at 0.5 (loss → 0.0625,
 * approached as the weights grow, never passed) for every η tried (0.5, 2, 4, 10). How many seeds get
 * stuck so: src/core/xor-stuck.ts (`npm run xor-stuck`), whose count chapter 1 quotes.
 */
export const DEFAULT_SEED = 1;
export const STUCK_SEED = 2;

export const LOOP_TABLE = defineUrlTable([
  { key: 'arch', type: 'enum', values: ARCHITECTURES, default: '2-2-1' },
  { key: 'seed', type: 'int', default: DEFAULT_SEED, min: 0, max: SEED_MAX },
  { key: 'eta', type: 'number', default: 2, min: ETA_MIN, max: ETA_MAX },
  { key: 'tol', type: 'number', default: 0.01, min: TOL_MIN, max: TOL_MAX },
  { key: 'speed', type: 'enum', values: ['16', '64', '256', '1024'], default: '256' },
  { key: 'log', type: 'boolean', default: true },
]);

/** The XOR points in makeLogicGate's order, named for messages. */
export const POINT_NAMES = ['(0,0)', '(0,1)', '(1,0)', '(1,1)'] as const;
