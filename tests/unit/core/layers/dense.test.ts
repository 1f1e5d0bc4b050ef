import { describe, expect, it } from 'vitest';
import type { ActivationName } from '../../../../src/core/activations';
import { DenseLayer } from '../../../../src/core/layers/dense';
import { type Matrix, createMatrix, fromRows, toRows } from '../../../../src/core/matrix';
import { createRng } from '../../../../src/core/random';
import { TWO_TWO_ONE } from '../../../../src/core/examples';
import { checkLayerGradients } from './layer-gradient-check';

function randomBatch(rows: number, cols: number, seed: number): Matrix {
  const rng = createRng(seed);
  const m = createMatrix(rows, cols);
  for (let k = 0; k < m.data.length; k++) m.data[k] = rng.uniform(-2, 2);
  return m;
}

describe('DenseLayer forward', () => {
  it('the deck example’s hidden layer: net = W·x + b = (0.1, 0.45), out = sig(net)', () => {
    // W = [[0.1, −0.2], [0.4, 0.3]], b = (0.1, −0.1), x = (1, 0.5)
    // net₁ = 0.1·1 − 0.2·0.5 + 0.1 = 0.1;  net₂ = 0.4·1 + 0.3·0.5 − 0.1 = 0.45
    // out = (sig(0.1), sig(0.45)) = (0.524979187, 0.610639234)
    const { weights, bias } = TWO_TWO_ONE.network.layers[0];
    const layer = new DenseLayer({ inputSize: 2, units: 2, activation: 'sigmoid', weights, bias });
    const out = layer.forward(fromRows([[1, 0.5]]), 'train');
    expect(layer.net.data[0]).toBeCloseTo(0.1, 15);
    expect(layer.net.data[1]).toBeCloseTo(0.45, 15);
    expect(out.data[0]).toBeCloseTo(0.524979187479, 12);
    expect(out.data[1]).toBeCloseTo(0.610639233949, 12);
  });

  it('a linear layer’s output is its net (one buffer)', () => {
    const layer = new DenseLayer({ inputSize: 2, units: 3, rng: createRng(1) });
    const out = layer.forward(randomBatch(4, 2, 2), 'train');
    expect(out).toBe(layer.net);
  });

  it('buffers are allocated once per batch size and reused', () => {
    const layer = new DenseLayer({ inputSize: 3, units: 2, activation: 'tanh', rng: createRng(1) });
    const a = layer.forward(randomBatch(5, 3, 1), 'train');
    const b = layer.forward(randomBatch(5, 3, 2), 'train');
    const c = layer.forward(randomBatch(2, 3, 3), 'train');
    const d = layer.forward(randomBatch(5, 3, 4), 'train');
    expect(b).toBe(a);
    expect(c).not.toBe(a);
    expect(d).toBe(a);
  });

  it('the same rng seed gives the same initial weights', () => {
    const a = new DenseLayer({ inputSize: 4, units: 3, rng: createRng(7) });
    const b = new DenseLayer({ inputSize: 4, units: 3, rng: createRng(7) });
    expect(Array.from(a.weights.data)).toEqual(Array.from(b.weights.data));
    expect(Array.from(a.bias.data)).toEqual([0, 0, 0]);
  });

  it('rejects bad shapes, a missing rng and a wrong input width', () => {
    expect(() => new DenseLayer({ inputSize: 2, units: 2, weights: [[1, 2]], bias: [0, 0] })).toThrow(/weights/);
    expect(() => new DenseLayer({ inputSize: 2, units: 1, weights: [[1, 2]], bias: [0, 0] })).toThrow(/bias/);
    expect(() => new DenseLayer({ inputSize: 2, units: 2 })).toThrow(/needs an rng/);
    const layer = new DenseLayer({ inputSize: 2, units: 1, weights: [[1, 2]], bias: [0] });
    expect(() => layer.forward(createMatrix(1, 3), 'train')).toThrow(/3 columns, expected 2/);
  });
});

describe('DenseLayer backward by central differences', () => {
  const activations: ActivationName[] = ['sigmoid', 'tanh', 'relu', 'leaky-relu', 'linear', 'softmax'];
  for (const activation of activations) {
    it(`${activation}: ∂L/∂X, ∂L/∂W, ∂L/∂b match finite differences (batch of 4)`, () => {
      const layer = new DenseLayer({ inputSize: 3, units: 4, activation, rng: createRng(3), biasInitializer: 'xavier' });
      const result = checkLayerGradients(layer, randomBatch(4, 3, 11), 'train');
      expect(result.input).toBeLessThan(1e-6);
      expect(result.parameters.W).toBeLessThan(1e-6);
      expect(result.parameters.b).toBeLessThan(1e-6);
    });
  }

  it('backward() stores δ = f′(net) ⊙ ∂E/∂out; ∂E/∂W = δᵀX, ∂E/∂b = Σδ, ∂E/∂X = δW', () => {
    // One example x = (1, 0.5), W = [[0.7, −0.5]], b = 0.2, linear: net = 0.7 − 0.25 + 0.2 = 0.65.
    // ∂E/∂out = 2 → δ = 2; ∂E/∂W = 2·(1, 0.5) = (2, 1); ∂E/∂b = 2; ∂E/∂X = 2·(0.7, −0.5) = (1.4, −1)
    const layer = new DenseLayer({ inputSize: 2, units: 1, weights: [[0.7, -0.5]], bias: [0.2] });
    layer.forward(fromRows([[1, 0.5]]), 'train');
    const gradInput = layer.backward(fromRows([[2]]));
    expect(layer.delta.data[0]).toBe(2);
    expect(toRows(layer.gradWeights)).toEqual([[2, 1]]);
    expect(layer.gradBias.data[0]).toBe(2);
    expect(Array.from(gradInput.data)).toEqual([1.4, -1]);
  });

  it('backwardFromDelta(δ) skips f′ and gives the same gradients as backward() through linear', () => {
    const x = randomBatch(3, 2, 5);
    const delta = randomBatch(3, 2, 6);
    const sig = new DenseLayer({ inputSize: 2, units: 2, activation: 'sigmoid', rng: createRng(1) });
    const lin = new DenseLayer({ inputSize: 2, units: 2, activation: 'linear', rng: createRng(1) });
    sig.forward(x, 'train');
    lin.forward(x, 'train');
    const a = Array.from(sig.backwardFromDelta(delta).data);
    const b = Array.from(lin.backward(delta).data);
    expect(a).toEqual(b);
    expect(Array.from(sig.gradWeights.data)).toEqual(Array.from(lin.gradWeights.data));
    expect(Array.from(sig.delta.data)).toEqual(Array.from(delta.data));
  });

  it('attachStorage() moves W then b into the given buffers, values kept', () => {
    const layer = new DenseLayer({ inputSize: 2, units: 1, weights: [[3, 4]], bias: [5] });
    const values = new Float64Array(3);
    const gradients = new Float64Array(3);
    layer.attachStorage(values, gradients);
    expect(Array.from(values)).toEqual([3, 4, 5]);
    values[0] = 10;
    expect(layer.weights.data[0]).toBe(10);
    layer.forward(fromRows([[1, 1]]), 'train');
    layer.backward(fromRows([[1]]));
    expect(Array.from(gradients)).toEqual([1, 1, 1]);
  });
});
