import { describe, expect, it } from 'vitest';
import { makeLogicGate, negativeEverywhere, Network } from '../../../src/core';

/**
 * A hand-made ReLU network on the four XOR inputs (0,0), (0,1), (1,0), (1,1):
 *
 * layer 1 (ReLU), net_j = W[j]·x + b_j:
 *   unit 0: x₁ + x₂ − 3      → −3, −2, −2, −1    negative on every input: counted (dead)
 *   unit 1: −x₁ + 0.5        →  0.5, 0.5, −0.5, −0.5   positive on two: alive
 *   unit 2: 0·x₁ − 2x₂ + 0   →  0, −2, 0, −2      never above 0, but exactly 0 at (0,0) and (1,0):
 *                               not below 0 on every input, so alive (the course's ReLU′(0) = 1, so a
 *                               unit at exactly 0 still learns)
 * outputs h = ReLU(net): h₀ = (0, 0, 0, 0), h₁ = (0.5, 0.5, 0, 0), h₂ = (0, 0, 0, 0)
 *
 * layer 2 (ReLU):
 *   unit 0: h₀ + h₁ + h₂     → 0.5, 0.5, 0, 0     alive
 *   unit 1: −h₀ − 0.1        → −0.1 on every input: counted
 * layer 3: the sigmoid output (not a hidden layer, never counted).
 */
const spec = {
  layers: [
    { weights: [[1, 1], [-1, 0], [0, -2]], bias: [-3, 0.5, 0], activation: 'relu' },
    { weights: [[1, 1, 1], [-1, 0, 0]], bias: [0, -0.1], activation: 'relu' },
    { weights: [[1, -1]], bias: [0], activation: 'sigmoid' },
  ],
};

describe('negativeEverywhere(network, x)', () => {
  it('counts the hidden units whose net input is below 0 on every example, layer by layer', () => {
    const xor = makeLogicGate('xor');
    const found = negativeEverywhere(Network.fromSpec(spec), xor.x);
    expect(found.perLayer).toEqual([[0], [1]]);
    expect(found.count).toBe(2);
    expect(found.units).toBe(5);
  });

  it('a counted ReLU unit is dead: its incoming weights and bias get exactly zero gradient', () => {
    const xor = makeLogicGate('xor');
    const network = Network.fromSpec(spec);
    network.computeGradient(xor.x, xor.y);
    const w1 = network.gradient('layer1.W').data;
    const b1 = network.gradient('layer1.b').data;
    // Unit 0 of layer 1: δ = ReLU′(net)·(…) = 0 on every example, so ∂E/∂W[0][·] = Σ δ·x = 0 and ∂E/∂b₀ = 0.
    expect([w1[0], w1[1], b1[0]]).toEqual([0, 0, 0]);
    // Unit 1 (alive on two inputs) does get a gradient.
    expect(Math.abs(b1[1])).toBeGreaterThan(0);
    // Unit 2 sits at net = 0 on (0,0): ReLU′(0) = 1 lets the error through there (layer 2's unit 0 is
    // active at (0,0) and weighs h₂ by 1), so its bias gets a gradient.
    expect(Math.abs(b1[2])).toBeGreaterThan(0);
    const b2 = network.gradient('layer2.b').data;
    expect(b2[1]).toBe(0);
  });

  it('a network with no hidden layer has nothing to count', () => {
    const single = Network.fromSpec({ layers: [{ weights: [[1, 1]], bias: [-5], activation: 'sigmoid' }] });
    expect(negativeEverywhere(single, makeLogicGate('xor').x)).toEqual({ perLayer: [], count: 0, units: 0 });
  });
});
