import { describe, expect, it } from 'vitest';
import { SATURATED_NEURON_EXAMPLE, neuronRun, neuronState, neuronStep, type NeuronLoss } from '../../../src/core/sigmoid-neuron-descent';

/**
 * One sigmoid neuron y = sig(wx + b), x = 1, target y′ = 0 (chapter 4, "Why not MSE for
 * classification?"), trained on E = ½(y − y′)² and on binary cross-entropy. Values derived by hand
 * below; the published starting outputs are Nielsen's (Neural Networks and Deep Learning, ch. 3).
 */
const example = { x: 1, target: 0 };

describe('the neuron’s starting output (published values)', () => {
  it('(w, b) = (0.6, 0.9): a = 1.5, y = sig(1.5) = 1/(1 + e^−1.5) = 1/1.2231302 = 0.8176', () => {
    const s = neuronState('half-squared-error', { w: 0.6, b: 0.9 }, example);
    expect(s.a).toBeCloseTo(1.5, 12);
    expect(s.y).toBeCloseTo(0.8176, 4);
    expect(s.y).toBeCloseTo(0.8175744762, 9);
  });

  it('(w, b) = (2, 2): a = 4, y = sig(4) = 1/(1 + e^−4) = 1/1.0183156 = 0.9820', () => {
    const s = neuronState('cross-entropy', { w: 2, b: 2 }, example);
    expect(s.y).toBeCloseTo(0.982, 4);
    expect(s.y).toBeCloseTo(0.98201379, 8);
  });
});

describe('the first gradient at (2, 2), derived by hand', () => {
  // y = sig(4) = 0.98201379; sig′(4) = y(1 − y) = 0.98201379 · 0.01798621 = 0.01766271.
  it('squared error: ∂E/∂w = (y − y′)·y(1 − y)·x = 0.98201379 · 0.01766271 · 1 = 0.01734502; E = ½·0.98201379² = 0.48217554', () => {
    const s = neuronState('half-squared-error', { w: 2, b: 2 }, example);
    expect(s.slope).toBeCloseTo(0.01766271, 8);
    expect(s.dy).toBeCloseTo(0.98201379, 8); // ∂E/∂y = y − y′ (the ½ cancels the 2)
    expect(s.dw).toBeCloseTo(0.01734502, 8);
    expect(s.db).toBeCloseTo(0.01734502, 8);
    expect(s.loss).toBeCloseTo(0.48217554, 8);
  });

  it('cross-entropy: ∂L/∂w = (y − y′)·x = 0.98201379; L = −ln(1 − y) = ln(1 + e⁴) = 4 + ln(1 + e^−4) = 4.01814993', () => {
    const s = neuronState('cross-entropy', { w: 2, b: 2 }, example);
    // ∂L/∂y = 1/(1 − y) = 55.598150; times y(1 − y): the (1 − y) cancels, leaving y.
    expect(s.dy).toBeCloseTo(1 / 0.01798621, 3);
    expect(s.dw).toBeCloseTo(0.98201379, 8);
    expect(s.loss).toBeCloseTo(4.01814993, 8);
  });

  it('the ratio of the two is the sigmoid’s slope sig′(4) = 0.0177: MSE’s step is 57 times shorter', () => {
    const mse = neuronState('half-squared-error', { w: 2, b: 2 }, example);
    const ce = neuronState('cross-entropy', { w: 2, b: 2 }, example);
    expect(mse.dw / ce.dw).toBeCloseTo(0.01766271, 8);
  });

  it('one step with η = 0.15: w = 2 − 0.15 · 0.01734502 = 1.99739825 (MSE), 2 − 0.15 · 0.98201379 = 1.85269793 (CE)', () => {
    expect(neuronStep('half-squared-error', { w: 2, b: 2 }, example, 0.15).w).toBeCloseTo(1.99739825, 8);
    expect(neuronStep('cross-entropy', { w: 2, b: 2 }, example, 0.15).w).toBeCloseTo(1.85269793, 8);
  });
});

describe('the gradients against finite differences', () => {
  const h = 1e-6;
  const points = [
    { w: 2, b: 2 },
    { w: 0.6, b: 0.9 },
    { w: -1.3, b: 0.4 },
    { w: 3, b: -5 },
  ];
  for (const loss of ['half-squared-error', 'cross-entropy'] as NeuronLoss[]) {
    for (const target of [0, 1, 0.3]) {
      it(`${loss}, target ${target}: ∂/∂w and ∂/∂b by central differences, x = 1.7`, () => {
        const ex = { x: 1.7, target };
        for (const p of points) {
          const at = (w: number, b: number) => neuronState(loss, { w, b }, ex).loss;
          const s = neuronState(loss, p, ex);
          expect(s.dw).toBeCloseTo((at(p.w + h, p.b) - at(p.w - h, p.b)) / (2 * h), 6);
          expect(s.db).toBeCloseTo((at(p.w, p.b + h) - at(p.w, p.b - h)) / (2 * h), 6);
        }
      });
    }
  }

  it('cross-entropy’s ∂L/∂a is y − y′ for any target (the sigmoid’s slope cancels)', () => {
    for (const target of [0, 0.25, 1]) {
      for (const a of [-6, -1, 0, 2.5, 8]) {
        const s = neuronState('cross-entropy', { w: a, b: 0 }, { x: 1, target });
        expect(s.da).toBeCloseTo(s.y - target, 10);
      }
    }
  });
});

describe('training from the confidently wrong start (2, 2), η = 0.15', () => {
  const { start, eta, epochs } = SATURATED_NEURON_EXAMPLE;
  const mse = neuronRun('half-squared-error', start, example, eta, epochs);
  const ce = neuronRun('cross-entropy', start, example, eta, epochs);

  it('both runs start at y = 0.9820 and take epochs + 1 states', () => {
    expect(mse).toHaveLength(epochs + 1);
    expect(mse[0].y).toBe(ce[0].y);
  });

  it('after every epoch the cross-entropy neuron’s output is lower than the squared-error one’s', () => {
    for (let t = 1; t <= epochs; t++) expect(ce[t].y).toBeLessThan(mse[t].y);
  });

  it('MSE barely moves in 50 epochs (still above 0.97) while cross-entropy is below 0.1', () => {
    expect(mse[50].y).toBeGreaterThan(0.97);
    expect(ce[50].y).toBeLessThan(0.1);
  });

  it('is deterministic: the same start and η give the same run', () => {
    const again = neuronRun('half-squared-error', start, example, eta, epochs);
    expect(again[epochs].y).toBe(mse[epochs].y);
  });
});
