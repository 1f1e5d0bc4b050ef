/**
 * How far a mini-batch gradient strays from the true one (chapter 5, #sgd). With per-example gradients
 * gᵢ = ∇θJ(θ; x⁽ⁱ⁾; y⁽ⁱ⁾), i = 1 … N, the true gradient is their mean ḡ, and a mini-batch gradient is the
 * mean over a random batch B of size |B| = b:
 *
 *   E[ĝ_B] = ḡ   (each example is in the batch with probability b/N: the estimate is unbiased)
 *
 * and, per coordinate j, with σⱼ² = (1/N) Σᵢ (gᵢⱼ − ḡⱼ)² the spread of the single examples,
 *
 *   with replacement (b independent draws):     Var ĝⱼ = σⱼ² / b
 *   without replacement (a random b-subset):    Var ĝⱼ = σⱼ² / b · (N − b)/(N − 1)
 *
 * (the second is the finite-population correction of survey sampling: at b = N the batch is the whole
 * set and the spread is 0). Both shrink like 1/√b in standard deviation; the second faster near b = N.
 */

export interface MinibatchSpread {
  /** ḡ, the mean of the per-example gradients = the full-batch gradient. */
  readonly mean: Float64Array;
  /** σⱼ: the population standard deviation of the per-example gradients, per coordinate. */
  readonly exampleSd: Float64Array;
  /** sd of ĝ_B for b independent draws with replacement: σⱼ/√b. */
  readonly sdWithReplacement: Float64Array;
  /** sd of ĝ_B for a random b-subset (what a batch within an epoch is): σⱼ/√b · √((N − b)/(N − 1)). */
  readonly sdWithoutReplacement: Float64Array;
}

/**
 * The spread of mini-batch gradients of size `batchSize` at θ, from the N per-example gradients that
 * `exampleGradient(θ, i, out)` writes (dimension = θ.length).
 */
export function minibatchSpread(
  theta: ArrayLike<number>,
  n: number,
  batchSize: number,
  exampleGradient: (theta: ArrayLike<number>, i: number, out: Float64Array) => Float64Array,
): MinibatchSpread {
  if (!(Number.isInteger(n) && n >= 2)) throw new RangeError(`minibatchSpread: N must be a whole number ≥ 2, got ${n}`);
  if (!(Number.isInteger(batchSize) && batchSize >= 1 && batchSize <= n)) throw new RangeError(`minibatchSpread: batch size must be 1 … ${n}, got ${batchSize}`);
  const d = theta.length;
  const g = new Float64Array(d);
  const sum = new Float64Array(d);
  const sumSq = new Float64Array(d);
  const all: Float64Array[] = [];
  for (let i = 0; i < n; i++) {
    exampleGradient(theta, i, g);
    all.push(Float64Array.from(g));
    for (let j = 0; j < d; j++) sum[j] += g[j];
  }
  const mean = sum.map((s) => s / n);
  // Two passes (mean first, then squared deviations): no cancellation when the gradients are large and alike.
  for (const gi of all) for (let j = 0; j < d; j++) sumSq[j] += (gi[j] - mean[j]) ** 2;
  const exampleSd = sumSq.map((s) => Math.sqrt(s / n));
  const correction = Math.sqrt((n - batchSize) / (n - 1));
  return {
    mean,
    exampleSd,
    sdWithReplacement: exampleSd.map((s) => s / Math.sqrt(batchSize)),
    sdWithoutReplacement: exampleSd.map((s) => (s / Math.sqrt(batchSize)) * correction),
  };
}

/** The sample mean and (population) standard deviation of each coordinate of `points` (rows of length d). */
export function sampleMoments(points: readonly ArrayLike<number>[], d: number): { mean: Float64Array; sd: Float64Array } {
  const mean = new Float64Array(d);
  const sd = new Float64Array(d);
  if (points.length === 0) return { mean: mean.fill(NaN), sd: sd.fill(NaN) };
  for (const p of points) for (let j = 0; j < d; j++) mean[j] += p[j] / points.length;
  for (const p of points) for (let j = 0; j < d; j++) sd[j] += (p[j] - mean[j]) ** 2;
  for (let j = 0; j < d; j++) sd[j] = Math.sqrt(sd[j] / points.length);
  return { mean, sd };
}
