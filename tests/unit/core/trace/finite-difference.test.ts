import { describe, expect, it } from 'vitest';
import { finiteDifferenceCheck } from '../../../../src/core/trace/finite-difference';
import { type TraceProblem, validateTraceProblem } from '../../../../src/core/trace/problem';
import { traceTrainingStep } from '../../../../src/core/trace/trace';
import { CASES, DECK_CHAIN, TWO_TWO_ONE, type TraceCase } from './cases';

const problemOf = (c: TraceCase): TraceProblem =>
  validateTraceProblem({ ...c.spec, input: c.input, target: c.target, loss: c.loss, learningRate: c.learningRate, updateBias: c.updateBias });

describe('finiteDifferenceCheck(problem, epsilon)', () => {
  it('two-two-one: one row per gradient step, in the trace’s order, with the trace’s full-precision values', () => {
    const problem = problemOf(TWO_TWO_ONE);
    const rows = finiteDifferenceCheck(problem);
    const gradients = traceTrainingStep(problem, problem, { learningRate: 0.5, rounding: { decimals: 4, fromRounded: true } })
      .steps.filter((s) => s.phase === 'gradient');
    expect(rows.map((r) => r.id)).toEqual(gradients.map((s) => s.id));
    expect(rows.map((r) => r.id)).toEqual([
      'grad.W.2.1.1', 'grad.W.2.1.2', 'grad.b.2.1',
      'grad.W.1.1.1', 'grad.W.1.1.2', 'grad.b.1.1', 'grad.W.1.2.1', 'grad.W.1.2.2', 'grad.b.1.2',
    ]);
    // ∂E/∂w⁽²⁾₁₁ = δ² h₁ = −0.106861 · 0.524979 = −0.056100 (not the rounded −0.0561 · …).
    expect(rows[0].backprop).toBeCloseTo(-0.0561, 5);
    expect(rows[0].backprop).not.toBe(gradients[0].value);
  });

  it('the deck chain (biases fixed) lists only the two weights', () => {
    expect(finiteDifferenceCheck(problemOf(DECK_CHAIN)).map((r) => r.id)).toEqual(['grad.W.2.1.1', 'grad.W.1.1.1']);
  });

  // The ReLU case has a unit at net = 0 exactly, where the slope jumps and a central difference straddles the kink.
  it.each(CASES.filter((c) => !c.name.includes('relu hidden')).map((c) => [c.name, c] as const))(
    '%s: backprop and the central difference agree to ≤ 1e-7 relative',
    (_, c) => {
      for (const row of finiteDifferenceCheck(problemOf(c))) {
        expect(row.relativeError, row.id).toBeLessThanOrEqual(1e-7);
        expect(row.relativeError).toBe(Math.abs(row.backprop - row.numeric) / Math.max(Math.abs(row.backprop), Math.abs(row.numeric), 1e-6));
      }
    },
  );

  it('a larger ε (1e-2) still agrees to the O(ε²) error of a central difference', () => {
    for (const row of finiteDifferenceCheck(problemOf(TWO_TWO_ONE), 1e-2)) {
      expect(row.relativeError, row.id).toBeGreaterThan(0);
      expect(row.relativeError, row.id).toBeLessThan(1e-3);
    }
  });

  it('ε ≤ 0 or not finite is a RangeError', () => {
    expect(() => finiteDifferenceCheck(problemOf(TWO_TWO_ONE), 0)).toThrow(RangeError);
    expect(() => finiteDifferenceCheck(problemOf(TWO_TWO_ONE), Number.NaN)).toThrow(/epsilon/);
  });
});
