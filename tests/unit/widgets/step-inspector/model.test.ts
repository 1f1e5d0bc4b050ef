import { describe, expect, it } from 'vitest';
import { defaults } from '../../../../src/widgets/kit/url-state';
import { formulaValues, inspect, lastStep, stepArrows } from '../../../../src/widgets/step-inspector/model';
import { inspectorTable, STEPS, type InspectedMethod, type InspectorState } from '../../../../src/widgets/step-inspector/state';

/**
 * The inspector's first two steps on the valley J = θ₁² + 10θ₂² (∇J = (2θ₁, 20θ₂)) from θ₀ = (−4, 1),
 * derived by hand for each method with the widget's defaults; g₁ = (−8, 20) throughout.
 */
const run = (method: InspectedMethod, patch: Partial<InspectorState> = {}) =>
  inspect(method, { ...(defaults(inspectorTable(method)) as unknown as InspectorState), ...patch });

describe('step inspector model', () => {
  it('Adagrad, η = 0.1: the chapter’s two steps by hand (G₁ = (64, 400), θ₂ = (−3.8302, 0.8331))', () => {
    // t1: G₁ = (64, 400); η/√G₁ = (0.1/8, 0.1/20) = (0.0125, 0.005); θ₁ = (−4 + 0.1, 1 − 0.1) = (−3.9, 0.9)
    // t2: g₂ = (−7.8, 18); G₂ = (64 + 60.84, 400 + 324) = (124.84, 724); θ₂ = (−3.9 + 0.78/11.1732, 0.9 − 1.8/26.9072) = (−3.8302, 0.8331)
    const a = run('adagrad');
    const one = formulaValues(a, 1);
    expect([one.G1, one.G2]).toEqual([64, 400]);
    expect(one.r1).toBeCloseTo(0.0125, 9);
    expect(one.r2).toBeCloseTo(0.005, 9);
    expect(one.n1).toBeCloseTo(-3.9, 9);
    expect(one.n2).toBeCloseTo(0.9, 9);
    const two = formulaValues(a, 2);
    expect([two.Gp1, two.Gp2]).toEqual([64, 400]);
    expect(two.g1).toBeCloseTo(-7.8, 9); // ε = 1e-8 moves the 11th digit
    expect(two.G1).toBeCloseTo(124.84, 8);
    expect(two.G2).toBeCloseTo(724, 8);
    expect(two.n1).toBeCloseTo(-3.8302, 4);
    expect(two.n2).toBeCloseTo(0.8331, 4);
    // Adagrad's rates only shrink.
    for (const rates of a.rates) for (let k = 1; k < rates.length; k++) expect(rates[k]).toBeLessThan(rates[k - 1]);
  });

  it('NAG, η = 0.01, γ = 0.9: look-ahead, gradient there, v and θ for two steps', () => {
    // t1: v₀ = 0 → look-ahead = θ₀ = (−4, 1), g = (−8, 20), v₁ = 0.01g = (−0.08, 0.2), θ₁ = (−3.92, 0.8)
    // t2: look-ahead = θ₁ − 0.9v₁ = (−3.92 + 0.072, 0.8 − 0.18) = (−3.848, 0.62), g = (−7.696, 12.4),
    //     v₂ = 0.9·(−0.08, 0.2) + 0.01·(−7.696, 12.4) = (−0.14896, 0.304), θ₂ = (−3.77104, 0.496)
    const a = run('nag');
    const one = formulaValues(a, 1);
    expect([one.a1, one.a2]).toEqual([-4, 1]);
    expect(one.v1).toBeCloseTo(-0.08, 12);
    expect(one.n2).toBeCloseTo(0.8, 12);
    const two = formulaValues(a, 2);
    expect(two.a1).toBeCloseTo(-3.848, 12);
    expect(two.a2).toBeCloseTo(0.62, 12);
    expect(two.g2).toBeCloseTo(12.4, 12);
    expect(two.v1).toBeCloseTo(-0.14896, 12);
    expect(two.v2).toBeCloseTo(0.304, 12);
    expect(two.n1).toBeCloseTo(-3.77104, 12);
    expect(two.r2).toBeCloseTo(0.304, 12); // NAG's chart: |v₂|
    // The arrows: momentum −γv₁ to the look-ahead point, then −ηg there; together the step −v₂.
    const [step, momentum, push] = stepArrows(a, 2);
    expect(momentum.dx).toBeCloseTo(0.072, 12);
    expect(push.x).toBeCloseTo(-3.848, 12);
    expect(momentum.dx + push.dx).toBeCloseTo(step.dx, 12);
    expect(momentum.dy + push.dy).toBeCloseTo(-0.304, 12);
  });

  it('RMSProp, η = 0.1, γ = 0.9: G₁ = 0.1g₁², a first step of η/√0.1 ≈ 3.16η per coordinate', () => {
    // t1: G₁ = 0.1·(64, 400) = (6.4, 40); η/√G₁ = (0.0395285, 0.0158114); θ₁ = −4 + 0.316228, 1 − 0.316228 = (−3.683772, 0.683772)
    // t2: g₂ = (−7.367544, 13.675445); G₂ = 0.9·(6.4, 40) + 0.1·(54.280712, 187.017787) = (11.188071, 54.701779)
    //     θ₂ = (−3.683772 + 0.1·7.367544/3.344857, 0.683772 − 0.1·13.675445/7.396065) = (−3.463507, 0.498871)
    const a = run('rmsprop');
    const one = formulaValues(a, 1);
    expect(one.G1).toBeCloseTo(6.4, 12);
    expect(one.r1).toBeCloseTo(0.0395285, 7);
    expect(one.n1).toBeCloseTo(-3.683772, 6);
    expect(one.n2).toBeCloseTo(0.683772, 6);
    const two = formulaValues(a, 2);
    expect(two.G1).toBeCloseTo(11.188071, 6);
    expect(two.G2).toBeCloseTo(54.701779, 6);
    expect(two.n1).toBeCloseTo(-3.463507, 6);
    expect(two.n2).toBeCloseTo(0.498871, 6);
  });

  it('AdaDelta, γ = 0.95, ε = 1e-6: the slow start, Δθ₁ = √ε/√(0.05g² + ε)·g ≈ ±0.004472', () => {
    // t1: G₁ = 0.05·(64, 400) = (3.2, 20); Δθ = (0.001/1.788855·(−8), 0.001/4.472136·20) = (−0.00447214, 0.00447214)
    //     θ₁ = (−3.99552786, 0.99552786); s₁ = 0.05·0.00447214² = 1.0e-6 (×(1 − 5e-7))
    // The rate √(s₀ + ε)/√(G₁ + ε) = (0.001/1.788855, 0.001/4.472136) = (5.59017e-4, 2.23607e-4)
    const a = run('adadelta');
    const one = formulaValues(a, 1);
    expect(one.d1).toBeCloseTo(-0.00447214, 8);
    expect(one.d2).toBeCloseTo(0.00447214, 8);
    expect(one.n1).toBeCloseTo(-3.99552786, 8);
    expect(one.s1).toBeCloseTo(1e-6, 9);
    expect(one.r1).toBeCloseTo(5.59017e-4, 9);
    expect(one.r2).toBeCloseTo(2.23607e-4, 9);
    expect(formulaValues(a, 2).sp1).toBeCloseTo(1e-6, 9);
  });

  it('Adam, η = 0.1: with the bias correction the first step is η per coordinate; without, ≈ 3.16η', () => {
    // t1 corrected: m̂₁ = g₁, v̂₁ = g₁², step = 0.1·g/|g| = (0.1, −0.1) → θ₁ = (−3.9, 0.9)
    // t2: g₂ = (−7.8, 18); m₂ = 0.9·(−0.8) + 0.1·(−7.8) = −1.5, m̂₂ = −1.5/0.19 = −7.894737
    //     v₂ = 0.999·0.064 + 0.001·60.84 = 0.124776, v̂₂ = 0.124776/0.001999 = 62.419210, √ = 7.900583
    //     θ₂,₁ = −3.9 + 0.1·7.894737/7.900583 = −3.800074
    const a = run('adam');
    const one = formulaValues(a, 1);
    expect(one.mh1).toBeCloseTo(-8, 9);
    expect(one.vh2).toBeCloseTo(400, 6);
    expect(one.n1).toBeCloseTo(-3.9, 8);
    expect(one.n2).toBeCloseTo(0.9, 8);
    const two = formulaValues(a, 2);
    expect(two.m1).toBeCloseTo(-1.5, 9);
    expect(two.v1).toBeCloseTo(0.124776, 9);
    expect(two.c1).toBeCloseTo(0.19, 12);
    expect(two.mh1).toBeCloseTo(-7.894737, 6);
    expect(two.vh1).toBeCloseTo(62.41921, 5);
    expect(two.n1).toBeCloseTo(-3.800074, 6);
    // Uncorrected: step = 0.1·0.1·g/(√0.001·|g|) = 0.316228 per coordinate, and c = 1.
    const raw = formulaValues(run('adam', { bias: false }), 1);
    expect(raw.c1).toBe(1);
    expect(raw.n1).toBeCloseTo(-4 + 0.316228, 6);
    expect(raw.n2).toBeCloseTo(1 - 0.316228, 6);
  });

  it('t = 0 shows θ₀ and no step; a diverging NAG run stops at its last finite step', () => {
    const zero = formulaValues(run('adagrad'), 0);
    expect([zero.n1, zero.n2]).toEqual([-4, 1]);
    expect(zero.g1).toBeNaN();
    expect(stepArrows(run('adagrad'), 0)).toEqual([]);
    expect(lastStep(run('adagrad'))).toBe(STEPS);
    // η = 1: θ₂'s factor in the heavy-ball iteration has |·| far above 1 (ηλ = 20 > 2(1 + γ) = 3.8).
    const wild = run('nag', { lr: 1 });
    expect(wild.diverged).not.toBeNull();
    expect(lastStep(wild)).toBe((wild.diverged?.step ?? 0) - 1);
    for (const step of wild.steps) expect(Number.isFinite(step.loss)).toBe(true);
  });
});
