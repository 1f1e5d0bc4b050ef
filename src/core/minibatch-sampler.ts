/**
 * Mini-batches for SGD (chapter 5, #sgd), drawn from a seeded generator passed in.
 *
 * - createEpochBatches(N, B, rng): the way frameworks feed SGD — shuffle the N example indices at the
 *   start of every epoch (Fisher–Yates), then cut the shuffled order into consecutive batches of B,
 *   so within an epoch every example is used exactly once (sampling WITHOUT replacement). When B does
 *   not divide N, the epoch's last batch holds the N mod B examples left (PyTorch DataLoader's default,
 *   drop_last = False); an epoch is therefore ⌈N/B⌉ steps and exactly N examples.
 * - sampleSubset(N, B, rng, out): one random B-subset of 0 … N − 1, every subset equally likely
 *   (a partial Fisher–Yates shuffle). Any single batch of an epoch has this distribution.
 */
import type { Rng } from './random';

export interface EpochBatches {
  readonly n: number;
  readonly batchSize: number;
  /** The next mini-batch: indices into the data (a view valid until the next call). */
  next(): Uint32Array;
  /** Examples handed out so far (every batch counts its own length). */
  readonly examplesSeen: number;
  /** Epochs begun so far (1 after the first batch). */
  readonly epoch: number;
}

function checkSizes(n: number, batchSize: number): void {
  if (!(Number.isInteger(n) && n >= 1)) throw new RangeError(`mini-batches: N must be a whole number ≥ 1, got ${n}`);
  if (!(Number.isInteger(batchSize) && batchSize >= 1 && batchSize <= n)) {
    throw new RangeError(`mini-batches: the batch size must be a whole number from 1 to N = ${n}, got ${batchSize}`);
  }
}

export function createEpochBatches(n: number, batchSize: number, rng: Rng): EpochBatches {
  checkSizes(n, batchSize);
  const order = Uint32Array.from({ length: n }, (_, i) => i);
  /** Position in `order` of the next batch's first example; n = the epoch is used up. */
  let at = n;
  let examplesSeen = 0;
  let epoch = 0;
  return {
    n,
    batchSize,
    next() {
      if (at >= n) {
        rng.shuffle(order);
        at = 0;
        epoch++;
      }
      const batch = order.subarray(at, Math.min(n, at + batchSize));
      at += batch.length;
      examplesSeen += batch.length;
      return batch;
    },
    get examplesSeen() {
      return examplesSeen;
    },
    get epoch() {
      return epoch;
    },
  };
}

/** A uniformly random B-subset of 0 … n − 1 in `out` (length ≥ n; the first B entries are the subset). */
export function sampleSubset(n: number, batchSize: number, rng: Rng, out: Uint32Array = new Uint32Array(n)): Uint32Array {
  checkSizes(n, batchSize);
  for (let i = 0; i < n; i++) out[i] = i;
  for (let k = 0; k < batchSize; k++) {
    const j = k + rng.int(n - k);
    const tmp = out[k];
    out[k] = out[j];
    out[j] = tmp;
  }
  return out.subarray(0, batchSize);
}
