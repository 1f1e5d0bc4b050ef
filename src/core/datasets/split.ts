/** A random train/test split of a dataset's examples. */
import type { Rng } from '../random';
import type { Dataset } from './dataset';
import { selectExamples } from './dataset';

export interface TrainTestSplit {
  readonly train: Dataset;
  readonly test: Dataset;
  /** Rows of the original dataset in train, increasing. */
  readonly trainIndices: Uint32Array;
  /** Rows of the original dataset in test, increasing. */
  readonly testIndices: Uint32Array;
}

/**
 * round(n·testFraction) examples, chosen uniformly at random, go to test, the rest to train; each part
 * keeps the dataset's row order. 0 ≤ testFraction ≤ 1.
 */
export function trainTestSplit(dataset: Dataset, testFraction: number, rng: Rng): TrainTestSplit {
  if (!(Number.isFinite(testFraction) && testFraction >= 0 && testFraction <= 1)) {
    throw new RangeError(`testFraction must be a number with 0 <= testFraction <= 1, got ${String(testFraction)}`);
  }
  const n = dataset.x.rows;
  if (dataset.y.rows !== n) throw new RangeError(`x has ${n} rows but y has ${dataset.y.rows}`);
  const testCount = Math.round(n * testFraction);
  const order = rng.shuffle(Uint32Array.from({ length: n }, (_, k) => k));
  const testIndices = order.slice(0, testCount).sort();
  const trainIndices = order.slice(testCount).sort();
  return {
    train: selectExamples(dataset, trainIndices),
    test: selectExamples(dataset, testIndices),
    trainIndices,
    testIndices,
  };
}
