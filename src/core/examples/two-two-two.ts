/**
 * The backprop stepper's default problem, 2-2-2: the 2-2-1 example (two-two-one.ts) with a second
 * output unit y₂ (W⁽²⁾ row 2 = (−0.3, 0.6), reusing the chain's w₂ = −0.3; b⁽²⁾₂ = −0.1) whose target
 * is 0: x = (1, 0.5), y′ = (1, 0), η = 0.5, sigmoid, E = ½Σ(y − y′)², biases updated.
 */
import type { TraceProblem } from '../trace/problem';
import { frozen } from './frozen';
import { TWO_TWO_ONE_PROBLEM } from './two-two-one';

const [hidden, output] = TWO_TWO_ONE_PROBLEM.layers;

export const TWO_TWO_TWO_PROBLEM: TraceProblem = frozen({
  ...TWO_TWO_ONE_PROBLEM,
  layers: [hidden, { ...output, weights: [...output.weights, [-0.3, 0.6]], bias: [...output.bias, -0.1] }],
  target: [...TWO_TWO_ONE_PROBLEM.target, 0],
});
