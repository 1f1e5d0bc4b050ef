import { describe, expect, it } from 'vitest';
import { focalCurve, oneExample, oneExampleCurves, severalClasses } from '../../../../src/widgets/cross-entropy/model';
import { defaults, startingAt } from '../../../../src/widgets/kit/url-state';
import { CE_TABLE } from '../../../../src/widgets/cross-entropy/state';

describe('one example: −log p, (1 − p)², 0/1 accuracy', () => {
  it('published: −ln 0.9 = 0.1054, −ln 0.5 = 0.6931, −ln 0.1 = 2.3026', () => {
    expect(oneExample(0.9).crossEntropy).toBeCloseTo(0.1054, 4);
    expect(oneExample(0.5).crossEntropy).toBeCloseTo(0.6931, 4);
    expect(oneExample(0.1).crossEntropy).toBeCloseTo(2.3026, 4);
  });

  it('the chapter’s worked example: −ln 0.7 = 0.3567, −ln 0.2 = 1.6094; (1 − 0.7)² = 0.09, (1 − 0.2)² = 0.64', () => {
    expect(oneExample(0.7).crossEntropy).toBeCloseTo(0.3567, 4);
    expect(oneExample(0.2).crossEntropy).toBeCloseTo(1.6094, 4);
    expect(oneExample(0.7).squared).toBeCloseTo(0.09, 12);
    expect(oneExample(0.2).squared).toBeCloseTo(0.64, 12);
  });

  it('accuracy is 1 only when the true class has more than half (two classes): 0 at 0.5, 1 at 0.51', () => {
    expect(oneExample(0.5).accuracy).toBe(0);
    expect(oneExample(0.51).accuracy).toBe(1);
    expect(oneExample(0.1).accuracy).toBe(0);
  });

  it('the curves: at p = 1 both losses are 0; −log p passes 4.6 near p = 0.01; the step sits at 0.5', () => {
    const c = oneExampleCurves(0.01, 100);
    expect(c.crossEntropy[c.ps.length - 1]).toBeCloseTo(0, 12);
    expect(c.squared[c.ps.length - 1]).toBeCloseTo(0, 12);
    expect(c.crossEntropy[0]).toBeCloseTo(4.60517, 5); // −ln 0.01 = 2 ln 10
    const jump = c.ps.indexOf(0.5);
    expect([c.accuracy[jump], c.accuracy[jump + 1]]).toEqual([0, 1]);
  });
});

describe('several classes: one-hot y against ŷ = softmax(z), term by term', () => {
  it('z = (2, 1, 0.1): ŷ = (0.6590, 0.2424, 0.0986); true class 1: L = −ln 0.6590 = 0.4170, the other terms 0', () => {
    // e² = 7.38906, e¹ = 2.71828, e^0.1 = 1.10517; sum 11.21251; 7.38906/11.21251 = 0.65900.
    const s = severalClasses([2, 1, 0.1], 0);
    expect(s.predicted[0]).toBeCloseTo(0.659, 4);
    expect(s.predicted[1]).toBeCloseTo(0.2424, 4);
    expect(s.predicted[2]).toBeCloseTo(0.0986, 4);
    expect(s.target).toEqual([1, 0, 0]);
    expect(s.terms[0]).toBeCloseTo(0.417, 4);
    expect(s.terms.slice(1)).toEqual([0, 0]);
    expect(s.loss).toBeCloseTo(0.417, 4);
  });

  it('the true class 3 instead: L = −ln 0.0986 = 2.3170', () => {
    const s = severalClasses([2, 1, 0.1], 2);
    expect(s.loss).toBeCloseTo(2.317, 3);
    expect(s.terms[2]).toBe(s.loss);
  });

  it('logits ln(0.7, 0.2, 0.1) reproduce the chapter’s first prediction and its loss 0.3567', () => {
    const s = severalClasses([Math.log(0.7), Math.log(0.2), Math.log(0.1)], 0);
    expect(s.predicted[0]).toBeCloseTo(0.7, 12);
    expect(s.loss).toBeCloseTo(0.3567, 4);
  });
});

describe('since then: focal loss γ on one example, label smoothing ε on the three classes', () => {
  it('γ = 0 and ε = 0 (the defaults) change nothing: focal = −log p, the target stays one-hot', () => {
    const one = oneExample(0.7, 0);
    expect(one.focal).toBe(one.crossEntropy);
    expect(one.factor).toBe(1);
    const s = severalClasses([2, 1, 0.1], 0, 0);
    expect(s.target).toEqual([1, 0, 0]);
    expect(s.loss).toBe(severalClasses([2, 1, 0.1], 0).loss);
  });

  it('γ = 2: p = 0.9 costs (1 − 0.9)² × 0.1054 = 0.01 × 0.1054 = 0.0011; p = 0.1 costs 0.81 × 2.3026 = 1.8651', () => {
    expect(oneExample(0.9, 2).factor).toBeCloseTo(0.01, 12);
    expect(oneExample(0.9, 2).focal).toBeCloseTo(0.0011, 4);
    expect(oneExample(0.1, 2).factor).toBeCloseTo(0.81, 12);
    expect(oneExample(0.1, 2).focal).toBeCloseTo(1.8651, 4);
  });

  it('ε = 0.1 on the default logits (2, 1, 0.1), true class 1: target (0.9333, 0.0333, 0.0333), L = 0.5137', () => {
    // −ln ŷ⁽ᵏ⁾ = LSE − z_k with LSE = ln(e² + e¹ + e^0.1) = ln 11.21251 = 2.41703, so
    // L = 0.93333 × 0.41703 + 0.03333 × 1.41703 + 0.03333 × 2.31703 = 0.38923 + 0.04723 + 0.07723 = 0.51370
    const s = severalClasses([2, 1, 0.1], 0, 0.1);
    expect(s.target[0]).toBeCloseTo(0.9333, 4);
    expect(s.target[1]).toBeCloseTo(0.0333, 4);
    expect(s.target[2]).toBeCloseTo(0.0333, 4);
    expect(s.terms[0]).toBeCloseTo(0.3892, 4);
    expect(s.terms[1]).toBeCloseTo(0.0472, 4);
    expect(s.terms[2]).toBeCloseTo(0.0772, 4);
    expect(s.loss).toBeCloseTo(0.5137, 4);
    expect(s.terms[0] + s.terms[1] + s.terms[2]).toBeCloseTo(s.loss, 12);
  });

  it('ε = 0.1 on ŷ = (0.7, 0.2, 0.1) (logits ln ŷ): the chapter’s 0.3567 rises to 0.4633', () => {
    const s = severalClasses([Math.log(0.7), Math.log(0.2), Math.log(0.1)], 0, 0.1);
    expect(s.loss).toBeCloseTo(0.4633, 4);
  });

  it('the focal curve: at p = 1 it is 0, at p = 0.01 with γ = 2 it is 0.99² × 4.60517 = 4.5136', () => {
    const c = focalCurve(0.01, 100, 2);
    expect(c.focal[c.ps.length - 1]).toBeCloseTo(0, 12);
    expect(c.focal[0]).toBeCloseTo(0.9801 * 4.60517, 4);
  });
});

describe('the chapter’s second placement opens on start="gamma=2&eps=0.1"', () => {
  it('startingAt reads it as the defaults; a bad start throws (the build fails)', () => {
    const s = defaults(startingAt(CE_TABLE, 'gamma=2&eps=0.1'));
    expect([s.gamma, s.eps, s.p]).toEqual([2, 0.1, 0.7]);
    expect(() => startingAt(CE_TABLE, 'gamma=9')).toThrow();
    expect(() => startingAt(CE_TABLE, 'eps=abc')).toThrow();
  });
});
