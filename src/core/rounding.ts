/**
 * Decimal rounding, the one rounding of the core: half away from zero on the double's exact value
 * (JavaScript's toFixed), so a rounded value prints back as the same digits.
 *
 * - The step-unit code (perceptron, step networks) rounds every net, ΔW and updated weight to
 *   STEP_UNIT_DECIMALS = 12 places, so that decimal hand calculations are reproduced exactly. In binary
 *   floating point 0.1 + 0.2 − 0.3 = 5.6e-17, not 0, and step(net) at the tie net = 0 (where the deck's
 *   step gives 1) would come out 0; rounded, −0.3 + 0.1 stays the double nearest −0.2.
 * - The backprop trace rounds to the 4, 6 or 9 places its worksheet shows.
 */

/** Decimal places kept by the step-unit code. */
export const STEP_UNIT_DECIMALS = 12;

/** v rounded to `decimals` places; −0 becomes 0. Non-finite values and |v| ≥ 1e21 are returned as is. */
export function roundTo(v: number, decimals: number): number {
  if (!Number.isFinite(v) || Math.abs(v) >= 1e21) return v;
  return Number(v.toFixed(decimals)) + 0;
}
