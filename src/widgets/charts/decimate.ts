/**
 * Which points of a long series to draw (tests/unit/widgets/charts/decimate.test.ts). A loss curve
 * at 256 steps per second passes 100 000 points within minutes, but a chart 600 px wide can show at
 * most a few per pixel column. M4 decimation keeps, for each of `buckets` equal runs of indices, the
 * first, the lowest, the highest and the last point, in index order — so the drawn line has the
 * same envelope (every spike and the final value) as the full series, and its cost stays
 * O(buckets) to draw however long training runs. Series shorter than 4 × buckets are kept whole.
 * Non-finite values are kept where they fall (the line breaks there), never chosen as min or max.
 */

/** Indices to draw, ascending. `length` is how many leading values count (an array may be over-allocated). */
export function decimateIndices(values: ArrayLike<number>, length: number, buckets: number): Uint32Array {
  const n = Math.min(length, values.length);
  const b = Math.max(1, Math.floor(buckets));
  if (n <= 4 * b) return Uint32Array.from({ length: n }, (_, i) => i);

  const out: number[] = [];
  const push = (i: number) => {
    if (out.length === 0 || out[out.length - 1] < i) out.push(i);
  };
  for (let k = 0; k < b; k++) {
    const start = Math.floor((k * n) / b);
    const end = Math.floor(((k + 1) * n) / b); // exclusive
    let lo = -1;
    let hi = -1;
    const gaps: number[] = [];
    for (let i = start; i < end; i++) {
      const v = values[i];
      if (!Number.isFinite(v)) {
        gaps.push(i);
        continue;
      }
      if (lo < 0 || v < values[lo]) lo = i;
      if (hi < 0 || v > values[hi]) hi = i;
    }
    const keep = [start, end - 1, ...gaps.slice(0, 1), ...(lo >= 0 ? [lo, hi] : [])].sort((a, c) => a - c);
    for (const i of keep) push(i);
  }
  return Uint32Array.from(out);
}
