/** The deeper-chain widget's URL table: x → h₁ → h₂ → y with the chapter's note example as default. */
import { CHAIN_W_RANGE, CHAIN_X_RANGE, DEEPER_CHAIN_EXAMPLE } from '../../core/examples/chain';
import { defineUrlTable } from '../kit/url-state';
import { REVEAL } from './reveal';

/** The same chain one unit longer: the same ranges as the chain widget's. */
export const [X_MIN, X_MAX] = CHAIN_X_RANGE;
export const [W_MIN, W_MAX] = CHAIN_W_RANGE;
export const DEEPER_DEFAULTS = DEEPER_CHAIN_EXAMPLE;

export const DEEPER_TABLE = defineUrlTable([
  { key: 'x', type: 'number', default: DEEPER_DEFAULTS.x, min: X_MIN, max: X_MAX },
  { key: 'w1', type: 'number', default: DEEPER_DEFAULTS.w1, min: W_MIN, max: W_MAX },
  { key: 'w2', type: 'number', default: DEEPER_DEFAULTS.w2, min: W_MIN, max: W_MAX },
  { key: 'w3', type: 'number', default: DEEPER_DEFAULTS.w3, min: W_MIN, max: W_MAX },
  { key: 'yt', type: 'number', default: DEEPER_DEFAULTS.yt, min: 0, max: 1 },
  { key: 'step', type: 'int', default: 0, min: 0, max: REVEAL.length },
]);
