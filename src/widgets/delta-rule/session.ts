/**
 * One delta-rule run, a sample at a time: the widget's model. The run itself — the order of the
 * samples ((0,0), (0,1), (1,0), (1,1) in every epoch, as in the chapter's hand table), the updates and
 * when it stops (converged, cycle, epoch cap) — is the core's createPerceptronRun; the session adds
 * only what the history table shows: W and b entering each update.
 */
import { makeLogicGate, type LogicGateName } from '../../core/datasets/logic-gates';
import type { Dataset } from '../../core/datasets/dataset';
import type { DeltaRuleUpdate, Perceptron } from '../../core/perceptron';
import { createPerceptronRun, type PerceptronStop } from '../../core/perceptron-training';
import type { InitialWeights } from './state';

/** The longest run before the widget gives up (a cycle is normally found long before). */
const MAX_EPOCHS = 200;

export interface ParameterState {
  readonly weights: Float64Array;
  readonly bias: number;
}

export interface DeltaRuleSession {
  readonly data: Dataset;
  readonly alpha: number;
  /** The current W, b (updated in place by each step). */
  readonly perceptron: Perceptron;
  /** Every update so far, oldest first. */
  readonly updates: readonly DeltaRuleUpdate[];
  /** W and b entering each update (before[k] belongs to updates[k]), for the history's "before" columns. */
  readonly before: readonly ParameterState[];
  /** Errors (d ≠ y) of each completed epoch. */
  readonly epochErrors: readonly number[];
  /** Errors so far in the epoch under way (0 at an epoch's start). */
  readonly errorsThisEpoch: number;
  /** Row of the sample the next step uses. */
  readonly nextSample: number;
  /** Why the run stopped (the core's PerceptronStop), null while it goes on. */
  readonly verdict: PerceptronStop | null;
  /** One delta-rule step; throws if the run has a verdict already (the widget stops before). */
  step(): DeltaRuleUpdate;
}

export function createSession(gate: LogicGateName, alpha: number, init: InitialWeights, maxEpochs = MAX_EPOCHS): DeltaRuleSession {
  const run = createPerceptronRun(makeLogicGate(gate), { alpha, weights: [init.w1, init.w2], bias: init.b, maxEpochs });
  const before: ParameterState[] = [];
  return {
    data: run.data,
    alpha,
    perceptron: run.perceptron,
    updates: run.updates,
    before,
    get epochErrors() {
      return run.epochs.map((epoch) => epoch.errors);
    },
    get errorsThisEpoch() {
      return run.errorsThisEpoch;
    },
    get nextSample() {
      return run.nextSample;
    },
    get verdict() {
      return run.stop;
    },
    step() {
      const entering = { weights: run.perceptron.weights.slice(), bias: run.perceptron.bias };
      const update = run.step();
      before.push(entering);
      return update;
    },
  };
}
