import { describe, expect, it } from 'vitest';
import { chainWeightCheck, chainWeightStep } from '../../../../src/core';
import { EPSILON, W1_FACTORS, hiddenWeightValues, stepFits, stepOnW1 } from '../../../../src/widgets/hidden-weight/model';
import { factorOfPart } from '../../../../src/widgets/charts/chain-lines';
import { CHECK, DERIVATION, SHARED, THREE_FACTORS, UPDATE } from '../../../../src/widgets/hidden-weight/formulas';
import { livePlaceholders } from '../../../../src/widgets/kit/live-formula-tex';

/*
 * Worked by hand: x = 1, w₁ = w₂ = 0.5, y′ = 1, η = 0.5.
 *   w₁x = 0.5, e^−0.5 = 0.6065307, h = 1/1.6065307 = 0.622459
 *   w₂h = 0.311230, e^−0.311230 = e^−0.3 · e^−0.011230 = 0.7408182 · 0.9888330 = 0.7325456,
 *   y = 1/1.7325456 = 0.577185
 *   E = ½(0.577185 − 1)² = ½ · 0.178772 = 0.089386
 *   y − y′ = −0.422815;  y(1 − y) = 0.577185 · 0.422815 = 0.244042;  h(1 − h) = 0.622459 · 0.377541 = 0.235004
 *   ∂y/∂h = y(1 − y)·w₂ = 0.122021;  ∂h/∂w₁ = h(1 − h)·x = 0.235004
 *   ∂E/∂w₁ = −0.422815 · 0.122021 · 0.235004 = −0.012124
 *   shared (y − y′)·y(1 − y) = −0.422815 · 0.244042 = −0.103185;  ∂E/∂w₂ = −0.103185 · 0.622459 = −0.064228
 *   step: w₁ = 0.5 − 0.5·(−0.012124) = 0.506062
 */
const HAND = { x: 1, w1: 0.5, w2: 0.5, yt: 1, eta: 0.5 };

describe('hiddenWeightValues — x = 1, w₁ = w₂ = 0.5, y′ = 1 (by hand)', () => {
  const v = hiddenWeightValues(HAND);

  it('forward: h = 0.622459, y = 0.577185, E = 0.089386', () => {
    expect(v.h).toBeCloseTo(0.622459, 6);
    expect(v.y).toBeCloseTo(0.577185, 6);
    expect(v.E).toBeCloseTo(0.089386, 6);
  });

  it('factors: y − y′ = −0.422815, y(1 − y) = 0.244042, h(1 − h) = 0.235004; ∂y/∂h = 0.122021, ∂h/∂w₁ = 0.235004', () => {
    expect(v.err).toBeCloseTo(-0.422815, 6);
    expect(v.sy).toBeCloseTo(0.244042, 6);
    expect(v.sh).toBeCloseTo(0.235004, 6);
    expect(v.dyh).toBeCloseTo(0.122021, 6);
    expect(v.dhw).toBeCloseTo(0.235004, 6);
  });

  it('the lines\' partial products: ∂y/∂w₁ = 0.122021 · 0.235004 = 0.028675, ∂(w₂h)/∂w₁ = 0.5 · 0.235004 = 0.117502', () => {
    expect(v.dyw1).toBeCloseTo(0.028675, 6);
    expect(v.dw2h).toBeCloseTo(0.117502, 6);
  });

  it('∂E/∂w₁ = −0.012124; the shared group −0.103185 and ∂E/∂w₂ = −0.064228; w₁ after a step = 0.506062', () => {
    expect(v.g1).toBeCloseTo(-0.012124, 6);
    expect(v.shared).toBeCloseTo(-0.103185, 6);
    expect(v.g2).toBeCloseTo(-0.064228, 6);
    expect(v.nw1).toBeCloseTo(0.506062, 6);
  });

  it('the check: the central difference equals the product to well under 1e-6 (relative)', () => {
    expect(v.fd).toBeCloseTo(-0.012124, 6);
    expect(v.rel).toBeLessThan(1e-8);
    // E(w₁ ± ε) straddle E: a negative gradient means E is lower on the + side.
    expect(v.plus).toBeLessThan(v.E!);
    expect(v.minus).toBeGreaterThan(v.E!);
  });
});

describe('the chapter\'s worked example: x = 1, w₁ = 0.5, w₂ = −0.3, y′ = 1 (values as in the chain widget\'s test)', () => {
  const v = hiddenWeightValues({ x: 1, w1: 0.5, w2: -0.3, yt: 1, eta: 0.5 });
  it('∂y/∂h = 0.247833 · (−0.3) = −0.074350; ∂E/∂w₁ = −0.546549 · (−0.074350) · 0.235004 = 0.009550', () => {
    expect(v.dyh).toBeCloseTo(-0.07435, 6);
    expect(v.g1).toBeCloseTo(0.00955, 6);
    expect(v.fd).toBeCloseTo(0.00955, 6);
  });
  it('w₂ = 0: no error reaches w₁, ∂E/∂w₁ = 0 and so is its finite difference', () => {
    const z = hiddenWeightValues({ x: 1, w1: 0.5, w2: 0, yt: 1, eta: 0.5 });
    expect(Math.abs(z.g1!)).toBe(0);
    expect(Math.abs(z.fd!)).toBeLessThan(1e-12);
  });
});

describe('chainWeightCheck (core) — a central difference, not the backward pass again', () => {
  it('on E(w₁) = ½(sig(w₂ sig(w₁x)) − y′)², (E(w₁+ε) − E(w₁−ε))/2ε agrees with the product over the whole range', () => {
    for (const [x, w1, w2, yt] of [[1, 0.5, 0.5, 1], [-1.7, 3.2, -2.5, 0.25], [2, -4, 4, 0], [0.3, 0, -1, 0.9]] as const) {
      const c = chainWeightCheck(x, [w1, w2], yt, 0, EPSILON);
      // E evaluated directly here, as the definition says.
      const sig = (z: number) => 1 / (1 + Math.exp(-z));
      const E = (a: number) => 0.5 * (sig(w2 * sig(a * x)) - yt) ** 2;
      expect(c.plus).toBeCloseTo(E(w1 + EPSILON), 15);
      expect(c.minus).toBeCloseTo(E(w1 - EPSILON), 15);
      expect(c.relativeError).toBeLessThan(1e-6);
    }
  });
  it('checks w₂ too: at the worked example ∂E/∂w₂ = −0.084314', () => {
    const c = chainWeightCheck(1, [0.5, -0.3], 1, 1);
    expect(c.analytic).toBeCloseTo(-0.084314, 6);
    expect(c.numeric).toBeCloseTo(-0.084314, 6);
  });
  it('rejects an index with no weight', () => {
    expect(() => chainWeightCheck(1, [0.5, -0.3], 1, 2)).toThrow(RangeError);
  });
});

describe('stepOnW1 / chainWeightStep — w₁ moves alone', () => {
  it('x = 1, w₁ = w₂ = 0.5, y′ = 1, η = 0.5: w₁ 0.5 → 0.506062, E 0.089386 → 0.089313 (h = sig(0.506062) = 0.623880, …)', () => {
    const s = stepOnW1(HAND);
    expect(s.before).toBe(0.5);
    expect(s.after).toBeCloseTo(0.506062, 6);
    expect(s.errorBefore).toBeCloseTo(0.089386, 6);
    expect(s.errorAfter).toBeCloseTo(0.089313, 6);
    expect(stepFits(s, 4)).toBe(true);
  });
  it('a step past ±4 does not fit', () => {
    const s = chainWeightStep(1, [3.99, 0.5], 1, 0, 10000);
    expect(stepFits(s, 4)).toBe(false);
  });
});

describe('W1_FACTORS and the formulas', () => {
  it('each single factor is the one its diagram part leads back to; products light their factors\' parts', () => {
    for (const f of W1_FACTORS.filter((f) => f.parts.length === 1)) expect(factorOfPart(f.parts[0]!, W1_FACTORS)).toBe(f);
    const parts = (id: string) => W1_FACTORS.find((f) => f.id === id)!.parts;
    expect(parts('dyh')).toEqual([...parts('sy'), ...parts('w2')]);
    expect(parts('dhw')).toEqual([...parts('sh'), ...parts('x')]);
  });
  it('ten derivation lines, and every placeholder of every formula has a value', () => {
    expect(DERIVATION.flat()).toHaveLength(10);
    const v = hiddenWeightValues(HAND);
    for (const tex of [...DERIVATION.flat(), THREE_FACTORS, ...SHARED, ...CHECK, UPDATE]) {
      for (const p of livePlaceholders(tex)) expect(v[p.name], `${p.name} in ${tex}`).toBeTypeOf('number');
    }
  });
  it('every factor chip has a value', () => {
    const v = hiddenWeightValues(HAND);
    for (const f of W1_FACTORS) expect(v[f.id]).toBeTypeOf('number');
  });
});
