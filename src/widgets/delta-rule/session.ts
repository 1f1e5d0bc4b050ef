/**
 * One delta-rule run, a sample at a time: the widget's model. Pure (unit-tested in Node against the
 * core's trainPerceptron, tests/unit/widgets/delta-rule.test.ts); every number comes from the core.
 *
 * Step t applies deltaRuleStep to sample (t mod 4) of the gate's truth table — (0,0), (0,1), (1,0),
 * (1,1) in every epoch, as in the chapter's hand table. After the last sample of an epoch the run
 * decides, exactly as trainPerceptron does:
 * - the epoch made no error → 'converged' (the weights will never move again);
 * - the weights and bias entering the next epoch equal those that entered an earlier epoch k
 *   (perceptronStateKey) → 'cycle': epochs k … now will repeat forever, each with errors;
 * - MAX_EPOCHS epochs, each with errors → 'epoch-cap'.
 */
import { makeLogicGate, type LogicGateName } from '../../core/datasets/logic-gates';
import type { Dataset } from '../../core/datasets/dataset';
import { createPerceptron, deltaRuleStep, perceptronStateKey, type DeltaRuleUpdate, type Perceptron } from '../../core/perceptron';
import type { InitialWeights } from './state';

/** The longest run before the widget gives up (a cycle is normally found long before). */
export const MAX_EPOCHS = 200;

export interface ParameterState {
  readonly weights: Float64Array;
  readonly bias: number;
}

export type Verdict =
  | { readonly kind: 'converged'; readonly epoch: number }
  | { readonly kind: 'cycle'; readonly firstEpoch: number; readonly repeatEpoch: number }
  | { readonly kind: 'epoch-cap'; readonly epochs: number };

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
  readonly verdict: Verdict | null;
  /** One delta-rule step; throws if the run has a verdict already (the widget stops before). */
  step(): DeltaRuleUpdate;
}

export function createSession(gate: LogicGateName, alpha: number, init: InitialWeights, maxEpochs = MAX_EPOCHS): DeltaRuleSession {
  const data = makeLogicGate(gate);
  const perceptron = createPerceptron(2, { weights: [init.w1, init.w2], bias: init.b });
  const samples = data.x.rows;
  const updates: DeltaRuleUpdate[] = [];
  const before: ParameterState[] = [];
  const epochErrors: number[] = [];
  /** Epoch-start states seen: key → epoch number. */
  const seen = new Map<string, number>([[perceptronStateKey(perceptron), 1]]);
  let errorsThisEpoch = 0;
  let verdict: Verdict | null = null;

  function endEpoch(epoch: number): void {
    epochErrors.push(errorsThisEpoch);
    if (errorsThisEpoch === 0) {
      verdict = { kind: 'converged', epoch };
    } else {
      const key = perceptronStateKey(perceptron);
      const firstEpoch = seen.get(key);
      if (firstEpoch !== undefined) verdict = { kind: 'cycle', firstEpoch, repeatEpoch: epoch + 1 };
      else if (epoch >= maxEpochs) verdict = { kind: 'epoch-cap', epochs: epoch };
      else seen.set(key, epoch + 1);
    }
    errorsThisEpoch = 0;
  }

  return {
    data,
    alpha,
    perceptron,
    updates,
    before,
    epochErrors,
    get errorsThisEpoch() {
      return errorsThisEpoch;
    },
    get nextSample() {
      return updates.length % samples;
    },
    get verdict() {
      return verdict;
    },
    step() {
      if (verdict) throw new Error('delta rule: the run is over; reset to start again');
      const sample = updates.length % samples;
      const epoch = Math.floor(updates.length / samples) + 1;
      const x = data.x.data.subarray(sample * data.x.cols, (sample + 1) * data.x.cols);
      before.push({ weights: perceptron.weights.slice(), bias: perceptron.bias });
      const update = deltaRuleStep(perceptron, x, data.y.data[sample], alpha, { epoch, sample });
      updates.push(update);
      if (update.error !== 0) errorsThisEpoch++;
      if (sample === samples - 1) endEpoch(epoch);
      return update;
    },
  };
}
