/**
 * The bn-backward widget's URL table: the bias b of x_i = W·u_i + b, γ, β, ε, the gradient from
 * above ∂ℓ/∂y (as text, four values joined by '_') and the i whose lines the formulas show.
 * The inputs u and the weight W are fixed: with b = 0 they give the chapter's worked example
 * x = W·u = (2, 4, 6, 8); the defaults are its γ = 1.5, β = 0.5, ε = 10⁻⁵ and ∂ℓ/∂y = (0.1, −0.2, 0.3, 0.0)
 * (src/core/batch-norm-chapter.ts, BACKWARD_EXAMPLE).
 */
import { BACKWARD_EXAMPLE } from '../../core';
import { defineUrlTable } from '../kit/url-state';

export const BNB_ID = 'bn-backward';

/** The fixed inputs u_i and weight W: W·u = the chapter's x = (2, 4, 6, 8). */
export const INPUTS = [1, 2, 3, 4] as const;
export const WEIGHT = 2;
export const M = INPUTS.length;
/** Every ∂ℓ/∂y_i lies within ±DY_LIMIT. */
export const DY_LIMIT = 10;
export const B_LIMIT = 5;
export const PARAM_LIMIT = 3;
export const EPS_MIN = 1e-8;
export const EPS_MAX = 1;
export const SEPARATOR = '_';
/** The central difference's step: ℓ at x_i ± H. */
export const H = 1e-6;

export const BNB_TABLE = defineUrlTable([
  { key: 'b', type: 'number', default: 0, min: -B_LIMIT, max: B_LIMIT },
  { key: 'gamma', type: 'number', default: BACKWARD_EXAMPLE.gamma, min: -PARAM_LIMIT, max: PARAM_LIMIT },
  { key: 'beta', type: 'number', default: BACKWARD_EXAMPLE.beta, min: -PARAM_LIMIT, max: PARAM_LIMIT },
  { key: 'eps', type: 'number', default: BACKWARD_EXAMPLE.eps, min: EPS_MIN, max: EPS_MAX },
  { key: 'dy', type: 'string', default: BACKWARD_EXAMPLE.dy.join(SEPARATOR), maxLength: 200 },
  { key: 'i', type: 'int', default: 1, min: 1, max: M },
]);
