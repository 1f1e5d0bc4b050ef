/**
 * The one-neuron widget's state: weights w₁, w₂, bias b and input (x₁, x₂) — each a URL field
 * (`?neuron.w1=…`), with its range. Defaults: the chapter's AND example (w₁ = w₂ = 1, b = −1.5) and
 * the input (1, 1). Presets: the chapter's AND, OR and NAND lines (core/examples/gate-lines.ts).
 */
import { GATE_LINES } from '../../core/examples/gate-lines';
import { defineUrlTable, type UrlState } from '../kit/url-state';
import type { Box } from '../charts/half-planes';

/** |w₁|, |w₂|, |b| ≤ this. */
export const PARAM_LIMIT = 5;

/** The input plane shown: the unit square's corners with room around them. */
export const PLANE: Box = { x: [-0.5, 1.5], y: [-0.5, 1.5] };

export const NEURON_TABLE = defineUrlTable([
  { key: 'w1', type: 'number', default: GATE_LINES.and.w1, min: -PARAM_LIMIT, max: PARAM_LIMIT },
  { key: 'w2', type: 'number', default: GATE_LINES.and.w2, min: -PARAM_LIMIT, max: PARAM_LIMIT },
  { key: 'b', type: 'number', default: GATE_LINES.and.b, min: -PARAM_LIMIT, max: PARAM_LIMIT },
  { key: 'x1', type: 'number', default: 1, min: PLANE.x[0], max: PLANE.x[1] },
  { key: 'x2', type: 'number', default: 1, min: PLANE.y[0], max: PLANE.y[1] },
] as const);

export type NeuronState = UrlState<typeof NEURON_TABLE>;

export const PRESETS = GATE_LINES;

export type PresetName = keyof typeof PRESETS;

/** The gate a corner pattern (outputs at (0,0), (0,1), (1,0), (1,1)) is, for the four the chapter names. */
export function gateOf(pattern: readonly number[]): 'AND' | 'OR' | 'NAND' | 'NOR' | null {
  const key = pattern.join('');
  return ({ '0001': 'AND', '0111': 'OR', '1110': 'NAND', '1000': 'NOR' } as const)[key] ?? null;
}
