/**
 * The softmax lab's model, pure (tests/unit/widgets/softmax-lab/model.test.ts): the logits the
 * state describes, their softmax at temperature T computed both ways by the core (softmaxTerms), and
 * the check that adding c changed nothing.
 *
 *   logits      z_k + c, k = 1 … K
 *   naive       e^((z_k + c)/T) / Σ_i e^((z_i + c)/T), literally: NaN once (z_k + c)/T > 709.78
 *   stable      the same after subtracting max_i (z_i + c)/T: never overflows
 *   unshifted   the stable probabilities with c = 0; shiftChange = max_k |stable_k − unshifted_k|,
 *               zero up to rounding (e^c cancels), which is what the lab shows
 */
import { softmaxTerms, type SoftmaxTerms } from '../../core';
import { LOGIT_KEYS, MAX_K, MIN_K, type SoftmaxState } from './state';

export interface SoftmaxLab {
  readonly K: number;
  /** z_k without c (what the bars and sliders set). */
  readonly z: readonly number[];
  /** z_k + c: the logits softmax receives. */
  readonly logits: readonly number[];
  readonly naive: SoftmaxTerms;
  readonly stable: SoftmaxTerms;
  readonly unshifted: Float64Array;
  /** max_k |stable_k − unshifted_k|: what adding c changed (only rounding). */
  readonly shiftChange: number;
  /** Whether the literal form failed (some probability is NaN). */
  readonly overflowed: boolean;
  /** The class whose formula is written out, 1 … K (the state's j, brought within K). */
  readonly j: number;
  /** max_k (z_k + c): what the stable form subtracts (before dividing by T). */
  readonly maxLogit: number;
}

export function softmaxLab(state: SoftmaxState): SoftmaxLab {
  const K = Math.min(MAX_K, Math.max(MIN_K, state.k));
  const z = LOGIT_KEYS.slice(0, K).map((key) => state[key]);
  const logits = z.map((v) => v + state.c);
  const naive = softmaxTerms(logits, state.t, 'naive');
  const stable = softmaxTerms(logits, state.t, 'stable');
  const unshifted = softmaxTerms(z, state.t, 'stable').probabilities;
  let shiftChange = 0;
  stable.probabilities.forEach((p, k) => (shiftChange = Math.max(shiftChange, Math.abs(p - unshifted[k]))));
  return {
    K,
    z,
    logits,
    naive,
    stable,
    unshifted,
    shiftChange,
    overflowed: naive.probabilities.some(Number.isNaN),
    j: Math.min(state.j, K),
    maxLogit: Math.max(...logits),
  };
}
