/**
 * The backpropagation chapter's chains and the window they are explored in.
 *
 * - The chain x → h = sig(w₁x) → y = sig(w₂h), E = ½(y − y′)², with the chapter's worked example
 *   x = 1, w₁ = 0.5, w₂ = −0.3, y′ = 1, η = 0.5 — also as the trace CLI's problem (biases fixed at 0,
 *   as on the slides: examples/trace/deck-chain.json).
 * - The same chain one unit longer (x → h₁ → h₂ → y), the chapter's note on δ₂: w₃ = 0.8.
 * - Inputs x in [−2, 2] and weights in [−4, 4]: the square of the (w₁, w₂) plane that is plotted.
 */
import type { TraceProblem } from '../trace/problem';
import { frozen } from './frozen';

export const CHAIN_X_RANGE: readonly [number, number] = frozen([-2, 2]);
export const CHAIN_W_RANGE: readonly [number, number] = frozen([-4, 4]);

export const CHAIN_EXAMPLE = frozen({ x: 1, w1: 0.5, w2: -0.3, yt: 1, eta: 0.5 } as const);
export const DEEPER_CHAIN_EXAMPLE = frozen({ x: 1, w1: 0.5, w2: -0.3, w3: 0.8, yt: 1 } as const);

/** CHAIN_EXAMPLE as a 1-1-1 network of sigmoid units with biases fixed at 0. */
export const CHAIN_PROBLEM: TraceProblem = frozen({
  layers: [
    { weights: [[CHAIN_EXAMPLE.w1]], bias: [0], activation: 'sigmoid' },
    { weights: [[CHAIN_EXAMPLE.w2]], bias: [0], activation: 'sigmoid' },
  ],
  input: [CHAIN_EXAMPLE.x],
  target: [CHAIN_EXAMPLE.yt],
  loss: 'half-squared-error',
  learningRate: CHAIN_EXAMPLE.eta,
  updateBias: false,
});
