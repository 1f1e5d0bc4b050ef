/** What run.ts needs from each side besides timing: the losses of the first steps, for the sanity check. */
import type { Matrix } from '../../src/core';
import type { Contender } from '../harness';

export interface Side extends Contender {
  /** From reset(), `steps` training steps; the batch-mean loss of each, taken before its update. */
  firstLosses(steps: number): number[];
}

/** A dense layer's initial parameters as the core stores them. */
export interface DenseParameters {
  /** units × fanIn, row-major: W[j][i] connects input i to unit j. */
  readonly weights: Matrix;
  /** length units */
  readonly bias: Float64Array;
}
