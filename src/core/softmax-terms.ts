/**
 * Softmax written out term by term, for showing the computation rather than for training (the
 * network's hot path is softmaxRows in activations.ts).
 *
 * With a temperature T > 0 the scores are divided by T first:
 *
 *   σ(z / T)_j = e^(z_j / T) / Σ_k e^(z_k / T)
 *
 * T = 1 is the deck's softmax; T < 1 sharpens the distribution towards the largest score, T > 1
 * flattens it towards uniform.
 *
 * Two ways to evaluate the same formula:
 * - 'naive': e^(z_j / T) exactly as written. In float64, e^x is Infinity for x > 709.78…, so scores near
 *   1000 give Infinity / Infinity = NaN (and scores near −1000 give 0 / 0 = NaN).
 * - 'stable': subtract m = max_k z_k / T from every scaled score first. The factor e^(−m) appears in
 *   the numerator and in every term of the sum, so it cancels and the value is unchanged, but now the
 *   largest exponent is e^0 = 1, nothing overflows and the sum is at least 1 (no 0 / 0).
 */

export type SoftmaxForm = 'naive' | 'stable';

export interface SoftmaxTerms {
  /** The scaled scores z_k / T. */
  readonly scaled: Float64Array;
  /** What was subtracted from each scaled score before exponentiating: max_k z_k / T (stable) or 0 (naive). */
  readonly shift: number;
  /** e^(z_k / T − shift). */
  readonly exps: Float64Array;
  /** Σ_k exps_k. */
  readonly sum: number;
  /** exps_k / sum: the probabilities (NaN where the naive form overflowed). */
  readonly probabilities: Float64Array;
}

/** Softmax of z at temperature T, every intermediate kept. Throws on an empty z or a T that is not > 0. */
export function softmaxTerms(z: ArrayLike<number>, temperature = 1, form: SoftmaxForm = 'stable'): SoftmaxTerms {
  if (z.length === 0) throw new RangeError('softmax needs at least one score');
  if (!(temperature > 0) || !Number.isFinite(temperature)) throw new RangeError(`temperature must be a finite number > 0, got ${temperature}`);
  const scaled = Float64Array.from(z, (v) => v / temperature);
  let shift = 0;
  if (form === 'stable') {
    shift = -Infinity;
    for (const v of scaled) if (v > shift) shift = v;
  }
  const exps = scaled.map((v) => Math.exp(v - shift));
  let sum = 0;
  for (const e of exps) sum += e;
  const probabilities = exps.map((e) => e / sum);
  return { scaled, shift, exps, sum, probabilities };
}

/** σ(z / T): softmax at temperature T (stable form). T = 1 gives softmax(z). */
export function softmaxWithTemperature(z: ArrayLike<number>, temperature: number): Float64Array {
  return softmaxTerms(z, temperature, 'stable').probabilities;
}

/** e^(z_j) / Σ_k e^(z_k) evaluated literally: overflows to NaN once a score passes ≈ 709.78. */
export function naiveSoftmax(z: ArrayLike<number>, temperature = 1): Float64Array {
  return softmaxTerms(z, temperature, 'naive').probabilities;
}
