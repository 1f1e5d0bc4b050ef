/** The chain widget's URL table: the deck's chain x → h → y with its worked example as the default. */
import { CHAIN_EXAMPLE, CHAIN_W_RANGE, CHAIN_X_RANGE } from '../../core/examples/chain';
import { defineUrlTable } from '../kit/url-state';

export const [X_MIN, X_MAX] = CHAIN_X_RANGE;
/** Weights: also the plotted square of the (w₁, w₂) plane. */
export const [W_MIN, W_MAX] = CHAIN_W_RANGE;
export const ETA_MIN = 0.001;
export const ETA_MAX = 10;
export const CHAIN_DEFAULTS = CHAIN_EXAMPLE;

export const CHAIN_TABLE = defineUrlTable([
  { key: 'x', type: 'number', default: CHAIN_DEFAULTS.x, min: X_MIN, max: X_MAX },
  { key: 'w1', type: 'number', default: CHAIN_DEFAULTS.w1, min: W_MIN, max: W_MAX },
  { key: 'w2', type: 'number', default: CHAIN_DEFAULTS.w2, min: W_MIN, max: W_MAX },
  { key: 'yt', type: 'number', default: CHAIN_DEFAULTS.yt, min: 0, max: 1 },
  { key: 'eta', type: 'number', default: CHAIN_DEFAULTS.eta, min: ETA_MIN, max: ETA_MAX },
]);
