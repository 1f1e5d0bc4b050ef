/**
 * layerBackward: the backward pass of one example written a whole layer at a time, as the chapter's
 * section "Whole layers at once" states it, every product taken with matrix.ts:
 *
 *   forward   net⁽ˡ⁾ = W⁽ˡ⁾ a⁽ˡ⁻¹⁾ + b⁽ˡ⁾,  a⁽ˡ⁾ = f(net⁽ˡ⁾),  a⁽⁰⁾ = x          (denseForward)
 *   output    δ⁽ᴸ⁾ = (a⁽ᴸ⁾ − y′) ⊙ f′(net⁽ᴸ⁾)                                 (E = ½Σ(a⁽ᴸ⁾ − y′)²)
 *   hidden    δ⁽ˡ⁾ = (W⁽ˡ⁺¹⁾ᵀ δ⁽ˡ⁺¹⁾) ⊙ f′(net⁽ˡ⁾)                          (multiply: (δ⁽ˡ⁺¹⁾)ᵀ W⁽ˡ⁺¹⁾)
 *   gradients ∂E/∂W⁽ˡ⁾ = δ⁽ˡ⁾ (a⁽ˡ⁻¹⁾)ᵀ,  ∂E/∂b⁽ˡ⁾ = δ⁽ˡ⁾                     (multiplyTransposeA)
 *
 * The per-unit trace (trace/trace.ts) computes the same numbers one unit at a time; the tests check
 * that the two agree. Half squared error and element-wise activations only (the section's setting).
 */
import { createElementwiseActivation, type ElementwiseActivationName } from './activations';
import { createMatrix, denseForward, fromRows, multiply, multiplyTransposeA, toRows } from './matrix';
import type { TraceProblem } from './trace/problem';
import { validateTraceProblem } from './trace/problem';

/** One layer of the backward pass, l = L … 1. Matrices as rows (W[j][i]: unit j, input i). */
export interface LayerBackwardStep {
  /** l (1 = the first layer after the input). */
  layer: number;
  /** W⁽ˡ⁺¹⁾ (units of l + 1 × units of l); null for the output layer. */
  weightsAbove: number[][] | null;
  /** W⁽ˡ⁺¹⁾ᵀ: its rows and columns swapped; null for the output layer. */
  weightsAboveT: number[][] | null;
  /** δ⁽ˡ⁺¹⁾; null for the output layer. */
  deltaAbove: number[] | null;
  /** What f′ multiplies: a⁽ᴸ⁾ − y′ for the output layer, W⁽ˡ⁺¹⁾ᵀ δ⁽ˡ⁺¹⁾ for a hidden one. */
  back: number[];
  /** f′(net⁽ˡ⁾). */
  slope: number[];
  /** δ⁽ˡ⁾ = back ⊙ slope. */
  delta: number[];
  /** a⁽ˡ⁻¹⁾, the layer's input. */
  input: number[];
  /** ∂E/∂W⁽ˡ⁾ = δ⁽ˡ⁾ (a⁽ˡ⁻¹⁾)ᵀ, the shape of W⁽ˡ⁾. */
  gradWeights: number[][];
  /** ∂E/∂b⁽ˡ⁾ = δ⁽ˡ⁾. */
  gradBias: number[];
}

export interface LayerBackward {
  /** net⁽ˡ⁾ and a⁽ˡ⁾ for l = 1 … L. */
  forward: { layer: number; net: number[]; out: number[] }[];
  /** a⁽⁰⁾ = x. */
  input: number[];
  target: number[];
  /** E = ½Σ(a⁽ᴸ⁾ − y′)². */
  loss: number;
  /** Output layer first: l = L, L − 1, …, 1. */
  steps: LayerBackwardStep[];
}

/** Rows and columns swapped: Aᵀ[i][j] = A[j][i]. */
export function transposeRows(rows: readonly (readonly number[])[]): number[][] {
  return rows[0].map((_, i) => rows.map((row) => row[i]));
}

export function layerBackward(problem: TraceProblem): LayerBackward {
  const { layers, input, target, loss } = validateTraceProblem(problem);
  if (loss !== 'half-squared-error') throw new RangeError(`layerBackward: the section's E = ½Σ(y − y′)², got loss ${loss}`);
  const activations = layers.map((layer, l) => {
    if (layer.activation === 'softmax') throw new RangeError(`layerBackward: layer ${l + 1} is softmax; element-wise activations only`);
    return createElementwiseActivation(layer.activation as ElementwiseActivationName, { slope: layer.leakySlope });
  });

  const outs: number[][] = [input.slice()];
  const nets: number[][] = [];
  layers.forEach((layer, l) => {
    const net = createMatrix(1, layer.weights.length);
    denseForward(fromRows([outs[l]]), fromRows(layer.weights), Float64Array.from(layer.bias), net);
    const values = Array.from(net.data);
    nets.push(values);
    outs.push(values.map((v) => activations[l].value(v)));
  });

  const count = layers.length;
  const output = outs[count];
  const slopeOf = (l: number) => nets[l - 1].map((net, j) => activations[l - 1].derivative(net, outs[l][j]));
  const steps: LayerBackwardStep[] = [];
  let deltaAbove: number[] | null = null;
  for (let l = count; l >= 1; l--) {
    const weightsAbove = l === count ? null : layers[l].weights.map((row) => row.slice());
    let back: number[];
    if (weightsAbove === null || deltaAbove === null) {
      back = output.map((y, j) => y - target[j]);
    } else {
      // (W⁽ˡ⁺¹⁾ᵀ δ⁽ˡ⁺¹⁾)ᵀ = (δ⁽ˡ⁺¹⁾)ᵀ W⁽ˡ⁺¹⁾: a 1 × units row.
      const row = createMatrix(1, weightsAbove[0].length);
      multiply(fromRows([deltaAbove]), fromRows(weightsAbove), row);
      back = Array.from(row.data);
    }
    const slope = slopeOf(l);
    const delta = back.map((v, j) => v * slope[j]);
    // δ (a)ᵀ = (δᵀ)ᵀ (aᵀ): multiplyTransposeA of the 1 × units row δᵀ and the 1 × inputs row aᵀ.
    const grad = createMatrix(delta.length, outs[l - 1].length);
    multiplyTransposeA(fromRows([delta]), fromRows([outs[l - 1]]), grad);
    steps.push({
      layer: l,
      weightsAbove,
      weightsAboveT: weightsAbove && transposeRows(weightsAbove),
      deltaAbove,
      back,
      slope,
      delta,
      input: outs[l - 1].slice(),
      gradWeights: toRows(grad),
      gradBias: delta.slice(),
    });
    deltaAbove = delta;
  }
  const lossValue = 0.5 * output.reduce((sum, y, j) => sum + (y - target[j]) ** 2, 0);
  return {
    forward: layers.map((_, l) => ({ layer: l + 1, net: nets[l], out: outs[l + 1] })),
    input: input.slice(),
    target: target.slice(),
    loss: lossValue,
    steps,
  };
}
