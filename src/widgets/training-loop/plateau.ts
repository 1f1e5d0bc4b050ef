/**
 * When a training run on XOR looks stuck — honest about what the widget can and cannot tell, and pure
 * (tests/unit/widgets/training-loop/plateau.test.ts).
 *
 * A sigmoid network learning XOR can rest a long time on a flat stretch and still escape: at the start
 * every output sits near 0.5 (loss ≈ 0.125) and nothing has been learned yet. That is a saddle, not a
 * trap, and this judge does not call it stuck. The trap it recognises is a later plateau — not a local
 * minimum, which the 2-2-1 XOR network does not have (Hamey 1998; Sprinkhuizen-Kuyper & Boers 1998; see
 * src/core/xor-stuck.ts), but a flat region beside a saddle that gradient descent practically cannot leave: some
 * points already learned (output within 0.1 of the target) while two points with different targets get
 * almost the same output, far from both targets — the hidden units have put them in the same region, so
 * the output can only give them the average of their targets (two points at 0.5: loss → 1/16 = 0.0625;
 * three at 2/3: loss → 1/12 ≈ 0.0833) — and the loss has hardly fallen (less than 5 %) for 500 epochs.
 *
 * Checked over 60 seeds × 4 architectures × η ∈ {0.5, 2, 4, 10} at tolerance 0.01 (20 000 epochs):
 * every 2-2-1 run that never reached the tolerance was flagged; of the runs that did reach it, 8 of 960
 * (2-3-1 and 2-4-4-1, mostly at η = 0.5) were flagged on the way and escaped later, which is why the
 * widget says "looks stuck" and lets training go on.
 */

export const PLATEAU_WINDOW = 500;
export const PLATEAU_RELATIVE_DROP = 0.05;
/** |output − target| below this: the point is learned. */
export const LEARNED_ERROR = 0.1;
/** Two outputs closer than this count as the same. */
export const SAME_OUTPUT = 0.05;
/** |output − target| above this: the point is not learned at all. */
export const WRONG_ERROR = 0.25;

export interface StuckVerdict {
  /** Indices of two points with different targets and (almost) the same output. */
  readonly pair: readonly [number, number];
  /** Their outputs' mean. */
  readonly output: number;
  /** The loss PLATEAU_WINDOW epochs ago and now. */
  readonly lossBefore: number;
  readonly loss: number;
}

/**
 * The verdict after `count` epochs: `losses[t]` is epoch t + 1's loss, `outputs[k]` the current
 * output for point k, `targets[k]` its target. Null when the run is not stuck (or not yet known).
 */
export function judgeStuck(
  losses: ArrayLike<number>,
  count: number,
  outputs: ArrayLike<number>,
  targets: ArrayLike<number>,
  tolerance: number,
): StuckVerdict | null {
  if (count <= PLATEAU_WINDOW) return null;
  const loss = losses[count - 1];
  const lossBefore = losses[count - 1 - PLATEAU_WINDOW];
  if (!(loss > tolerance)) return null;
  if (lossBefore - loss >= PLATEAU_RELATIVE_DROP * loss) return null;
  let learned = false;
  for (let k = 0; k < outputs.length; k++) if (Math.abs(outputs[k] - targets[k]) < LEARNED_ERROR) learned = true;
  if (!learned) return null;
  for (let i = 0; i < outputs.length; i++) {
    for (let j = i + 1; j < outputs.length; j++) {
      if (
        targets[i] !== targets[j] &&
        Math.abs(outputs[i] - outputs[j]) < SAME_OUTPUT &&
        Math.abs(outputs[i] - targets[i]) > WRONG_ERROR &&
        Math.abs(outputs[j] - targets[j]) > WRONG_ERROR
      ) {
        return { pair: [i, j], output: (outputs[i] + outputs[j]) / 2, lossBefore, loss };
      }
    }
  }
  return null;
}
