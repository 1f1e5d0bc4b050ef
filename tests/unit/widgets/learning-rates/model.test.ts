import { describe, expect, it } from 'vitest';
import { formatEtaTick, formatLoss, formatPowerTick } from '../../../../src/widgets/learning-rates/format';
import { chartLog, cutAtView, formulaValues, learningRatesModel, panelAt, SWEEP_LOG_ETA, SWEEP_LOG_J } from '../../../../src/widgets/learning-rates/model';
import { STEPS } from '../../../../src/widgets/learning-rates/state';

/** On θ₁² + κθ₂² from (−4, 1), gradient descent gives θ_t = ((1 − 2η)^t·(−4), (1 − 2κη)^t), so J_t = 16(1 − 2η)^{2t} + κ(1 − 2κη)^{2t}. */
const J = (eta: number, t: number, kappa = 10) => 16 * (1 - 2 * eta) ** (2 * t) + kappa * (1 - 2 * kappa * eta) ** (2 * t);

describe('learningRatesModel on the chapter’s valley (κ = 10, your η = 0.09, γ = 0.9)', () => {
  const model = learningRatesModel({ kappa: 10, eta: 0.09, gamma: 0.9 });

  it('curvatures 2 and 20; limits 2/20 = 0.1 and 2·1.9/20 = 0.19', () => {
    expect(model.lambdas).toEqual([2, 20]);
    expect(model.lambdaMax).toBe(20);
    expect(model.gdLimit).toBeCloseTo(0.1, 15);
    expect(model.momentumLimit).toBeCloseTo(0.19, 15);
    expect(formulaValues(model, 0.9)).toEqual({ lmax: 20, gdlim: model.gdLimit, gamma: 0.9, momlim: model.momentumLimit });
  });

  it('the four panels: the deck’s η = 0.01, 0.03, 0.13 and yours, with the chapter’s table values', () => {
    expect(model.panels.map((p) => [p.eta, p.deck])).toEqual([[0.01, true], [0.03, true], [0.13, true], [0.09, false]]);
    // The chapter's table: η = 0.01 → J₅₀ = 2.12; η = 0.03 → J₁₀ = 4.64, J₅₀ = 0.0329.
    expect(panelAt(model.panels[0], 50).loss).toBeCloseTo(J(0.01, 50), 12);
    expect(formatLoss(panelAt(model.panels[0], 50).loss)).toBe('2.12');
    expect(formatLoss(panelAt(model.panels[1], 10).loss)).toBe('4.64');
    expect(formatLoss(panelAt(model.panels[1], 50).loss)).toBe('0.0329');
    // Factors 1 − 2η and 1 − 20η: 0.98, 0.8 | 0.74, −1.6 | 0.82, −0.8
    expect(model.panels[0].factors[1]).toBeCloseTo(0.8, 12);
    expect(model.panels[2].factors[0]).toBeCloseTo(0.74, 12);
    expect(model.panels[2].factors[1]).toBeCloseTo(-1.6, 12);
    expect(model.panels.map((p) => p.stable)).toEqual([true, true, false, true]);
  });

  it('η = 0.13 diverges at step 16: the first J above 10⁶·J(θ₀) = 2.6 × 10⁷', () => {
    // J₁₅ ≈ 10·2.56¹⁵ ≈ 1.33 × 10⁷ (below), J₁₆ ≈ 10·2.56¹⁶ ≈ 3.4 × 10⁷ (above).
    const run = model.panels[2];
    expect(run.losses[15]).toBeLessThan(2.6e7);
    expect(run.losses[16]).toBeGreaterThan(2.6e7);
    expect(run.divergedAt).toBe(16);
    // θ₂ = (−1.6)ᵗ leaves the view |θ₂| ≤ 2 at t = 2 (2.56): the drawn path is θ₀, θ₁ and the crossing.
    expect(run.leftAt).toBe(2);
    expect(run.xs).toHaveLength(3);
    expect(panelAt(run, 1)).toEqual({ step: 1, loss: run.losses[1], diverged: false, points: 2 });
    expect(panelAt(run, 10)).toEqual({ step: 10, loss: run.losses[10], diverged: false, points: 3 });
    expect(panelAt(run, 50)).toEqual({ step: 16, loss: run.losses[16], diverged: true, points: 3 });
    expect(model.panels.filter((p) => p.divergedAt !== null)).toHaveLength(1);
  });

  it('your η = 0.09 after 50 steps: J = 16·0.82¹⁰⁰ + 10·0.8¹⁰⁰ ≈ 4.1 × 10⁻⁸ (the chapter’s number), stable for both', () => {
    expect(model.current.gd).toBeCloseTo(J(0.09, STEPS), 20);
    expect(formatLoss(model.current.gd)).toBe('4.05 × 10⁻⁸');
    expect(model.current.gdStable).toBe(true);
    expect(model.current.momentumStable).toBe(true);
  });

  it('the sweep runs from η = 10⁻³ to 10^0.5; its gradient-descent curve hits the top just past the limit 0.1', () => {
    const { logEtas, gd, momentum } = model.sweep;
    expect(logEtas[0]).toBeCloseTo(SWEEP_LOG_ETA[0], 12);
    expect(logEtas[logEtas.length - 1]).toBeCloseTo(SWEEP_LOG_ETA[1], 12);
    const at = (logEta: number) => logEtas.findIndex((x) => x >= logEta);
    // At η = 10⁻³: J₅₀ = 16·0.998¹⁰⁰ + 10·0.98¹⁰⁰ ≈ 14.4.
    expect(gd[0]).toBeCloseTo(Math.log10(J(0.001, STEPS)), 10);
    // Past 2/λ_max the loss grows: at η ≈ 0.13 it is 10·2.56⁵⁰ ≈ 10²¹, drawn at the top.
    expect(gd[at(Math.log10(0.13))]).toBe(SWEEP_LOG_J[1]);
    // Momentum stays low past GD's limit, until its own 0.19.
    expect(momentum[at(Math.log10(0.15))]).toBeLessThan(0);
    expect(momentum[at(Math.log10(0.25))]).toBe(SWEEP_LOG_J[1]);
  });
});

describe('learningRatesModel elsewhere', () => {
  it('κ = 1 (a round bowl): limit 2/2 = 1, and η = 0.5 lands on the minimum in one step (1 − 2·0.5 = 0)', () => {
    const model = learningRatesModel({ kappa: 1, eta: 0.5, gamma: 0 });
    expect(model.gdLimit).toBe(1);
    expect(model.momentumLimit).toBe(1); // γ = 0: momentum is gradient descent
    expect(model.panels[3].losses[1]).toBe(0);
    expect(model.current.gd).toBe(0);
  });

  it('κ = 50: λ_max = 100, so 0.03 and 0.13 both diverge and only 0.01 (|1 − 1| = 0) survives', () => {
    const model = learningRatesModel({ kappa: 50, eta: 0.01, gamma: 0.5 });
    expect(model.gdLimit).toBeCloseTo(0.02, 15);
    expect(model.momentumLimit).toBeCloseTo(0.03, 15); // 2·1.5/100
    expect(model.panels.map((p) => p.divergedAt !== null)).toEqual([false, true, true, false]);
  });
});

describe('cutAtView(θs, view)', () => {
  it('keeps the points inside and ends on the edge where the path leaves', () => {
    const view = { x: [-5, 5], y: [-2, 2] } as const;
    // (−4, 1) → (−2.96, −1.6) → (−2.19, 2.56): the last segment crosses θ₂ = 2 at s = 3.6/4.16 of the way.
    const cut = cutAtView([[-4, 1], [-2.96, -1.6], [-2.1904, 2.56]], view);
    expect(cut.leftAt).toBe(2);
    expect(cut.ys).toEqual([1, -1.6, 2]);
    expect(cut.xs[2]).toBeCloseTo(-2.96 + (3.6 / 4.16) * 0.7696, 12);
    expect(cutAtView([[0, 0], [1, 1]], view)).toEqual({ xs: [0, 1], ys: [0, 1], leftAt: null });
  });
});

describe('chartLog and the formats', () => {
  it('log₁₀ J within the chart: 100 → 2, 0 → the bottom, ∞ and 10²⁰ → the top', () => {
    expect(chartLog(100)).toBe(2);
    expect(chartLog(0)).toBe(SWEEP_LOG_J[0]);
    expect(chartLog(1e-30)).toBe(SWEEP_LOG_J[0]);
    expect(chartLog(Infinity)).toBe(SWEEP_LOG_J[1]);
    expect(chartLog(1e20)).toBe(SWEEP_LOG_J[1]);
  });

  it('writes J in three digits, powers of ten when huge or tiny; ticks as powers and as η', () => {
    expect(formatLoss(121_000)).toBe('1.21 × 10⁵');
    expect(formatLoss(2.58e21)).toBe('2.58 × 10²¹');
    expect(formatLoss(26)).toBe('26');
    expect(formatLoss(Infinity)).toBe('∞');
    expect(formatLoss(0)).toBe('0');
    expect(formatPowerTick(-3)).toBe('10⁻³');
    expect(formatPowerTick(8)).toBe('10⁸');
    expect(formatEtaTick(-2)).toBe('0.01');
    expect(formatEtaTick(0)).toBe('1');
    expect(formatEtaTick(-3)).toBe('0.001');
    expect(formatEtaTick(-0.5)).toBe('');
  });
});
