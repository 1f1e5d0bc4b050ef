/**
 * The hidden-weight widget's URL table: the chain's x, w₁, w₂, y′ and the η of "Take a step on w₁",
 * with the chapter's worked example as the default (the same as the chain widget's).
 */
import { CHAIN_EXAMPLE, CHAIN_W_RANGE, CHAIN_X_RANGE } from '../../core/examples/chain';
import { defineUrlTable } from '../kit/url-state';

export const [X_MIN, X_MAX] = CHAIN_X_RANGE;
export const [W_MIN, W_MAX] = CHAIN_W_RANGE;
export const ETA_MIN = 0.001;
export const ETA_MAX = 10;

export const HIDDEN_WEIGHT_TABLE = defineUrlTable([
  { key: 'x', type: 'number', default: CHAIN_EXAMPLE.x, min: X_MIN, max: X_MAX },
  { key: 'w1', type: 'number', default: CHAIN_EXAMPLE.w1, min: W_MIN, max: W_MAX },
  { key: 'w2', type: 'number', default: CHAIN_EXAMPLE.w2, min: W_MIN, max: W_MAX },
  { key: 'yt', type: 'number', default: CHAIN_EXAMPLE.yt, min: 0, max: 1 },
  { key: 'eta', type: 'number', default: CHAIN_EXAMPLE.eta, min: ETA_MIN, max: ETA_MAX },
]);
