/**
 * The backpropagation chapter's worked numbers, computed from the core at build time (the chapter
 * types none of them):
 * - one training step on the chain x → h → y (CHAIN_EXAMPLE): forward, backward, update, forward
 *   again, and E after further steps;
 * - the reading of sig(w₃h₂)′ in δ₂ on the deeper chain (DEEPER_CHAIN_EXAMPLE): a central difference
 *   against δ₂ with h₂'s slope h₂(1 − h₂) (the chapter's reading) and with the output's y(1 − y) (the
 *   literal one);
 * - chapter 1's 2-2-1 example finished as whole layers (layerBackward), updated, and run forward again.
 */
import { CHAIN_EXAMPLE, DEEPER_CHAIN_EXAMPLE } from './examples/chain';
import { TWO_TWO_ONE_PROBLEM } from './examples/two-two-one';
import { layerBackward } from './layer-backward';
import { chainWeightCheck, sigmoidChain } from './sigmoid-chain';

/** w ← w − η ∂E/∂w for every weight of the chain. */
function chainStep(weights: readonly number[], eta = CHAIN_EXAMPLE.eta): number[] {
  const { x, yt } = CHAIN_EXAMPLE;
  const { gradients } = sigmoidChain(x, weights, yt);
  return weights.map((w, l) => w - eta * gradients[l]);
}

/** The chain's step: before (with the net inputs w₁x and w₂h), the new weights, and after. */
export function chainWorkedStep() {
  const { x, w1, w2, yt } = CHAIN_EXAMPLE;
  const weights = [w1, w2];
  const next = chainStep(weights);
  const before = sigmoidChain(x, weights, yt);
  const after = sigmoidChain(x, next, yt);
  const nets = (ws: readonly number[], outputs: readonly number[]) => ws.map((w, l) => w * outputs[l]);
  return {
    before,
    after,
    netsBefore: nets(weights, before.outputs),
    netsAfter: nets(next, after.outputs),
    next,
    /** 1 − aₗ for a₀ … a_L before the step: the second factor of each slope aₗ(1 − aₗ). */
    complements: before.outputs.map((a) => 1 - a),
    /** |δ_y| / |δ_h|: how much the δ shrank on its way back. */
    shrink: Math.abs(before.deltas[1] / before.deltas[0]),
  } as const;
}

/** E and the weights after each of 1 … `steps` steps of the chain from CHAIN_EXAMPLE. */
export function chainRun(steps: number): { readonly losses: readonly number[]; readonly weights: readonly (readonly number[])[] } {
  const { x, w1, w2, yt } = CHAIN_EXAMPLE;
  let weights: number[] = [w1, w2];
  const losses = [sigmoidChain(x, weights, yt).loss];
  const all = [weights];
  for (let t = 0; t < steps; t++) {
    weights = chainStep(weights);
    all.push(weights);
    losses.push(sigmoidChain(x, weights, yt).loss);
  }
  return { losses, weights: all };
}

/** The central-difference check of ∂E/∂w₂ and ∂E/∂w₁ (in that order, as the chapter's table lists them) with step ε. */
export function chainChecks(epsilon: number) {
  const { x, w1, w2, yt } = CHAIN_EXAMPLE;
  return [1, 0].map((l) => chainWeightCheck(x, [w1, w2], yt, l, epsilon));
}

/** ∂E/∂w₂ on the deeper chain: central difference, the chapter's reading of δ₂ and the literal one. */
export function deltaTwoReadings() {
  const { x, w1, w2, w3, yt } = DEEPER_CHAIN_EXAMPLE;
  const chain = sigmoidChain(x, [w1, w2, w3], yt);
  const [, h1, , y] = chain.outputs;
  const deltaY = chain.deltas[2];
  return {
    numeric: chainWeightCheck(x, [w1, w2, w3], yt, 1, 1e-5).numeric,
    /** δ₂ = δ_y · h₂(1 − h₂) · w₃, times h₁. */
    slopeOfH2: chain.gradients[1],
    /** δ₂ = δ_y · y(1 − y) · w₃, times h₁: the slide read literally. */
    slopeOfY: deltaY * y * (1 - y) * w3 * h1,
  } as const;
}

/** Chapter 1's 2-2-1 example: the backward pass by layers, the updated parameters and E after them. */
export function twoTwoOneStep() {
  const problem = TWO_TWO_ONE_PROBLEM;
  const eta = problem.learningRate;
  const backward = layerBackward(problem);
  // steps run output layer first; gradient of layer l is at steps[L − l].
  const gradOf = (l: number) => backward.steps[problem.layers.length - 1 - l];
  const layers = problem.layers.map((layer, l) => ({
    ...layer,
    weights: layer.weights.map((row, j) => row.map((w, i) => w - eta * gradOf(l).gradWeights[j][i])),
    bias: layer.bias.map((b, j) => b - eta * gradOf(l).gradBias[j]),
  }));
  const after = layerBackward({ ...problem, layers });
  const y = backward.forward[backward.forward.length - 1].out[0];
  return { backward, output: gradOf(1), hidden: gradOf(0), y, oneMinusY: 1 - y, updated: layers, lossAfter: after.loss } as const;
}
