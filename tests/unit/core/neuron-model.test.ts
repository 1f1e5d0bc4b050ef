import { describe, expect, it } from 'vitest';
import { neuronReading } from '../../../src/core';

/*
 * By hand, with x = (1, 0.5, −1), w = (0.8, −0.4, 0.3), b = −0.2:
 *   w₁x₁ = 0.8, w₂x₂ = −0.2, w₃x₃ = −0.3; Σ wᵢxᵢ = 0.3; net = 0.3 − 0.2 = 0.1
 *   running totals: 0.8, 0.6, 0.3, 0.1
 *   step(0.1) = 1 (0.1 ≥ 0); sig(0.1) = 1/(1 + e^−0.1) = 1/1.904837 = 0.524979;
 *   tanh(0.1) = 0.099668; ReLU(0.1) = 0.1; linear: 0.1.
 */
const x = [1, 0.5, -1];
const w = [0.8, -0.4, 0.3];

describe('neuronReading: y = f(Σ wᵢxᵢ + b)', () => {
  it('multiplies, adds, adds the bias and applies f, keeping every step', () => {
    const r = neuronReading(x, w, -0.2, 'step');
    expect(r.products).toEqual([0.8, -0.2, -0.3]);
    expect(r.weightedSum).toBeCloseTo(0.3, 12);
    expect(r.running.map((v) => Number(v.toFixed(12)))).toEqual([0.8, 0.6, 0.3, 0.1]);
    expect(r.net).toBeCloseTo(0.1, 12);
    expect(r.y).toBe(1);
  });

  it('applies the chosen activation to the same net', () => {
    expect(neuronReading(x, w, -0.2, 'sigmoid').y).toBeCloseTo(0.524979, 6);
    expect(neuronReading(x, w, -0.2, 'tanh').y).toBeCloseTo(0.099668, 6);
    expect(neuronReading(x, w, -0.2, 'relu').y).toBeCloseTo(0.1, 12);
    expect(neuronReading(x, w, -0.2, 'linear').y).toBeCloseTo(0.1, 12);
  });

  it('the bias decides how much evidence the step needs: it fires exactly when Σ wᵢxᵢ ≥ −b', () => {
    // AND's neuron (w = 1, 1, b = −1.5): Σ = 2 ≥ 1.5 only for (1, 1).
    const and = (x1: number, x2: number) => neuronReading([x1, x2], [1, 1], -1.5, 'step').y;
    expect([and(0, 0), and(0, 1), and(1, 0), and(1, 1)]).toEqual([0, 0, 0, 1]);
    // At the threshold itself (net = 0) the step fires: step(0) = 1.
    expect(neuronReading([1], [1.5], -1.5, 'step')).toMatchObject({ net: 0, y: 1 });
    // A large negative bias holds it back whatever the one input says within range.
    expect(neuronReading([2], [3], -6.5, 'step').y).toBe(0);
  });

  it('refuses mismatched lengths and non-finite numbers', () => {
    expect(() => neuronReading([1, 2], [1], 0, 'step')).toThrow(RangeError);
    expect(() => neuronReading([Number.NaN], [1], 0, 'step')).toThrow(RangeError);
    expect(() => neuronReading([1], [1], Number.POSITIVE_INFINITY, 'step')).toThrow(RangeError);
  });
});
