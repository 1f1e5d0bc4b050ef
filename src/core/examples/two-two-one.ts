/**
 * The perceptron chapter's worked forward pass (section "A worked example"), finished by one training
 * step in the backpropagation chapter ("Finishing chapter 1's example"): a 2-2-1 sigmoid network
 *
 *   W⁽¹⁾ = [[0.1, −0.2], [0.4, 0.3]],  b⁽¹⁾ = (0.1, −0.1),  W⁽²⁾ = [[0.7, −0.5]],  b⁽²⁾ = (0.2)
 *
 * on the input x = (1, 0.5); the training step has target y′ = 1, η = 0.5 and updates the biases too
 * (examples/trace/two-two-one.json, and the forward-propagation widget's network).
 */
import type { NetworkSpec } from '../network-spec';
import type { TraceProblem } from '../trace/problem';
import { frozen } from './frozen';

export const TWO_TWO_ONE: { readonly network: NetworkSpec; readonly input: readonly number[] } = frozen({
  network: {
    layers: [
      { weights: [[0.1, -0.2], [0.4, 0.3]], bias: [0.1, -0.1], activation: 'sigmoid' },
      { weights: [[0.7, -0.5]], bias: [0.2], activation: 'sigmoid' },
    ],
  },
  input: [1, 0.5],
});

export const TWO_TWO_ONE_PROBLEM: TraceProblem = frozen({
  layers: TWO_TWO_ONE.network.layers,
  input: [...TWO_TWO_ONE.input],
  target: [1],
  loss: 'half-squared-error',
  learningRate: 0.5,
  updateBias: true,
});
