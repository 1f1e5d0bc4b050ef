import { describe, expect, it } from 'vitest';
import * as examples from '../../../src/core/examples';
import { CHAIN_EXAMPLE, TWO_TWO_ONE, TWO_TWO_ONE_PROBLEM, TWO_TWO_TWO_PROBLEM } from '../../../src/core/examples';
import { validateTraceProblem } from '../../../src/core/trace/problem';

describe('the course’s examples (src/core/examples)', () => {
  it('every example is frozen all the way down: a widget or test cannot change one for the others', () => {
    for (const [name, value] of Object.entries(examples)) {
      expect(Object.isFrozen(value), name).toBe(true);
    }
    expect(() => {
      (TWO_TWO_ONE.network.layers[0].weights[0] as number[])[0] = 9;
    }).toThrow(TypeError);
    expect(() => {
      (CHAIN_EXAMPLE as { w1: number }).w1 = 9;
    }).toThrow(TypeError);
    expect(TWO_TWO_ONE.network.layers[0].weights[0][0]).toBe(0.1);
  });

  it('the trace problems are valid as the CLI reads them', () => {
    expect(validateTraceProblem(TWO_TWO_ONE_PROBLEM)).toEqual(TWO_TWO_ONE_PROBLEM);
    expect(validateTraceProblem(TWO_TWO_TWO_PROBLEM)).toEqual(TWO_TWO_TWO_PROBLEM);
  });

  it('the 2-2-2 is the 2-2-1 with a second output unit: W⁽²⁾ row 2 = (−0.3, 0.6), b⁽²⁾₂ = −0.1, y′₂ = 0', () => {
    expect(TWO_TWO_TWO_PROBLEM.layers[0]).toEqual(TWO_TWO_ONE_PROBLEM.layers[0]);
    expect(TWO_TWO_TWO_PROBLEM.layers[1].weights).toEqual([[0.7, -0.5], [-0.3, 0.6]]);
    expect(TWO_TWO_TWO_PROBLEM.layers[1].bias).toEqual([0.2, -0.1]);
    expect(TWO_TWO_TWO_PROBLEM.target).toEqual([1, 0]);
    expect([TWO_TWO_TWO_PROBLEM.input, TWO_TWO_TWO_PROBLEM.learningRate]).toEqual([[1, 0.5], 0.5]);
  });
});
