/**
 * Per-parameter state vectors of an optimizer (v, G, s, m …): allocated, zeroed, at the first step for
 * the parameter vector's length, then the same arrays at every step (no allocation per step).
 */
import type { GradientAt } from './types';

export interface StateBuffers<K extends string> {
  /**
   * The buffers for a parameter vector of `length` entries. The first call allocates them; later calls
   * return the same record. A different length throws (call reset() to start over with another length).
   */
  forLength(length: number): Readonly<Record<K, Float64Array>>;
  /** Copies of the buffers, for display; empty arrays before the first step. */
  snapshot(): Record<K, Float64Array>;
  /** Drop the buffers: the next forLength allocates afresh. */
  reset(): void;
}

export function createStateBuffers<K extends string>(names: readonly K[]): StateBuffers<K> {
  let buffers: Record<K, Float64Array> | null = null;
  let allocatedLength = 0;
  return {
    forLength(length) {
      if (buffers === null) {
        buffers = {} as Record<K, Float64Array>;
        for (const name of names) buffers[name] = new Float64Array(length);
        allocatedLength = length;
      } else if (length !== allocatedLength) {
        throw new RangeError(
          `params has ${length} entries but this optimizer's state has ${allocatedLength}; call reset() first`,
        );
      }
      return buffers;
    },
    snapshot() {
      const copy = {} as Record<K, Float64Array>;
      for (const name of names) copy[name] = buffers === null ? new Float64Array(0) : buffers[name].slice();
      return copy;
    },
    reset() {
      buffers = null;
      allocatedLength = 0;
    },
  };
}

/**
 * Evaluate ∇θJ at `point` and copy it into `gradient` (the caller may reuse its returned buffer).
 * Throws a RangeError if the returned gradient's length differs from the point's.
 */
export function evaluateGradient(gradAt: GradientAt, point: Float64Array, gradient: Float64Array): Float64Array {
  const returned = gradAt(point);
  if (returned.length !== point.length) {
    throw new RangeError(`gradAt returned ${returned.length} entries for ${point.length} parameters`);
  }
  gradient.set(returned);
  return gradient;
}
