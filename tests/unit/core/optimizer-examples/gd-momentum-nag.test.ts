import { describe, expect, it } from 'vitest';
import { bowlTables, valleyRates, valleyRun } from '../../../../src/core';

/**
 * The gradient-descent, momentum and NAG sections' worked numbers, derived by hand.
 *
 * Valley J = θ₁² + 10θ₂², θ₀ = (−4, 1): one GD step multiplies θ₁ by 1 − 2η and θ₂ by 1 − 20η, so
 *   J_t = 16·(1 − 2η)^{2t} + 10·(1 − 20η)^{2t}.
 * η = 0.01: J₁₀ = 16·0.98²⁰ + 10·0.8²⁰ = 10.682 + 0.115 = 10.797;  J₅₀ = 16·0.98¹⁰⁰ = 2.1219;
 *           θ₅₀,₁ = −4·0.98⁵⁰ = −1.4567;  J₁₀₀ = 16·0.98²⁰⁰ = 0.2814.
 * η = 0.03: J₁₀ = 16·0.94²⁰ + 10·0.4²⁰ = 4.6417;  J₅₀ = 16·0.94¹⁰⁰ = 0.032878;  J₁₀₀ = 6.76·10⁻⁵.
 * η = 0.13: factor −1.6 on θ₂: θ₂ = 1, −1.6, 2.56, −4.096;  J₁₀ ≈ 10·1.6²⁰ = 1.209·10⁵;  J₅₀ ≈ 2.58·10²¹.
 * η = 0.09: factors 0.82 and −0.8: J₅₀ = 16·0.82¹⁰⁰ + 10·0.8¹⁰⁰ = 3.850·10⁻⁸ + 2.04·10⁻⁹ = 4.054·10⁻⁸.
 */
describe('gradient descent on the valley', () => {
  const closed = (eta: number, t: number) => 16 * (1 - 2 * eta) ** (2 * t) + 10 * (1 - 20 * eta) ** (2 * t);

  it('follows the closed form J_t = 16(1 − 2η)^{2t} + 10(1 − 20η)^{2t} for the deck’s three η', () => {
    for (const eta of [0.01, 0.03, 0.13]) {
      const run = valleyRun(eta, 50);
      for (const t of [1, 10, 50]) expect(run.losses[t] / closed(eta, t)).toBeCloseTo(1, 12);
    }
  });

  it('gives the table’s numbers', () => {
    const { slow, medium, fast, zigzag } = valleyRates();
    expect(slow.factors[0]).toBeCloseTo(0.98, 15);
    expect(slow.factors[1]).toBeCloseTo(0.8, 15);
    expect(slow.losses[10]).toBeCloseTo(10.797, 3);
    expect(slow.losses[50]).toBeCloseTo(2.1219, 4);
    expect(slow.thetas[50][0]).toBeCloseTo(-1.4567, 4);
    expect(slow.losses[100]).toBeCloseTo(0.2814, 4);
    expect(medium.losses[10]).toBeCloseTo(4.6417, 4);
    expect(medium.losses[50]).toBeCloseTo(0.032878, 6);
    expect(medium.losses[100]).toBeLessThan(1e-4);
    expect(fast.factors[1]).toBeCloseTo(-1.6, 15);
    expect(fast.thetas.slice(0, 4).map((theta) => theta[1])).toEqual([1, -1.6, expect.closeTo(2.56, 12), expect.closeTo(-4.096, 12)]);
    expect(fast.losses[10] / 1.209e5).toBeCloseTo(1, 3);
    expect(fast.losses[50] / 2.58e21).toBeCloseTo(1, 2);
    expect(zigzag.factors[1]).toBeCloseTo(-0.8, 15);
    expect(zigzag.losses[50] / 4.054e-8).toBeCloseTo(1, 2);
  });
});

/**
 * The bowl J = θ² (∇J = 2θ) from θ = 1, v₀ = 0, η = 0.1, γ = 0.9.
 * Momentum, v_t = 0.9v + 0.1·2θ, θ −= v_t:
 *   t=1: g = 2,        v = 0.2,      θ = 0.8
 *   t=2: g = 1.6,      v = 0.34,     θ = 0.46
 *   t=3: g = 0.92,     v = 0.398,    θ = 0.062
 *   t=4: g = 0.124,    v = 0.3706,   θ = −0.3086
 *   t=5: g = −0.6172,  v = 0.27182,  θ = −0.58042
 *   t=6: g = −1.16084, v = 0.128554, θ = −0.708974
 * NAG, look-ahead a = θ − 0.9v, g = 2a:
 *   t=2: a = 0.62,        g = 1.24,        v = 0.304,        θ = 0.496
 *   t=3: a = 0.2224,      g = 0.4448,      v = 0.31808,      θ = 0.17792
 *   t=4: a = −0.108352,   g = −0.216704,   v = 0.2646016,    θ = −0.0866816
 *   t=5: a = −0.32482304, g = −0.64964608, v = 0.173176832,  θ = −0.259858432
 *   t=6: a = −0.41571758, g = −0.83143516, v = 0.0727156326, θ = −0.332574065
 * Plain GD: θ_t = 0.8ᵗ.
 */
describe('momentum and NAG on the bowl', () => {
  const { gd, momentum, nag } = bowlTables();
  const close = (values: readonly number[]) => values.map((v) => expect.closeTo(v, 9));

  it('momentum’s six steps', () => {
    expect(momentum.map((r) => r.gradient)).toEqual(close([2, 1.6, 0.92, 0.124, -0.6172, -1.16084]));
    expect(momentum.map((r) => r.v)).toEqual(close([0.2, 0.34, 0.398, 0.3706, 0.27182, 0.128554]));
    expect(momentum.map((r) => r.theta)).toEqual(close([0.8, 0.46, 0.062, -0.3086, -0.58042, -0.708974]));
  });

  it('NAG’s six steps, the gradient taken at the look-ahead point', () => {
    expect(nag.map((r) => r.at)).toEqual(close([1, 0.62, 0.2224, -0.108352, -0.32482304, -0.4157175808]));
    expect(nag.map((r) => r.gradient)).toEqual(close([2, 1.24, 0.4448, -0.216704, -0.64964608, -0.8314351616]));
    expect(nag.map((r) => r.v)).toEqual(close([0.2, 0.304, 0.31808, 0.2646016, 0.173176832, 0.07271563264]));
    expect(nag.map((r) => r.theta)).toEqual(close([0.8, 0.496, 0.17792, -0.0866816, -0.259858432, -0.33257406464]));
  });

  it('plain gradient descent: θ_t = 0.8ᵗ', () => {
    expect(gd.map((r) => r.theta)).toEqual(close([1, 2, 3, 4, 5, 6].map((t) => 0.8 ** t)));
  });
});
