/**
 * The Huber loss (Huber, 1964) of one residual r = y − yᵖ with threshold δ > 0:
 *
 *   L_δ(r) = ½r²            if |r| ≤ δ   (MSE's term, with the ½ that makes its slope r)
 *          = δ(|r| − ½δ)    otherwise    (MAE's term δ|r|, lowered by ½δ² so the pieces meet)
 *
 *   dL_δ/dr = r             if |r| ≤ δ
 *           = δ·sign(r)     otherwise    (r clipped to [−δ, δ]: no example pulls harder than δ)
 *
 * At |r| = δ both pieces give ½δ² and both slopes ±δ, so L_δ is continuous with a continuous first
 * derivative. Frameworks agree on this form: PyTorch's nn.HuberLoss(delta) computes exactly L_δ (then
 * averages over the examples); TensorFlow's tf.keras.losses.Huber(delta) too. PyTorch's
 * nn.SmoothL1Loss(beta) is L_β divided by β (½r²/β inside, |r| − ½β outside), so its slope is capped
 * at 1 rather than at β; the two agree only at β = δ = 1.
 */

function check(r: number, delta: number): void {
  if (!Number.isFinite(delta) || delta <= 0) throw new RangeError(`Huber threshold δ must be a finite number > 0, got ${delta}`);
  if (!Number.isFinite(r)) throw new RangeError(`Huber residual r must be finite, got ${r}`);
}

/** True where the quadratic piece applies: |r| ≤ δ (the boundary belongs to it, as in the chapter). */
export function huberIsQuadratic(r: number, delta: number): boolean {
  check(r, delta);
  return Math.abs(r) <= delta;
}

/** L_δ(r): ½r² for |r| ≤ δ, else δ(|r| − ½δ). */
export function huberLoss(r: number, delta: number): number {
  check(r, delta);
  const size = Math.abs(r);
  return size <= delta ? 0.5 * r * r : delta * (size - 0.5 * delta);
}

/** dL_δ/dr: r for |r| ≤ δ, else δ·sign(r) — the residual clipped to [−δ, δ]. */
export function huberGradient(r: number, delta: number): number {
  check(r, delta);
  return Math.min(delta, Math.max(-delta, r));
}
