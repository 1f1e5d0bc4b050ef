import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../../../src/widgets/kit/strings';
import { defaults } from '../../../../src/widgets/kit/url-state';
import { answered, askedStep, counterStep, emptyScore, moveTo, phaseJump, readStepperState, stepperModel, type QuizState } from '../../../../src/widgets/stepper/model';
import { STEPPER_TABLE } from '../../../../src/widgets/stepper/problem-url';

const DEFAULTS = defaults(STEPPER_TABLE);
const model = stepperModel(DEFAULTS);
const steps = model.trace.steps;

describe('the stepper’s model of its default state (the course’s 2-2-2 network)', () => {
  it('is the trace of one training step: 37 quantities, the first net⁽¹⁾₁ = 0.1', () => {
    // Counted by hand for 2 inputs, 2 hidden, 2 outputs, biases updated: net and out for 4 units (8),
    // E (1), a δ per unit (4), 8 weight and 4 bias gradients (12), their 12 updates — 37.
    expect(steps).toHaveLength(37);
    // net⁽¹⁾₁ = w₁₁x₁ + w₁₂x₂ + b₁ = 0.1·1 + (−0.2)·0.5 + 0.1 = 0.1
    expect(steps[0].id).toBe('net.1.1');
    expect(steps[0].value).toBeCloseTo(0.1, 12);
    expect(model.decimals).toBe(4);
  });

  it('E after the update is lower than before (one small gradient step), and every gradient passes its finite-difference check', () => {
    expect(model.lossAfter()).toBeLessThan(model.trace.summary.loss);
    const rows = model.finiteDifferences();
    expect(rows).toHaveLength(12);
    // The cache: asked twice, computed once.
    expect(model.finiteDifferences()).toBe(rows);
  });

  it('the exports’ steps are the same quantities without operand marks', () => {
    const plain = model.plainSteps();
    expect(plain.map((s) => [s.id, s.value])).toEqual(steps.map((s) => [s.id, s.value]));
    expect(JSON.stringify(plain)).not.toBe(JSON.stringify(steps));
  });
});

describe('readStepperState: a link’s step must be within its network’s trace', () => {
  const read = (query: string) => readStepperState(new URLSearchParams(query));
  it('keeps step 37 of 37', () => {
    expect(read('backprop-stepper.step=37')).toEqual({ state: { ...DEFAULTS, step: 37 }, ignored: [] });
  });
  it('starts from 0 past the last step, and says why', () => {
    const { state, ignored } = read('backprop-stepper.step=38');
    expect(state.step).toBe(0);
    expect(ignored.map((i) => formatMessage(i.reason, 'en'))).toEqual(['backprop-stepper.step: “38” is past the last step (37) — starting from step 0']);
  });
  it('measures the step against the network the link describes (a 2-1 network has 10 steps)', () => {
    // 2 inputs, 1 output: net, out, E, δ, 2 weight + 1 bias gradients, 3 updates = 10.
    const query = 'backprop-stepper.sizes=2-1&backprop-stepper.w=0.5_-0.5&backprop-stepper.b=0&backprop-stepper.t=1';
    expect(read(`${query}&backprop-stepper.step=10`).ignored).toEqual([]);
    expect(read(`${query}&backprop-stepper.step=11`).state.step).toBe(0);
  });
});

describe('the quiz’s bookkeeping', () => {
  const at = (step: number, reach: number, quiz = true): QuizState => ({ quiz, step, reach, score: emptyScore() });

  it('asks for the step after the furthest revealed, only in the quiz and only there', () => {
    expect(askedStep(at(2, 2), steps)).toBe(steps[2]);
    expect(askedStep(at(1, 2), steps)).toBeUndefined(); // stepped back: everything shown is known
    expect(askedStep(at(2, 2, false), steps)).toBeUndefined();
    expect(askedStep(at(37, 37), steps)).toBeUndefined(); // nothing left to ask
  });

  it('Next past a question counts it answered, not right; moving back or jumping counts nothing', () => {
    const skipped = moveTo(3, at(2, 2), steps);
    expect(skipped).toMatchObject({ step: 3, reach: 3 });
    expect([...skipped.score.answered]).toEqual([steps[2].id]);
    expect(skipped.score.right.size).toBe(0);
    const back = moveTo(1, at(2, 2), steps);
    expect(back).toMatchObject({ step: 1, reach: 2 });
    expect(back.score.answered.size).toBe(0);
    const jump = moveTo(20, at(2, 2), steps);
    expect(jump).toMatchObject({ step: 20, reach: 20 });
    expect(jump.score.answered.size).toBe(0);
  });

  it('an answer reveals the step; right at the first try counts right', () => {
    const state = at(2, 2);
    const right = answered(state, steps[2], true);
    expect(right).toMatchObject({ step: 3, reach: 3 });
    expect([...right.score.right]).toEqual([steps[2].id]);
    const shown = answered(state, steps[2], false);
    expect([...shown.score.answered]).toEqual([steps[2].id]);
    expect(shown.score.right.size).toBe(0);
    // The state it came from is not changed.
    expect(state.score.answered.size).toBe(0);
  });

  it('Jump to: in the quiz, a phase not yet revealed leads to the position before its first step, which is then asked', () => {
    const deltas = steps.findIndex((s) => s.phase === 'delta'); // index 9: δ⁽²⁾₁, the 10th quantity
    expect(phaseJump(deltas, at(1, 1))).toBe(deltas);
    expect(askedStep({ ...at(1, 1), ...moveTo(phaseJump(deltas, at(1, 1)), at(1, 1), steps) }, steps)).toBe(steps[deltas]);
    // revealed already (reach past it), or no quiz: the phase's first step is shown
    expect(phaseJump(deltas, at(20, 20))).toBe(deltas + 1);
    expect(phaseJump(deltas, at(1, 1, false))).toBe(deltas + 1);
  });

  it('the counter names the step asked (one past the revealed), otherwise the last shown', () => {
    expect(counterStep(at(9, 9), steps)).toBe(10);
    expect(counterStep(at(9, 12), steps)).toBe(9); // stepped back: nothing asked
    expect(counterStep(at(9, 9, false), steps)).toBe(9);
    expect(counterStep(at(37, 37), steps)).toBe(37);
  });
});
