import { describe, expect, it } from 'vitest';
import {
  TWO_TWO_ONE_PROBLEM,
  TWO_TWO_TWO_PROBLEM,
  finiteDifferenceCheck,
  layerBackward,
  traceTrainingStep,
  transposeRows,
  type TraceProblem,
} from '../../../src/core';

const sig = (z: number) => 1 / (1 + Math.exp(-z));

describe('layerBackward on the 2-2-1 example (x = (1, 0.5), y′ = 1), by hand', () => {
  // Forward, W⁽¹⁾ = [[0.1, −0.2], [0.4, 0.3]], b⁽¹⁾ = (0.1, −0.1):
  //   net⁽¹⁾ = (0.1·1 − 0.2·0.5 + 0.1, 0.4·1 + 0.3·0.5 − 0.1) = (0.1, 0.45)
  //   a⁽¹⁾ = (sig 0.1, sig 0.45) = (0.524979, 0.610639)
  //   net⁽²⁾ = 0.7·0.524979 − 0.5·0.610639 + 0.2 = 0.262166, y = sig(0.262166) = 0.565169
  // Output layer: δ⁽²⁾ = (y − 1) · y(1 − y) = (−0.434831)(0.565169)(0.434831) = −0.106861
  // Hidden layer: W⁽²⁾ = [0.7  −0.5] (1 × 2), so W⁽²⁾ᵀ is the column (0.7, −0.5) and
  //   W⁽²⁾ᵀδ⁽²⁾ = (0.7·(−0.106861), −0.5·(−0.106861)) = (−0.074803, 0.053431)
  //   f′(net⁽¹⁾) = a⁽¹⁾ ⊙ (1 − a⁽¹⁾) = (0.524979·0.475021, 0.610639·0.389361) = (0.249376, 0.237759)
  //   δ⁽¹⁾ = (−0.074803·0.249376, 0.053431·0.237759) = (−0.018654, 0.012704)
  // Gradients: ∂E/∂W⁽²⁾ = δ⁽²⁾(a⁽¹⁾)ᵀ = (−0.106861·0.524979, −0.106861·0.610639) = [−0.056100  −0.065254]
  //   ∂E/∂W⁽¹⁾ = δ⁽¹⁾(x)ᵀ = [[−0.018654·1, −0.018654·0.5], [0.012704·1, 0.012704·0.5]]
  //            = [[−0.018654, −0.009327], [0.012704, 0.006352]]
  const result = layerBackward(TWO_TWO_ONE_PROBLEM);
  const [outputStep, hiddenStep] = result.steps;

  it('runs the forward pass to y = 0.565169', () => {
    expect(result.forward[0].net[0]).toBeCloseTo(0.1, 12);
    expect(result.forward[0].net[1]).toBeCloseTo(0.45, 12);
    expect(result.forward[0].out[0]).toBeCloseTo(sig(0.1), 12);
    expect(result.forward[1].out[0]).toBeCloseTo(0.565169, 6);
    expect(result.loss).toBeCloseTo(0.5 * (0.565169 - 1) ** 2, 6);
  });

  it('gives δ⁽²⁾ = (y − y′) ⊙ f′(net⁽²⁾) = −0.106861 for the output layer', () => {
    expect(outputStep.layer).toBe(2);
    expect(outputStep.weightsAbove).toBeNull();
    expect(outputStep.back[0]).toBeCloseTo(0.565169 - 1, 6);
    expect(outputStep.slope[0]).toBeCloseTo(0.565169 * 0.434831, 6);
    expect(outputStep.delta[0]).toBeCloseTo(-0.106861, 6);
  });

  it('sends δ⁽²⁾ back through W⁽²⁾ᵀ: (−0.074803, 0.053431), then δ⁽¹⁾ = (−0.018654, 0.012704)', () => {
    expect(hiddenStep.layer).toBe(1);
    expect(hiddenStep.weightsAbove).toEqual([[0.7, -0.5]]);
    expect(hiddenStep.weightsAboveT).toEqual([[0.7], [-0.5]]);
    expect(hiddenStep.deltaAbove).toEqual(outputStep.delta);
    expect(hiddenStep.back[0]).toBeCloseTo(-0.074803, 6);
    expect(hiddenStep.back[1]).toBeCloseTo(0.053431, 6);
    expect(hiddenStep.slope[0]).toBeCloseTo(0.249376, 6);
    expect(hiddenStep.slope[1]).toBeCloseTo(0.237759, 6);
    expect(hiddenStep.delta[0]).toBeCloseTo(-0.018654, 6);
    expect(hiddenStep.delta[1]).toBeCloseTo(0.012704, 6);
  });

  it('gives the gradients as outer products δ(a)ᵀ, the shape of W', () => {
    expect(outputStep.input).toEqual(result.forward[0].out);
    expect(outputStep.gradWeights).toHaveLength(1);
    expect(outputStep.gradWeights[0][0]).toBeCloseTo(-0.0561, 6);
    expect(outputStep.gradWeights[0][1]).toBeCloseTo(-0.065254, 6);
    expect(outputStep.gradBias).toEqual(outputStep.delta);
    expect(hiddenStep.input).toEqual([1, 0.5]);
    const g = hiddenStep.gradWeights;
    expect(g[0][0]).toBeCloseTo(-0.018654, 6);
    expect(g[0][1]).toBeCloseTo(-0.009327, 6);
    expect(g[1][0]).toBeCloseTo(0.012704, 6);
    expect(g[1][1]).toBeCloseTo(0.006352, 6);
  });
});

describe('layerBackward against the per-unit trace and finite differences', () => {
  const leaky: TraceProblem = {
    layers: [
      { weights: [[0.5, -1, 0.25]], bias: [0.1], activation: 'tanh' },
      { weights: [[2], [-0.5]], bias: [0, 0.3], activation: 'leaky-relu', leakySlope: 0.1 },
      { weights: [[1, -1], [0.5, 0.5]], bias: [0.2, -0.2], activation: 'sigmoid' },
    ],
    input: [1, -2, 0.5],
    target: [1, 0],
    loss: 'half-squared-error',
    learningRate: 0.1,
    updateBias: true,
  };
  for (const [name, problem] of [
    ['2-2-1', TWO_TWO_ONE_PROBLEM],
    ['2-2-2 (the stepper’s)', TWO_TWO_TWO_PROBLEM],
    ['3-1-2-2 tanh / leaky ReLU / sigmoid', leaky],
  ] as const) {
    it(`equals the trace unit by unit on ${name}`, () => {
      const matrix = layerBackward(problem);
      const { summary } = traceTrainingStep(problem, problem, { learningRate: problem.learningRate });
      expect(matrix.loss).toBeCloseTo(summary.loss, 12);
      for (const step of matrix.steps) {
        const unit = summary.backward[step.layer - 1];
        step.delta.forEach((d, j) => expect(d).toBeCloseTo(unit.delta[j], 12));
        step.gradWeights.forEach((row, j) => row.forEach((g, i) => expect(g).toBeCloseTo(unit.gradWeights[j][i], 12)));
        step.gradBias.forEach((g, j) => expect(g).toBeCloseTo(unit.gradBias[j], 12));
      }
    });

    it(`agrees with central differences on ${name}`, () => {
      const matrix = layerBackward(problem);
      const byId = new Map(finiteDifferenceCheck(problem).map((row) => [row.id, row.numeric]));
      for (const step of matrix.steps) {
        step.gradWeights.forEach((row, j) =>
          row.forEach((g, i) => expect(Math.abs(g - byId.get(`grad.W.${step.layer}.${j + 1}.${i + 1}`)!)).toBeLessThan(1e-8)),
        );
        step.gradBias.forEach((g, j) => expect(Math.abs(g - byId.get(`grad.b.${step.layer}.${j + 1}`)!)).toBeLessThan(1e-8));
      }
    });
  }

  it('refuses what the section does not cover', () => {
    expect(() => layerBackward({ ...TWO_TWO_ONE_PROBLEM, loss: 'cross-entropy' })).toThrow(RangeError);
  });
});

describe('transposeRows', () => {
  it('swaps rows and columns', () => {
    expect(transposeRows([[1, 2, 3], [4, 5, 6]])).toEqual([[1, 4], [2, 5], [3, 6]]);
    expect(transposeRows([[0.7, -0.5]])).toEqual([[0.7], [-0.5]]);
  });
});
