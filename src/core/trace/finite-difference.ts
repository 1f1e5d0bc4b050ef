/**
 * The trace's gradients checked by central finite differences, for the stepper's table beside the
 * final gradients. For each parameter θ (every w^{(l)}_{ji}, and b^{(l)}_j when biases are updated):
 *   numeric = (E(θ + ε) − E(θ − ε)) / 2ε,
 *   relativeError = |backprop − numeric| / max(|backprop|, |numeric|, 1e-6)
 * (gradcheck.ts's measure: the 1e-6 floor keeps a near-zero gradient from reporting rounding noise).
 * Full precision throughout, whatever rounding the stepper shows; E is the network's loss evaluated
 * by the fast path (Network), backprop is the trace's ∂E/∂θ.
 */

import { gradientCheck } from '../gradcheck';
import { fromRows } from '../matrix';
import { Network } from '../network';
import type { TraceProblem } from './problem';
import { traceTrainingStep } from './trace';

export interface FiniteDifferenceRow {
  /** The trace's gradient step id: 'grad.W.l.j.i' or 'grad.b.l.j'. */
  id: string;
  /** ∂E/∂θ from the trace (backpropagation), full precision. */
  backprop: number;
  /** Central difference (E(θ + ε) − E(θ − ε)) / 2ε. */
  numeric: number;
  relativeError: number;
}

const FLOOR = 1e-6;

/**
 * One row per gradient step of the trace, in the trace's order (output layer first; a unit's weights,
 * then its bias). ε defaults to 1e-5.
 */
export function finiteDifferenceCheck(problem: TraceProblem, epsilon = 1e-5): FiniteDifferenceRow[] {
  if (!(Number.isFinite(epsilon) && epsilon > 0)) throw new RangeError(`epsilon: expected a positive number, got ${epsilon}`);
  const { steps } = traceTrainingStep(problem, problem, {
    learningRate: problem.learningRate,
    loss: problem.loss,
    updateBias: problem.updateBias,
  });
  const network = Network.fromSpec({ layers: problem.layers }, { loss: problem.loss });
  const check = gradientCheck(network, fromRows([problem.input]), fromRows([problem.target]), { epsilon, floor: FLOOR });
  const numeric = new Map<string, number>();
  for (const entry of check.entries) {
    // entry.name is 'layer<l>.W' (index = j·inputs + i, row-major) or 'layer<l>.b' (index = j).
    const [layerName, kind] = entry.name.split('.');
    const layer = Number(layerName.slice('layer'.length));
    const inputs = problem.layers[layer - 1].weights[0].length;
    const id =
      kind === 'W'
        ? `grad.W.${layer}.${Math.floor(entry.index / inputs) + 1}.${(entry.index % inputs) + 1}`
        : `grad.b.${layer}.${entry.index + 1}`;
    numeric.set(id, entry.numeric);
  }
  return steps
    .filter((step) => step.phase === 'gradient')
    .map((step) => {
      const estimate = numeric.get(step.id);
      if (estimate === undefined) throw new Error(`finiteDifferenceCheck: no parameter for ${step.id}`);
      const relativeError = Math.abs(step.value - estimate) / Math.max(Math.abs(step.value), Math.abs(estimate), FLOOR);
      return { id: step.id, backprop: step.value, numeric: estimate, relativeError };
    });
}
