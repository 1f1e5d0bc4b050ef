/**
 * The Huber widget's URL table: one residual r and the threshold δ, both whole numbers (the chapter's
 * residuals and δ = 100 are), so every loss is a multiple of ½.
 */
import { defineUrlTable } from '../kit/url-state';

/** The plotted residuals: −R_MAX ≤ r ≤ R_MAX, room for the chapter's outlier 1700. */
export const R_MAX = 2000;
/** An arrow key on the plot's point moves r by this much. */
export const R_KEY_STEP = 10;
export const DELTA_MIN = 1;
export const DELTA_MAX = 1000;

/** The chapter's residuals y − yᵖ (#mse, #robust-to-outliers): 500 − 350, 300 − 310, 200 − 260, and the outlier 2000 − 300. */
export const CHAPTER_RESIDUALS = [150, -10, -60, 1700] as const;

export const HUBER_TABLE = defineUrlTable([
  { key: 'r', type: 'int', default: CHAPTER_RESIDUALS[0], min: -R_MAX, max: R_MAX },
  { key: 'delta', type: 'int', default: 100, min: DELTA_MIN, max: DELTA_MAX },
]);
