import { describe, expect, it } from 'vitest';
import { trainOnExample } from '../../../../src/core/cli/train-example';
import { validateTraceProblem } from '../../../../src/core/trace/problem';
import { traceTrainingStep } from '../../../../src/core/trace/trace';
import { DECK_CHAIN, TWO_TWO_ONE, type TraceCase } from '../trace/cases';

function problem(c: TraceCase) {
  return validateTraceProblem({ ...c.spec, input: c.input, target: c.target, loss: c.loss, learningRate: c.learningRate, updateBias: c.updateBias });
}

/** N steps done one at a time through the trace: each step's updated layers feed the next. */
function manualSteps(c: TraceCase, n: number) {
  let layers = c.spec.layers;
  const losses: number[] = [];
  for (let k = 0; k < n; k++) {
    const { summary } = traceTrainingStep({ layers }, c, { learningRate: c.learningRate, loss: c.loss, updateBias: c.updateBias });
    losses.push(summary.loss);
    layers = layers.map((layer, l) => ({ ...layer, weights: summary.updated[l].weights, bias: summary.updated[l].bias }));
  }
  return { layers, losses };
}

describe('trainOnExample(problem, N)', () => {
  it('the 2-2-1 example, 5 steps: N + 1 losses, decreasing, and the layers of 5 manual steps', () => {
    const result = trainOnExample(problem(TWO_TWO_ONE), 5);
    expect(result.lossHistory).toHaveLength(6);
    expect(result.lossHistory[0]).toBeCloseTo(0.0945391636, 10);
    for (let k = 1; k < 6; k++) expect(result.lossHistory[k]).toBeLessThan(result.lossHistory[k - 1]);
    const manual = manualSteps(TWO_TWO_ONE, 5);
    result.lossHistory.slice(0, 5).forEach((e, k) => expect(e).toBeCloseTo(manual.losses[k], 12));
    result.final.layers.forEach((layer, l) => {
      expect(layer.activation).toBe('sigmoid');
      layer.weights.flat().forEach((w, k) => expect(w).toBeCloseTo(manual.layers[l].weights.flat()[k], 12));
      layer.bias.forEach((b, k) => expect(b).toBeCloseTo(manual.layers[l].bias[k], 12));
    });
  });

  it('the deck’s chain with biases fixed, 20 steps: biases stay 0; E as in the chapter’s worked example', () => {
    // The chapter (and an independent scalar loop: h = sig(w₁), y = sig(w₂h), w ← w − 0.5·∂E/∂w) gives
    // E = 0.149358 before, 0.145782 after 1 step, then 0.132376, 0.117399, 0.104089, 0.092203 after 5, 10, 15, 20.
    const result = trainOnExample(problem(DECK_CHAIN), 20);
    expect(result.final.layers.map((l) => l.bias)).toEqual([[0], [0]]);
    const expected: [number, number][] = [[0, 0.149358], [1, 0.145782], [5, 0.132376], [10, 0.117399], [15, 0.104089], [20, 0.092203]];
    for (const [step, e] of expected) expect(result.lossHistory[step], `after ${step} steps`).toBeCloseTo(e, 6);
    // w₂ has crossed zero (0.4537, as the chapter says); w₁ = 0.516465 from the same scalar loop.
    expect(result.final.layers[1].weights[0][0]).toBeCloseTo(0.4537494821, 9);
    expect(result.final.layers[0].weights[0][0]).toBeCloseTo(0.5164649072, 9);
  });

  it('final.output is y of the trained network on the example', () => {
    const result = trainOnExample(problem(DECK_CHAIN), 1);
    // new w₁ = 0.495225, new w₂ = −0.257843: h = sig(0.495225) = 0.621337, y = sig(−0.257843·0.621337) = 0.460034
    expect(result.final.output[0]).toBeCloseTo(0.460034, 6);
    expect(result.lossHistory[1]).toBeCloseTo(0.5 * (1 - result.final.output[0]) ** 2, 15);
  });
});
