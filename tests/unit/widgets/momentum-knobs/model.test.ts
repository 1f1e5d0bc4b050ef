import { describe, expect, it } from 'vitest';
import { createOptimizer, valleySurface } from '../../../../src/core';
import { formulaValues, heatEtaMax, momentumKnobs, rateGrid, spectrum, stepsPerTenth } from '../../../../src/widgets/momentum-knobs/model';

describe('momentum-knobs model', () => {
  it('κ = 10: λ = 2 and 20 (Hessian of θ₁² + 10θ₂² is diag(2, 20)); the chapter’s η = 0.01, γ = 0.9 has ρ = √0.9', () => {
    // λ = 2: tr = 1 + 0.9 − 0.02 = 1.88, 1.88² = 3.5344 < 4·0.9 = 3.6 → complex, |μ| = √0.9 = 0.948683.
    // λ = 20: tr = 1.9 − 0.2 = 1.7, 2.89 < 3.6 → complex, |μ| = √0.9 too.
    const model = momentumKnobs({ kappa: 10, eta: 0.01, gamma: 0.9 });
    expect([model.lambdaMin, model.lambdaMax]).toEqual([2, 20]);
    expect(model.rateMin).toBeCloseTo(Math.sqrt(0.9), 12);
    expect(model.rateMax).toBeCloseTo(Math.sqrt(0.9), 12);
    expect(model.stable).toBe(true);
    // 2(1 + 0.9)/20 = 0.19.
    expect(model.etaLimit).toBeCloseTo(0.19, 12);
    // ln 0.1 / ln 0.948683 = −2.302585 / −0.052680 = 43.71 steps per tenfold.
    expect(model.stepsPerTenth).toBeCloseTo(43.71, 2);
  });

  it('η past 2(1 + γ)/λ_max: η = 0.2, γ = 0.5, κ = 10 → ηλ_max = 4 > 3, unstable', () => {
    // λ = 20: tr = 1.5 − 4 = −2.5, disc = 6.25 − 2 = 4.25, |μ| = (2.5 + 2.061553)/2 = 2.280776.
    const model = momentumKnobs({ kappa: 10, eta: 0.2, gamma: 0.5 });
    expect(model.stable).toBe(false);
    expect(model.rate).toBeCloseTo(2.280776, 6);
    expect(model.stepsPerTenth).toBeNull();
  });

  it('its runs are the core’s optimizers: momentum with (η, γ) and gradient descent at η = 2/(λ_min + λ_max)', () => {
    const model = momentumKnobs({ kappa: 10, eta: 0.05, gamma: 0.6 });
    for (let i = 0; i < 5; i++) model.step();
    const J = valleySurface(1, 10);
    const g = new Float64Array(2);
    const m = createOptimizer('momentum', { lr: 0.05, gamma: 0.6 });
    const d = createOptimizer('gd', { lr: 2 / 22 });
    const a = Float64Array.of(-4, 1);
    const b = Float64Array.of(-4, 1);
    for (let i = 0; i < 5; i++) {
      m.step(a, (p) => J.gradient(p, g));
      d.step(b, (p) => J.gradient(p, g));
    }
    expect(Array.from(model.momentum.theta)).toEqual(Array.from(a));
    expect(Array.from(model.descent.theta)).toEqual(Array.from(b));
    expect(model.momentum.losses).toHaveLength(6);
    expect(model.momentum.losses[5]).toBe(J.value(a));
    // J(θ₀) = 16 + 10 = 26.
    expect(model.momentum.losses[0]).toBe(26);
  });

  it('the heat map: η from 0 to 4.4/λ_max, γ from 0 to 0.99; ρ = 1 at η = 0 and the cell at (η*, γ*) is near ρ*', () => {
    const grid = rateGrid(10);
    expect(grid.x).toEqual([0, heatEtaMax(20)]);
    expect(heatEtaMax(20)).toBeCloseTo(0.22, 12);
    // η = 0: M = [[γ, 0], [−γ, 1]], eigenvalues γ and 1 → ρ = 1.
    expect(grid.values[0]).toBeCloseTo(1, 12);
    const min = Math.min(...grid.values);
    const best = momentumKnobs({ kappa: 10, eta: 0.1, gamma: 0.3 }).best;
    expect(min).toBeGreaterThanOrEqual(best.rate - 1e-12);
    expect(min).toBeLessThan(best.rate + 0.03);
  });

  it('stepsPerTenth: ρ = 0.1 → 1 step, ρ = 0 → 0, ρ ≥ 1 → null', () => {
    expect(stepsPerTenth(0.1)).toBeCloseTo(1, 12);
    expect(stepsPerTenth(0)).toBe(0);
    expect(stepsPerTenth(1)).toBeNull();
  });

  it('formula values carry the state and the core’s numbers under the formulas’ names', () => {
    const state = { kappa: 10, eta: 0.01, gamma: 0.9 };
    const values = formulaValues(state, momentumKnobs(state));
    expect(values.eta).toBe(0.01);
    expect(values.lmax).toBe(spectrum(10).lambdaMax);
    // η* = 4/(22 + 2√40) = 0.115443, γ* = 0.269874, GD: 18/22 = 0.818182.
    expect(values.etaBest).toBeCloseTo(0.115443, 6);
    expect(values.gammaBest).toBeCloseTo(0.269874, 6);
    expect(values.rateGd).toBeCloseTo(0.818182, 6);
  });
});
