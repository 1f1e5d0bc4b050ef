/** The deeper-chain widget's URL table: x → h₁ → h₂ → y with the chapter's note example as default. */
import { defineUrlTable } from '../url-state';
import { REVEAL } from './reveal';

import { W_MAX, W_MIN, X_MAX, X_MIN } from '../backprop-chain/state';

/** The same chain one unit longer: the same ranges as the chain widget's. */
export { W_MAX, W_MIN, X_MAX, X_MIN };
/** content/en/backpropagation.mdx, the note on δ₂: x = 1, w₁ = 0.5, w₂ = −0.3, w₃ = 0.8, y′ = 1. */
export const DEEPER_DEFAULTS = { x: 1, w1: 0.5, w2: -0.3, w3: 0.8, yt: 1 } as const;

export const DEEPER_TABLE = defineUrlTable([
  { key: 'x', type: 'number', default: DEEPER_DEFAULTS.x, min: X_MIN, max: X_MAX },
  { key: 'w1', type: 'number', default: DEEPER_DEFAULTS.w1, min: W_MIN, max: W_MAX },
  { key: 'w2', type: 'number', default: DEEPER_DEFAULTS.w2, min: W_MIN, max: W_MAX },
  { key: 'w3', type: 'number', default: DEEPER_DEFAULTS.w3, min: W_MIN, max: W_MAX },
  { key: 'yt', type: 'number', default: DEEPER_DEFAULTS.yt, min: 0, max: 1 },
  { key: 'step', type: 'int', default: 0, min: 0, max: REVEAL.length },
]);
