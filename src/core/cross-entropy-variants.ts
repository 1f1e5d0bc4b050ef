/**
 * Two later refinements of cross-entropy (beyond the seminar; chapter 4, #since-then). Natural log,
 * as the course writes log throughout.
 *
 * Focal loss (Lin, Goyal, Girshick, He & Dollár, "Focal Loss for Dense Object Detection", ICCV 2017):
 *
 *   FL(p_t) = −(1 − p_t)^γ log p_t
 *
 * p_t is the probability the model gives the true class. The factor (1 − p_t)^γ is near 0 for an easy
 * example (p_t near 1) and near 1 for a hard one, so easy examples stop dominating the sum. γ = 0 is
 * plain cross-entropy −log p_t.
 *
 * Label smoothing (Szegedy, Vanhoucke, Ioffe, Shlens & Wojna, "Rethinking the Inception Architecture
 * for Computer Vision", CVPR 2016, section 7):
 *
 *   y_smooth⁽ᵏ⁾ = (1 − ε) y⁽ᵏ⁾ + ε / K
 *
 * over K classes: a share ε of the target's mass is spread evenly over all classes, so a one-hot
 * target no longer asks for ŷ⁽ᶜ⁾ = 1 exactly. The smoothed target still sums to 1 when y does.
 * ε = 0 gives y back.
 */

/** FL(p) = −(1 − p)^γ ln p, for p ∈ (0, 1] and γ ≥ 0; RangeError otherwise. */
export function focalLoss(p: number, gamma: number): number {
  if (!(p > 0 && p <= 1)) throw new RangeError(`focalLoss: p must be in (0, 1], got ${p}`);
  if (!(gamma >= 0 && Number.isFinite(gamma))) throw new RangeError(`focalLoss: gamma must be a finite number ≥ 0, got ${gamma}`);
  // + 0 turns the −0 at p = 1 into 0.
  return -((1 - p) ** gamma) * Math.log(p) + 0;
}

/** (1 − ε) y + ε / K with K = y.length, for ε ∈ [0, 1] and K ≥ 1; RangeError otherwise. */
export function smoothLabels(y: ArrayLike<number>, epsilon: number): Float64Array {
  if (!(epsilon >= 0 && epsilon <= 1)) throw new RangeError(`smoothLabels: epsilon must be in [0, 1], got ${epsilon}`);
  const K = y.length;
  if (K < 1) throw new RangeError('smoothLabels: the target has no classes');
  const out = new Float64Array(K);
  for (let k = 0; k < K; k++) {
    if (!Number.isFinite(y[k])) throw new RangeError(`smoothLabels: target value ${k} is ${y[k]}`);
    out[k] = (1 - epsilon) * y[k] + epsilon / K;
  }
  return out;
}
