import { describe, expect, it } from 'vitest';
import type { ActivationName } from '../../../../src/core/activations';
import { ActivationLayer } from '../../../../src/core/layers/activation';
import { createMatrix, fromRows } from '../../../../src/core/matrix';
import { createRng } from '../../../../src/core/random';
import { checkLayerGradients } from './layer-gradient-check';

describe('ActivationLayer', () => {
  it('forward(x) applies f to each entry: relu([−1, 2]) = [0, 2]', () => {
    const layer = new ActivationLayer({ size: 2, activation: 'relu' });
    expect(Array.from(layer.forward(fromRows([[-1, 2]]), 'train').data)).toEqual([0, 2]);
    expect(layer.parameterCount).toBe(0);
  });

  it('leakySlope sets Leaky ReLU’s slope: leaky-relu(−2) with slope 0.1 = −0.2', () => {
    const layer = new ActivationLayer({ size: 1, activation: 'leaky-relu', leakySlope: 0.1 });
    expect(layer.forward(fromRows([[-2]]), 'train').data[0]).toBeCloseTo(-0.2, 15);
  });

  const names: ActivationName[] = ['sigmoid', 'tanh', 'relu', 'leaky-relu', 'linear', 'softmax'];
  for (const activation of names) {
    it(`${activation}: backward ∂L/∂in matches finite differences`, () => {
      const layer = new ActivationLayer({ size: 4, activation });
      const rng = createRng(31);
      const x = createMatrix(3, 4);
      for (let k = 0; k < x.data.length; k++) x.data[k] = rng.uniform(-2, 2);
      expect(checkLayerGradients(layer, x, 'train').input).toBeLessThan(1e-6);
    });
  }
});
