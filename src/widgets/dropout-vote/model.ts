/**
 * The voting effect (chapter 6, #voting), the dropout-vote widget's model. One small network trained
 * with dropout in the seminar's form (train ỹ = r ⊙ y, test (1 − p)·y): 2–H–1, H = 10 ReLU hidden
 * units, a dropout layer (p = ½) after them, a sigmoid output unit, trained deterministically (fixed
 * seeds, Adam, full batch) on the small noisy two-moons training set of src/core/dropout-overfit.ts.
 * With one dropout layer of 10 units it has 2¹⁰ = 1,024 thinned networks, few enough to average them
 * all exactly.
 *
 * Over a grid of the input plane the model gives
 * - the test-time network: the full network with the hidden outputs scaled by 1 − p;
 * - K thinned networks from masks drawn with a seed (voteMasks): the first few as small maps, and the
 *   vote, the mean of the K outputs (maskVote);
 * - the exact vote: all 1,024 masks, each weighted by its probability (maskChance);
 * - how far the vote is from the scaled network and from the exact vote (voteDisagreement), for every
 *   K from 1 to K_MAX: the first falls and levels off at the sigmoid's residue (exact vote against
 *   scaled network), the second keeps falling towards 0;
 * - the chapter's linear statement on its worked example: z averaged over all 32 masks equals
 *   (1 − p)·Σ w_j y_j exactly (linearMaskAverage).
 *
 * Pure and deterministic; the trained network and the exact vote are made once and kept (they do not
 * depend on the widget's state), the drawn masks' outputs once per seed.
 */
import {
  DenseLayer,
  DropoutLayer,
  DROPOUT_EXAMPLE,
  Network,
  Trainer,
  createOptimizer,
  createRng,
  enumerateMasks,
  linearMaskAverage,
  maskChance,
  maskVote,
  overfitDatasets,
  planePoints,
  thinnedOutputs,
  voteDisagreement,
  voteMasks,
  type Dataset,
  type LinearMaskAverage,
  type Matrix,
  type PlaneRect,
  type VoteDisagreement,
} from '../../core';

export const VOTE_HIDDEN = 10;
export const VOTE_P = 0.5;
export const VOTE_EPOCHS = 300;
export const VOTE_LR = 0.02;
/** The seeds of the network's initial weights and of the masks drawn during training. */
const WEIGHT_SEED = 1;
const TRAIN_MASK_SEED = 2;
/** The largest K offered (the chart runs to it); a power of 10, so the log slider's last position is it. */
export const K_MAX = 100;
/** How many thinned networks are drawn as small maps. */
export const THUMBS = 4;
/** The input plane sampled, covering the two moons with a margin. */
export const VOTE_RECT: PlaneRect = { x: [-2, 3], y: [-1.5, 2], nx: 36, ny: 25 };

/** The trained network and what does not depend on the drawn masks. */
export interface VoteNet {
  readonly network: Network;
  readonly train: Dataset;
  readonly p: number;
  readonly hidden: number;
  readonly points: Matrix;
  /** The test-time network over the grid: the full network, hidden outputs × (1 − p). */
  readonly scaled: Float64Array;
  /** All 2^H masks, each weighted by its probability, averaged over the grid. */
  readonly exact: Float64Array;
  /** The exact vote against the scaled network: what the nonlinearity leaves however large K is. */
  readonly residue: VoteDisagreement;
  /** Share of the training points the scaled network classifies correctly. */
  readonly trainAccuracy: number;
}

/** The 2–H–1 network with dropout after the hidden layer, trained from fixed seeds. */
export function trainVoteNetwork(options: { hidden?: number; p?: number; epochs?: number } = {}): Network {
  const { hidden = VOTE_HIDDEN, p = VOTE_P, epochs = VOTE_EPOCHS } = options;
  const weights = createRng(WEIGHT_SEED);
  const network = new Network([
    new DenseLayer({ inputSize: 2, units: hidden, activation: 'relu', initializer: 'he', rng: weights }),
    new DropoutLayer({ size: hidden, p, rng: createRng(TRAIN_MASK_SEED) }),
    new DenseLayer({ inputSize: hidden, units: 1, activation: 'sigmoid', rng: weights }),
  ]);
  new Trainer(network, overfitDatasets().train, createOptimizer('adam', { lr: VOTE_LR }), { mode: 'full-batch' }).runEpochs(epochs);
  return network;
}

/** Wraps masks of the one dropout layer as forEachThinned's mask sets. */
const sets = (masks: readonly Uint8Array[]) => masks.map((mask) => [mask]);

/** The first output of each row, in inference mode (the test-time network). */
function outputs(network: Network, x: Matrix): Float64Array {
  const out = network.forward(x, 'inference');
  const values = new Float64Array(out.rows);
  for (let r = 0; r < out.rows; r++) values[r] = out.data[r * out.cols];
  return values;
}

/** What is left of a network trained elsewhere: its scaled and exact votes over the grid. */
export function voteNetOf(network: Network, p: number, hidden: number, train: Dataset = overfitDatasets().train): VoteNet {
  const points = planePoints(VOTE_RECT);
  const scaled = outputs(network, points);
  const all = enumerateMasks(hidden);
  const exact = maskVote(network, points, sets(all), all.map((mask) => maskChance(mask, p)));
  const onTrain = outputs(network, train.x);
  let right = 0;
  for (let i = 0; i < onTrain.length; i++) if ((onTrain[i] >= 0.5 ? 1 : 0) === train.y.data[i]) right++;
  return { network, train, p, hidden, points, scaled, exact, residue: voteDisagreement(exact, scaled), trainAccuracy: right / onTrain.length };
}

let cachedNet: VoteNet | null = null;
/** The widget's network (trained on first use, then kept). */
export function voteNet(): VoteNet {
  cachedNet ??= voteNetOf(trainVoteNetwork(), VOTE_P, VOTE_HIDDEN);
  return cachedNet;
}

/** The drawn masks of one seed and their networks' outputs over the grid, with the running disagreements. */
export interface VoteDraw {
  readonly seed: number;
  readonly masks: readonly Uint8Array[];
  /** outputs[k]: thinned network k over the grid (k < K_MAX). */
  readonly outputs: readonly Float64Array[];
  /** toScaled[k − 1]: the vote of the first k against the scaled network (k = 1 … K_MAX). */
  readonly toScaled: readonly VoteDisagreement[];
  /** toExact[k − 1]: the vote of the first k against the exact vote of all masks. */
  readonly toExact: readonly VoteDisagreement[];
}

/** Draws `count` masks from the seed and runs their thinned networks; the disagreement of every prefix vote. */
export function drawVote(net: VoteNet, seed: number, count = K_MAX): VoteDraw {
  const masks = voteMasks(count, net.hidden, net.p, createRng(seed));
  const outs = thinnedOutputs(net.network, net.points, sets(masks));
  const sum = new Float64Array(net.points.rows);
  const vote = new Float64Array(net.points.rows);
  const toScaled: VoteDisagreement[] = [];
  const toExact: VoteDisagreement[] = [];
  outs.forEach((out, k) => {
    for (let i = 0; i < sum.length; i++) {
      sum[i] += out[i];
      vote[i] = sum[i] / (k + 1);
    }
    toScaled.push(voteDisagreement(vote, net.scaled));
    toExact.push(voteDisagreement(vote, net.exact));
  });
  return { seed, masks, outputs: outs, toScaled, toExact };
}

/** The mean of the first k outputs (k ≥ 1). */
export function meanOfFirst(outputs: readonly Float64Array[], k: number): Float64Array {
  if (!(Number.isInteger(k) && k >= 1 && k <= outputs.length)) throw new RangeError(`meanOfFirst: k must be 1 … ${outputs.length}, got ${k}`);
  const mean = new Float64Array(outputs[0].length);
  for (let j = 0; j < k; j++) for (let i = 0; i < mean.length; i++) mean[i] += outputs[j][i];
  for (let i = 0; i < mean.length; i++) mean[i] /= k;
  return mean;
}

export interface VoteModel {
  readonly k: number;
  readonly net: VoteNet;
  readonly draw: VoteDraw;
  /** The first THUMBS thinned networks: their masks and outputs over the grid. */
  readonly thumbs: readonly { readonly mask: Uint8Array; readonly values: Float64Array; readonly voting: boolean }[];
  /** The vote of the first K. */
  readonly vote: Float64Array;
  /** The vote against the scaled network, and against the exact vote. */
  readonly toScaled: VoteDisagreement;
  readonly toExact: VoteDisagreement;
  /** The chapter's worked example: one linear step averaged over all 32 masks. */
  readonly linear: LinearMaskAverage;
}

let cachedDraw: { net: VoteNet; draw: VoteDraw } | null = null;

/** The model of a state (K, mask seed); the drawn outputs of the last seed are kept, so moving K is cheap. */
export function voteModel(state: { k: number; seed: number }, net: VoteNet = voteNet()): VoteModel {
  const k = Math.min(K_MAX, Math.max(1, Math.round(state.k)));
  if (!cachedDraw || cachedDraw.net !== net || cachedDraw.draw.seed !== state.seed) cachedDraw = { net, draw: drawVote(net, state.seed) };
  return assemble(k, net, cachedDraw.draw);
}

function assemble(k: number, net: VoteNet, draw: VoteDraw): VoteModel {
  return {
    k,
    net,
    draw,
    thumbs: draw.masks.slice(0, THUMBS).map((mask, j) => ({ mask, values: draw.outputs[j], voting: j < k })),
    vote: meanOfFirst(draw.outputs, k),
    toScaled: draw.toScaled[k - 1],
    toExact: draw.toExact[k - 1],
    linear: linearMaskAverage([...DROPOUT_EXAMPLE.y], [...DROPOUT_EXAMPLE.w], DROPOUT_EXAMPLE.p),
  };
}

/** A mask as kept/dropped marks, unit 1 first: ●○●●○… */
export function maskMarks(mask: ArrayLike<number>): string {
  return Array.from(mask, (r) => (r ? '●' : '○')).join('');
}

/** How many units a mask keeps. */
export function keptCount(mask: ArrayLike<number>): number {
  let kept = 0;
  for (let j = 0; j < mask.length; j++) kept += mask[j] ? 1 : 0;
  return kept;
}
