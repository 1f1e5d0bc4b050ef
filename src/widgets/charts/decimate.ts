/**
 * Which points of a long series to draw (tests/unit/widgets/charts/decimate.test.ts). A loss curve
 * at 256 steps per second passes 100 000 points within minutes, but a chart 600 px wide can show at
 * most a few per pixel column. M4 decimation keeps, for each bucket of consecutive indices, the
 * first, the lowest, the highest and the last point, in index order — so the drawn line has the same
 * envelope (every spike, every dip and the latest value) as the full series.
 *
 * Buckets hold a power-of-two number of points, the smallest that gives at most `maxBuckets`
 * buckets. That makes them stable while a series grows: a full bucket's choice never changes until
 * the series doubles and the bucket size with it, so a decimator (createDecimator) remembers the
 * full buckets and only looks at the points appended since the last frame — drawing a curve every
 * frame costs O(new points + buckets), not O(series length).
 *
 * Non-finite values are kept where they fall (the line breaks there; one per bucket is enough) and
 * never chosen as the minimum or maximum.
 */

/** Points per bucket: the smallest power of two with ⌈length / size⌉ ≤ maxBuckets. */
export function bucketSize(length: number, maxBuckets: number): number {
  const b = Math.max(1, Math.floor(maxBuckets));
  let size = 1;
  while (Math.ceil(length / size) > b) size *= 2;
  return size;
}

/** Appends to `out` the indices M4 keeps from values[start … end), ascending. */
function keepBucket(values: ArrayLike<number>, start: number, end: number, out: number[]): void {
  let lo = -1;
  let hi = -1;
  let gap = -1;
  for (let i = start; i < end; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) {
      if (gap < 0) gap = i;
      continue;
    }
    if (lo < 0 || v < values[lo]) lo = i;
    if (hi < 0 || v > values[hi]) hi = i;
  }
  const keep = [start, end - 1, gap, lo, hi].filter((i) => i >= 0).sort((a, b) => a - b);
  for (const i of keep) if (out.length === 0 || out[out.length - 1] < i) out.push(i);
}

/** The indices to draw of the first `length` values (an array may be over-allocated), ascending. */
export function decimateIndices(values: ArrayLike<number>, length: number, maxBuckets: number): Uint32Array {
  const n = Math.min(length, values.length);
  const size = bucketSize(n, maxBuckets);
  const out: number[] = [];
  for (let start = 0; start < n; start += size) keepBucket(values, start, Math.min(n, start + size), out);
  return Uint32Array.from(out);
}

/**
 * decimateIndices with memory, for a series that grows by appending: same result, but full buckets
 * are decided once. Starts over when given a different array, a shorter length (a reset) or a new
 * bucket size.
 */
export function createDecimator(): (values: ArrayLike<number>, length: number, maxBuckets: number) => Uint32Array {
  let source: ArrayLike<number> | null = null;
  let size = 0;
  /** Values up to here are in full buckets, already decided. */
  let done = 0;
  let lastLength = 0;
  let kept: number[] = [];

  return (values, length, maxBuckets) => {
    const n = Math.min(length, values.length);
    const nextSize = bucketSize(n, maxBuckets);
    if (values !== source || n < lastLength || nextSize !== size) {
      source = values;
      size = nextSize;
      done = 0;
      kept = [];
    }
    lastLength = n;
    for (; done + size <= n; done += size) keepBucket(values, done, done + size, kept);
    const tail: number[] = [];
    if (done < n) keepBucket(values, done, n, tail);
    const out = new Uint32Array(kept.length + tail.length);
    out.set(kept);
    out.set(tail, kept.length);
    return out;
  };
}
