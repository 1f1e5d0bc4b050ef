/**
 * The XOR-line widget's URL table: one perceptron's w₁, w₂ and b (the one-neuron widget's ranges), opening
 * on OR's line x₁ + x₂ − 0.5 = 0, which satisfies three of XOR's four inequalities.
 */
import { GATE_LINES } from '../../core/examples/gate-lines';
import type { Box } from '../charts/half-planes';
import { defineUrlTable } from '../kit/url-state';

/** |w₁|, |w₂|, |b| ≤ this. */
export const PARAM_LIMIT = 5;
/** The input plane shown: the unit square's corners with room around them. */
export const PLANE: Box = { x: [-0.5, 1.5], y: [-0.5, 1.5] };
/** Arrow-key step of a line handle, in input units. */
export const HANDLE_STEP = 0.05;
/** Settings tried by one press of the random search. */
export const SEARCH_COUNT = 10_000;

export const PRESETS = GATE_LINES;
export type PresetName = keyof typeof PRESETS;

export const XOR_LINE_TABLE = defineUrlTable([
  { key: 'w1', type: 'number', default: GATE_LINES.or.w1, min: -PARAM_LIMIT, max: PARAM_LIMIT },
  { key: 'w2', type: 'number', default: GATE_LINES.or.w2, min: -PARAM_LIMIT, max: PARAM_LIMIT },
  { key: 'b', type: 'number', default: GATE_LINES.or.b, min: -PARAM_LIMIT, max: PARAM_LIMIT },
] as const);
