import { describe, expect, it } from 'vitest';
import { DenseLayer } from '../../../src/core/layers/dense';
import { DropoutLayer } from '../../../src/core/layers/dropout';
import { type Matrix, createMatrix, fromRows } from '../../../src/core/matrix';
import { Network, createNetwork } from '../../../src/core/network';
import { createOptimizer } from '../../../src/core/optimizers';
import { createRng } from '../../../src/core/random';
import { type GradientOptimizer, Trainer, train } from '../../../src/core/train';

/** Plain gradient descent θ ← θ − η∇J(θ), written inline for these tests. */
function gradientDescent(eta: number): GradientOptimizer {
  return {
    step(params, gradAt) {
      const gradient = gradAt(params);
      for (let k = 0; k < params.length; k++) params[k] -= eta * gradient[k];
    },
  };
}

/** Evaluates the gradient and changes nothing (for checking what the trainer measures). */
const frozenOptimizer: GradientOptimizer = { step: (params, gradAt) => void gradAt(params) };

const XOR = {
  x: fromRows([
    [0, 0],
    [0, 1],
    [1, 0],
    [1, 1],
  ]),
  y: fromRows([[0], [1], [1], [0]]),
};

function randomDataset(n: number, inputs: number, outputs: number, seed: number): { x: Matrix; y: Matrix } {
  const rng = createRng(seed);
  const x = createMatrix(n, inputs);
  const y = createMatrix(n, outputs);
  for (let k = 0; k < x.data.length; k++) x.data[k] = rng.uniform(-1, 1);
  for (let k = 0; k < y.data.length; k++) y.data[k] = rng.uniform(-1, 1);
  return { x, y };
}

describe('full-batch gradient descent', () => {
  it('a 2-2-1 sigmoid net learns XOR: seed 1, η = 2, 2000 epochs → mean ½-squared error < 0.05', () => {
    const network = createNetwork({ sizes: [2, 2, 1], activations: 'sigmoid', rng: createRng(1) });
    const report = train(network, XOR, gradientDescent(2), { epochs: 2000 });
    expect(report.status).toBe('ok');
    expect(report.totalSteps).toBe(2000);
    expect(report.stepLosses).toHaveLength(2000);
    expect(report.epochLosses).toHaveLength(2000);
    expect(network.evaluateLoss(XOR.x, XOR.y)).toBeLessThan(0.05);
    expect(Array.from(network.forward(XOR.x).data).map(Math.round)).toEqual([0, 1, 1, 0]);
    expect(report.stepLosses[1999]).toBeLessThan(report.stepLosses[0]);
  });

  it('in full-batch mode a step is an epoch, and stepLosses[t] is the loss before update t + 1', () => {
    const network = createNetwork({ sizes: [2, 2, 1], activations: 'sigmoid', rng: createRng(1) });
    const initialLoss = network.evaluateLoss(XOR.x, XOR.y);
    const trainer = new Trainer(network, XOR, gradientDescent(1));
    trainer.runSteps(3);
    expect(trainer.epochCount).toBe(3);
    expect(trainer.stepLosses[0]).toBe(initialLoss);
    expect(trainer.epochLosses).toEqual(trainer.stepLosses);
  });
});

describe('mini-batch and single-sample', () => {
  it('mini-batch 4 over 10 examples: 3 steps per epoch (4, 4, 2); epoch loss = example-weighted mean = full loss', () => {
    const data = randomDataset(10, 2, 1, 1);
    const network = createNetwork({ sizes: [2, 3, 1], activations: 'tanh', rng: createRng(2) });
    const trainer = new Trainer(network, data, frozenOptimizer, { mode: 'mini-batch', batchSize: 4, rng: createRng(3) });
    trainer.runEpochs(2);
    expect(trainer.stepCount).toBe(6);
    expect(trainer.epochLosses).toHaveLength(2);
    // Parameters never change, so (4·L₁ + 4·L₂ + 2·L₃)/10 is the mean loss over all 10 examples.
    const full = network.evaluateLoss(data.x, data.y, 'train');
    expect(trainer.epochLosses[0]).toBeCloseTo(full, 14);
    expect(trainer.epochLosses[1]).toBeCloseTo(full, 14);
  });

  it('single-sample: one step per example, each example once per epoch in a shuffled order', () => {
    const data = randomDataset(6, 2, 1, 4);
    const network = createNetwork({ sizes: [2, 3, 1], activations: 'tanh', rng: createRng(5) });
    const perExample = Array.from({ length: 6 }, (_, r) =>
      network.evaluateLoss(
        { rows: 1, cols: 2, data: data.x.data.slice(2 * r, 2 * r + 2) },
        { rows: 1, cols: 1, data: data.y.data.slice(r, r + 1) },
      ),
    );
    const trainer = new Trainer(network, data, frozenOptimizer, { mode: 'single-sample', rng: createRng(6) });
    trainer.runEpochs(2);
    expect(trainer.stepCount).toBe(12);
    const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
    expect(sorted(trainer.stepLosses.slice(0, 6))).toEqual(sorted(perExample));
    expect(sorted(trainer.stepLosses.slice(6, 12))).toEqual(sorted(perExample));
    expect(trainer.stepLosses.slice(0, 6)).not.toEqual(trainer.stepLosses.slice(6, 12));
  });

  it('without an rng (shuffle off) the dataset order is used every epoch', () => {
    const data = randomDataset(4, 2, 1, 7);
    const network = createNetwork({ sizes: [2, 1], activations: 'linear', rng: createRng(8) });
    const trainer = new Trainer(network, data, frozenOptimizer, { mode: 'single-sample' });
    trainer.runEpochs(2);
    expect(trainer.stepLosses.slice(0, 4)).toEqual(trainer.stepLosses.slice(4, 8));
    expect(() => new Trainer(network, data, frozenOptimizer, { mode: 'mini-batch', shuffle: true })).toThrow(/needs an rng/);
  });
});

describe('determinism', () => {
  it('the same seeds give identical weights and loss history (mini-batch, shuffle, dropout)', () => {
    const run = () => {
      const rng = createRng(99);
      const network = new Network([
        new DenseLayer({ inputSize: 2, units: 8, activation: 'tanh', rng }),
        new DropoutLayer({ size: 8, p: 0.2, rng }),
        new DenseLayer({ inputSize: 8, units: 1, rng }),
      ]);
      const report = train(network, randomDataset(40, 2, 1, 3), gradientDescent(0.1), {
        epochs: 5,
        mode: 'mini-batch',
        batchSize: 8,
        rng,
      });
      return { parameters: Array.from(network.parameters), losses: report.stepLosses };
    };
    const a = run();
    const b = run();
    expect(b.parameters).toEqual(a.parameters);
    expect(b.losses).toEqual(a.losses);
    expect(a.losses).toHaveLength(25);
  });
});

describe('no allocation in the hot path', () => {
  it('a 2-8-8-1 tanh net trains 200 full-batch steps with the same buffers throughout', () => {
    const data = randomDataset(200, 2, 1, 11);
    const network = createNetwork({ sizes: [2, 8, 8, 1], activations: ['tanh', 'tanh', 'linear'], rng: createRng(12) });
    const trainer = new Trainer(network, data, gradientDescent(0.05));
    trainer.runSteps(1);
    const snapshot = () => [
      network.parameters,
      network.gradients,
      ...network.layers.flatMap((layer) => {
        const dense = layer as DenseLayer;
        return [dense.weights.data, dense.bias.data, dense.gradWeights.data, dense.net, dense.output, dense.delta, dense.gradInput];
      }),
    ];
    const before = snapshot();
    const parametersBefore = network.getParameters();
    trainer.runSteps(200);
    const after = snapshot();
    expect(after).toHaveLength(before.length);
    after.forEach((buffer, k) => expect(buffer).toBe(before[k]));
    expect(Array.from(network.parameters)).not.toEqual(Array.from(parametersBefore));
  });
});

describe('divergence', () => {
  it('η = 10⁶ on a linear regression diverges: status "diverged", the step number, no throw, parameters kept finite', () => {
    const data = randomDataset(20, 3, 1, 13);
    for (let k = 0; k < data.y.data.length; k++) data.y.data[k] *= 100;
    const network = createNetwork({ sizes: [3, 1], activations: 'linear', rng: createRng(14) });
    const trainer = new Trainer(network, data, gradientDescent(1e6));
    const report = trainer.runSteps(1000);
    expect(report.status).toBe('diverged');
    expect(report.divergedAtStep).not.toBeNull();
    expect(report.totalSteps).toBe(report.divergedAtStep);
    expect(report.steps).toBeLessThan(1000);
    expect(network.parameters.every(Number.isFinite)).toBe(true);
    expect(trainer.step()).toBe('diverged');
    expect(trainer.stepCount).toBe(report.totalSteps);
  });
});

describe('the optimizer contract', () => {
  it('gradAt(p) at a look-ahead point p ≠ θ returns ∇J(p) and leaves θ as the optimizer set it', () => {
    const network = Network.fromSpec({
      layers: [{ weights: [[0.5, -0.5]], bias: [0.1], activation: 'sigmoid' }],
    });
    const seen: number[][] = [];
    const lookAheadOptimizer: GradientOptimizer = {
      step(params, gradAt) {
        const lookAhead = params.map((v) => v - 0.3);
        seen.push(Array.from(gradAt(lookAhead)));
        expect(Array.from(params)).toEqual([0.5, -0.5, 0.1]);
      },
    };
    const trainer = new Trainer(network, XOR, lookAheadOptimizer);
    trainer.step();
    const reference = Network.fromSpec({ layers: [{ weights: [[0.2, -0.8]], bias: [-0.2], activation: 'sigmoid' }] });
    const expected = reference.gradientAt(reference.parameters, XOR.x, XOR.y);
    seen[0].forEach((g, k) => expect(g).toBeCloseTo(expected[k], 15));
    expect(trainer.stepLosses[0]).toBeCloseTo(reference.lastLoss, 15);
  });

  it('an optimizer that never calls gradAt is an error', () => {
    const network = createNetwork({ sizes: [2, 1], activations: 'linear', rng: createRng(1) });
    const trainer = new Trainer(network, XOR, { step() {} });
    expect(() => trainer.step()).toThrow(/never called gradAt/);
  });

  it('createOptimizer("nag") and createOptimizer("adam") drive the trainer and lower the XOR loss', () => {
    for (const optimizer of [createOptimizer('nag', { lr: 0.5, gamma: 0.9 }), createOptimizer('adam', { lr: 0.05 })]) {
      const network = createNetwork({ sizes: [2, 4, 1], activations: 'sigmoid', rng: createRng(2) });
      const start = network.evaluateLoss(XOR.x, XOR.y);
      const report = train(network, XOR, optimizer, { epochs: 500 });
      expect(report.status).toBe('ok');
      expect(network.evaluateLoss(XOR.x, XOR.y)).toBeLessThan(start / 2);
    }
  });

  it('rejects a dataset that does not fit the network', () => {
    const network = createNetwork({ sizes: [3, 1], activations: 'linear', rng: createRng(1) });
    expect(() => new Trainer(network, XOR, frozenOptimizer)).toThrow(/dataset is 2 → 1, network is 3 → 1/);
  });
});
