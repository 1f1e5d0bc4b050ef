import { describe, expect, it } from 'vitest';
import type { ActivationName } from '../../../src/core/activations';
import { gradientCheck } from '../../../src/core/gradcheck';
import { ActivationLayer } from '../../../src/core/layers/activation';
import { BatchNormLayer } from '../../../src/core/layers/batch-norm';
import { DenseLayer } from '../../../src/core/layers/dense';
import { DropoutLayer } from '../../../src/core/layers/dropout';
import type { Layer, Mode, Parameter } from '../../../src/core/layers/layer';
import type { LossName } from '../../../src/core/losses';
import { type Matrix, createMatrix, matrixView } from '../../../src/core/matrix';
import { Network, createNetwork } from '../../../src/core/network';
import { createRng } from '../../../src/core/random';

function batch(rows: number, cols: number, seed: number, low = -1, high = 1): Matrix {
  const rng = createRng(seed);
  const m = createMatrix(rows, cols);
  for (let k = 0; k < m.data.length; k++) m.data[k] = rng.uniform(low, high);
  return m;
}

function oneHot(rows: number, classes: number, seed: number): Matrix {
  const rng = createRng(seed);
  const m = createMatrix(rows, classes);
  for (let r = 0; r < rows; r++) m.data[r * classes + rng.int(classes)] = 1;
  return m;
}

describe('gradientCheck() on whole networks (central differences, h = 1e-5)', () => {
  const cases: [string, number[], ActivationName[], LossName][] = [
    ['2-3-2 sigmoid, half-squared-error', [2, 3, 2], ['sigmoid', 'sigmoid'], 'half-squared-error'],
    ['2-8-8-1 tanh, mse', [2, 8, 8, 1], ['tanh', 'tanh', 'linear'], 'mse'],
    ['3-5-4-2 leaky-relu, mae', [3, 5, 4, 2], ['leaky-relu', 'leaky-relu', 'linear'], 'mae'],
    ['2-6-6-3 relu + softmax, cross-entropy (fused)', [2, 6, 6, 3], ['relu', 'relu', 'softmax'], 'cross-entropy'],
    ['2-4-3 tanh + sigmoid, cross-entropy (not fused)', [2, 4, 3], ['tanh', 'sigmoid'], 'cross-entropy'],
  ];
  for (const [title, sizes, activations, loss] of cases) {
    it(`${title}: max relative error < 1e-6`, () => {
      const network = createNetwork({ sizes, activations, rng: createRng(3), loss, biasInitializer: 'xavier' });
      const outputs = sizes[sizes.length - 1];
      const y = loss === 'cross-entropy' ? oneHot(6, outputs, 4) : batch(6, outputs, 4);
      const result = gradientCheck(network, batch(6, sizes[0], 5, -2, 2), y);
      expect(result.entries).toHaveLength(network.parameters.length);
      expect(result.maxRelativeError).toBeLessThan(1e-6);
    });
  }

  it('softmax as a separate ActivationLayer with cross-entropy (fused from the layer before)', () => {
    const rng = createRng(8);
    const network = new Network(
      [
        new DenseLayer({ inputSize: 2, units: 5, activation: 'tanh', rng }),
        new DenseLayer({ inputSize: 5, units: 3, rng }),
        new ActivationLayer({ size: 3, activation: 'softmax' }),
      ],
      { loss: 'cross-entropy' },
    );
    expect(gradientCheck(network, batch(7, 2, 1), oneHot(7, 3, 2)).maxRelativeError).toBeLessThan(1e-6);
  });

  for (const mode of ['train', 'inference'] as Mode[]) {
    it(`dense → batch norm → tanh → dropout → dense, ${mode} mode: max relative error < 1e-6`, () => {
      const rng = createRng(12);
      const bn = new BatchNormLayer({ size: 4 });
      const network = new Network([
        new DenseLayer({ inputSize: 3, units: 4, rng, biasInitializer: 'xavier' }),
        bn,
        new ActivationLayer({ size: 4, activation: 'tanh' }),
        new DropoutLayer({ size: 4, p: 0.3, rng, variant: 'inverted', maskPer: 'example' }),
        new DenseLayer({ inputSize: 4, units: 2, activation: 'sigmoid', rng }),
      ]);
      network.forward(batch(8, 3, 2), 'train'); // running statistics away from their defaults
      const before = bn.runningMean.slice();
      const result = gradientCheck(network, batch(8, 3, 3), batch(8, 2, 4), { mode });
      // In train mode the bias before batch norm gets no gradient (BN subtracts the batch mean, so
      // adding to the bias changes nothing): both estimates are 0 up to rounding.
      const biasBeforeNorm = result.entries.filter((e) => e.name === 'layer1.b');
      const others = result.entries.filter((e) => e.name !== 'layer1.b');
      if (mode === 'train') {
        for (const e of biasBeforeNorm) {
          expect(Math.abs(e.analytic)).toBeLessThan(1e-14);
          expect(Math.abs(e.numeric)).toBeLessThan(1e-9);
        }
      } else {
        for (const e of biasBeforeNorm) expect(e.relativeError).toBeLessThan(1e-6);
      }
      for (const e of others) expect(e.relativeError).toBeLessThan(1e-6);
      expect(Array.from(bn.runningMean)).toEqual(Array.from(before));
    });
  }

  it('reports names, indices and offsets, and leaves parameters and loss as they were', () => {
    const network = createNetwork({ sizes: [2, 2, 1], activations: 'sigmoid', rng: createRng(1) });
    const before = network.getParameters();
    const result = gradientCheck(network, batch(3, 2, 1), batch(3, 1, 2), { loss: 'mse' });
    expect(result.entries.map((e) => `${e.name}[${e.index}]@${e.offset}`)).toEqual([
      'layer1.W[0]@0',
      'layer1.W[1]@1',
      'layer1.W[2]@2',
      'layer1.W[3]@3',
      'layer1.b[0]@4',
      'layer1.b[1]@5',
      'layer2.W[0]@6',
      'layer2.W[1]@7',
      'layer2.b[0]@8',
    ]);
    expect(Array.from(network.parameters)).toEqual(Array.from(before));
    expect(network.loss.name).toBe('half-squared-error');
    expect(result.worst?.relativeError).toBe(result.maxRelativeError);
  });

  it('catches a wrong backward: a layer y = s·x whose ∂E/∂s is doubled', () => {
    /** y = s·x with one parameter s; backward reports 2·Σ dy·x instead of Σ dy·x. */
    class BrokenScale implements Layer {
      readonly kind = 'activation' as const;
      name = '';
      readonly inputSize = 2;
      readonly outputSize = 2;
      readonly parameterCount = 1;
      parameters: Parameter[] = [
        { name: 's', value: matrixView(1, 1, new Float64Array([1.5])), gradient: createMatrix(1, 1) },
      ];
      private input = createMatrix(0, 2);
      private output = createMatrix(0, 2);
      forward(input: Matrix): Matrix {
        this.input = input;
        this.output = createMatrix(input.rows, 2);
        for (let k = 0; k < input.data.length; k++) this.output.data[k] = this.parameters[0].value.data[0] * input.data[k];
        return this.output;
      }
      backward(gradOutput: Matrix): Matrix {
        let sum = 0;
        for (let k = 0; k < gradOutput.data.length; k++) sum += gradOutput.data[k] * this.input.data[k];
        this.parameters[0].gradient.data[0] = 2 * sum;
        return gradOutput;
      }
      attachStorage(values: Float64Array, gradients: Float64Array): void {
        values.set(this.parameters[0].value.data);
        this.parameters = [{ name: 's', value: matrixView(1, 1, values), gradient: matrixView(1, 1, gradients) }];
      }
      setFrozen(): void {}
    }
    const network = new Network([new DenseLayer({ inputSize: 2, units: 2, rng: createRng(1) }), new BrokenScale()]);
    const result = gradientCheck(network, batch(4, 2, 1), batch(4, 2, 2));
    expect(result.worst?.name).toBe('layer2.s');
    // analytic = 2·numeric → |2n − n| / |2n| = 0.5
    expect(result.maxRelativeError).toBeCloseTo(0.5, 6);
  });
});
