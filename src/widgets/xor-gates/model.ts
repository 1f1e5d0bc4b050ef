/**
 * The XOR-from-gates widget's model: its state (state.ts) evaluated by the core, pure
 * (tests/unit/widgets/xor-gates/model.test.ts). The network's outputs on the four rows of XOR's
 * truth table, whether they are XOR's, and the input plane cut by the two hidden lines, each cell
 * labelled with the network's output there.
 */
import { evaluateStepNetwork, fromRows, makeLogicGate, type StepLayer } from '../../core';
import { cells, polygonCentroid, type Line } from '../charts/half-planes';
import type { PlaneRegion } from '../charts/input-plane';
import { INPUTS, PLANE, type XorState } from './state';

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

export interface XorModel {
  readonly layers: readonly StepLayer[];
  /** The four rows, in INPUTS' order. */
  readonly truth: readonly TruthRow[];
  readonly computesXor: boolean;
  /** h₁'s (NAND's) and h₂'s (OR's) decision lines. */
  readonly lines: readonly [Line, Line];
  readonly regions: readonly PlaneRegion[];
}

/** What the nine parameters make: everything but the traced input, which only picks a row. */
export function xorModel(s: XorState): XorModel {
  const layers = layersOf(s);
  const truth = truthTable(layers);
  return { layers, truth, computesXor: computesXor(truth), lines: hiddenLines(s), regions: outputRegions(s, layers) };
}
