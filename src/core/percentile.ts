/**
 * Percentiles of a sample, by linear interpolation between order statistics (NumPy's default
 * 'linear' method, R's type 7): with the n values sorted, x₍₀₎ ≤ … ≤ x₍ₙ₋₁₎, the p-th percentile
 * (0 ≤ p ≤ 100) sits at position h = (n − 1)·p/100 and is
 *   x₍⌊h⌋₎ + (h − ⌊h⌋)·(x₍⌊h⌋+1₎ − x₍⌊h⌋₎).
 * So the 50th is the median, the 0th the minimum and the 100th the maximum.
 */

/** The p-th percentile of values already sorted in increasing order (not checked). */
export function percentileOfSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) throw new RangeError('percentile of an empty sample');
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile must be in [0, 100], got ${p}`);
  const h = ((n - 1) * p) / 100;
  const low = Math.floor(h);
  const high = Math.min(low + 1, n - 1);
  return sorted[low] + (h - low) * (sorted[high] - sorted[low]);
}

/**
 * The given percentiles of `values` (any order; not modified). `scratch`, if given, must have
 * values.length entries and is used for the sort instead of a new array.
 */
export function percentiles(values: ArrayLike<number>, ps: readonly number[], scratch?: Float64Array): number[] {
  const sorted = scratch ?? new Float64Array(values.length);
  if (sorted.length !== values.length) throw new RangeError(`scratch has ${sorted.length} entries, values ${values.length}`);
  for (let k = 0; k < values.length; k++) sorted[k] = values[k];
  sorted.sort();
  return ps.map((p) => percentileOfSorted(sorted, p));
}
