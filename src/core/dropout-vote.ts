/**
 * Dropout's voting effect (chapter 6, #voting): a network trained with dropout, looked at as the
 * ensemble of its thinned networks. A thinned network is the same network with one fixed mask r at
 * each dropout layer, run as in training in the deck's form (ỹ = r ⊙ y; in the inverted variant
 * ỹ = r ⊙ y / (1 − p)). The vote of K thinned networks is the mean of their outputs,
 *
 *   ȳ_K(x) = (1/K) Σ_k ŷ(x; r⁽ᵏ⁾),
 *
 * and the deck's test-time network is the full network with every dropout layer's output scaled by
 * 1 − p (DropoutLayer in inference mode, variant 'deck'). For a linear step the vote over all 2ⁿ
 * masks, each weighted by its probability (1 − p)^kept · p^dropped, equals the scaled network exactly
 * (E[r_j] = 1 − p); through a nonlinearity (sigmoid, tanh) it does not, and the difference that is
 * left as K grows is that nonlinearity's.
 *
 * A mask is a 0/1 array over one dropout layer's units (1 = kept). Pure: no DOM, every draw from the
 * Rng passed in.
 */
import { DropoutLayer } from './layers/dropout';
import { type Matrix, createMatrix } from './matrix';
import type { Network } from './network';
import type { Rng } from './random';

/** The largest n for which enumerateMasks lists all 2ⁿ masks. */
export const ENUMERATE_MASKS_MAX = 16;

/** Every mask of n units: mask number m keeps unit j when bit j of m is 1 (m = 0 drops all, 2ⁿ − 1 keeps all). */
export function enumerateMasks(n: number): Uint8Array[] {
  if (!(Number.isInteger(n) && n >= 1 && n <= ENUMERATE_MASKS_MAX)) {
    throw new RangeError(`enumerateMasks: n must be a whole number from 1 to ${ENUMERATE_MASKS_MAX}, got ${n}`);
  }
  const masks: Uint8Array[] = [];
  for (let m = 0; m < 2 ** n; m++) {
    const mask = new Uint8Array(n);
    for (let j = 0; j < n; j++) mask[j] = (m >> j) & 1;
    masks.push(mask);
  }
  return masks;
}

/**
 * How many thinned networks n droppable units give: two choices per unit, 2ⁿ masks (as a float: for
 * a realistic layer, n = 1,000, that is about 1.07 × 10³⁰¹, still finite in double precision up to n = 1023).
 */
export function thinnedNetworkCount(n: number): number {
  if (!(Number.isInteger(n) && n >= 0)) throw new RangeError(`thinnedNetworkCount: n must be a whole number ≥ 0, got ${n}`);
  return 2 ** n;
}

/** Probability of one mask when each unit is dropped with probability p: (1 − p)^kept · p^dropped. */
export function maskChance(mask: ArrayLike<number>, p: number): number {
  let chance = 1;
  for (let j = 0; j < mask.length; j++) chance *= mask[j] ? 1 - p : p;
  return chance;
}

/** `count` masks of n units, r_j = 1 with probability 1 − p, drawn in order from the Rng (n draws per mask). */
export function voteMasks(count: number, n: number, p: number, rng: Rng): Uint8Array[] {
  if (!(Number.isInteger(count) && count >= 0)) throw new RangeError(`voteMasks: count must be a whole number ≥ 0, got ${count}`);
  if (!(Number.isInteger(n) && n >= 1)) throw new RangeError(`voteMasks: n must be a whole number ≥ 1, got ${n}`);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`voteMasks: p must satisfy 0 ≤ p ≤ 1, got ${p}`);
  const masks: Uint8Array[] = [];
  for (let k = 0; k < count; k++) {
    const mask = new Uint8Array(n);
    for (let j = 0; j < n; j++) mask[j] = rng.next() < p ? 0 : 1;
    masks.push(mask);
  }
  return masks;
}

/** One next-layer unit's input over all masks of the layer below it (the chapter's worked example). */
export interface LinearMaskAverage {
  /** 2ⁿ. */
  readonly count: number;
  /** The full network's z = Σ_j w_j y_j. */
  readonly full: number;
  /** Σ over all 2ⁿ masks of P(r) · z(r), z(r) = Σ_j w_j r_j y_j; at p = ½ this is (1/2ⁿ) Σ z(r). */
  readonly average: number;
  /** The deck's test-time input (1 − p) · full. */
  readonly scaled: number;
}

/** z averaged over every mask of y (each mask weighted by its probability), beside (1 − p)·z of the full layer. */
export function linearMaskAverage(y: readonly number[], w: readonly number[], p: number): LinearMaskAverage {
  if (y.length !== w.length) throw new RangeError(`linearMaskAverage: ${y.length} outputs but ${w.length} weights`);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`linearMaskAverage: p must satisfy 0 ≤ p ≤ 1, got ${p}`);
  const masks = enumerateMasks(y.length);
  let average = 0;
  for (const mask of masks) {
    let z = 0;
    for (let j = 0; j < y.length; j++) z += w[j] * mask[j] * y[j];
    average += maskChance(mask, p) * z;
  }
  let full = 0;
  for (let j = 0; j < y.length; j++) full += w[j] * y[j];
  return { count: masks.length, full, average, scaled: (1 - p) * full };
}

/** The dropout layers of a network, in order. */
export function dropoutLayers(network: Network): DropoutLayer[] {
  return network.layers.filter((layer): layer is DropoutLayer => layer instanceof DropoutLayer);
}

/**
 * Runs x through the thinned network of every mask set in `masks` and hands each output to `visit`
 * (the matrix is reused: copy what you keep). masks[k][d] is mask k's 0/1 mask for dropout layer d.
 * Every mask applies to every row of x. Other layers run in inference mode; the layers before the
 * first dropout layer run once.
 */
export function forEachThinned(
  network: Network,
  x: Matrix,
  masks: readonly (readonly ArrayLike<number>[])[],
  visit: (output: Matrix, k: number) => void,
): void {
  const layers = network.layers;
  const first = layers.findIndex((layer) => layer instanceof DropoutLayer);
  if (first === -1) throw new RangeError('forEachThinned: the network has no dropout layer');
  const dropouts = dropoutLayers(network);
  let prefix = x;
  for (let l = 0; l < first; l++) prefix = layers[l].forward(prefix, 'inference');
  const before = createMatrix(prefix.rows, prefix.cols);
  before.data.set(prefix.data);
  // One scratch matrix per dropout layer, for its masked output.
  const scratch = dropouts.map((layer) => createMatrix(x.rows, layer.outputSize));
  masks.forEach((set, k) => {
    if (set.length !== dropouts.length) throw new RangeError(`forEachThinned: mask set ${k} has ${set.length} masks for ${dropouts.length} dropout layers`);
    let activation = before;
    let d = 0;
    for (let l = first; l < layers.length; l++) {
      const layer = layers[l];
      if (layer instanceof DropoutLayer) {
        const mask = set[d];
        if (mask.length !== layer.outputSize) throw new RangeError(`forEachThinned: a mask of ${mask.length} for a dropout layer of ${layer.outputSize}`);
        const out = scratch[d];
        const scale = layer.trainScale;
        const n = layer.outputSize;
        for (let r = 0; r < activation.rows; r++) {
          for (let j = 0; j < n; j++) out.data[r * n + j] = mask[j] * scale * activation.data[r * n + j];
        }
        activation = out;
        d++;
      } else {
        activation = layer.forward(activation, 'inference');
      }
    }
    visit(activation, k);
  });
}

/** The first output of each row of x, for each thinned network (one mask set per entry of `masks`). */
export function thinnedOutputs(network: Network, x: Matrix, masks: readonly (readonly ArrayLike<number>[])[]): Float64Array[] {
  const outputs: Float64Array[] = [];
  forEachThinned(network, x, masks, (output) => {
    const values = new Float64Array(output.rows);
    for (let r = 0; r < output.rows; r++) values[r] = output.data[r * output.cols];
    outputs.push(values);
  });
  return outputs;
}

/**
 * The vote: the first output of each row of x averaged over the thinned networks, each weighted by
 * weights[k] (default 1/K each, the plain mean of K drawn networks).
 */
export function maskVote(
  network: Network,
  x: Matrix,
  masks: readonly (readonly ArrayLike<number>[])[],
  weights?: ArrayLike<number>,
): Float64Array {
  if (masks.length === 0) throw new RangeError('maskVote: needs at least one mask');
  if (weights && weights.length !== masks.length) throw new RangeError(`maskVote: ${weights.length} weights for ${masks.length} masks`);
  const vote = new Float64Array(x.rows);
  forEachThinned(network, x, masks, (output, k) => {
    const weight = weights ? weights[k] : 1 / masks.length;
    for (let r = 0; r < output.rows; r++) vote[r] += weight * output.data[r * output.cols];
  });
  return vote;
}

/** How far two outputs over the same points are apart. */
export interface VoteDisagreement {
  /** (1/N) Σ |a_i − b_i|. */
  readonly meanAbs: number;
  /** The share of points where one is ≥ threshold and the other is not (their decisions differ). */
  readonly decisionShare: number;
}

/** Mean absolute difference and the share of differing decisions (output ≥ threshold, default ½) of a and b. */
export function voteDisagreement(a: ArrayLike<number>, b: ArrayLike<number>, threshold = 0.5): VoteDisagreement {
  if (a.length !== b.length || a.length === 0) throw new RangeError(`voteDisagreement: lengths ${a.length} and ${b.length}`);
  let sum = 0;
  let differ = 0;
  for (let i = 0; i < a.length; i++) {
    sum += Math.abs(a[i] - b[i]);
    if (a[i] >= threshold !== b[i] >= threshold) differ++;
  }
  return { meanAbs: sum / a.length, decisionShare: differ / a.length };
}
