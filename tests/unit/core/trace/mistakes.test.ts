import { describe, expect, it } from 'vitest';
import { answerTolerance, checkAnswer, mistakeCandidates } from '../../../../src/core/trace/mistakes';
import { roundTo } from '../../../../src/core/rounding';
import { type TraceProblem, validateTraceProblem } from '../../../../src/core/trace/problem';
import { traceTrainingStep } from '../../../../src/core/trace/trace';
import type { TraceOptions } from '../../../../src/core/trace/types';
import { TWO_TWO_ONE_PROBLEM } from '../../../../src/core/examples';

const TWO_TWO_ONE: TraceProblem = TWO_TWO_ONE_PROBLEM;
const OPTIONS: TraceOptions = { learningRate: 0.5 };

/** 2-2-2: TWO_TWO_ONE with a second output unit, so w^{(2)}_{jk} exists for w^{(2)}_{kj}. */
const TWO_TWO_TWO: TraceProblem = validateTraceProblem({
  layers: [
    TWO_TWO_ONE.layers[0],
    { weights: [[0.7, -0.5], [0.3, 0.6]], bias: [0.2, -0.1], activation: 'sigmoid' },
  ],
  input: [1, 0.5],
  target: [1, 0],
  learningRate: 0.5,
});

const names = (problem: TraceProblem, stepId: string, options = OPTIONS) =>
  mistakeCandidates(problem, options, stepId).map((c) => c.mistake);
const candidate = (problem: TraceProblem, stepId: string, mistake: string, options = OPTIONS) =>
  mistakeCandidates(problem, options, stepId).filter((c) => c.mistake === mistake).map((c) => c.value);

// The 2-2-1 example at full precision (examples/trace/README.md):
//   h₁ = sig(0.1) = 0.524979, h₂ = sig(0.45) = 0.610639, net² = 0.7h₁ − 0.5h₂ + 0.2 = 0.262166,
//   y = sig(0.262166) = 0.565169, E = ½(0.565169 − 1)² = 0.094539,
//   δ² = (y − 1)·y(1 − y) = −0.434831 · 0.565169 · 0.434831 = −0.106861.

describe('answerTolerance(decimals)', () => {
  it('answerTolerance(4) is 2 units of the 4th place; 6 and 9 likewise', () => {
    expect(answerTolerance(4)).toBeCloseTo(2e-4, 15);
    expect(answerTolerance(6)).toBeCloseTo(2e-6, 15);
    expect(answerTolerance(9)).toBeCloseTo(2e-9, 18);
  });
});

describe('mistakeCandidates(two-two-one.json, { learningRate: 0.5 }, stepId)', () => {
  it("'E': half-factor is Σ(y − y')² = 2E = 0.434831² = 0.189078", () => {
    expect(mistakeCandidates(TWO_TWO_ONE, OPTIONS, 'E')).toEqual([{ mistake: 'half-factor', value: expect.closeTo(0.189078, 6) }]);
  });

  it("'delta.2.1': sign +0.106861, missing-slope y − y' = −0.434831, half-factor ½δ = −0.053431 and 2δ = −0.213722", () => {
    expect(mistakeCandidates(TWO_TWO_ONE, OPTIONS, 'delta.2.1')).toEqual([
      { mistake: 'sign', value: expect.closeTo(0.106861, 6) },
      { mistake: 'missing-slope', value: expect.closeTo(-0.434831, 6) },
      { mistake: 'half-factor', value: expect.closeTo(-0.053431, 6) },
      { mistake: 'half-factor', value: expect.closeTo(-0.213722, 6) },
    ]);
  });

  it("'delta.1.1': missing-slope δ²w₁₁ = −0.074803; updated-weight with new w₁₁ = 0.728050 gives −0.019402", () => {
    // Right: δ¹₁ = δ² w⁽²⁾₁₁ · h₁(1 − h₁) = −0.106861 · 0.7 · 0.249376 = −0.018654.
    // new w⁽²⁾₁₁ = 0.7 − 0.5 · (δ² h₁) = 0.7 − 0.5 · (−0.056100) = 0.728050
    // updated-weight: −0.106861 · 0.728050 · 0.249376 = −0.019402.
    expect(mistakeCandidates(TWO_TWO_ONE, OPTIONS, 'delta.1.1')).toEqual([
      { mistake: 'sign', value: expect.closeTo(0.018654, 6) },
      { mistake: 'missing-slope', value: expect.closeTo(-0.074803, 6) },
      { mistake: 'updated-weight', value: expect.closeTo(-0.019402, 6) },
    ]);
  });

  it("'delta.1.2' on 2-2-1 has no swapped-index (w⁽²⁾₂₁ does not exist)", () => {
    expect(names(TWO_TWO_ONE, 'delta.1.2')).toEqual(['sign', 'missing-slope', 'updated-weight']);
  });

  it("'delta.1.1' on 2-2-2: swapped-index uses w⁽²⁾₁₂ for w⁽²⁾₂₁", () => {
    const { steps } = traceTrainingStep(TWO_TWO_TWO, TWO_TWO_TWO, OPTIONS);
    const v = (id: string) => steps.find((s) => s.id === id)?.value as number;
    const slope = v('out.1.1') * (1 - v('out.1.1'));
    // Right: (δ²₁w⁽²⁾₁₁ + δ²₂w⁽²⁾₂₁)·h₁(1 − h₁) = (0.7δ²₁ + 0.3δ²₂)·slope; swapped: (0.7δ²₁ − 0.5δ²₂)·slope.
    expect(v('delta.1.1')).toBeCloseTo((0.7 * v('delta.2.1') + 0.3 * v('delta.2.2')) * slope, 15);
    expect(candidate(TWO_TWO_TWO, 'delta.1.1', 'swapped-index')).toEqual([
      expect.closeTo((0.7 * v('delta.2.1') - 0.5 * v('delta.2.2')) * slope, 15),
    ]);
  });

  it("'grad.W.1.1.2': sign, and swapped-index δ¹₂x₁ = 0.012704 for δ¹₁x₂ = −0.009327", () => {
    expect(mistakeCandidates(TWO_TWO_ONE, OPTIONS, 'grad.W.1.1.2')).toEqual([
      { mistake: 'sign', value: expect.closeTo(0.009327, 6) },
      { mistake: 'swapped-index', value: expect.closeTo(0.012704, 6) },
    ]);
  });

  it("'grad.W.1.1.1' and 'grad.b.2.1': sign only (the swapped index is the same weight; a bias has none)", () => {
    expect(names(TWO_TWO_ONE, 'grad.W.1.1.1')).toEqual(['sign']);
    expect(names(TWO_TWO_ONE, 'grad.W.2.1.2')).toEqual(['sign']);
    expect(names(TWO_TWO_ONE, 'grad.b.2.1')).toEqual(['sign']);
  });

  it("'new.W.2.1.1': sign w + η∂E/∂w = 0.7 + 0.5·(−0.056100) = 0.671950; missing-eta 0.7 + 0.056100 = 0.756100", () => {
    expect(mistakeCandidates(TWO_TWO_ONE, OPTIONS, 'new.W.2.1.1')).toEqual([
      { mistake: 'sign', value: expect.closeTo(0.67195, 6) },
      { mistake: 'missing-eta', value: expect.closeTo(0.7561, 6) },
    ]);
  });

  it("forward steps have none; η = 1 drops missing-eta (it equals the right value)", () => {
    expect(mistakeCandidates(TWO_TWO_ONE, OPTIONS, 'out.1.1')).toEqual([]);
    expect(names(TWO_TWO_ONE, 'new.b.1.2', { learningRate: 1 })).toEqual(['sign']);
  });

  it('a linear output drops missing-slope (f′ = 1); cross-entropy has no half-factor; softmax has sign only', () => {
    const linear = validateTraceProblem({ ...TWO_TWO_ONE, layers: [TWO_TWO_ONE.layers[0], { ...TWO_TWO_ONE.layers[1], activation: 'linear' }] });
    expect(names(linear, 'delta.2.1')).toEqual(['sign', 'half-factor', 'half-factor']);
    expect(names(TWO_TWO_ONE, 'delta.2.1', { learningRate: 0.5, loss: 'cross-entropy' })).toEqual(['sign', 'missing-slope']);
    expect(names(TWO_TWO_ONE, 'E', { learningRate: 0.5, loss: 'cross-entropy' })).toEqual([]);
    const softmax = validateTraceProblem({ ...TWO_TWO_TWO, layers: [TWO_TWO_TWO.layers[0], { ...TWO_TWO_TWO.layers[1], activation: 'softmax' }] });
    expect(names(softmax, 'delta.2.1')).toEqual(['sign']);
    expect(names(softmax, 'delta.1.1')).toContain('swapped-index');
  });

  it('fromRounded: every candidate sits on the 4-decimal grid', () => {
    const options: TraceOptions = { learningRate: 0.5, rounding: { decimals: 4, fromRounded: true } };
    for (const id of ['E', 'delta.2.1', 'delta.1.1', 'grad.W.1.1.2', 'new.W.2.1.1']) {
      for (const { value } of mistakeCandidates(TWO_TWO_ONE, options, id)) expect(value, id).toBe(roundTo(value, 4));
    }
    // δ² from rounded y = 0.5652: sign +0.1069, missing-slope 0.5652 − 1 = −0.4348.
    expect(candidate(TWO_TWO_ONE, 'delta.2.1', 'sign', options)).toEqual([0.1069]);
    expect(candidate(TWO_TWO_ONE, 'delta.2.1', 'missing-slope', options)).toEqual([-0.4348]);
  });

  it('an unknown step id throws a RangeError naming it', () => {
    expect(() => mistakeCandidates(TWO_TWO_ONE, OPTIONS, 'delta.3.1')).toThrow(/stepId: no step "delta.3.1"/);
  });
});

describe('checkAnswer(two-two-one.json, { learningRate: 0.5 }, stepId, answer)', () => {
  const check = (stepId: string, answer: number, options = OPTIONS) => checkAnswer(TWO_TWO_ONE, options, stepId, answer);

  it("checkAnswer(…, 'delta.2.1', −0.1069) is correct (|−0.1069 + 0.106861| = 0.00004 ≤ 0.0002)", () => {
    expect(check('delta.2.1', -0.1069)).toEqual({ verdict: 'correct', expected: expect.closeTo(-0.106861, 6) });
    expect(check('delta.1.1', -0.0187).verdict).toBe('correct');
    expect(check('new.W.2.1.1', 0.728).verdict).toBe('correct');
  });

  it('names the mistake and its value: sign, missing-slope, half-factor, updated-weight, swapped-index, missing-eta', () => {
    expect(check('delta.2.1', 0.1069)).toMatchObject({ verdict: 'mistake', mistake: 'sign', mistakeValue: expect.closeTo(0.106861, 6) });
    expect(check('delta.2.1', -0.4348)).toMatchObject({ verdict: 'mistake', mistake: 'missing-slope' });
    expect(check('delta.2.1', -0.2137)).toMatchObject({ verdict: 'mistake', mistake: 'half-factor', mistakeValue: expect.closeTo(-0.213722, 6) });
    expect(check('E', 0.1891)).toMatchObject({ verdict: 'mistake', mistake: 'half-factor' });
    expect(check('delta.1.1', -0.0194)).toMatchObject({ verdict: 'mistake', mistake: 'updated-weight' });
    expect(check('delta.1.1', -0.0748)).toMatchObject({ verdict: 'mistake', mistake: 'missing-slope' });
    expect(check('grad.W.1.1.2', 0.0127)).toMatchObject({ verdict: 'mistake', mistake: 'swapped-index' });
    expect(check('new.W.2.1.1', 0.672)).toMatchObject({ verdict: 'mistake', mistake: 'sign' });
    expect(check('new.W.2.1.1', 0.7561)).toMatchObject({ verdict: 'mistake', mistake: 'missing-eta' });
  });

  it('close: −0.1071 is 0.00024 off, but −0.107 when both are rounded to 3 places; −0.11 at 2', () => {
    expect(check('delta.2.1', -0.1071)).toEqual({ verdict: 'close', expected: expect.closeTo(-0.106861, 6) });
    expect(check('delta.2.1', -0.11).verdict).toBe('close');
  });

  it('at 9 decimals −0.106861 is close, −0.106861138 correct', () => {
    const nine: TraceOptions = { learningRate: 0.5, rounding: { decimals: 9 } };
    expect(check('delta.2.1', -0.106861, nine).verdict).toBe('close');
    expect(check('delta.2.1', -0.106861138, nine).verdict).toBe('correct');
  });

  it('wrong: nothing matches; NaN and Infinity are wrong', () => {
    expect(check('delta.2.1', 0.5)).toEqual({ verdict: 'wrong', expected: expect.closeTo(-0.106861, 6) });
    expect(check('out.1.1', 0.6).verdict).toBe('wrong');
    expect(check('delta.2.1', Number.NaN).verdict).toBe('wrong');
    expect(check('delta.2.1', Number.POSITIVE_INFINITY).verdict).toBe('wrong');
  });

  it('fromRounded: expected is the trace’s rounded value (−0.1069)', () => {
    const rounded: TraceOptions = { learningRate: 0.5, rounding: { decimals: 4, fromRounded: true } };
    expect(check('delta.2.1', -0.1069, rounded)).toEqual({ verdict: 'correct', expected: -0.1069 });
    expect(check('delta.2.1', 0.1069, rounded)).toEqual({ verdict: 'mistake', expected: -0.1069, mistake: 'sign', mistakeValue: 0.1069 });
  });
});
