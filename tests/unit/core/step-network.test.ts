import { describe, expect, it } from 'vitest';
import { fromRows, toRows } from '../../../src/core/matrix';
import { XOR_GATES_NETWORK } from '../../../src/core/examples';
import { evaluateStepNetwork, type StepLayer } from '../../../src/core/step-network';

describe('evaluateStepNetwork(layers, x)', () => {
  // Hidden layer: NAND (W = (−0.5, −0.5), b = 0.7) and OR (W = (0.5, 0.5), b = −0.2); output: AND
  // (W = (0.5, 0.5), b = −0.7) of the two hidden outputs.
  const layers: StepLayer[] = [
    { weights: fromRows([[-0.5, -0.5], [0.5, 0.5]]), bias: Float64Array.of(0.7, -0.2) },
    { weights: fromRows([[0.5, 0.5]]), bias: Float64Array.of(-0.7) },
  ];

  it('XOR from NAND and OR into AND, by hand for each input', () => {
    // x = (0,0): NAND net = 0.7 → 1;        OR net = −0.2 → 0;  AND net = 0.5 + 0 − 0.7 = −0.2 → 0
    // x = (0,1): NAND net = −0.5 + 0.7 = 0.2 → 1; OR net = 0.5 − 0.2 = 0.3 → 1; AND net = 0.5 + 0.5 − 0.7 = 0.3 → 1
    // x = (1,0): the same as (0,1) → 1
    // x = (1,1): NAND net = −1 + 0.7 = −0.3 → 0; OR net = 1 − 0.2 = 0.8 → 1; AND net = 0 + 0.5 − 0.7 = −0.2 → 0
    const expected = [
      { x: [0, 0], hiddenNet: [0.7, -0.2], hidden: [1, 0], outputNet: -0.2, y: 0 },
      { x: [0, 1], hiddenNet: [0.2, 0.3], hidden: [1, 1], outputNet: 0.3, y: 1 },
      { x: [1, 0], hiddenNet: [0.2, 0.3], hidden: [1, 1], outputNet: 0.3, y: 1 },
      { x: [1, 1], hiddenNet: [-0.3, 0.8], hidden: [0, 1], outputNet: -0.2, y: 0 },
    ];
    for (const row of expected) {
      const { nets, outputs } = evaluateStepNetwork(layers, row.x);
      expect(Array.from(nets[0])).toEqual(row.hiddenNet);
      expect(Array.from(outputs[0])).toEqual(row.hidden);
      expect(nets[1][0]).toBe(row.outputNet);
      expect(outputs[1][0]).toBe(row.y);
    }
  });

  it("the perceptron chapter's XOR_GATES_NETWORK gives the XOR truth table 0, 1, 1, 0", () => {
    // The chapter's table: NAND (−2, −2, b 3), OR (2, 2, b −1), AND (2, 2, b −3).
    // x = (0,0): NAND 3 → 1, OR −1 → 0, AND 2 − 3 = −1 → 0
    // x = (0,1): NAND 1 → 1, OR 1 → 1, AND 4 − 3 = 1 → 1   (and (1,0) the same)
    // x = (1,1): NAND −1 → 0, OR 3 → 1, AND 2 − 3 = −1 → 0
    const network: StepLayer[] = XOR_GATES_NETWORK.layers.map((layer) => ({ weights: fromRows(layer.weights), bias: Float64Array.from(layer.bias) }));
    expect(toRows(network[0].weights)).toEqual([[-2, -2], [2, 2]]);
    expect(Array.from(network[0].bias)).toEqual([3, -1]);
    expect(toRows(network[1].weights)).toEqual([[2, 2]]);
    expect(Array.from(network[1].bias)).toEqual([-3]);
    expect(XOR_GATES_NETWORK.layers.map((layer) => layer.activation)).toEqual(['step', 'step']);
    const hidden = [[0, 0], [0, 1], [1, 0], [1, 1]].map((x) => Array.from(evaluateStepNetwork(network, x).outputs[0]));
    expect(hidden).toEqual([[1, 0], [1, 1], [1, 1], [0, 1]]);
    const table = [[0, 0], [0, 1], [1, 0], [1, 1]].map((x) => evaluateStepNetwork(network, x).outputs[1][0]);
    expect(table).toEqual([0, 1, 1, 0]);
  });

  it('rejects an input of the wrong length and a bias of the wrong length', () => {
    expect(() => evaluateStepNetwork(layers, [1, 0, 1])).toThrow(/layer 1 expects 2 inputs/);
    expect(() =>
      evaluateStepNetwork([{ weights: fromRows([[1, 1]]), bias: Float64Array.of(0, 0) }], [1, 1]),
    ).toThrow(/bias/);
  });
});
