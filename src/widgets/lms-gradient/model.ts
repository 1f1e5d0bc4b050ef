/**
 * The lms-gradient widget's model, pure (tests/unit/widgets/lms-gradient/model.test.ts): both rules
 * run from the same start with the same α (core lms-gradient.ts, runTwoRules), read at step t. The
 * example shown is the one the next step uses, t mod 4: its E = ½(d − net)², the slopes −(d − net)xᵢ
 * beside their central differences (core gradientCheck), the LMS step −α·∂E/∂θ and the perceptron
 * rule's α(d − y)xt under the perceptron's own weights, and the central difference of ½(d − step(net))².
 *
 * Lines: the perceptron's at net = 0 (its step). LMS fits net to targets 0 and 1, so its cut is the
 * middle, net = ½ — the chapter's step applied to net − ½ (bias b − ½). How many corners each cut
 * gets right is counted both ways, since LMS's weights under the chapter's own step (net ≥ 0) get
 * fewer.
 */
import {
  correctCount,
  divergenceLimit,
  finiteDifferences,
  leastSquares,
  readExample,
  runTwoRules,
  sumError,
  type ExampleReading,
  type LmsExample,
  type Theta,
  type TwoRuleRun,
} from '../../core/lms-gradient';
import { EPOCH_CAP, EXAMPLES, type LmsGradientState } from './state';

/** LMS's decision threshold: the middle of the targets 0 and 1. */
export const LMS_CUT = 0.5;

export interface RuleReading {
  readonly theta: Theta;
  readonly read: ExampleReading;
  /** The step this rule takes on the example: −α·∂E/∂θ (LMS) or α(d − y)(x₁, x₂, 1). */
  readonly delta: Theta;
  /** Central differences of ½(d − out)²: out = net (LMS) or step(net). */
  readonly numeric: Theta;
  /** Σ½(d − out)² over the four examples now. */
  readonly error: number;
  /** Corners right at its cut (LMS: net ≥ ½; perceptron: net ≥ 0). */
  readonly correct: number;
  /** This rule made its last step (settled, diverged or converged) at or before t. */
  readonly stopped: boolean;
  /** Σ½(d − out)² after each completed epoch up to t (index 0: the start). */
  readonly curve: readonly number[];
}

export interface LmsGradientModel {
  readonly run: TwoRuleRun;
  /** Steps taken, ≤ run.steps. */
  readonly t: number;
  /** Epochs completed. */
  readonly epoch: number;
  /** Row of the example the next step uses. */
  readonly sample: number;
  readonly example: LmsExample;
  readonly lms: RuleReading & { readonly correctAtZero: number; readonly distance: number };
  readonly perceptron: RuleReading;
  readonly optimum: { readonly theta: Theta; readonly sumError: number };
  /** α* of these inputs (the same four for every gate). */
  readonly limit: number;
  readonly aboveLimit: boolean;
  /** Both rules have stopped or the cap is reached: no step left. */
  readonly done: boolean;
}

let limitMemo: number | null = null;
/** α* for the four corners (computed once; the gates share their inputs). */
export function alphaLimit(examples: readonly LmsExample[]): number {
  limitMemo ??= divergenceLimit(examples) ?? Infinity;
  return limitMemo;
}

/** The run for the settings (everything but t); model() reads it at t. */
export function runFor(state: Pick<LmsGradientState, 'gate' | 'alpha' | 'w1' | 'w2' | 'b'>): TwoRuleRun {
  return runTwoRules(state.gate, state.alpha, [state.w1, state.w2, state.b], EPOCH_CAP);
}

function reading(
  run: TwoRuleRun,
  thetas: readonly Theta[],
  epochErrors: readonly number[],
  output: 'linear' | 'step',
  t: number,
  example: LmsExample,
): RuleReading {
  const k = Math.min(t, thetas.length - 1);
  const theta = thetas[k];
  const read = readExample(theta, example);
  const a = run.alpha;
  const xt = [example.x[0], example.x[1], 1];
  // + 0 turns a −0 (a zero error times a negative factor) into 0.
  const delta = (output === 'linear' ? xt.map((_, i) => -a * read.grad[i] + 0) : xt.map((v) => a * (example.d - read.y) * v + 0)) as unknown as Theta;
  const epochs = Math.floor(t / EXAMPLES);
  return {
    theta,
    read,
    delta,
    numeric: finiteDifferences(theta, example, output).numeric,
    error: sumError(theta, run.examples, output),
    correct: correctCount(theta, run.examples, output === 'linear' ? LMS_CUT : 0),
    stopped: t >= thetas.length - 1 && (output === 'linear' ? run.lmsStop !== null : run.perceptronStop !== null),
    curve: epochErrors.slice(0, Math.min(epochs, epochErrors.length - 1) + 1),
  };
}

export function lmsGradientModel(run: TwoRuleRun, tWanted: number): LmsGradientModel {
  const t = Math.min(tWanted, run.steps);
  const sample = t % EXAMPLES;
  const example = run.examples[sample];
  const optimum = leastSquares(run.examples);
  const lmsBase = reading(run, run.lms, run.lmsEpochError, 'linear', t, example);
  const lms = {
    ...lmsBase,
    correctAtZero: correctCount(lmsBase.theta, run.examples, 0),
    distance: Math.hypot(...lmsBase.theta.map((v, i) => v - optimum.theta[i])),
  };
  const limit = alphaLimit(run.examples);
  return {
    run,
    t,
    epoch: Math.floor(t / EXAMPLES),
    sample,
    example,
    lms,
    perceptron: reading(run, run.perceptron, run.perceptronEpochError, 'step', t, example),
    optimum,
    limit,
    aboveLimit: run.alpha > limit,
    done: t >= run.steps,
  };
}

/** The live formulas' numbers (formulas.ts). */
export function formulaValues(model: LmsGradientModel): Record<string, number> {
  const { lms, perceptron, example } = model;
  return {
    d: example.d,
    net: lms.read.net,
    e: lms.read.e,
    slope: -(example.d - lms.read.net),
    pnet: perceptron.read.net,
    y: perceptron.read.y,
    alpha: model.run.alpha,
  };
}
