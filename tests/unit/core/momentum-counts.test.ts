import { describe, expect, it } from 'vitest';
import { createOptimizer, momentumCounts, stepsToSettle, valleySurface } from '../../../src/core';

/**
 * Momentum (v = γv + η∇J(θ), θ = θ − v) and NAG (the gradient at θ − γv) on J = θ², written out as
 * scalar loops here, independently of the core's optimizers: the losses θ_t², t = 0 … T.
 */
function bowlLosses(nesterov: boolean, eta: number, gamma: number, steps: number): number[] {
  let theta = 1;
  let v = 0;
  const losses = [theta * theta];
  for (let t = 0; t < steps; t++) {
    const at = nesterov ? theta - gamma * v : theta;
    v = gamma * v + eta * 2 * at;
    theta -= v;
    losses.push(theta * theta);
  }
  return losses;
}
/** The first t from which every loss is below the threshold. */
const settledFrom = (losses: number[], threshold: number) => {
  let t = losses.length;
  while (t > 0 && losses[t - 1] < threshold) t--;
  return t;
};

describe('stepsToSettle: the first step from which the loss stays below a threshold', () => {
  it('gradient descent on the bowl: θ_t = 0.8^t, so θ² < 10⁻⁴ from t > ln 10⁻⁴ / ln 0.64 = 20.6, i.e. 21', () => {
    expect(stepsToSettle(valleySurface(1, 1), createOptimizer('gd', { lr: 0.1 }), [1, 0], 1e-4)).toBe(21);
  });

  it('gradient descent on the valley: J_t = 16·0.98^(2t) + 10·0.8^(2t) < 0.001 from t = 240', () => {
    // θ₁ shrinks by 1 − 0.01·2 = 0.98 a step, θ₂ by 1 − 0.01·20 = 0.8. The θ₁ term decides:
    // 16·0.9604^t < 0.001 ⇔ t > ln(6.25·10⁻⁵)/ln 0.9604 = 239.6; at t = 240 the θ₂ term is 10·0.64^240 ≈ 0.
    const J = (t: number) => 16 * 0.9604 ** t + 10 * 0.64 ** t;
    expect([J(239) > 1e-3, J(240) < 1e-3]).toEqual([true, true]);
    expect(stepsToSettle(valleySurface(), createOptimizer('gd', { lr: 0.01 }), [-4, 1], 1e-3)).toBe(240);
  });

  it('momentum and NAG on the bowl match the scalar loops above, and count past momentum’s last excursion', () => {
    const momentum = bowlLosses(false, 0.1, 0.9, 2000);
    const nag = bowlLosses(true, 0.1, 0.9, 2000);
    const counts = momentumCounts().bowl;
    expect(counts.momentum).toBe(settledFrom(momentum, 1e-4));
    expect(counts.nag).toBe(settledFrom(nag, 1e-4));
    // Momentum dips below 10⁻⁴ (crossing 0) well before it stays there: "first below" would be earlier.
    const firstBelow = momentum.findIndex((J) => J < 1e-4);
    expect(firstBelow).toBeLessThan(counts.momentum!);
    // NAG brakes earlier and settles sooner than momentum; on the round bowl both are slower than GD.
    expect(counts.nag!).toBeLessThan(counts.momentum!);
    expect(counts.gd).toBe(21);
    expect(counts.gd!).toBeLessThan(counts.nag!);
  });

  it('on the narrow valley momentum and NAG both beat gradient descent, NAG first', () => {
    const { valley } = momentumCounts();
    expect(valley.gd).toBe(240);
    expect(valley.nag!).toBeLessThan(valley.momentum!);
    expect(valley.momentum!).toBeLessThan(valley.gd!);
  });

  it('says null for a path that has not settled by the horizon, and refuses a threshold ≤ 0', () => {
    // η = 0.13 > 2/20 diverges on the valley.
    expect(stepsToSettle(valleySurface(), createOptimizer('gd', { lr: 0.13 }), [-4, 1], 1e-3, 200)).toBeNull();
    expect(() => stepsToSettle(valleySurface(), createOptimizer('gd', { lr: 0.01 }), [-4, 1], 0)).toThrow(RangeError);
  });
});
