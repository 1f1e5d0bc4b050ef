/**
 * The XOR-from-gates widget's URL table: the nine parameters of the 2-2-1 step network — hidden
 * unit h₁ (NAND): h1w1, h1w2, h1b; hidden unit h₂ (OR): h2w1, h2w2, h2b; output y (AND of h₁, h₂):
 * yw1, yw2, yb (`?xor-gates.h1b=…`) — and the traced input (one of the four corners). Defaults: the
 * working weights of the chapter's table (content/en/perceptron.mdx, "XOR from NAND, OR and AND"):
 * NAND (−2, −2, b 3), OR (2, 2, b −1), AND (2, 2, b −3) — the core's XOR_GATES_NETWORK.
 */
import { XOR_GATES_NETWORK } from '../../core';
import type { Box } from '../charts/half-planes';
import { defineUrlTable, type UrlState } from '../kit/url-state';

export const PARAM_LIMIT = 10;
export const INPUTS = ['00', '01', '10', '11'] as const;
export const PLANE: Box = { x: [-0.5, 1.5], y: [-0.5, 1.5] };

function param<const K extends string>(key: K, value: number) {
  return { key, type: 'number', default: value, min: -PARAM_LIMIT, max: PARAM_LIMIT } as const;
}

const [HIDDEN, OUTPUT] = XOR_GATES_NETWORK.layers;

export const XOR_TABLE = defineUrlTable([
  param('h1w1', HIDDEN.weights[0][0]),
  param('h1w2', HIDDEN.weights[0][1]),
  param('h1b', HIDDEN.bias[0]),
  param('h2w1', HIDDEN.weights[1][0]),
  param('h2w2', HIDDEN.weights[1][1]),
  param('h2b', HIDDEN.bias[1]),
  param('yw1', OUTPUT.weights[0][0]),
  param('yw2', OUTPUT.weights[0][1]),
  param('yb', OUTPUT.bias[0]),
  { key: 'input', type: 'enum', values: INPUTS, default: '01' },
] as const);

export type XorState = UrlState<typeof XOR_TABLE>;
export type ParamKey = Exclude<keyof XorState, 'input'>;

/** The parameters by unit: [w from input 1, w from input 2, b]. */
export const UNITS: readonly { readonly unit: 'h1' | 'h2' | 'y'; readonly keys: readonly [ParamKey, ParamKey, ParamKey] }[] = [
  { unit: 'h1', keys: ['h1w1', 'h1w2', 'h1b'] },
  { unit: 'h2', keys: ['h2w1', 'h2w2', 'h2b'] },
  { unit: 'y', keys: ['yw1', 'yw2', 'yb'] },
];
