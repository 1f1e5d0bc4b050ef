/**
 * δ as a message passed back (chapter 2, #delta-notation): a fully connected sigmoid network of a
 * chosen shape, E = ½Σ(y − y′)², biases fixed at 0 (as on the slides), and the number of
 * multiplications its backward pass needs in two ways.
 *
 * Shape: sizes n₀ (inputs), n₁, …, n_L (outputs); layer l has n_l units and n_{l−1}·n_l weights.
 * Forward values (a, y) are known in both ways and are not counted; a slope a(1 − a) costs one
 * multiplication, and so does every product of two factors. Additions are not counted.
 *
 * With δ reuse (backpropagation):
 *   output unit   δ_k = (y_k − y′_k) · y_k(1 − y_k)                      2 multiplications
 *   hidden unit   δ_j = (Σ_k w_kj δ_k) · h_j(1 − h_j)                    n_{l+1} + 2
 *   each weight   ∂E/∂w_ji = δ_j · a_i                                   1
 *   B = 2n_L + Σ_{l=1}^{L−1} n_l(n_{l+1} + 2) + Σ_{l=1}^{L} n_{l−1}n_l.
 *
 * Without (each weight's gradient as its own chain-rule product, summed over every path from the
 * unit it leads into to an output): a path from a unit of layer l to output k carries the factors
 *   (y_k − y′_k), L − l + 1 slopes, L − l weights and the input a_i: 2(L − l) + 3 factors, so
 *   2(L − l) + 2 products, plus L − l + 1 slopes to make: 3(L − l + 1) multiplications per path.
 * A unit of layer l has P_l = n_{l+1}·…·n_L paths to the outputs, so
 *   N = Σ_{l=1}^{L} n_{l−1} n_l · P_l · 3(L − l + 1).
 * For the chain 1–1–1: B = 2 + 3 + 2 = 7, N = 3 + 6 = 9; the two δ_y multiplications are saved.
 */
import { CHAIN_PROBLEM } from './examples/chain';
import { createRng } from './random';
import type { TraceProblem } from './trace/problem';

/** The shapes offered (layer sizes, input first): the section's chain, the deeper chain, three wider nets. */
export const DELTA_REUSE_SHAPES = ['1-1-1', '1-1-1-1', '2-2-1', '2-3-3-1', '3-4-4-2'] as const;
export type DeltaReuseShape = (typeof DELTA_REUSE_SHAPES)[number];

/** The seed of every shape's weights, input and target (the chain 1–1–1 is the chapter's own example instead). */
export const DELTA_REUSE_SEED = 17;

/** '2-3-3-1' → [2, 3, 3, 1]. */
export function shapeSizes(shape: string): number[] {
  const sizes = shape.split('-').map(Number);
  if (sizes.length < 2 || sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new RangeError(`shape: expected sizes like 2-3-1, got ${shape}`);
  return sizes;
}

function checkSizes(sizes: readonly number[]): void {
  if (sizes.length < 2 || sizes.some((n) => !Number.isInteger(n) || n < 1)) {
    throw new RangeError(`sizes: expected at least two positive whole numbers, got ${sizes.join(', ')}`);
  }
}

/** A weight, input or target of two decimals, never 0 (so no path is silently worthless). */
function draw(rng: ReturnType<typeof createRng>, low: number, high: number): number {
  for (;;) {
    const v = Math.round(rng.uniform(low, high) * 100) / 100;
    if (v !== 0) return v;
  }
}

/**
 * The network of a shape as a trace problem: sigmoid units, biases fixed at 0, E = ½Σ(y − y′)²,
 * η = 0.5. 1-1-1 is the chapter's chain (x = 1, w₁ = 0.5, w₂ = −0.3, y′ = 1); the others draw
 * weights in [−1, 1], inputs in [−1, 1] and targets alternating 1, 0 from the seeded generator.
 */
export function deltaReuseProblem(sizes: readonly number[], seed = DELTA_REUSE_SEED): TraceProblem {
  checkSizes(sizes);
  if (sizes.length === 3 && sizes.every((n) => n === 1)) {
    return { ...CHAIN_PROBLEM, layers: CHAIN_PROBLEM.layers.map((l) => ({ ...l })), input: [...CHAIN_PROBLEM.input], target: [...CHAIN_PROBLEM.target] };
  }
  const rng = createRng(seed);
  const layers = sizes.slice(1).map((units, l) => ({
    weights: Array.from({ length: units }, () => Array.from({ length: sizes[l] }, () => draw(rng, -1, 1))),
    bias: new Array<number>(units).fill(0),
    activation: 'sigmoid' as const,
  }));
  const input = Array.from({ length: sizes[0] }, () => draw(rng, -1, 1));
  const target = Array.from({ length: sizes[sizes.length - 1] }, (_, k) => (k % 2 === 0 ? 1 : 0));
  return { layers, input, target, loss: 'half-squared-error', learningRate: 0.5, updateBias: false };
}

/** Number of paths from one unit of layer l (1 … L) to the outputs: n_{l+1}·…·n_L (1 for an output unit). */
export function pathsToOutputs(sizes: readonly number[], layer: number): number {
  let paths = 1;
  for (let m = layer + 1; m < sizes.length; m++) paths *= sizes[m];
  return paths;
}

/** Multiplications for one δ of layer l: 2 at the output, n_{l+1} + 2 below it. */
export function deltaMultiplications(sizes: readonly number[], layer: number): number {
  const L = sizes.length - 1;
  return layer === L ? 2 : sizes[layer + 1] + 2;
}

/** Multiplications for one weight's gradient of layer l done the long way: P_l paths of 3(L − l + 1). */
export function naiveWeightMultiplications(sizes: readonly number[], layer: number): number {
  const L = sizes.length - 1;
  return pathsToOutputs(sizes, layer) * 3 * (L - layer + 1);
}

export interface UnitCost {
  /** Layer l (1 … L) and unit j (1 … n_l), as in the trace. */
  readonly layer: number;
  readonly unit: number;
  /** Multiplications of the unit's δ and of the gradients of the n_{l−1} weights leading into it. */
  readonly backprop: number;
  /** The same n_{l−1} gradients, each as its own product over every path. */
  readonly naive: number;
}

/** The units in the order the backward pass takes them (output layer first, then down), with their costs. */
export function backwardUnits(sizes: readonly number[]): UnitCost[] {
  checkSizes(sizes);
  const units: UnitCost[] = [];
  for (let l = sizes.length - 1; l >= 1; l--) {
    const fanIn = sizes[l - 1];
    for (let j = 1; j <= sizes[l]; j++) {
      units.push({ layer: l, unit: j, backprop: deltaMultiplications(sizes, l) + fanIn, naive: fanIn * naiveWeightMultiplications(sizes, l) });
    }
  }
  return units;
}

export interface MultiplicationCounts {
  readonly backprop: number;
  readonly naive: number;
  readonly weights: number;
}

/** Both totals for a shape (the closed forms in the header). */
export function multiplicationCounts(sizes: readonly number[]): MultiplicationCounts {
  checkSizes(sizes);
  const L = sizes.length - 1;
  let backprop = 2 * sizes[L];
  let naive = 0;
  let weights = 0;
  for (let l = 1; l <= L; l++) {
    const w = sizes[l - 1] * sizes[l];
    weights += w;
    backprop += w;
    if (l < L) backprop += sizes[l] * (sizes[l + 1] + 2);
    naive += w * naiveWeightMultiplications(sizes, l);
  }
  return { backprop, naive, weights };
}
