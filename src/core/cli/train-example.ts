/**
 * --steps N: N steps of plain gradient descent on the problem's one example,
 * θ ← θ − η ∂E/∂θ (biases left alone when updateBias is false), through the network's fast path.
 */

import { fromRows } from '../matrix';
import { Network } from '../network';
import type { DenseLayerSpec } from '../network-spec';
import type { TraceProblem } from '../trace/problem';

export interface TrainingSummary {
  /** E before the first step, then after each step: N + 1 values. */
  lossHistory: number[];
  final: {
    /** The trained layers, in the input's layout. */
    layers: DenseLayerSpec[];
    /** y for the example after the last step. */
    output: number[];
  };
}

export function trainOnExample(problem: TraceProblem, steps: number): TrainingSummary {
  const network = Network.fromSpec(problem, { loss: problem.loss });
  const x = fromRows([problem.input]);
  const y = fromRows([problem.target]);
  const { parameters, gradients } = network;
  const fixed = problem.updateBias ? [] : network.parameterEntries.filter((entry) => entry.parameter.name === 'b');
  const eta = problem.learningRate;
  const lossHistory: number[] = [];
  for (let step = 0; step < steps; step++) {
    lossHistory.push(network.computeGradient(x, y));
    for (const entry of fixed) gradients.fill(0, entry.offset, entry.offset + entry.length);
    for (let k = 0; k < parameters.length; k++) parameters[k] -= eta * gradients[k];
  }
  lossHistory.push(network.evaluateLoss(x, y));
  return {
    lossHistory,
    final: { layers: network.toSpec().layers, output: Array.from(network.predict(problem.input)) },
  };
}
