/**
 * Mini-batches drawn WITHOUT replacement within an epoch (what SGD does in practice): the indices
 * 0 … n−1 are shuffled by the seeded Rng at the start of each epoch and dealt out in batches of
 * `batchSize`; the epoch's last batch holds the n mod batchSize left over, if any, and the next call
 * starts a new epoch with a fresh shuffle. So every example is used exactly once per epoch, and a
 * batch never holds the same example twice. (The same order as core/train.ts's 'mini-batch' mode.)
 */
import type { Rng } from './random';

export interface MiniBatchSampler {
  /** The next batch's indices (a new array each call). */
  next(): Uint32Array;
  /** Epochs started so far (1 after the first call). */
  readonly epoch: number;
}

export function createMiniBatchSampler(n: number, batchSize: number, rng: Rng): MiniBatchSampler {
  if (!(Number.isInteger(n) && n >= 1)) throw new RangeError(`createMiniBatchSampler: n must be a whole number ≥ 1, got ${n}`);
  if (!(Number.isInteger(batchSize) && batchSize >= 1 && batchSize <= n)) {
    throw new RangeError(`createMiniBatchSampler: batch size must be a whole number in 1 … ${n}, got ${batchSize}`);
  }
  const order = Uint32Array.from({ length: n }, (_, i) => i);
  let position = n;
  let epoch = 0;
  return {
    next() {
      if (position >= n) {
        rng.shuffle(order);
        position = 0;
        epoch += 1;
      }
      const end = Math.min(n, position + batchSize);
      const batch = order.slice(position, end);
      position = end;
      return batch;
    },
    get epoch() {
      return epoch;
    },
  };
}
