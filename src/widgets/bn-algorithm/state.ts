/**
 * The batch-norm algorithm widget's URL table: the mini-batch x₁ … x_m of one unit (as text, the
 * values joined by '_'), the selected i, γ, β and ε, and the settings of the seeded random batch.
 * Defaults: the chapter's worked example (#algorithm, "A worked example"), x = (2, 4, 6, 8),
 * ε = 10⁻⁵, γ = 1.5, β = 0.5.
 */
import { defineUrlTable } from '../kit/url-state';

export const BN_ID = 'bn-algorithm';

/** The chapter's worked example: the inputs the chapter gives (everything it computes comes from the core). */
export const WORKED_EXAMPLE = { xs: [2, 4, 6, 8], eps: 1e-5, gamma: 1.5, beta: 0.5 } as const;

export const M_MIN = 1;
export const M_MAX = 64;
/** Every x_i lies within ±X_LIMIT (the number line's ends). */
export const X_LIMIT = 10;
/** An arrow key moves a dot by this much (Shift: ten times as far); dragging snaps to it. */
export const X_STEP = 0.1;
/** γ and β: room for the identity γ = √(σ²_B + ε) ≤ √(10² + 1) and β = μ_B within ±10. */
export const PARAM_LIMIT = 12;
export const EPS_MIN = 1e-8;
export const EPS_MAX = 1;
export const SEPARATOR = '_';

export const BN_TABLE = defineUrlTable([
  { key: 'x', type: 'string', default: WORKED_EXAMPLE.xs.join(SEPARATOR), maxLength: 1000 },
  { key: 'i', type: 'int', default: 1, min: 1, max: M_MAX },
  { key: 'gamma', type: 'number', default: WORKED_EXAMPLE.gamma, min: -PARAM_LIMIT, max: PARAM_LIMIT },
  { key: 'beta', type: 'number', default: WORKED_EXAMPLE.beta, min: -PARAM_LIMIT, max: PARAM_LIMIT },
  { key: 'eps', type: 'number', default: WORKED_EXAMPLE.eps, min: EPS_MIN, max: EPS_MAX },
  { key: 'n', type: 'int', default: 16, min: M_MIN, max: M_MAX },
  { key: 'mean', type: 'number', default: 3, min: -5, max: 5 },
  { key: 'spread', type: 'number', default: 2, min: 0, max: 5 },
  { key: 'seed', type: 'int', default: 1, min: 0, max: 4294967295 },
]);
