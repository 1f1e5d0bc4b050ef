import { describe, expect, it } from 'vitest';
import {
  correctCount,
  divergenceLimit,
  epochMatrix,
  finiteDifferences,
  gateExamples,
  leastSquares,
  readExample,
  runTwoRules,
  spectralRadius3,
  sumError,
} from '../../../src/core/lms-gradient';

const and = gateExamples('and');

describe('LMS and the perceptron rule (chapter 1, where gradient descent comes in)', () => {
  it('reads one example: E = ½(d − net)² and ∂E/∂θ = −(d − net)·(x₁, x₂, 1)', () => {
    // θ = (0.2, 0.3, −0.1) on (1,1) with d = 1: net = 0.2 + 0.3 − 0.1 = 0.4, d − net = 0.6,
    // E = ½·0.36 = 0.18, slopes −0.6·(1, 1, 1); step(0.4) = 1 so ½(d − y)² = 0.
    const r = readExample([0.2, 0.3, -0.1], and[3]);
    expect(r.net).toBeCloseTo(0.4, 12);
    expect(r.e).toBeCloseTo(0.18, 12);
    r.grad.forEach((g) => expect(g).toBeCloseTo(-0.6, 12));
    expect([r.y, r.eStep]).toEqual([1, 0]);
    // On (0,1) with d = 0: net = 0.3 − 0.1 = 0.2, d − net = −0.2, slopes 0.2·(0, 1, 1).
    const s = readExample([0.2, 0.3, -0.1], and[1]);
    expect(s.grad[0]).toBeCloseTo(0, 12);
    expect(s.grad[1]).toBeCloseTo(0.2, 12);
    expect(s.grad[2]).toBeCloseTo(0.2, 12);
  });

  it('the central differences agree with −(d − net)xᵢ, and through the step they are 0 (except across net = 0)', () => {
    const lin = finiteDifferences([0.2, 0.3, -0.1], and[3], 'linear');
    lin.numeric.forEach((n) => expect(n).toBeCloseTo(-0.6, 8));
    lin.analytic.forEach((a) => expect(a).toBeCloseTo(-0.6, 12));
    // net = 0.4 is far from the jump: E stays ½(1 − 1)² = 0 on both sides, slope 0.
    const flat = finiteDifferences([0.2, 0.3, -0.1], and[3], 'step');
    expect(flat.numeric).toEqual([0, 0, 0]);
    expect(flat.analytic).toEqual([0, 0, 0]);
    // θ = 0 on (0,0), d = 0: net = 0 sits on the jump. Moving b by ±h gives step 1 (E = ½) or 0 (E = 0):
    // (½ − 0)/(2h) = 0.5/2e-5 = 25 000; w₁, w₂ multiply x = 0 and do not move net.
    const jump = finiteDifferences([0, 0, 0], and[0], 'step');
    expect(jump.numeric[0]).toBe(0);
    expect(jump.numeric[1]).toBe(0);
    expect(jump.numeric[2]).toBeCloseTo(25000, 6);
  });

  it('least squares for AND with targets 0/1 is w₁ = w₂ = ½, b = −¼ (normal equations by hand)', () => {
    // Rows x̃ = (x₁, x₂, 1): (0,0,1), (0,1,1), (1,0,1), (1,1,1); d = (0, 0, 0, 1).
    // XᵀX = [[2,1,2],[1,2,2],[2,2,4]], Xᵀd = (1, 1, 1). By symmetry w₁ = w₂ = w:
    //   3w + 2b = 1  and  4w + 4b = 1  ⇒  (×2 the first) 6w + 4b = 2, minus the second: 2w = 1, w = ½, b = (1 − 3/2)/2 = −¼.
    // Residuals d − net: 0 − (−¼), 0 − ¼, 0 − ¼, 1 − ¾ = ±¼, so Σ½(d − net)² = ½·4·(1/16) = 1/8.
    const ls = leastSquares(and);
    expect(ls.theta[0]).toBeCloseTo(0.5, 12);
    expect(ls.theta[1]).toBeCloseTo(0.5, 12);
    expect(ls.theta[2]).toBeCloseTo(-0.25, 12);
    expect(ls.sumError).toBeCloseTo(0.125, 12);
    // Cut at net = ½ (the middle of the targets 0 and 1) it gets all four: nets −¼, ¼, ¼, ¾.
    // Cut at the step's net = 0 it calls (0,1) and (1,0) 1: two of four.
    expect(correctCount(ls.theta, and, 0.5)).toBe(4);
    expect(correctCount(ls.theta, and, 0)).toBe(2);
    // OR by the same algebra: Xᵀd = (2, 2, 3): 3w + 2b = 2, 4w + 4b = 3 ⇒ w = ½, b = ¼.
    const or = leastSquares(gateExamples('or')).theta;
    expect(or[0]).toBeCloseTo(0.5, 12);
    expect(or[2]).toBeCloseTo(0.25, 12);
  });

  it('the first LMS and perceptron steps of the chapter’s start (θ = 0, α = 0.1) by hand', () => {
    const run = runTwoRules('and', 0.1, [0, 0, 0], 1000);
    // (0,0), d = 0: net = 0, LMS error 0 − 0 = 0, no change. The step gives y = step(0) = 1, error −1:
    // Δb = 0.1·(−1) = −0.1, Δw = 0 (x = 0).
    expect(run.lmsSteps[0].delta).toEqual([0, 0, 0]);
    expect(run.perceptronSteps[0].delta).toEqual([0, 0, -0.1]);
    // (1,1), step 4, d = 1: LMS θ still 0 after (0,1), (1,0) (nets 0, errors 0), net 0, error 1: Δ = 0.1·(1,1,1).
    expect(run.lmsSteps[3].after).toEqual([0.1, 0.1, 0.1]);
    // Σ½(d − net)² after epoch 1 with θ = (0.1, 0.1, 0.1): nets 0.1, 0.2, 0.2, 0.3:
    // ½(0.01 + 0.04 + 0.04 + 0.49) = 0.29.
    expect(run.lmsEpochError[1]).toBeCloseTo(0.29, 12);
    expect(run.lmsEpochError[0]).toBeCloseTo(0.5, 12);
    // The perceptron rule converges on AND; its last epoch has no mistake.
    expect(run.perceptronStop?.kind).toBe('converged');
    expect(run.perceptronEpochError.at(-1)).toBe(0);
    // LMS settles near — not at — the least-squares optimum (online steps with a fixed α).
    expect(run.lmsStop?.kind).toBe('settled');
    const last = run.lms.at(-1)!;
    expect(sumError(last, and, 'linear')).toBeGreaterThan(0.125);
    expect(sumError(last, and, 'linear')).toBeLessThan(0.13);
  });

  it('LMS diverges above a limit α* between 2/3 and 1.2, and the simulation agrees', () => {
    // Each P = I − αx̃x̃ᵀ has eigenvalues 1, 1 and 1 − α|x̃|²; |x̃|² ≤ 3, so for α < 2/3 no factor stretches
    // and the run cannot diverge. det M = Π(1 − α|x̃|²) = (1 − α)(1 − 2α)²(1 − 3α); at α = 1.2 that is
    // (−0.2)(1.96)(−2.6) = 1.0192 > 1, so some |λ| > 1 there.
    const det = (a: number) => (1 - a) * (1 - 2 * a) ** 2 * (1 - 3 * a);
    expect(det(1.2)).toBeCloseTo(1.0192, 12);
    expect(spectralRadius3(epochMatrix(and, 1.2))).toBeGreaterThan(1);
    const limit = divergenceLimit(and)!;
    expect(limit).toBeGreaterThanOrEqual(2 / 3);
    expect(limit).toBeLessThan(1.2);
    expect(runTwoRules('and', limit * 0.95, [0, 0, 0], 2000).lmsStop?.kind).toBe('settled');
    expect(runTwoRules('and', limit * 1.05, [0, 0, 0], 2000).lmsStop?.kind).toBe('diverged');
    // At α = 0.1 the epoch map contracts.
    expect(spectralRadius3(epochMatrix(and, 0.1))).toBeLessThan(1);
  });

  it('spectralRadius3 on matrices with known eigenvalues', () => {
    expect(spectralRadius3([[2, 0, 0], [0, -3, 0], [0, 0, 1]])).toBeCloseTo(3, 9);
    // A rotation by 90° in the first plane scaled by 2 (eigenvalues ±2i) and 0.5.
    expect(spectralRadius3([[0, -2, 0], [2, 0, 0], [0, 0, 0.5]])).toBeCloseTo(2, 9);
  });
});
