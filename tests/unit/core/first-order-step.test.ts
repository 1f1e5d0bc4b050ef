import { describe, expect, it } from 'vitest';
import { QUADRATIC_STEP_EXAMPLE, STEP_CURVES, firstOrderStep, stepSweep } from '../../../src/core';

const { quadratic, neuron } = STEP_CURVES;

describe('firstOrderStep on the chapter’s E(w) = (w − 3)²', () => {
  it('gives the chapter’s numbers from w = 1 with η = 0.1', () => {
    // g = 2(1 − 3) = −4; w − ηg = 1 − 0.1·(−4) = 1.4; E(1.4) = (−1.6)² = 2.56.
    // The tangent promises E − ηg² = 4 − 0.1·16 = 2.4; the gap is η²g² = 0.01·16 = 0.16.
    const s = firstOrderStep(quadratic, QUADRATIC_STEP_EXAMPLE.w, QUADRATIC_STEP_EXAMPLE.eta);
    expect(s.error).toBe(4);
    expect(s.g).toBe(-4);
    expect(s.next).toBeCloseTo(1.4, 14);
    expect(s.actual).toBeCloseTo(2.56, 14);
    expect(s.predicted).toBeCloseTo(2.4, 14);
    expect(s.gap).toBeCloseTo(0.16, 14);
    expect(s.overshoot).toBe(false);
  });

  it('has gap η²g² for every η (E″ = 2), so it shrinks like η²', () => {
    // (w − ηg − 3)² = (w − 3)² − 2ηg(w − 3) + η²g² and 2(w − 3) = g, so E(w − ηg) = E − ηg² + η²g².
    for (const [w, eta] of [
      [1, 0.01],
      [1, 0.5],
      [-1.5, 0.3],
      [7, 1.2],
    ]) {
      const s = firstOrderStep(quadratic, w, eta);
      expect(s.gap).toBeCloseTo(eta * eta * s.g * s.g, 10);
    }
  });

  it('overshoots for η > 1: from w = 1, η = 1.1 lands at 5.4 with E = 5.76 > 4; η = 1 lands at 5 with E = 4 (not higher)', () => {
    // w − ηg = 1 + 4.4 = 5.4, E = 2.4² = 5.76. With η = 1: 1 + 4 = 5, E = 2² = 4, the mirror point.
    const over = firstOrderStep(quadratic, 1, 1.1);
    expect(over.next).toBeCloseTo(5.4, 12);
    expect(over.actual).toBeCloseTo(5.76, 12);
    expect(over.overshoot).toBe(true);
    const mirror = firstOrderStep(quadratic, 1, 1);
    expect(mirror.actual).toBe(4);
    expect(mirror.overshoot).toBe(false);
  });
});

describe('firstOrderStep on the neuron’s E = ½(sig(w) − 0.8)²', () => {
  it('at w = 0: y = 0.5, E = 0.045, g = (y − y′)·y(1 − y)·x = −0.3·0.25·1 = −0.075', () => {
    // η = 1: w − ηg = 0.075, sig(0.075) = 0.5187412158785352, E = ½(0.51874… − 0.8)² = 0.0395532518227…
    // The tangent promises 0.045 − 1·0.075² = 0.045 − 0.005625 = 0.039375.
    const s = firstOrderStep(neuron, 0, 1);
    expect(s.error).toBeCloseTo(0.045, 15);
    expect(s.g).toBeCloseTo(-0.075, 15);
    expect(s.next).toBeCloseTo(0.075, 15);
    expect(s.actual).toBeCloseTo(0.03955325182274239, 14);
    expect(s.predicted).toBeCloseTo(0.039375, 15);
  });

  it('has slope 0 at its valley w = ln 4 (sig(ln 4) = 4/5 = y′)', () => {
    expect(neuron.slope(Math.log(4))).toBeCloseTo(0, 14);
    expect(neuron.value(Math.log(4))).toBeCloseTo(0, 14);
  });

  it('has the slope central differences give', () => {
    const h = 1e-6;
    for (const w of [-5, -1.2, 0.3, 2.5, 5]) {
      const numeric = (neuron.value(w + h) - neuron.value(w - h)) / (2 * h);
      expect(neuron.slope(w)).toBeCloseTo(numeric, 8);
    }
  });
});

describe('stepSweep', () => {
  it('from w = 1 on (w − 3)² over η ∈ [0, 1]: actual (4η − 2)², the tangent 4 − 16η', () => {
    // w − ηg = 1 + 4η, so E = (4η − 2)²: η = 0, ¼, ½, ¾, 1 → 4, 1, 0, 1, 4; the line 4 − 16η → 4, 0, −4, −8, −12.
    const sweep = stepSweep(quadratic, 1, 1, 4);
    expect(sweep.etas).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(sweep.actual).toEqual([4, 1, 0, 1, 4]);
    expect(sweep.predicted).toEqual([4, 0, -4, -8, -12]);
  });
});
