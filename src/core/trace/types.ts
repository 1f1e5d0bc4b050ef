/**
 * The backprop trace: every quantity of one training step on one example, in the order a careful
 * hand calculation takes them (forward, loss, δ's, gradients, updates), each with its LaTeX symbol,
 * its general formula, the same formula with the numbers substituted, its value, and the steps it
 * depends on. Layers and units are numbered from 1, as on the deck.
 */

import type { LossName } from '../losses';

export type TracePhase = 'forward' | 'loss' | 'delta' | 'gradient' | 'update';

/** How δ = ∂E/∂net is written: the deck's δ^{(l)}_j, or ∂E/∂net^{(l)}_j. */
export type TraceNotation = 'delta' | 'partial';

/** Decimal places of the numbers shown in formulas (and kept, with fromRounded). */
export type TraceDecimals = 4 | 6 | 9;

export const TRACE_DECIMALS: readonly TraceDecimals[] = [4, 6, 9];

export interface TraceRounding {
  /** Decimal places of the numbers in formulas. */
  decimals: TraceDecimals;
  /**
   * true: each step's value is rounded to `decimals` and later steps compute from the rounded values,
   * as a paper calculation does. false: values at full precision (formulas still show them rounded).
   */
  fromRounded: boolean;
}

export interface TraceStep {
  phase: TracePhase;
  /**
   * Stable id from the step's position: 'net.l.j', 'out.l.j', 'E', 'delta.l.j', 'grad.W.l.j.i',
   * 'grad.b.l.j', 'new.W.l.j.i', 'new.b.l.j'.
   */
  id: string;
  /** Layer l (1 = first layer after the input); the output layer for E. */
  layer: number;
  /** Unit j of the layer; null for E. */
  unit: number | null;
  /** Input i of a weight w^{(l)}_{ji} (gradient and update of a weight only). */
  input?: number;
  /** The quantity in LaTeX, e.g. '\delta^{(2)}_{1}'. */
  symbol: string;
  /** The formula in LaTeX with the numbers substituted, e.g. '(0.5652 - 1) \cdot 0.5652 \cdot (1 - 0.5652)'. */
  formula: string;
  /** The same formula in symbols, e.g. '(y_{1} - y'_{1}) \cdot y_{1} (1 - y_{1})'. */
  generalFormula: string;
  value: number;
  /** Ids of the earlier steps whose values the formula uses (given numbers x, w, b, y′, η are not steps). */
  dependsOn: string[];
}

/** One training example: x (length = the first layer's inputs) and the target y′ (length = output units). */
export interface TraceExample {
  input: ArrayLike<number>;
  target: ArrayLike<number>;
}

export interface TraceOptions {
  /** η of the update w = w − η ∂E/∂w. */
  learningRate: number;
  /** Default: the network's loss, or 'half-squared-error' (the deck's E = ½Σ(y − y′)²) for a spec. */
  loss?: LossName;
  /** false keeps every bias fixed: no bias gradient or update steps (default true). */
  updateBias?: boolean;
  /** Default 'delta'. */
  notation?: TraceNotation;
  /** Default { decimals: 4, fromRounded: false }. */
  rounding?: Partial<TraceRounding>;
  /**
   * true: in each step's `formula`, every number that is an earlier step's value is wrapped as
   * `\htmlData{step=<id>}{<text>}` (KaTeX's syntax), so a renderer can highlight the numbers a step
   * uses. Default false (plain LaTeX, as the CLI prints).
   */
  markOperands?: boolean;
}

/** The trace's numbers by layer (layers in order 1…L; matrices as rows = units, W[j][i]). */
export interface TraceSummary {
  forward: { layer: number; net: number[]; out: number[] }[];
  loss: number;
  backward: { layer: number; delta: number[]; gradWeights: number[][]; gradBias: number[] }[];
  updated: { layer: number; weights: number[][]; bias: number[] }[];
}

export interface Trace {
  steps: TraceStep[];
  summary: TraceSummary;
}
