import { describe, expect, it } from 'vitest';
import { adadeltaStart, adagradSteps, adamFirstStepForms, adamSteps, firstStepEpsilon, rmspropMemory } from '../../../../src/core';

/**
 * Adagrad on the valley J = θ₁² + 10θ₂² from (−4, 1), η = 0.1, ε = 10⁻⁸ (ε changes nothing at 6 digits):
 *   g₁ = (−8, 20), G₁ = (64, 400), step = (0.1·(−8)/8, 0.1·20/20) = (−0.1, 0.1), θ₁ = (−3.9, 0.9);
 *   g₂ = (−7.8, 18), G₂ = (64 + 60.84, 400 + 324) = (124.84, 724), √G₂ = (11.173182, 26.907248),
 *   step = (−0.78/11.173182, 1.8/26.907248) = (−0.069810, 0.066897), θ₂ = (−3.830190, 0.833103).
 * The ε note, g = 10⁻⁴, ε = 10⁻⁸: inside 10⁻⁴/√(2·10⁻⁸) = 1/√2 = 0.707107; outside 10⁻⁴/(10⁻⁴ + 10⁻⁸) = 0.999900.
 */
describe('Adagrad’s two steps', () => {
  it('matches the hand derivation', () => {
    const [one, two] = adagradSteps();
    expect(one.gradient).toEqual([-8, 20]);
    expect(one.G).toEqual([64, 400]);
    expect(one.step[0]).toBeCloseTo(-0.1, 8);
    expect(one.step[1]).toBeCloseTo(0.1, 8);
    expect(one.theta[0]).toBeCloseTo(-3.9, 8);
    expect(two.gradient[0]).toBeCloseTo(-7.8, 8);
    expect(two.gradient[1]).toBeCloseTo(18, 8);
    expect(two.G[0]).toBeCloseTo(124.84, 6);
    expect(two.G[1]).toBeCloseTo(724, 6);
    expect(two.rootG[0]).toBeCloseTo(11.173182, 6);
    expect(two.rootG[1]).toBeCloseTo(26.907248, 6);
    expect(two.step[0]).toBeCloseTo(-0.06981, 5);
    expect(two.step[1]).toBeCloseTo(0.066897, 5);
    expect(two.theta[0]).toBeCloseTo(-3.83019, 5);
    expect(two.theta[1]).toBeCloseTo(0.833103, 5);
  });

  it('ε inside the root against outside it', () => {
    const { inside, outside } = firstStepEpsilon(1e-4, 1e-8);
    expect(inside).toBeCloseTo(Math.SQRT1_2, 9);
    expect(outside).toBeCloseTo(0.9999, 6);
  });
});

/**
 * RMSProp (γ = 0.9, η = 1 so steps are in units of η) fed g = 1 for 100 steps, then g = 0.1:
 *   G₁₀₀ = 1 − 0.9¹⁰⁰ = 0.99997 (Adagrad: G = 100, step 1/√100 = 0.1);
 *   k steps after the drop G = 0.9ᵏ·G₁₀₀ + (1 − 0.9ᵏ)·0.01 and the step is 0.1/√G:
 *   k = 1: G = 0.900976, step 0.105352;  k = 10: G = 0.355182, step 0.167793;
 *   k = 30: G = 0.0519662, step 0.438671;  Adagrad after the drop: 0.1/√(100 + 0.01k) ≈ 0.0099995.
 * From G₀ = 0: G₁ = 0.1, step 1/√0.1 = 3.162278; G₂ = 0.19, step 1/√0.19 = 2.294157.
 */
describe('RMSProp’s memory', () => {
  const r = rmspropMemory();
  it('forgets: G stays an average, and the step recovers after the gradient drops', () => {
    expect(r.GAfter).toBeCloseTo(1 - 0.9 ** 100, 12);
    expect(r.adagradGAfter).toBeCloseTo(100, 9);
    expect(r.adagradStepAfter).toBeCloseTo(0.1, 7);
    expect(r.afterDrop(1)).toBeCloseTo(0.105352, 5);
    expect(r.afterDrop(10)).toBeCloseTo(0.167793, 5);
    expect(r.afterDrop(30)).toBeCloseTo(0.438671, 5);
    expect(r.adagradAfterDrop(1)).toBeCloseTo(0.0099995, 7);
  });
  it('starts too large: 1/√0.1 and 1/√0.19', () => {
    expect(r.firstStep).toBeCloseTo(3.162278, 5);
    expect(r.secondStep).toBeCloseTo(2.294157, 5);
  });
});

/**
 * AdaDelta, γ = 0.95, ε = 10⁻⁶, g = 1 from G = s = 0:
 *   G₁ = 0.05, Δθ₁ = √10⁻⁶/√(0.05 + 10⁻⁶) = 0.001/0.2236090 = 0.00447209, s₁ = 0.05·Δθ₁² = 9.9998·10⁻⁷;
 *   G₂ = 0.95·0.05 + 0.05 = 0.0975, Δθ₂ = √(s₁ + ε)/√(G₂ + ε) = 0.00141421/0.3122515 = 0.00452906.
 * Later updates and the distance moved: an independent scalar loop of the four lines, written here.
 */
describe('AdaDelta’s slow start', () => {
  const a = adadeltaStart();
  it('matches the hand derivation of its first two updates', () => {
    expect(a.G1).toBeCloseTo(0.05, 12);
    expect(a.rootG1).toBeCloseTo(0.223609, 6);
    expect(a.update(1)).toBeCloseTo(0.00447209, 8);
    expect(a.s1).toBeCloseTo(9.9998e-7, 11);
    expect(a.update(2)).toBeCloseTo(0.00452906, 8);
  });
  it('agrees with a scalar loop for the 100th update and the distance after 100 and 200 steps', () => {
    let G = 0;
    let s = 0;
    let theta = 0;
    const deltas: number[] = [];
    for (let t = 1; t <= 200; t++) {
      G = 0.95 * G + 0.05;
      const delta = Math.sqrt(s + 1e-6) / Math.sqrt(G + 1e-6);
      s = 0.95 * s + 0.05 * delta * delta;
      theta -= delta;
      deltas.push(delta);
      if (t === 100) expect(a.moved(100)).toBeCloseTo(-theta, 12);
    }
    expect(a.update(100)).toBeCloseTo(deltas[99], 12);
    expect(a.moved(200)).toBeCloseTo(-theta, 12);
    // The chapter's rounded figures.
    expect(a.update(100)).toBeCloseTo(0.00524, 5);
    expect(a.moved(100)).toBeCloseTo(0.497, 3);
    expect(a.moved(200)).toBeCloseTo(1.04, 2);
  });
});

/**
 * Adam, η = 0.001, β₁ = 0.9, β₂ = 0.999, ε = 10⁻⁸, g₁ = 0.5, g₂ = 0.3:
 *   m₁ = 0.1·0.5 = 0.05, v₁ = 0.001·0.25 = 0.00025, m̂₁ = 0.5, v̂₁ = 0.25, step 0.001·0.5/(0.5 + 10⁻⁸) ≈ 0.001;
 *   m₂ = 0.045 + 0.03 = 0.075, v₂ = 0.00024975 + 0.00009 = 0.00033975,
 *   m̂₂ = 0.075/0.19 = 0.394737, v̂₂ = 0.00033975/0.001999 = 0.169960, √v̂₂ = 0.412262,
 *   step 0.000394737/0.412262 = 0.00095749; moved 0.001 + 0.000957 = 0.00195749.
 * Uncorrected first step: 0.001·0.05/√0.00025 = 0.00316228; √v₁ is too small by 1/√0.001 = 31.6228.
 * g = 10⁻⁶: the deck's form 0.001·10⁻⁶/(10⁻⁶ + 10⁻⁸) = 0.000990099; epsilon hat:
 *   η₁ = 0.001·√0.001/0.1 = 0.000316228, m₁ = 10⁻⁷, √v₁ = 3.16228·10⁻⁸, step = 0.000316228·10⁻⁷/(4.16228·10⁻⁸) = 0.000759747.
 */
describe('Adam’s two steps', () => {
  const a = adamSteps();
  it('matches the hand derivation', () => {
    const [one, two] = a.moments;
    expect(one.m).toBeCloseTo(0.05, 12);
    expect(one.v).toBeCloseTo(0.00025, 12);
    expect(one.mHat).toBeCloseTo(0.5, 12);
    expect(one.vHat).toBeCloseTo(0.25, 12);
    expect(a.steps[0]).toBeCloseTo(0.001, 9);
    expect(two.m).toBeCloseTo(0.075, 12);
    expect(two.v).toBeCloseTo(0.00033975, 12);
    expect(a.corrections2[0]).toBeCloseTo(0.19, 12);
    expect(a.corrections2[1]).toBeCloseTo(0.001999, 12);
    expect(two.mHat).toBeCloseTo(0.394737, 6);
    expect(two.vHat).toBeCloseTo(0.16996, 6);
    expect(a.rootVHat2).toBeCloseTo(0.412262, 6);
    expect(a.steps[1]).toBeCloseTo(0.00095749, 9);
    expect(a.moved).toBeCloseTo(0.00195749, 8);
    expect(a.uncorrectedFirst).toBeCloseTo(0.00316228, 8);
    expect(a.rootVShrink).toBeCloseTo(31.6228, 4);
  });
  it('the deck’s ε against TensorFlow’s epsilon hat for a tiny gradient', () => {
    const { algorithm1, epsilonHat } = adamFirstStepForms();
    expect(algorithm1).toBeCloseTo(0.000990099, 9);
    expect(epsilonHat).toBeCloseTo(0.000759747, 9);
  });
});
