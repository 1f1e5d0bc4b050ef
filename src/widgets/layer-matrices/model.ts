/**
 * The layer-matrices widget's model: the chosen example network's backward pass a layer at a time
 * (core layerBackward, the matrices and vectors shown) beside the per-unit trace of the stepper (core
 * traceTrainingStep, the steps each entry equals), and what each entry of a result is made of: the
 * per-unit sum or product, the entries it uses, the units and edges of the diagram, and the trace step
 * it equals. Pure.
 *
 * Steps (position 1 … 2L): for each layer l from the output down, first δ⁽ˡ⁾, then its gradients.
 * Entry keys (also the cells' data-cell in the view), j a unit of layer l, i an input, k a unit of l + 1:
 *   output δ step   y.j (a⁽ᴸ⁾), t.j (y′), r.j (a⁽ᴸ⁾ − y′), f.j (f′(net⁽ᴸ⁾)), d.j (δ⁽ᴸ⁾)
 *   hidden δ step   w.k.j (W⁽ˡ⁺¹⁾), wt.j.k (W⁽ˡ⁺¹⁾ᵀ), da.k (δ⁽ˡ⁺¹⁾), r.j (W⁽ˡ⁺¹⁾ᵀδ⁽ˡ⁺¹⁾), f.j, d.j
 *   gradient step   d.j (δ⁽ˡ⁾), a.i (a⁽ˡ⁻¹⁾), g.j.i (∂E/∂W⁽ˡ⁾), b.j (∂E/∂b⁽ˡ⁾)
 * The entries a reader can pick (results): r and d on a δ step, g and b on a gradient step.
 */
import { layerBackward, traceTrainingStep, type LayerBackward, type LayerBackwardStep, type Trace, type TraceProblem } from '../../core';
import { edgeId, unitId } from '../charts/network-layout';
import { PROBLEMS, type NetworkId } from './state';

export interface LayerMatricesState {
  net: NetworkId;
  x1: number;
  x2: number;
  t1: number;
  t2: number;
}

export interface LayerMatricesModel {
  readonly problem: TraceProblem;
  /** Inputs, then units per layer: [2, 2, 2] or [2, 2, 1]. */
  readonly sizes: readonly number[];
  readonly matrices: LayerBackward;
  /** The stepper's per-unit trace of the same problem (4 decimals, as the stepper shows by default). */
  readonly trace: Trace;
  readonly steps: readonly MatrixStep[];
}

export interface MatrixStep {
  readonly kind: 'delta' | 'grad';
  readonly layer: number;
  /** The output layer's δ step: a⁽ᴸ⁾ − y′ instead of W⁽ˡ⁺¹⁾ᵀδ⁽ˡ⁺¹⁾. */
  readonly output: boolean;
  readonly values: LayerBackwardStep;
}

/** The example network with the reader's x and y′ (y′₂ only where there is a second output). */
export function problemOf(state: LayerMatricesState): TraceProblem {
  const base = PROBLEMS[state.net];
  const target = base.target.length === 1 ? [state.t1] : [state.t1, state.t2];
  return { ...base, layers: base.layers.map((layer) => ({ ...layer })), input: [state.x1, state.x2], target };
}

export function layerMatricesModel(state: LayerMatricesState): LayerMatricesModel {
  const problem = problemOf(state);
  const matrices = layerBackward(problem);
  const trace = traceTrainingStep(problem, problem, {
    learningRate: problem.learningRate,
    loss: problem.loss,
    updateBias: problem.updateBias,
    rounding: { decimals: 4, fromRounded: false },
  });
  const steps = matrices.steps.flatMap((values, n): MatrixStep[] => [
    { kind: 'delta', layer: values.layer, output: n === 0, values },
    { kind: 'grad', layer: values.layer, output: n === 0, values },
  ]);
  const sizes = [problem.input.length, ...problem.layers.map((layer) => layer.weights.length)];
  return { problem, sizes, matrices, trace, steps };
}

/** The entry shown when the reader has picked none (or one the step does not have): the first result. */
export function defaultPick(step: MatrixStep): string {
  return step.kind === 'delta' ? 'r.0' : 'g.0.0';
}

export type DetailKind = 'sum' | 'difference' | 'product';

export interface EntryDetail {
  readonly pick: string;
  /** sum: Σ terms[k][0]·terms[k][1]; difference: terms[0][0] − terms[0][1]; product: terms[0][0]·terms[0][1]. */
  readonly kind: DetailKind;
  readonly terms: readonly (readonly [number, number])[];
  readonly value: number;
  /** Keys of the entries it is made of. */
  readonly uses: readonly string[];
  /** Diagram ids (network-layout.ts) of the units and edges involved. */
  readonly units: readonly string[];
  readonly edges: readonly string[];
  /** The per-unit trace step it equals, and that step's position in the stepper (1-based). */
  readonly traceId: string;
  readonly tracePosition: number;
}

const range = (n: number) => Array.from({ length: n }, (_, k) => k);

/** What entry `pick` of the step's results is made of; null for a key the step does not show. */
export function entryDetail(model: LayerMatricesModel, step: MatrixStep, pick: string): EntryDetail | null {
  const [kind, a, b] = pick.split('.');
  const j = Number(a);
  const i = b === undefined ? undefined : Number(b);
  const v = step.values;
  const l = step.layer;
  const units = v.delta.length;
  if (!Number.isInteger(j) || j < 0 || j >= units) return null;
  const traceAt = (traceId: string) => ({ traceId, tracePosition: model.trace.steps.findIndex((s) => s.id === traceId) + 1 });
  const unit = unitId(l, j);
  const delta = traceAt(`delta.${l}.${j + 1}`);
  if (step.kind === 'delta' && i === undefined && kind === 'r') {
    if (step.output || !v.weightsAbove || !v.deltaAbove) {
      const y = model.matrices.forward[l - 1].out[j];
      return { pick, kind: 'difference', terms: [[y, model.matrices.target[j]]], value: v.back[j], uses: [`y.${j}`, `t.${j}`], units: [unit], edges: [], ...delta };
    }
    const above = range(v.deltaAbove.length);
    return {
      pick,
      kind: 'sum',
      terms: above.map((k) => [v.weightsAbove![k][j], v.deltaAbove![k]] as const),
      value: v.back[j],
      uses: [...above.map((k) => `wt.${j}.${k}`), ...above.map((k) => `w.${k}.${j}`), ...above.map((k) => `da.${k}`)],
      units: [unit, ...above.map((k) => unitId(l + 1, k))],
      edges: above.map((k) => edgeId(l + 1, j, k)),
      ...delta,
    };
  }
  if (step.kind === 'delta' && i === undefined && kind === 'd') {
    return { pick, kind: 'product', terms: [[v.back[j], v.slope[j]]], value: v.delta[j], uses: [`r.${j}`, `f.${j}`], units: [unit], edges: [], ...delta };
  }
  if (step.kind === 'grad' && kind === 'g' && i !== undefined && Number.isInteger(i) && i >= 0 && i < v.input.length) {
    return {
      pick,
      kind: 'product',
      terms: [[v.delta[j], v.input[i]]],
      value: v.gradWeights[j][i],
      uses: [`d.${j}`, `a.${i}`],
      units: [unit, unitId(l - 1, i)],
      edges: [edgeId(l, i, j)],
      ...traceAt(`grad.W.${l}.${j + 1}.${i + 1}`),
    };
  }
  if (step.kind === 'grad' && kind === 'b' && i === undefined) {
    return { pick, kind: 'product', terms: [[v.delta[j], 1]], value: v.gradBias[j], uses: [`d.${j}`], units: [unit], edges: [], ...traceAt(`grad.b.${l}.${j + 1}`) };
  }
  return null;
}

/** Every entry a reader can pick on the step, in reading order. */
export function picksOf(step: MatrixStep): string[] {
  const units = range(step.values.delta.length);
  if (step.kind === 'delta') return [...units.map((j) => `r.${j}`), ...units.map((j) => `d.${j}`)];
  return [...units.flatMap((j) => range(step.values.input.length).map((i) => `g.${j}.${i}`)), ...units.map((j) => `b.${j}`)];
}
