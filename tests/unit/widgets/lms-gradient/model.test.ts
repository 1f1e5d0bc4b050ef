import { describe, expect, it } from 'vitest';
import { defaults, parse } from '../../../../src/widgets/kit/url-state';
import { formatLive, formatLms } from '../../../../src/widgets/lms-gradient/format';
import { formulaValues, lmsGradientModel, LMS_CUT, runFor } from '../../../../src/widgets/lms-gradient/model';
import { LMS_GRADIENT_TABLE } from '../../../../src/widgets/lms-gradient/state';

const start = defaults(LMS_GRADIENT_TABLE);
const model = (patch: Partial<typeof start> = {}) => {
  const state = { ...start, ...patch };
  return lmsGradientModel(runFor(state), state.t);
};

describe('lms-gradient model', () => {
  it('opens on the chapter’s hand table: AND from W = (0, 0), b = 0, α = 0.1, no step taken', () => {
    expect(start).toEqual({ gate: 'and', alpha: 0.1, w1: 0, w2: 0, b: 0, t: 0 });
    const m = model();
    // Next example (0,0), d = 0. Both start at θ = 0: net = 0, E = ½(0 − 0)² = 0, slopes 0.
    // The perceptron: y = step(0) = 1, d − y = −1, Δθ = 0.1·(−1)·(0, 0, 1) = (0, 0, −0.1).
    expect([m.sample, m.example.d]).toEqual([0, 0]);
    expect(m.lms.read.grad.map(Math.abs)).toEqual([0, 0, 0]);
    expect(m.lms.delta.map(Math.abs)).toEqual([0, 0, 0]);
    expect(m.perceptron.delta).toEqual([0, 0, -0.1]);
    // Through the step, net = 0 sits on the jump: ±h on b flips y, (½ − 0)/(2·10⁻⁵) = 25 000.
    expect(m.perceptron.numeric[2]).toBeCloseTo(25000, 6);
    // Σ½(d − net)² at θ = 0 for AND: ½(0 + 0 + 0 + 1) = 0.5; the perceptron's y = 1 everywhere, three wrong: ½·3 = 1.5.
    expect(m.lms.error).toBe(0.5);
    expect(m.perceptron.error).toBe(1.5);
    expect(m.perceptron.correct).toBe(1);
    expect(formulaValues(m)).toMatchObject({ d: 0, net: 0, e: 0, y: 1, pnet: 0, alpha: 0.1 });
  });

  it('after three steps the next example is (1,1), d = 1, and the slopes match −(d − net)x by hand', () => {
    // LMS: (0,0), (0,1), (1,0) all have net = 0 = d, so θ stays 0. On (1,1): net = 0, d − net = 1,
    // E = ½, ∂E/∂θ = −1·(1, 1, 1), Δθ = −α·∂E/∂θ = (0.1, 0.1, 0.1).
    const m = model({ t: 3 });
    expect(m.sample).toBe(3);
    expect(m.lms.read.e).toBe(0.5);
    expect(m.lms.read.grad).toEqual([-1, -1, -1]);
    m.lms.numeric.forEach((n) => expect(n).toBeCloseTo(-1, 8));
    m.lms.delta.forEach((d) => expect(d).toBeCloseTo(0.1, 12));
    // Perceptron: step 1 on (0,0) gave b = −0.1; (0,1): net = −0.1 → y = 0 = d; (1,0): same. So θ = (0, 0, −0.1),
    // on (1,1) net = −0.1, y = 0, d − y = 1, Δθ = (0.1, 0.1, 0.1); E through the step is flat here: differences 0.
    expect(m.perceptron.theta).toEqual([0, 0, -0.1]);
    expect(m.perceptron.read.y).toBe(0);
    expect(m.perceptron.delta).toEqual([0.1, 0.1, 0.1]);
    expect(m.perceptron.numeric).toEqual([0, 0, 0]);
  });

  it('at the end: the perceptron rule converged with no mistake, LMS settled near w₁ = w₂ = ½, b = −¼', () => {
    const m = model({ t: 4000 });
    expect(m.done).toBe(true);
    expect(m.t).toBe(m.run.steps);
    expect(m.perceptron.stopped).toBe(true);
    expect(m.perceptron.correct).toBe(4);
    expect(m.perceptron.error).toBe(0);
    expect(m.lms.stopped).toBe(true);
    expect(m.run.lmsStop?.kind).toBe('settled');
    // The exact optimum (hand-derived in tests/unit/core/lms-gradient.test.ts): ½, ½, −¼ with Σ½(d − net)² = ⅛.
    expect(m.optimum.theta[0]).toBeCloseTo(0.5, 12);
    expect(m.optimum.theta[2]).toBeCloseTo(-0.25, 12);
    expect(m.optimum.sumError).toBeCloseTo(0.125, 12);
    expect(m.lms.distance).toBeLessThan(0.1);
    // Cut at net = ½ LMS gets all four; under the step at net = 0 only two (nets ≈ −¼, ¼, ¼, ¾).
    expect(LMS_CUT).toBe(0.5);
    expect(m.lms.correct).toBe(4);
    expect(m.lms.correctAtZero).toBe(2);
    // The curves start at the start's errors (0.5 and 1.5) and have one point per epoch.
    expect(m.lms.curve[0]).toBe(0.5);
    expect(m.perceptron.curve[0]).toBe(1.5);
    expect(m.lms.curve.length).toBe(m.epoch + 1);
  });

  it('with α = 0.5 LMS settles where its line misclassifies a corner', () => {
    // Found by the run: θ → (1, 0.75, −0.5), nets −0.5, 0.25, 0.5, 1.25, so (1,0) with d = 0 has net = ½ ≥ ½.
    const m = model({ alpha: 0.5, t: 4000 });
    expect(m.run.lmsStop?.kind).toBe('settled');
    expect(m.lms.theta[0]).toBeCloseTo(1, 6);
    expect(m.lms.theta[1]).toBeCloseTo(0.75, 6);
    expect(m.lms.theta[2]).toBeCloseTo(-0.5, 6);
    expect(m.lms.correct).toBe(3);
  });

  it('α above the limit: flagged, and the LMS run stops as diverged', () => {
    const m = model({ alpha: 1.2, t: 4000 });
    expect(m.limit).toBeGreaterThanOrEqual(2 / 3);
    expect(m.limit).toBeLessThan(1.2);
    expect(m.aboveLimit).toBe(true);
    expect(m.run.lmsStop?.kind).toBe('diverged');
    expect(m.lms.stopped).toBe(true);
    expect(model({ alpha: 0.5 }).aboveLimit).toBe(false);
  });

  it('junk in the URL falls back to the defaults with a notice', () => {
    const parsed = parse(new URLSearchParams('lms-gradient.alpha=abc&lms-gradient.gate=xor&lms-gradient.t=-3'), 'lms-gradient', LMS_GRADIENT_TABLE);
    expect(parsed.state).toEqual(start);
    expect(parsed.ignored.length).toBe(3);
  });

  it('formats numbers: four significant digits, true minus, powers of ten past 10⁶, noise as 0', () => {
    expect(formatLms(-0.6000000000047)).toBe('−0.6');
    expect(formatLms(25000)).toBe('25000');
    expect(formatLms(3.2e9)).toBe('3.2 × 10⁹');
    expect(formatLms(4e-12)).toBe('0');
    expect(formatLive('net', -0.25, 3, true)).toBe('(−0.25)');
  });
});
