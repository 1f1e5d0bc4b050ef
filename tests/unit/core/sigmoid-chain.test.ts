import { describe, expect, it } from 'vitest';
import { chainSurface, sigmoid, sigmoidChain, traceTrainingStep, type NetworkSpec } from '../../../src/core';

/** The 1-…-1 sigmoid network with zero biases: the chain as the trace sees it. */
function chainSpec(weights: number[]): NetworkSpec {
  return { layers: weights.map((w) => ({ weights: [[w]], bias: [0], activation: 'sigmoid' as const })) };
}

describe('sigmoidChain(x, [w₁, w₂], y′) — the chapter\'s worked example', () => {
  // x = 1, w₁ = 0.5, w₂ = −0.3, y′ = 1 (content/en/backpropagation.mdx, "Worked example"):
  //   h = sig(0.5) = 0.622459;  w₂h = −0.186738;  y = sig(−0.186738) = 0.453451
  //   E = ½(0.453451 − 1)² = ½·0.298716 = 0.149358
  //   y − y′ = −0.546549;  y(1 − y) = 0.453451·0.546549 = 0.247833;  δ_y = −0.546549·0.247833 = −0.135453
  //   h(1 − h) = 0.622459·0.377541 = 0.235004;  δ_h = δ_y·h(1 − h)·w₂ = −0.135453·0.235004·(−0.3) = 0.009550
  //   ∂E/∂w₂ = δ_y·h = −0.135453·0.622459 = −0.084314;  ∂E/∂w₁ = δ_h·x = 0.009550
  const v = sigmoidChain(1, [0.5, -0.3], 1);

  it('forward: outputs (x, h, y) = (1, 0.622459, 0.453451) and E = 0.149358', () => {
    expect(v.outputs[0]).toBe(1);
    expect(v.outputs[1]).toBeCloseTo(0.622459, 6);
    expect(v.outputs[2]).toBeCloseTo(0.453451, 6);
    expect(v.loss).toBeCloseTo(0.149358, 6);
  });

  it('factors: y − y′ = −0.546549, slopes h(1 − h) = 0.235004 and y(1 − y) = 0.247833', () => {
    expect(v.error).toBeCloseTo(-0.546549, 6);
    expect(v.slopes[0]).toBeCloseTo(0.235004, 6);
    expect(v.slopes[1]).toBeCloseTo(0.247833, 6);
  });

  it('δ_y = −0.135453, δ_h = 0.009550, ∂E/∂w₂ = −0.084314, ∂E/∂w₁ = 0.009550', () => {
    expect(v.deltas[1]).toBeCloseTo(-0.135453, 6);
    expect(v.deltas[0]).toBeCloseTo(0.00955, 6);
    expect(v.gradients[1]).toBeCloseTo(-0.084314, 6);
    expect(v.gradients[0]).toBeCloseTo(0.00955, 6);
  });

  it('∂E/∂w₁ equals the chapter\'s product (y − y′)·y(1 − y)·w₂·h(1 − h)·x', () => {
    const product = v.error * v.slopes[1] * -0.3 * v.slopes[0] * 1;
    expect(v.gradients[0]).toBeCloseTo(product, 15);
  });
});

describe('sigmoidChain on the deeper chain (x → h₁ → h₂ → y)', () => {
  it('∂E/∂w₂ = −0.012251 for x = 1, w = (0.5, −0.3, 0.8), y′ = 1 (the chapter\'s note on δ₂)', () => {
    // δ₂ = δ_y·h₂(1 − h₂)·w₃, ∂E/∂w₂ = δ₂·h₁; the literal reading with y(1 − y) would give −0.011961.
    const v = sigmoidChain(1, [0.5, -0.3, 0.8], 1);
    expect(v.gradients[1]).toBeCloseTo(-0.012251, 6);
  });

  it('a one-weight chain is a single sigmoid: y = sig(w·x), δ = (y − y′)y(1 − y)', () => {
    const v = sigmoidChain(2, [0.25], 0);
    const y = sigmoid(0.5);
    expect(v.outputs[1]).toBe(y);
    expect(v.deltas[0]).toBeCloseTo(y * y * (1 - y), 15);
    expect(v.gradients[0]).toBeCloseTo(2 * y * y * (1 - y), 15);
  });

  it('refuses an empty chain', () => {
    expect(() => sigmoidChain(1, [], 0)).toThrow(RangeError);
  });
});

describe('sigmoidChain equals traceTrainingStep on the 1-…-1 network with zero, fixed biases', () => {
  const cases: [number, number[], number][] = [
    [1, [0.5, -0.3], 1],
    [-1.5, [2.2, 3.1], 0.2],
    [0.7, [0.5, -0.3, 0.8], 0],
    [2, [-3.9, 1.1, -2.5], 0.6],
  ];
  for (const [x, weights, target] of cases) {
    it(`x = ${x}, w = (${weights.join(', ')}), y′ = ${target}`, () => {
      const v = sigmoidChain(x, weights, target);
      const { summary } = traceTrainingStep(chainSpec(weights), { input: [x], target: [target] }, { learningRate: 0.5, updateBias: false });
      expect(v.loss).toBeCloseTo(summary.loss, 14);
      summary.forward.forEach((layer, l) => expect(v.outputs[l + 1]).toBeCloseTo(layer.out[0], 14));
      summary.backward.forEach((layer) => {
        expect(v.deltas[layer.layer - 1]).toBeCloseTo(layer.delta[0], 14);
        expect(v.gradients[layer.layer - 1]).toBeCloseTo(layer.gradWeights[0][0], 14);
      });
    });
  }
});

describe('chainSurface(x, y′) — E over (w₁, w₂)', () => {
  it('value(0.5, −0.3) for x = 1, y′ = 1 is the worked example\'s E = 0.149358', () => {
    expect(chainSurface(1, 1).value([0.5, -0.3])).toBeCloseTo(0.149358, 6);
  });

  it('at w = (0, 0): h = sig(0) = ½, y = sig(0) = ½, E = ½(½ − y′)², ∂E/∂w₁ = 0 (w₂ = 0 cuts the path back)', () => {
    // y′ = 0: E = ⅛; ∂E/∂w₂ = (½ − 0)·¼·½ = 1/16; ∂E/∂w₁ = δ_y·h(1 − h)·w₂·x = 0.
    const S = chainSurface(1, 0);
    expect(S.value([0, 0])).toBe(0.125);
    const g = S.gradient([0, 0], new Float64Array(2));
    expect(g[0]).toBe(0);
    expect(g[1]).toBe(1 / 16);
  });

  it('its gradient matches central finite differences', () => {
    const eps = 1e-6;
    for (const [x, target, theta] of [
      [1, 1, [0.5, -0.3]],
      [-2, 0.3, [1.7, -2.2]],
      [0.4, 0, [-3.5, 3.9]],
    ] as [number, number, number[]][]) {
      const S = chainSurface(x, target);
      const g = S.gradient(theta, new Float64Array(2));
      for (let i = 0; i < 2; i++) {
        const plus = [...theta];
        const minus = [...theta];
        plus[i] += eps;
        minus[i] -= eps;
        expect(g[i]).toBeCloseTo((S.value(plus) - S.value(minus)) / (2 * eps), 8);
      }
    }
  });

  it('minimum: E there is the smallest on the plotted square, ≈ 0 when y′ = 0.5 is reachable', () => {
    const S = chainSurface(1, 0.5);
    expect(S.value(S.minimum)).toBeLessThan(1e-6);
    expect(Math.abs(S.minimum[0])).toBeLessThanOrEqual(4);
    expect(Math.abs(S.minimum[1])).toBeLessThanOrEqual(4);
  });
});
