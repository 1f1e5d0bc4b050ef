/**
 * The XOR-from-gates widget's state and its evaluation by the core, pure
 * (tests/unit/widgets/xor-gates/model.test.ts).
 *
 * State: the nine parameters of the 2-2-1 step network — hidden unit h₁ (NAND): h1w1, h1w2, h1b;
 * hidden unit h₂ (OR): h2w1, h2w2, h2b; output y (AND of h₁, h₂): yw1, yw2, yb — and the traced
 * input (one of the four corners). Defaults: the working weights of the chapter's table
 * ("XOR from NAND, OR and AND"), the core's XOR_GATES_NETWORK: NAND (−2, −2, b 3), OR (2, 2, b −1),
 * AND (2, 2, b −3).
 */
import { evaluateStepNetwork, fromRows, makeLogicGate, XOR_GATES_NETWORK, type StepLayer } from '../../core';
import { cells, polygonCentroid, type Box, type Line } from '../charts/half-planes';
import type { PlaneRegion } from '../charts/input-plane';
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

/** The state's network as the core's step layers: W[j][i] connects input i to unit j. */
export function layersOf(s: XorState): StepLayer[] {
  return [
    {
      weights: fromRows([
        [s.h1w1, s.h1w2],
        [s.h2w1, s.h2w2],
      ]),
      bias: Float64Array.of(s.h1b, s.h2b),
    },
    { weights: fromRows([[s.yw1, s.yw2]]), bias: Float64Array.of(s.yb) },
  ];
}

/** The hidden units' decision lines on the input plane. */
export function hiddenLines(s: XorState): [Line, Line] {
  return [
    { w1: s.h1w1, w2: s.h1w2, b: s.h1b },
    { w1: s.h2w1, w2: s.h2w2, b: s.h2b },
  ];
}

export interface TruthRow {
  readonly x: readonly [number, number];
  /** net of h₁, h₂ */
  readonly hiddenNets: readonly [number, number];
  /** h₁, h₂ = step(net) */
  readonly hidden: readonly [number, number];
  readonly outputNet: number;
  readonly y: number;
  /** XOR of the inputs, from the core's truth table. */
  readonly target: number;
  readonly correct: boolean;
}

/** The network on the four rows of the XOR truth table, in the core's order (0,0), (0,1), (1,0), (1,1). */
export function truthTable(layers: readonly StepLayer[]): TruthRow[] {
  const xor = makeLogicGate('xor');
  return Array.from({ length: xor.x.rows }, (_, r) => {
    const x: [number, number] = [xor.x.data[2 * r], xor.x.data[2 * r + 1]];
    const { nets, outputs } = evaluateStepNetwork(layers, x);
    const y = outputs[1][0];
    const target = xor.y.data[r];
    return {
      x,
      hiddenNets: [nets[0][0], nets[0][1]],
      hidden: [outputs[0][0], outputs[0][1]],
      outputNet: nets[1][0],
      y,
      target,
      correct: y === target,
    };
  });
}

/** Whether the network gives XOR's output on all four rows. */
export function computesXor(rows: readonly TruthRow[]): boolean {
  return rows.length === 4 && rows.every((r) => r.correct);
}

/**
 * The input plane cut by the two hidden lines, each cell labelled with the network's output there
 * (the core evaluated at the cell's centroid, where neither hidden net is 0).
 */
export function outputRegions(s: XorState, layers: readonly StepLayer[]): PlaneRegion[] {
  return cells(hiddenLines(s), PLANE).map((cell) => ({
    polygon: cell.polygon,
    cls: evaluateStepNetwork(layers, polygonCentroid(cell.polygon)).outputs[1][0] as 0 | 1,
  }));
}

/** The row index of an input id ('01' → 1). */
export function rowOf(input: XorState['input']): number {
  return INPUTS.indexOf(input);
}
