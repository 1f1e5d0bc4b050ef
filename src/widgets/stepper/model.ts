/**
 * What the stepper shows for a state, without the DOM: the problem its URL fields describe, the core's
 * trace of one training step of it (traceTrainingStep), and — computed when first asked for — the
 * finite-difference check of its gradients and E after the update. Also the quiz's bookkeeping: which
 * step is being asked, and what moving to another step does to the furthest step revealed and the score.
 */
import {
  finiteDifferenceCheck,
  traceTrainingStep,
  type FiniteDifferenceRow,
  type Trace,
  type TraceDecimals,
  type TraceProblem,
  type TraceStep,
} from '../../core';
import type { ParsedUrlState } from '../kit/url-state';
import type { QuizScore } from './quiz-panel';
import { problemFromFields, readStepperUrl, STEPPER_ID, traceOptionsOf, type StepperUrlState } from './problem-url';

export interface StepperModel {
  readonly problem: TraceProblem;
  readonly trace: Trace;
  readonly decimals: TraceDecimals;
  /** The trace without operand marks, as `npm run trace` prints it (the exports). */
  plainSteps(): readonly TraceStep[];
  /** Numerical against analytic gradients, for every weight and bias (the core's finiteDifferenceCheck). */
  finiteDifferences(): readonly FiniteDifferenceRow[];
  /** E after the update: the core's forward pass on the updated weights. */
  lossAfter(): number;
}

/** Pure apart from caching: the problem the fields describe (valid — readStepperState saw to that) and its trace. */
export function stepperModel(state: StepperUrlState): StepperModel {
  const problem = problemFromFields(state);
  const options = traceOptionsOf(problem, state);
  const trace = traceTrainingStep({ layers: problem.layers }, { input: problem.input, target: problem.target }, options);
  let rows: FiniteDifferenceRow[] | undefined;
  let after: number | undefined;
  return {
    problem,
    trace,
    decimals: Number(state.dec) as TraceDecimals,
    plainSteps: () => traceTrainingStep({ layers: problem.layers }, problem, { ...options, markOperands: false }).steps,
    finiteDifferences: () => (rows ??= finiteDifferenceCheck(problem)),
    lossAfter: () =>
      (after ??= traceTrainingStep(
        { layers: problem.layers.map((layer, l) => ({ ...layer, weights: trace.summary.updated[l].weights, bias: trace.summary.updated[l].bias })) },
        { input: problem.input, target: problem.target },
        { learningRate: problem.learningRate, loss: problem.loss },
      ).summary.loss),
  };
}

/**
 * The state a link describes: the table's checks and the network's (readStepperUrl), then the step,
 * which must be within this network's trace — past it, the reader starts at step 0 and is told why.
 */
export function readStepperState(params: URLSearchParams, id = STEPPER_ID): ParsedUrlState<StepperUrlState> {
  const read = readStepperUrl(params, id);
  const state = { ...read.state };
  const ignored = [...read.ignored];
  const total = stepperModel(state).trace.steps.length;
  if (state.step > total) {
    const raw = String(state.step);
    ignored.push({ key: `${id}.step`, raw, reason: { key: 'stepperUrlBadStep', params: { name: id, raw, total } } });
    state.step = 0;
  }
  return { state, ignored };
}

/** The quiz's part of the state. `reach` is the furthest step revealed; the step after it is asked before it is shown. */
export interface QuizState {
  readonly quiz: boolean;
  readonly step: number;
  readonly reach: number;
  readonly score: QuizScore;
}

export const emptyScore = (): QuizScore => ({ answered: new Set(), right: new Set() });

/** The step whose value the reader is asked for, if any: in the quiz, the one after the furthest revealed. */
export function askedStep(state: QuizState, steps: readonly TraceStep[]): TraceStep | undefined {
  return state.quiz && state.step === state.reach && state.step < steps.length ? steps[state.step] : undefined;
}

/**
 * The position "Jump to" leads to for a phase whose first step has index `start`: its first step
 * shown (start + 1) — or, in the quiz, when that step is not yet revealed, the position before it, so
 * the phase's first quantity is the one asked.
 */
export function phaseJump(start: number, state: QuizState): number {
  return state.quiz && start >= state.reach ? start : start + 1;
}

/** The step the counter names: the one asked, while a question waits; otherwise the last shown. */
export function counterStep(state: QuizState, steps: readonly TraceStep[]): number {
  return askedStep(state, steps) ? state.step + 1 : state.step;
}

function withAnswer(score: QuizScore, id: string, right: boolean): QuizScore {
  return { answered: new Set(score.answered).add(id), right: right ? new Set(score.right).add(id) : score.right };
}

/**
 * Moving to step `to` (any button, key or the menu): it is revealed, so the furthest step revealed
 * follows; stepping past the question asked (Next instead of an answer) counts it answered, not right.
 */
export function moveTo(to: number, state: QuizState, steps: readonly TraceStep[]): Pick<QuizState, 'step' | 'reach' | 'score'> {
  const asked = askedStep(state, steps);
  const skipped = asked !== undefined && to === state.step + 1;
  return { step: to, reach: Math.max(state.reach, to), score: skipped ? withAnswer(state.score, asked.id, false) : state.score };
}

/** The asked step answered (right at the first try, or not) or its answer shown: it is revealed. */
export function answered(state: QuizState, step: TraceStep, right: boolean): Pick<QuizState, 'step' | 'reach' | 'score'> {
  const to = state.step + 1;
  return { step: to, reach: Math.max(state.reach, to), score: withAnswer(state.score, step.id, right) };
}
