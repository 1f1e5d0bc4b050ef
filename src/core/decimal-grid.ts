/**
 * Rounding to 12 decimal places, for the step-unit code (perceptron, step networks), so that decimal
 * hand calculations are reproduced exactly. In binary floating point 0.1 + 0.2 − 0.3 = 5.6e-17, not 0,
 * and step(net) at the tie net = 0 (where the deck's step gives 1) would come out 0. Rounding every
 * net, ΔW and updated weight to 12 places keeps values like −0.3 + 0.1 at the double nearest −0.2.
 */

/** Decimal places kept. */
export const DECIMAL_PLACES = 12;

/** The double nearest to v rounded to 12 decimal places; −0 becomes 0. Values ≥ 1e21 in size are returned as is. */
export function toDecimalGrid(v: number): number {
  if (!Number.isFinite(v) || Math.abs(v) >= 1e21) return v;
  return Number(v.toFixed(DECIMAL_PLACES)) + 0;
}
