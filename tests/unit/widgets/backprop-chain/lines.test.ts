import { describe, expect, it } from 'vitest';
import { chainSurface, createOptimizer, sigmoidChain } from '../../../../src/core';
import { stepOutcome } from '../../../../src/widgets/backprop-chain/lines';
import { FACTORS, chainLineValues, factorOfPart } from '../../../../src/widgets/charts/chain-lines';
import { subscriptPieces } from '../../../../src/widgets/charts/subscript';

describe('chainLineValues — the numbers of the chain widget\'s lines', () => {
  // The chapter's worked example: x = 1, w₁ = 0.5, w₂ = −0.3, y′ = 1, η = 0.5.
  const v = chainLineValues({ x: 1, w1: 0.5, w2: -0.3, yt: 1, eta: 0.5 });

  it('forward and E: h = 0.622459, y = 0.453451, E = 0.149358', () => {
    expect(v.h).toBeCloseTo(0.622459, 6);
    expect(v.y).toBeCloseTo(0.453451, 6);
    expect(v.E).toBeCloseTo(0.149358, 6);
  });

  it('factors: y − y′ = −0.546549, y(1 − y) = 0.247833, h(1 − h) = 0.235004', () => {
    expect(v.err).toBeCloseTo(-0.546549, 6);
    expect(v.sy).toBeCloseTo(0.247833, 6);
    expect(v.sh).toBeCloseTo(0.235004, 6);
  });

  it('partial products: ∂y/∂w₂ = y(1 − y)h = 0.247833·0.622459 = 0.154266, ∂y/∂h = y(1 − y)w₂ = −0.074350, ∂h/∂w₁ = h(1 − h)x = 0.235004', () => {
    expect(v.dyw).toBeCloseTo(0.154266, 6);
    expect(v.dyh).toBeCloseTo(-0.07435, 6);
    expect(v.dhw).toBeCloseTo(0.235004, 6);
  });

  it('gradients and the update: ∂E/∂w₂ = −0.084314 → w₂ = −0.257843; ∂E/∂w₁ = 0.009550 → w₁ = 0.495225', () => {
    expect(v.g2).toBeCloseTo(-0.084314, 6);
    expect(v.g1).toBeCloseTo(0.00955, 6);
    expect(v.nw2).toBeCloseTo(-0.257843, 6);
    expect(v.nw1).toBeCloseTo(0.495225, 6);
  });

  it('are the core\'s: gradients equal sigmoidChain\'s, the update equals the core\'s gd step on chainSurface', () => {
    for (const inputs of [
      { x: 1, w1: 0.5, w2: -0.3, yt: 1, eta: 0.5 },
      { x: -1.7, w1: 3.2, w2: -2.5, yt: 0.25, eta: 4 },
    ]) {
      const lines = chainLineValues(inputs);
      const core = sigmoidChain(inputs.x, [inputs.w1, inputs.w2], inputs.yt);
      expect(lines.g1).toBe(core.gradients[0]);
      expect(lines.g2).toBe(core.gradients[1]);
      expect(lines.E).toBe(core.loss);
      const theta = Float64Array.of(inputs.w1, inputs.w2);
      const surface = chainSurface(inputs.x, inputs.yt);
      createOptimizer('gd', { lr: inputs.eta }).step(theta, (p) => surface.gradient(p, new Float64Array(2)));
      expect(lines.nw1).toBeCloseTo(theta[0], 14);
      expect(lines.nw2).toBeCloseTo(theta[1], 14);
    }
  });

  it('∂E/∂w₁ is the product of the six factors (y − y′)·y(1 − y)·w₂·h(1 − h)·x', () => {
    const product = FACTORS.reduce((p, f) => p * v[f.id], 1) / v.h; // h belongs to ∂E/∂w₂, not ∂E/∂w₁
    expect(product).toBeCloseTo(v.g1, 15);
  });
});

describe('FACTORS and factorOfPart', () => {
  it('each factor marks a different part of the diagram, and the part leads back to the factor', () => {
    const parts = FACTORS.map((f) => f.parts.join());
    expect(new Set(parts).size).toBe(parts.length);
    for (const f of FACTORS) expect(factorOfPart(f.parts[0]!)).toBe(f);
    expect(factorOfPart('unit:2')).toBeUndefined();
  });
});

describe('subscriptPieces', () => {
  it('"δ₂ = δ_y · w₃" → ["δ₂ = δ", {sub: "y"}, " · w₃"]', () => {
    expect(subscriptPieces('δ₂ = δ_y · w₃')).toEqual(['δ₂ = δ', { sub: 'y' }, ' · w₃']);
  });
  it('text without δ_y is one piece; "δ_y" alone is δ and its subscript', () => {
    expect(subscriptPieces('h₂(1 − h₂)')).toEqual(['h₂(1 − h₂)']);
    expect(subscriptPieces('δ_y')).toEqual(['δ', { sub: 'y' }]);
  });
});

describe('stepOutcome(before, after, weights, limit)', () => {
  it('E 0.149358 → 0.145782 inside ±4 is "down"; E rising is "up" (said, not hidden); equal counts as down', () => {
    expect(stepOutcome(0.149358, 0.145782, [0.495225, -0.257843], 4)).toBe('down');
    expect(stepOutcome(0.1, 0.2, [1, 1], 4)).toBe('up');
    expect(stepOutcome(0.1, 0.1, [1, 1], 4)).toBe('down');
  });
  it('a weight beyond ±limit is "refused" whatever E does (the 3.99 + 10·0.0037 case of the browser test)', () => {
    expect(stepOutcome(0.1, 0.05, [0.5, 4.027], 4)).toBe('refused');
    expect(stepOutcome(0.1, 0.05, [-4.001, 0], 4)).toBe('refused');
    expect(stepOutcome(0.1, 0.05, [4, -4], 4)).toBe('down');
  });
});
