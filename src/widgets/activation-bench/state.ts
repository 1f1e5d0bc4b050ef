/**
 * The activation bench's URL table: which function, the input x, Leaky ReLU's slope for x < 0, the
 * steepness w of sigmoid(wx), and the depth L of the slope product.
 */
import { DEFAULT_LEAKY_SLOPE } from '../../core';
import { defineUrlTable } from '../kit/url-state';

/**
 * The deck's six activations in its order (softmax as its two-class slice: softmax over [x, 0]),
 * then the linear function they are all measured against.
 */
export const BENCH_FUNCTIONS = ['step', 'sigmoid', 'tanh', 'relu', 'leaky-relu', 'softmax2', 'linear'] as const;
export type BenchFunction = (typeof BENCH_FUNCTIONS)[number];

/** The plotted inputs: −X_MAX ≤ x ≤ X_MAX (sigmoid(5) = 0.9933, already saturated). */
export const X_MAX = 5;
/** The input's resolution on the slider and in the box. */
export const X_STEP = 0.01;
/** An arrow key on the plot's point moves x by this much. */
export const X_KEY_STEP = 0.1;
export const W_MIN = 0.1;
export const W_MAX = 100;
/** Depth: 1 to 30 layers (0.25³⁰ ≈ 8.7 × 10⁻¹⁹, still a double). */
export const L_MAX = 30;

export const BENCH_TABLE = defineUrlTable([
  { key: 'fn', type: 'enum', values: BENCH_FUNCTIONS, default: 'sigmoid' },
  { key: 'x', type: 'number', default: 1, min: -X_MAX, max: X_MAX },
  { key: 'slope', type: 'number', default: DEFAULT_LEAKY_SLOPE, min: 0, max: 1 },
  { key: 'w', type: 'number', default: 1, min: W_MIN, max: W_MAX },
  { key: 'L', type: 'int', default: 3, min: 1, max: L_MAX },
]);

export interface BenchParams {
  /** Leaky ReLU's slope for x < 0. */
  readonly slope: number;
  /** The sigmoid's steepness: the bench plots sigmoid(wx). */
  readonly w: number;
}
