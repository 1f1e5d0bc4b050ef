import { CHAIN_PROBLEM, TWO_TWO_ONE_PROBLEM } from '../../../../src/core/examples';
import type { LossName } from '../../../../src/core/losses';
import type { NetworkSpec } from '../../../../src/core/network-spec';
import type { TraceProblem } from '../../../../src/core/trace/problem';

/** A traced problem: a dense network, one example, a loss and η. */
export interface TraceCase {
  name: string;
  spec: NetworkSpec;
  input: number[];
  target: number[];
  loss: LossName;
  learningRate: number;
  updateBias: boolean;
}

function caseOf(name: string, { layers, ...example }: TraceProblem): TraceCase {
  return { name, spec: { layers }, ...example };
}

/** The course's 2-2-1 sigmoid example (examples/trace/two-two-one.json). */
export const TWO_TWO_ONE: TraceCase = caseOf('2-2-1 sigmoid, ½(y − y′)²', TWO_TWO_ONE_PROBLEM);

/** The deck's chain x → h → y, no bias (examples/trace/deck-chain.json). */
export const DECK_CHAIN: TraceCase = caseOf('the deck’s 1-1-1 chain, bias fixed at 0', CHAIN_PROBLEM);

const TANH_2_3_2: NetworkSpec = {
  layers: [
    { weights: [[0.3, -0.8], [0.5, 0.2], [-0.6, 0.4]], bias: [0.05, -0.2, 0.1], activation: 'tanh' },
    { weights: [[0.9, -0.4, 0.3], [-0.7, 0.6, 0.5]], bias: [0.1, -0.05], activation: 'tanh' },
  ],
};

const SOFTMAX_3_2: NetworkSpec = {
  layers: [{ weights: [[0.2, -0.5, 0.1], [-0.3, 0.4, 0.6]], bias: [0.05, -0.1], activation: 'softmax' }],
};

/**
 * Hidden ReLU on x = (0.4, 0.8): net = (0.1, −0.2, 0): one unit at net < 0 (slope 0) and one at net = 0
 * exactly (0.4 − 0.4; slope 1, the x ≥ 0 branch).
 */
const RELU_2_3_1: NetworkSpec = {
  layers: [
    { weights: [[0.5, -0.25], [-0.5, 0.25], [1, -0.5]], bias: [0.1, -0.2, 0], activation: 'relu' },
    { weights: [[0.8, -0.6, 0.4]], bias: [-0.1], activation: 'sigmoid' },
  ],
};

const DEEP_2_3_2_1: NetworkSpec = {
  layers: [
    { weights: [[0.2, -0.4], [0.7, 0.1], [-0.3, 0.5]], bias: [0, 0.1, -0.1], activation: 'leaky-relu', leakySlope: 0.1 },
    { weights: [[0.6, -0.2, 0.4], [-0.5, 0.3, 0.9]], bias: [0.2, -0.3], activation: 'sigmoid' },
    { weights: [[1.2, -0.8]], bias: [0.05], activation: 'linear' },
  ],
};

const SIGMOID_SOFTMAX_2_2_3: NetworkSpec = {
  layers: [
    { weights: [[0.4, -0.1], [0.2, 0.6]], bias: [0.1, 0], activation: 'sigmoid' },
    { weights: [[0.3, -0.2], [-0.4, 0.5], [0.1, 0.1]], bias: [0, 0.1, -0.1], activation: 'softmax' },
  ],
};

function variant(name: string, spec: NetworkSpec, input: number[], target: number[], loss: LossName, updateBias = true): TraceCase {
  return { name, spec, input, target, loss, learningRate: 0.3, updateBias };
}

/** Every case the fast-path comparison runs. */
export const CASES: readonly TraceCase[] = [
  TWO_TWO_ONE,
  DECK_CHAIN,
  variant('2-3-2 tanh, ½(y − y′)²', TANH_2_3_2, [0.5, -1], [0.8, -0.2], 'half-squared-error'),
  variant('2-3-2 tanh, mse', TANH_2_3_2, [0.5, -1], [0.8, -0.2], 'mse'),
  variant('2-3-2 tanh, mae', TANH_2_3_2, [0.5, -1], [0.8, -0.2], 'mae'),
  variant('3-2 softmax + cross-entropy', SOFTMAX_3_2, [1, 0.5, -1.5], [0, 1], 'cross-entropy'),
  variant('2-3-1 relu hidden, sigmoid output', RELU_2_3_1, [0.4, 0.8], [1], 'half-squared-error'),
  variant('2-3-1 relu hidden, sigmoid output + cross-entropy', RELU_2_3_1, [0.4, 0.8], [1], 'cross-entropy'),
  variant('2-3-2-1 leaky-relu, sigmoid, linear', DEEP_2_3_2_1, [1.5, -0.5], [0.3], 'half-squared-error'),
  variant('2-2-3 sigmoid + softmax, mse (softmax Jacobian)', SIGMOID_SOFTMAX_2_2_3, [0.7, -0.2], [0, 0, 1], 'mse'),
  variant('2-2-3 sigmoid + softmax, ½(y − y′)², bias fixed', SIGMOID_SOFTMAX_2_2_3, [0.7, -0.2], [0, 1, 0], 'half-squared-error', false),
];
