/**
 * The delta-reuse widget's model, all from the core: the shape's network (deltaReuseProblem), its
 * backprop trace (each δ and gradient with its formula in symbols and in numbers), the central
 * finite difference of every gradient (finiteDifferenceCheck), and the multiplications of the
 * backward pass with δ reuse and the long way, per unit and in total (delta-reuse.ts). Pure.
 */
import {
  backwardUnits,
  deltaReuseProblem,
  finiteDifferenceCheck,
  multiplicationCounts,
  shapeSizes,
  traceTrainingStep,
  type MultiplicationCounts,
  type TraceProblem,
  type TraceStep,
} from '../../core';

export interface Quantity {
  /** LaTeX: the symbol, the formula in symbols, the formula with numbers (trace.ts). */
  readonly symbol: string;
  readonly general: string;
  readonly numbers: string;
  readonly value: number;
}

export interface GradientRow extends Quantity {
  /** The diagram's edge of the weight (network-layout.ts edgeId). */
  readonly edge: string;
  /** Central difference (E(w + ε) − E(w − ε)) / 2ε and its relative error against the backprop value. */
  readonly numeric: number;
  readonly relativeError: number;
}

export interface UnitStep {
  readonly layer: number;
  readonly unit: number;
  /** The diagram's unit id, u{layer}.{index from 0}. */
  readonly id: string;
  readonly delta: Quantity;
  /** The units of the layer above whose δ's this one reads (none for an output unit), and the edges they come back along. */
  readonly reads: readonly string[];
  readonly readEdges: readonly string[];
  readonly gradients: readonly GradientRow[];
  /** Multiplications of this δ plus its weights' gradients: with δ reuse, and each gradient the long way. */
  readonly backprop: number;
  readonly naive: number;
}

export interface GrowthRow {
  /** Weight layers L. */
  readonly depth: number;
  readonly chain: MultiplicationCounts;
  readonly wide: MultiplicationCounts;
}

export interface DeltaReuseModel {
  readonly sizes: readonly number[];
  readonly problem: TraceProblem;
  /** In the order the backward pass takes them: output layer first. */
  readonly units: readonly UnitStep[];
  readonly counts: MultiplicationCounts;
  readonly loss: number;
  /** The largest relative error of the finite-difference check over every weight. */
  readonly worstError: number;
}

/** The width of the wider networks in the growth table: 3 inputs, hidden layers of 3, one output. */
export const GROWTH_WIDTH = 3;
export const GROWTH_DEPTHS: readonly number[] = [2, 3, 4, 5, 6];

const quantity = (step: TraceStep): Quantity => ({ symbol: step.symbol, general: step.generalFormula, numbers: step.formula, value: step.value });

export function deltaReuseModel(shape: string): DeltaReuseModel {
  const sizes = shapeSizes(shape);
  const problem = deltaReuseProblem(sizes);
  const trace = traceTrainingStep(problem, problem, { learningRate: problem.learningRate, updateBias: false });
  const byId = new Map(trace.steps.map((step) => [step.id, step]));
  const checks = new Map(finiteDifferenceCheck(problem).map((row) => [row.id, row]));
  const L = sizes.length - 1;
  const units = backwardUnits(sizes).map(({ layer, unit, backprop, naive }): UnitStep => {
    const delta = byId.get(`delta.${layer}.${unit}`);
    if (!delta) throw new Error(`no δ for layer ${layer} unit ${unit}`);
    const above = layer < L ? Array.from({ length: sizes[layer + 1] }, (_, k) => k) : [];
    const gradients = Array.from({ length: sizes[layer - 1] }, (_, i): GradientRow => {
      const id = `grad.W.${layer}.${unit}.${i + 1}`;
      const step = byId.get(id);
      const check = checks.get(id);
      if (!step || !check) throw new Error(`no gradient ${id}`);
      return { ...quantity(step), edge: `e${layer}.${i}.${unit - 1}`, numeric: check.numeric, relativeError: check.relativeError };
    });
    return {
      layer,
      unit,
      id: `u${layer}.${unit - 1}`,
      delta: quantity(delta),
      reads: above.map((k) => `u${layer + 1}.${k}`),
      readEdges: above.map((k) => `e${layer + 1}.${unit - 1}.${k}`),
      gradients,
      backprop,
      naive,
    };
  });
  const worstError = Math.max(0, ...[...checks.values()].map((row) => row.relativeError));
  return { sizes, problem, units, counts: multiplicationCounts(sizes), loss: trace.summary.loss, worstError };
}

/** Multiplications spent after `step` units: with δ reuse, and for the same gradients the long way. */
export function progress(model: DeltaReuseModel, step: number): { backprop: number; naive: number; weights: number } {
  let backprop = 0;
  let naive = 0;
  let weights = 0;
  for (const unit of model.units.slice(0, step)) {
    backprop += unit.backprop;
    naive += unit.naive;
    weights += unit.gradients.length;
  }
  return { backprop, naive, weights };
}

/** The totals for chains (1–1–…–1) and for width-3 networks (3–3–…–3–1) of 2 … 6 weight layers. */
export function growthRows(): GrowthRow[] {
  return GROWTH_DEPTHS.map((depth) => ({
    depth,
    chain: multiplicationCounts(new Array<number>(depth + 1).fill(1)),
    wide: multiplicationCounts([...new Array<number>(depth).fill(GROWTH_WIDTH), 1]),
  }));
}

/** The δ's known after `step` units, by diagram unit id. */
export function knownDeltas(model: DeltaReuseModel, step: number): Map<string, number> {
  return new Map(model.units.slice(0, step).map((u) => [u.id, u.delta.value]));
}
