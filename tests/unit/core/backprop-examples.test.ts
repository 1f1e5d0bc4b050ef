import { describe, expect, it } from 'vitest';
import { chainChecks, chainRun, chainWorkedStep, deltaTwoReadings, twoTwoOneStep } from '../../../src/core';

const close6 = (values: readonly number[]) => values.map((v) => expect.closeTo(v, 6));

/**
 * The chain x = 1, w₁ = 0.5, w₂ = −0.3, y′ = 1, η = 0.5, by hand (6 decimals):
 *   h = sig(0.5) = 0.622459, w₂h = −0.186738, y = sig(−0.186738) = 0.453451, E = ½·0.546549² = 0.149358;
 *   y(1 − y) = 0.247833, δ_y = −0.546549·0.247833 = −0.135453, h(1 − h) = 0.235004,
 *   δ_h = −0.135453·0.235004·(−0.3) = 0.009550, ∂E/∂w₂ = δ_y·h = −0.084314, ∂E/∂w₁ = δ_h·x = 0.009550;
 *   w₂ = −0.3 + 0.5·0.084314 = −0.257843, w₁ = 0.5 − 0.5·0.009550 = 0.495225;
 *   again: h = sig(0.495225) = 0.621337, w₂h = −0.160207, y = 0.460034, E = ½·0.539966² = 0.145782.
 */
describe('the chain’s worked step', () => {
  const s = chainWorkedStep();
  it('forward, backward and update as derived by hand', () => {
    expect(s.netsBefore).toEqual(close6([0.5, -0.186738]));
    expect(s.before.outputs).toEqual(close6([1, 0.622459, 0.453451]));
    expect(s.before.loss).toBeCloseTo(0.149358, 6);
    expect(s.before.slopes).toEqual(close6([0.235004, 0.247833]));
    expect(s.before.deltas).toEqual(close6([0.00955, -0.135453]));
    expect(s.before.gradients).toEqual(close6([0.00955, -0.084314]));
    expect(s.next).toEqual(close6([0.495225, -0.257843]));
    expect(s.after.outputs).toEqual(close6([1, 0.621337, 0.460034]));
    expect(s.netsAfter[1]).toBeCloseTo(-0.160207, 6);
    expect(s.after.loss).toBeCloseTo(0.145782, 6);
    expect(s.shrink).toBeCloseTo(0.135453 / 0.00955, 2);
  });

  it('further steps agree with a scalar loop of the chapter’s formulas', () => {
    let [w1, w2] = [0.5, -0.3];
    const sig = (z: number) => 1 / (1 + Math.exp(-z));
    const losses = [];
    for (let t = 0; t <= 20; t++) {
      const h = sig(w1);
      const y = sig(w2 * h);
      losses.push(0.5 * (y - 1) ** 2);
      if (t === 20) break;
      const dy = (y - 1) * y * (1 - y);
      const dh = dy * h * (1 - h) * w2;
      [w1, w2] = [w1 - 0.5 * dh, w2 - 0.5 * dy * h];
    }
    const run = chainRun(20);
    expect(run.losses).toEqual(losses.map((v) => expect.closeTo(v, 12)));
    expect(run.weights[20][1]).toBeCloseTo(w2, 12);
    // The chapter's rounded figures.
    expect([5, 10, 15, 20].map((t) => run.losses[t])).toEqual(close6([0.132376, 0.117399, 0.104089, 0.092203]));
    expect(run.weights[20][1]).toBeCloseTo(0.4537, 4);
  });
});

/**
 * Central differences on the chain: with ε = 10⁻⁴ they agree with backpropagation's −0.084314 and
 * 0.009550 to better than 10⁻⁹ (relative); with ε = 0.01 to about 5 significant digits. E(w ± ε) is
 * checked against E's formula written out here.
 */
it('the chain’s gradients checked by central differences', () => {
  const sig = (z: number) => 1 / (1 + Math.exp(-z));
  const E = (w1: number, w2: number) => 0.5 * (sig(w2 * sig(w1)) - 1) ** 2;
  const [w2, w1] = chainChecks(1e-4);
  expect(w2.plus).toBeCloseTo(E(0.5, -0.3 + 1e-4), 14);
  expect(w2.minus).toBeCloseTo(E(0.5, -0.3 - 1e-4), 14);
  expect(w1.plus).toBeCloseTo(E(0.5 + 1e-4, -0.3), 14);
  expect(w2.numeric).toBeCloseTo(-0.084314, 6);
  expect(w1.numeric).toBeCloseTo(0.00955, 6);
  expect(w2.relativeError).toBeLessThan(1e-9);
  expect(w1.relativeError).toBeLessThan(1e-9);
  const coarse = chainChecks(0.01);
  for (const check of coarse) {
    expect(check.relativeError).toBeGreaterThan(1e-7);
    expect(check.relativeError).toBeLessThan(1e-4);
  }
});

/**
 * The deeper chain (w₃ = 0.8): the central difference of ∂E/∂w₂ is −0.012251; δ₂ with h₂(1 − h₂) gives
 * the same; with y(1 − y) it gives −0.011961.
 */
it('δ₂’s two readings against a central difference', () => {
  const r = deltaTwoReadings();
  expect(r.numeric).toBeCloseTo(-0.012251, 6);
  expect(r.slopeOfH2).toBeCloseTo(r.numeric, 9);
  expect(r.slopeOfY).toBeCloseTo(-0.011961, 6);
});

/**
 * Chapter 1's 2-2-1 network, x = (1, 0.5), y′ = 1, η = 0.5 (6 decimals):
 *   a⁽¹⁾ = (0.524979, 0.610639), y = 0.565169, δ⁽²⁾ = −0.434831·0.565169·0.434831 = −0.106861,
 *   E = ½·0.434831² = 0.094539; W⁽²⁾ᵀδ⁽²⁾ = (0.7, −0.5)·(−0.106861) = (−0.074803, 0.053431);
 *   slopes (0.249376, 0.237759); δ⁽¹⁾ = (−0.018654, 0.012704);
 *   ∂E/∂W⁽²⁾ = δ⁽²⁾a⁽¹⁾ᵀ = (−0.056100, −0.065254); ∂E/∂W⁽¹⁾ = δ⁽¹⁾xᵀ = [[−0.018654, −0.009327], [0.012704, 0.006352]];
 *   W⁽¹⁾ = [[0.109327, −0.195336], [0.393648, 0.296824]], b⁽¹⁾ = (0.109327, −0.106352),
 *   W⁽²⁾ = (0.728050, −0.467373), b⁽²⁾ = 0.253431; E after = 0.084878.
 */
it('chapter 1’s example finished by layers', () => {
  const s = twoTwoOneStep();
  expect(s.hidden.input).toEqual([1, 0.5]);
  expect(s.output.input).toEqual(close6([0.524979, 0.610639]));
  expect(s.output.delta).toEqual(close6([-0.106861]));
  expect(s.backward.loss).toBeCloseTo(0.094539, 6);
  expect(s.y).toBeCloseTo(0.565169, 6);
  expect(s.oneMinusY).toBeCloseTo(0.434831, 6);
  expect(s.hidden.back).toEqual(close6([-0.074803, 0.053431]));
  expect(s.hidden.slope).toEqual(close6([0.249376, 0.237759]));
  expect(s.hidden.delta).toEqual(close6([-0.018654, 0.012704]));
  expect(s.output.gradWeights[0]).toEqual(close6([-0.0561, -0.065254]));
  expect(s.hidden.gradWeights.flat()).toEqual(close6([-0.018654, -0.009327, 0.012704, 0.006352]));
  expect(s.updated[0].weights.flat()).toEqual(close6([0.109327, -0.195336, 0.393648, 0.296824]));
  expect(s.updated[0].bias).toEqual(close6([0.109327, -0.106352]));
  expect(s.updated[1].weights.flat()).toEqual(close6([0.72805, -0.467373]));
  expect(s.updated[1].bias).toEqual(close6([0.253431]));
  expect(s.lossAfter).toBeCloseTo(0.084878, 6);
});
