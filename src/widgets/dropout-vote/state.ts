/**
 * The dropout-vote widget's URL table: how many thinned networks vote (K, 1 … K_MAX) and the seed
 * their masks are drawn from. The network, p = ½ and the data are fixed (model.ts).
 */
import { SEED_MAX, SEED_MIN } from '../kit/controls/seed';
import { defineUrlTable } from '../kit/url-state';
import { K_MAX } from './model';

export const DEFAULT_K = 8;
/** A draw whose first thinned network is far from the scaled network (about a fifth of the plane decided otherwise), so the fall with K shows. */
export const DEFAULT_SEED = 8;

export const VOTE_TABLE = defineUrlTable([
  { key: 'k', type: 'int', default: DEFAULT_K, min: 1, max: K_MAX },
  { key: 'seed', type: 'int', default: DEFAULT_SEED, min: SEED_MIN, max: SEED_MAX },
]);
