/**
 * The dropout-scale widget's URL table: which form of scaling (or none), the drop probability p,
 * the layer (the chapter's worked example, or a seeded random one of n units), how many masks are
 * drawn and from which seed.
 */
import { DROPOUT_EXAMPLE } from '../../core';
import { SEED_MAX, SEED_MIN } from '../kit/controls/seed';
import { defineUrlTable } from '../kit/url-state';

/**
 * 'original': train r ⊙ y, test (1 − p) y. 'inverted': train r ⊙ y / (1 − p), test y.
 * 'unscaled': train r ⊙ y, test y — the bug of forgetting the factor.
 */
export const MODES = ['original', 'inverted', 'unscaled'] as const;
export type Mode = (typeof MODES)[number];
export const LAYERS = ['chapter', 'random'] as const;
export type LayerChoice = (typeof LAYERS)[number];

export const P_MAX = 0.9;
export const P_STEP = 0.05;
export const UNITS_MIN = 1;
export const UNITS_MAX = 20;
export const MASKS_MIN = 100;
export const MASKS_MAX = 10000;

export const SCALE_TABLE = defineUrlTable([
  { key: 'mode', type: 'enum', values: MODES, default: 'original' },
  { key: 'p', type: 'number', default: DROPOUT_EXAMPLE.p, min: 0, max: P_MAX },
  { key: 'masks', type: 'int', default: 1000, min: MASKS_MIN, max: MASKS_MAX },
  { key: 'seed', type: 'int', default: 1, min: SEED_MIN, max: SEED_MAX },
  { key: 'layer', type: 'enum', values: LAYERS, default: 'chapter' },
  { key: 'n', type: 'int', default: 10, min: UNITS_MIN, max: UNITS_MAX },
  { key: 'layerSeed', type: 'int', default: 1, min: SEED_MIN, max: SEED_MAX },
]);
