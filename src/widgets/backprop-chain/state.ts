/** The chain widget's URL table: the deck's chain x → h → y with its worked example as the default. */
import { defineUrlTable } from '../url-state';

export const X_MIN = -2;
export const X_MAX = 2;
/** Weights: also the plotted square of the (w₁, w₂) plane. */
export const W_MIN = -4;
export const W_MAX = 4;
export const ETA_MIN = 0.001;
export const ETA_MAX = 10;
/** The chapter's worked example: x = 1, w₁ = 0.5, w₂ = −0.3, y′ = 1, η = 0.5. */
export const CHAIN_DEFAULTS = { x: 1, w1: 0.5, w2: -0.3, yt: 1, eta: 0.5 } as const;

export const CHAIN_TABLE = defineUrlTable([
  { key: 'x', type: 'number', default: CHAIN_DEFAULTS.x, min: X_MIN, max: X_MAX },
  { key: 'w1', type: 'number', default: CHAIN_DEFAULTS.w1, min: W_MIN, max: W_MAX },
  { key: 'w2', type: 'number', default: CHAIN_DEFAULTS.w2, min: W_MIN, max: W_MAX },
  { key: 'yt', type: 'number', default: CHAIN_DEFAULTS.yt, min: 0, max: 1 },
  { key: 'eta', type: 'number', default: CHAIN_DEFAULTS.eta, min: ETA_MIN, max: ETA_MAX },
]);
