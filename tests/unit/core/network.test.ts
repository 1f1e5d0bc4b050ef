import { describe, expect, it } from 'vitest';
import { getLoss } from '../../../src/core/losses';
import { ActivationLayer } from '../../../src/core/layers/activation';
import { BatchNormLayer } from '../../../src/core/layers/batch-norm';
import { DenseLayer } from '../../../src/core/layers/dense';
import { createMatrix, fromRows, toRows } from '../../../src/core/matrix';
import { Network, createNetwork } from '../../../src/core/network';
import { createRng } from '../../../src/core/random';
import { TWO_TWO_ONE } from '../../../src/core/examples';

/** The 2-2-1 sigmoid example of the course: W⁽¹⁾ = [[0.1, −0.2], [0.4, 0.3]], b⁽¹⁾ = (0.1, −0.1), W⁽²⁾ = [[0.7, −0.5]], b⁽²⁾ = 0.2. */
const EXAMPLE_SPEC = TWO_TWO_ONE.network;

describe('the hand-worked 2-2-1 sigmoid example, x = (1, 0.5), target 1, E = ½(y − y′)²', () => {
  const network = Network.fromSpec(EXAMPLE_SPEC);
  const x = fromRows([[1, 0.5]]);
  const target = fromRows([[1]]);
  const loss = network.computeGradient(x, target);
  const [hidden, output] = network.layers as DenseLayer[];

  it('forward: net¹ = (0.1, 0.45), h = (0.5249792, 0.6106392), net² = 0.2621658, y = 0.5651686', () => {
    // net¹₁ = 0.1·1 − 0.2·0.5 + 0.1 = 0.1
    // net¹₂ = 0.4·1 + 0.3·0.5 − 0.1 = 0.45
    // h₁ = sig(0.1) = 1/(1 + e^−0.1) = 0.5249791875;  h₂ = sig(0.45) = 0.6106392339
    // net² = 0.7·0.5249791875 − 0.5·0.6106392339 + 0.2 = 0.3674854312 − 0.3053196170 + 0.2 = 0.2621658143
    // y = sig(0.2621658143) = 0.5651686222
    expect(hidden.net.data[0]).toBeCloseTo(0.1, 15);
    expect(hidden.net.data[1]).toBeCloseTo(0.45, 15);
    expect(hidden.output.data[0]).toBeCloseTo(0.5249791875, 10);
    expect(hidden.output.data[1]).toBeCloseTo(0.6106392339, 10);
    expect(output.net.data[0]).toBeCloseTo(0.2621658143, 10);
    expect(output.output.data[0]).toBeCloseTo(0.5651686222, 10);
  });

  it('loss: E = ½(0.5651686222 − 1)² = ½·0.4348313778² = 0.0945391636', () => {
    expect(loss).toBeCloseTo(0.0945391636, 10);
  });

  it('output layer: δ_y = (y − y′)·y(1 − y) = −0.4348314·0.2457531 = −0.1068611; ∂E/∂W² = δ_y·h', () => {
    // y(1 − y) = 0.5651686222·0.4348313778 = 0.2457530507
    // δ_y = −0.4348313778·0.2457530507 = −0.1068611376
    // ∂E/∂W² = δ_y·(h₁, h₂) = (−0.1068611376·0.5249791875, −0.1068611376·0.6106392339) = (−0.0560998732, −0.0652536032)
    // ∂E/∂b² = δ_y = −0.1068611376
    expect(output.delta.data[0]).toBeCloseTo(-0.1068611376, 10);
    expect(output.gradWeights.data[0]).toBeCloseTo(-0.0560998732, 10);
    expect(output.gradWeights.data[1]).toBeCloseTo(-0.0652536032, 10);
    expect(output.gradBias.data[0]).toBeCloseTo(-0.1068611376, 10);
  });

  it('hidden layer: δ_h = δ_y·w²·h(1 − h); ∂E/∂W¹ = δ_h·xᵀ, ∂E/∂b¹ = δ_h', () => {
    // h₁(1 − h₁) = 0.5249791875·0.4750208125 = 0.2493760402;  h₂(1 − h₂) = 0.6106392339·0.3893607661 = 0.2377589599
    // δ_h₁ = −0.1068611376·0.7·0.2493760402 = −0.0186540251
    // δ_h₂ = −0.1068611376·(−0.5)·0.2377589599 = 0.0127035965
    // ∂E/∂W¹ = [[δ_h₁·1, δ_h₁·0.5], [δ_h₂·1, δ_h₂·0.5]] = [[−0.0186540251, −0.0093270126], [0.0127035965, 0.0063517982]]
    expect(hidden.delta.data[0]).toBeCloseTo(-0.0186540251, 10);
    expect(hidden.delta.data[1]).toBeCloseTo(0.0127035965, 10);
    const g = toRows(hidden.gradWeights);
    expect(g[0][0]).toBeCloseTo(-0.0186540251, 10);
    expect(g[0][1]).toBeCloseTo(-0.0093270126, 10);
    expect(g[1][0]).toBeCloseTo(0.0127035965, 10);
    expect(g[1][1]).toBeCloseTo(0.0063517982, 10);
    expect(hidden.gradBias.data[0]).toBeCloseTo(-0.0186540251, 10);
    expect(hidden.gradBias.data[1]).toBeCloseTo(0.0127035965, 10);
  });

  it('one update w = w − η·∂E/∂w with η = 0.5: W² = (0.7280499, −0.4673732)', () => {
    // 0.7 − 0.5·(−0.0560998732) = 0.7280499366;  −0.5 − 0.5·(−0.0652536032) = −0.4673731984
    const net = Network.fromSpec(EXAMPLE_SPEC);
    net.computeGradient(x, target);
    for (let k = 0; k < net.parameters.length; k++) net.parameters[k] -= 0.5 * net.gradients[k];
    expect(net.parameter('layer2.W').data[0]).toBeCloseTo(0.7280499366, 10);
    expect(net.parameter('layer2.W').data[1]).toBeCloseTo(-0.4673731984, 10);
  });
});

describe('Network parameters', () => {
  it('names parameters layer1.W, layer1.b, layer2.W, layer2.b in one flat buffer, W row-major then b', () => {
    const network = Network.fromSpec(EXAMPLE_SPEC);
    expect(network.parameterEntries.map((e) => [e.name, e.offset, e.length])).toEqual([
      ['layer1.W', 0, 4],
      ['layer1.b', 4, 2],
      ['layer2.W', 6, 2],
      ['layer2.b', 8, 1],
    ]);
    expect(Array.from(network.parameters)).toEqual([0.1, -0.2, 0.4, 0.3, 0.1, -0.1, 0.7, -0.5, 0.2]);
    expect(Object.keys(network.namedParameters())).toEqual(['layer1.W', 'layer1.b', 'layer2.W', 'layer2.b']);
    expect(Object.keys(network.namedGradients())).toHaveLength(4);
  });

  it('layers read the flat buffer directly: writing parameters[6] changes layer2.W[0][0]', () => {
    const network = Network.fromSpec(EXAMPLE_SPEC);
    const layer2 = network.layers[1] as DenseLayer;
    network.parameters[6] = 9;
    expect(layer2.weights.data[0]).toBe(9);
    expect(layer2.weights.data.buffer).toBe(network.parameters.buffer);
    expect(layer2.gradWeights.data.buffer).toBe(network.gradients.buffer);
  });

  it('getParameters() copies; setParameters() writes in place', () => {
    const network = Network.fromSpec(EXAMPLE_SPEC);
    const copy = network.getParameters();
    copy[0] = 100;
    expect(network.parameters[0]).toBe(0.1);
    const buffer = network.parameters;
    network.setParameters(new Float64Array(9).fill(1));
    expect(network.parameters).toBe(buffer);
    expect(network.parameter('layer1.W').data[0]).toBe(1);
    expect(() => network.setParameters([1, 2])).toThrow(/expected 9 values/);
    expect(() => network.parameter('layer3.W')).toThrow(/no parameter/);
  });

  it('toSpec() gives back the spec fromSpec() read', () => {
    expect(Network.fromSpec(EXAMPLE_SPEC).toSpec()).toEqual(EXAMPLE_SPEC);
  });

  it('createNetwork({ sizes: [2, 8, 8, 1] }) builds three dense layers; the same seed gives the same weights', () => {
    const make = () => createNetwork({ sizes: [2, 8, 8, 1], activations: ['tanh', 'tanh', 'sigmoid'], rng: createRng(5) });
    const a = make();
    expect(a.layers.map((l) => [l.inputSize, l.outputSize])).toEqual([
      [2, 8],
      [8, 8],
      [8, 1],
    ]);
    expect(a.parameters.length).toBe(2 * 8 + 8 + 8 * 8 + 8 + 8 + 1);
    expect(Array.from(make().parameters)).toEqual(Array.from(a.parameters));
    expect((a.layers[2] as DenseLayer).activation.name).toBe('sigmoid');
  });

  it('rejects layers whose sizes do not chain', () => {
    const rng = createRng(1);
    expect(
      () =>
        new Network([
          new DenseLayer({ inputSize: 2, units: 3, rng }),
          new DenseLayer({ inputSize: 4, units: 1, rng }),
        ]),
    ).toThrow(/layer 2 takes 4 inputs but layer 1 gives 3/);
  });
});

describe('Network gradients', () => {
  it('softmax + cross-entropy: the fused gradient equals the chain through the softmax JVP', () => {
    const rng = createRng(17);
    const x = createMatrix(5, 3);
    for (let k = 0; k < x.data.length; k++) x.data[k] = rng.uniform(-1, 1);
    const y = fromRows([
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 1],
      [0, 1, 0],
      [1, 0, 0],
    ]);
    const network = createNetwork({ sizes: [3, 4, 3], activations: ['relu', 'softmax'], rng: createRng(2), loss: 'cross-entropy' });
    network.computeGradient(x, y);
    const fused = network.gradients.slice();
    // The chain: ∂E/∂ŷ = −y/(m·ŷ), then backward() through the softmax JVP.
    const prediction = network.forward(x, 'train');
    const gradOut = createMatrix(5, 3);
    getLoss('cross-entropy').batchGradient(prediction, y, gradOut);
    network.backward(gradOut);
    for (let k = 0; k < fused.length; k++) expect(network.gradients[k]).toBeCloseTo(fused[k], 12);
  });

  it('gradientAt(p) evaluates at p and restores the parameters', () => {
    const network = Network.fromSpec(EXAMPLE_SPEC);
    const x = fromRows([[1, 0.5]]);
    const y = fromRows([[1]]);
    const original = network.getParameters();
    const p = original.map((v) => v + 0.1);
    const atP = network.gradientAt(p, x, y).slice();
    expect(Array.from(network.parameters)).toEqual(Array.from(original));
    const other = Network.fromSpec(EXAMPLE_SPEC);
    other.setParameters(p);
    const expected = other.gradientAt(other.parameters, x, y);
    expect(Array.from(atP)).toEqual(Array.from(expected));
    expect(network.lastLoss).toBe(other.lastLoss);
  });

  it('predict([1, 0.5]) gives y = 0.5651686 without touching gradients', () => {
    const network = Network.fromSpec(EXAMPLE_SPEC);
    expect(network.predict([1, 0.5])[0]).toBeCloseTo(0.5651686222, 10);
    expect(() => network.predict([1])).toThrow(/expected 2 inputs/);
  });
});

describe('Network with batch normalization', () => {
  it('useTrainingSetStatistics(x) sets each BN layer to whole-set statistics of its input', () => {
    const rng = createRng(4);
    const dense = new DenseLayer({ inputSize: 2, units: 3, rng });
    const bn = new BatchNormLayer({ size: 3 });
    const network = new Network([dense, bn, new ActivationLayer({ size: 3, activation: 'tanh' }), new DenseLayer({ inputSize: 3, units: 1, rng })]);
    expect(network.parameterEntries.map((e) => e.name)).toEqual(['layer1.W', 'layer1.b', 'layer2.gamma', 'layer2.beta', 'layer4.W', 'layer4.b']);
    const x = createMatrix(50, 2);
    for (let k = 0; k < x.data.length; k++) x.data[k] = rng.normal(1, 2);
    network.useTrainingSetStatistics(x);
    expect(bn.inferenceStatistics).toBe('population');
    // In inference mode with whole-set statistics and γ = 1, β = 0, BN's output over the set has mean 0.
    network.forward(x, 'inference');
    for (let j = 0; j < 3; j++) {
      let mean = 0;
      for (let r = 0; r < 50; r++) mean += bn.output.data[r * 3 + j];
      expect(mean / 50).toBeCloseTo(0, 12);
    }
  });
});
