/**
 * The scale-and-shift widget's URL table. The batch is the chapter's worked example x = (2, 4, 6, 8)
 * or m values drawn (seeded) from a normal distribution with a mean and spread the reader sets; then
 * ε, γ, β and the activation the y values go into.
 */
import { SEED_MAX } from '../kit/controls/seed';
import { defineUrlTable } from '../kit/url-state';

/** The chapter's worked example (#algorithm, "A worked example"). */
export const CHAPTER_BATCH: readonly number[] = [2, 4, 6, 8];

export const M_MIN = 4;
export const M_MAX = 64;
export const MU_LIMIT = 5;
export const SPREAD_MIN = 0.1;
export const SPREAD_MAX = 3;
/** γ and β: −10 … 10 (γ = √(σ²_B + ε) and β = μ_B of every batch the settings can draw fit, see model.ts identityFits). */
export const GAMMA_MIN = -10;
export const GAMMA_MAX = 10;
export const BETA_MIN = -10;
export const BETA_MAX = 10;

/** ε choices, as the URL writes them; 1e-5 is the chapter's (and PyTorch's and Keras's 1e-3 is listed too). */
export const EPS_VALUES = ['0', '1e-5', '1e-3', '0.1'] as const;
export type EpsText = (typeof EPS_VALUES)[number];
export const ACTIVATIONS = ['sigmoid', 'tanh', 'relu'] as const;
export type ScaleShiftActivation = (typeof ACTIVATIONS)[number];

export const SCALE_SHIFT_TABLE = defineUrlTable([
  { key: 'batch', type: 'enum', values: ['random', 'chapter'], default: 'random' },
  { key: 'm', type: 'int', default: 32, min: M_MIN, max: M_MAX },
  { key: 'mu', type: 'number', default: 3, min: -MU_LIMIT, max: MU_LIMIT },
  { key: 'spread', type: 'number', default: 2, min: SPREAD_MIN, max: SPREAD_MAX },
  { key: 'seed', type: 'int', default: 1, min: 0, max: SEED_MAX },
  { key: 'eps', type: 'enum', values: EPS_VALUES, default: '1e-5' },
  { key: 'gamma', type: 'number', default: 1, min: GAMMA_MIN, max: GAMMA_MAX },
  { key: 'beta', type: 'number', default: 0, min: BETA_MIN, max: BETA_MAX },
  { key: 'fn', type: 'enum', values: ACTIVATIONS, default: 'sigmoid' },
]);
