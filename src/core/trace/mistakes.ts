/**
 * Check-my-answer: a student's value for one trace step, judged against the trace and against the
 * values the usual hand-calculation mistakes give at that step (every earlier step right). With
 * y = output, y' = target, f' = the layer's slope (sigmoid: y(1 − y)), E = ½Σ(y − y')²:
 *   E                 'half-factor'     Σ(y − y')² (the ½ dropped)
 *   output δ_j        'sign'            (y' − y)·f'            = −δ_j
 *                     'missing-slope'   ∂E/∂y_j alone          ((y − y') for the deck's E)
 *                     'half-factor'     ½δ_j and 2δ_j          (half-squared-error and mse only)
 *   hidden δ_j        'sign'            −δ_j
 *                     'missing-slope'   Σ_k δ_k w_kj           (without f'(net_j))
 *                     'updated-weight'  Σ_k δ_k w^new_kj · f'  (the layer above already updated)
 *                     'swapped-index'   Σ_k δ_k w_jk · f'      (when every w_jk exists)
 *   ∂E/∂w_ji          'sign'            −δ_j a_i
 *                     'swapped-index'   δ_i a_j                (when both exist)
 *   ∂E/∂b_j           'sign'            −δ_j
 *   new w (or b)      'sign'            w + η ∂E/∂w
 *                     'missing-eta'     w − ∂E/∂w
 * A softmax output δ has only 'sign'; forward steps have no candidates. A candidate within the
 * tolerance of the right value is dropped (it could not be told apart). With rounding.fromRounded the
 * candidates are rounded to `decimals`, as the trace's values are.
 */

import { type ElementwiseActivationName, createElementwiseActivation } from '../activations';
import { lossGradientTerm } from './loss-terms';
import { roundTo } from '../rounding';
import type { TraceProblem } from './problem';
import type { Operand } from './render';
import { traceTrainingStep } from './trace';
import type { TraceDecimals, TraceOptions, TraceStep } from './types';

export type MistakeName = 'sign' | 'missing-slope' | 'updated-weight' | 'half-factor' | 'swapped-index' | 'missing-eta';

export type AnswerVerdict = 'correct' | 'close' | 'mistake' | 'wrong';

export interface AnswerCheck {
  verdict: AnswerVerdict;
  /** The step's value in the trace (rounded when the trace is fromRounded). */
  expected: number;
  /** The mistake matched (verdict 'mistake'). */
  mistake?: MistakeName;
  /** The value that mistake gives (verdict 'mistake'). */
  mistakeValue?: number;
}

export interface MistakeCandidate {
  mistake: MistakeName;
  value: number;
}

/**
 * Half-width of 'correct' at `decimals` places: 2 units of the last place. A careful paper calculation
 * rounds its answer (½ unit) and works from the rounded numbers the formulas show, which moves the
 * last digit by about one more unit; 2 units accept both. A mistake's value closer than this to the
 * right one is not offered (no answer could tell the two apart).
 */
export function answerTolerance(decimals: TraceDecimals): number {
  return 2 * 10 ** -decimals;
}

/** The smallest number of decimals 'close' rounds to. */
const CLOSE_MIN_DECIMALS = 2;

interface Traced {
  steps: Map<string, TraceStep>;
  decimals: TraceDecimals;
  fromRounded: boolean;
}

function traceOf(problem: TraceProblem, options: TraceOptions): Traced {
  const { steps } = traceTrainingStep(problem, problem, {
    ...options,
    loss: options.loss ?? problem.loss,
    updateBias: options.updateBias ?? problem.updateBias,
    markOperands: false,
  });
  return {
    steps: new Map(steps.map((s) => [s.id, s])),
    decimals: options.rounding?.decimals ?? 4,
    fromRounded: options.rounding?.fromRounded ?? false,
  };
}

/** The named mistakes' values at `step`, before rounding and dropping. */
function rawCandidates(problem: TraceProblem, options: TraceOptions, steps: Map<string, TraceStep>, step: TraceStep): MistakeCandidate[] {
  const value = (id: string): number => {
    const found = steps.get(id);
    if (found === undefined) throw new Error(`mistakes: the trace has no step ${id}`);
    return found.value;
  };
  const loss = options.loss ?? problem.loss;
  const count = problem.layers.length;
  const [kind, ...rest] = step.id.split('.');
  const sign: MistakeCandidate = { mistake: 'sign', value: -step.value };
  /** a^{(l)}_j: x_j for l = 0, the output of unit j of layer l otherwise (1-based j). */
  const activation = (l: number, j: number): number | undefined =>
    l === 0 ? problem.input[j - 1] : steps.get(`out.${l}.${j}`)?.value;
  /** f'(net^{(l)}_j) from the trace's net and output, as the trace computes it. */
  const slope = (l: number, j: number): number => {
    const layer = problem.layers[l - 1];
    const f = createElementwiseActivation(layer.activation as ElementwiseActivationName, { slope: layer.leakySlope });
    return f.derivative(value(`net.${l}.${j}`), value(`out.${l}.${j}`));
  };

  if (step.id === 'E') return loss === 'half-squared-error' ? [{ mistake: 'half-factor', value: 2 * step.value }] : [];

  if (kind === 'delta') {
    const [l, j] = rest.map(Number);
    if (l === count) {
      if (problem.layers[l - 1].activation === 'softmax') return [sign];
      const given = (v: number): Operand => ({ symbol: '', text: '', value: v });
      const y = given(value(`out.${l}.${j}`));
      const target = given(problem.target[j - 1]);
      const gradient = lossGradientTerm(loss, y, target, problem.target.length).value;
      const candidates: MistakeCandidate[] = [sign, { mistake: 'missing-slope', value: gradient }];
      if (loss === 'half-squared-error' || loss === 'mse') {
        candidates.push({ mistake: 'half-factor', value: step.value / 2 }, { mistake: 'half-factor', value: 2 * step.value });
      }
      return candidates;
    }
    const above = problem.layers[l].weights;
    const deltaAbove = above.map((_, k) => value(`delta.${l + 1}.${k + 1}`));
    const f = slope(l, j);
    const back = (weight: (k: number) => number) => deltaAbove.reduce((sum, d, k) => sum + d * weight(k), 0);
    const candidates: MistakeCandidate[] = [
      sign,
      { mistake: 'missing-slope', value: back((k) => above[k][j - 1]) },
      { mistake: 'updated-weight', value: back((k) => value(`new.W.${l + 1}.${k + 1}.${j}`)) * f },
    ];
    // w_jk for w_kj: row j of W^{(l+1)} must exist and have a column for every unit k above.
    if (j <= above.length && above.length <= above[0].length) {
      candidates.push({ mistake: 'swapped-index', value: back((k) => above[j - 1][k]) * f });
    }
    return candidates;
  }

  if (kind === 'grad') {
    if (rest[0] === 'b') return [sign];
    const [l, j, i] = rest.slice(1).map(Number);
    const candidates: MistakeCandidate[] = [sign];
    const swappedDelta = steps.get(`delta.${l}.${i}`)?.value;
    const swappedInput = activation(l - 1, j);
    if (swappedDelta !== undefined && swappedInput !== undefined) {
      candidates.push({ mistake: 'swapped-index', value: swappedDelta * swappedInput });
    }
    return candidates;
  }

  if (kind === 'new') {
    const [l, j, i] = rest.slice(1).map(Number);
    const parameter = rest[0] === 'W' ? problem.layers[l - 1].weights[j - 1][i - 1] : problem.layers[l - 1].bias[j - 1];
    const gradient = value(step.id.replace(/^new/, 'grad'));
    return [
      { mistake: 'sign', value: parameter + options.learningRate * gradient },
      { mistake: 'missing-eta', value: parameter - gradient },
    ];
  }

  return [];
}

function findStep(traced: Traced, stepId: string): TraceStep {
  const step = traced.steps.get(stepId);
  if (step === undefined) throw new RangeError(`stepId: no step "${stepId}" in this trace`);
  return step;
}

function candidatesAt(problem: TraceProblem, options: TraceOptions, traced: Traced, step: TraceStep): MistakeCandidate[] {
  const tolerance = answerTolerance(traced.decimals);
  return rawCandidates(problem, options, traced.steps, step)
    .map(({ mistake, value }) => ({ mistake, value: traced.fromRounded ? roundTo(value, traced.decimals) : value }))
    .filter(({ value }) => Number.isFinite(value) && Math.abs(value - step.value) > tolerance);
}

/** Values a student gets at step `stepId` by making one named mistake at that step (earlier steps right). */
export function mistakeCandidates(problem: TraceProblem, options: TraceOptions, stepId: string): MistakeCandidate[] {
  const traced = traceOf(problem, options);
  return candidatesAt(problem, options, traced, findStep(traced, stepId));
}

/**
 * The verdict on `answer` for step `stepId`: 'correct' within answerTolerance; else 'mistake' when it
 * is within that tolerance of a named mistake's value (the nearest one); else 'close' when answer and
 * expected agree once both are rounded to fewer decimals (2 up to decimals − 1: a rounding slip); else
 * 'wrong'.
 */
export function checkAnswer(problem: TraceProblem, options: TraceOptions, stepId: string, answer: number): AnswerCheck {
  const traced = traceOf(problem, options);
  const step = findStep(traced, stepId);
  const expected = step.value;
  if (!Number.isFinite(answer)) return { verdict: 'wrong', expected };
  const tolerance = answerTolerance(traced.decimals);
  if (Math.abs(answer - expected) <= tolerance) return { verdict: 'correct', expected };

  let nearest: MistakeCandidate | undefined;
  for (const candidate of candidatesAt(problem, options, traced, step)) {
    const distance = Math.abs(answer - candidate.value);
    if (distance <= tolerance && (nearest === undefined || distance < Math.abs(answer - nearest.value))) nearest = candidate;
  }
  if (nearest !== undefined) return { verdict: 'mistake', expected, mistake: nearest.mistake, mistakeValue: nearest.value };

  for (let places = traced.decimals - 1; places >= CLOSE_MIN_DECIMALS; places--) {
    if (roundTo(answer, places) === roundTo(expected, places)) return { verdict: 'close', expected };
  }
  return { verdict: 'wrong', expected };
}
