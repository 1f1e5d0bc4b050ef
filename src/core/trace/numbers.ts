/**
 * Rounding and display of the numbers in trace formulas. Rounding is decimal, half away from zero
 * (JavaScript's toFixed on the double's exact value), so a rounded value prints back as the same digits.
 */

/** v rounded to `decimals` places; −0 becomes 0. Non-finite values and |v| ≥ 1e21 are returned as is. */
export function roundTo(v: number, decimals: number): number {
  if (!Number.isFinite(v) || Math.abs(v) >= 1e21) return v;
  return Number(v.toFixed(decimals)) + 0;
}

/** A computed value with exactly `decimals` places ('0.5650', '-0.0093'); never '-0.0000'. */
export function fixedText(v: number, decimals: number): string {
  const text = v.toFixed(decimals);
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}

/** A given value (x, w, b, y′, η) as short as it is exact to `decimals` places: 0.5, -0.3, 1. */
export function givenText(v: number, decimals: number): string {
  const text = fixedText(v, decimals);
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}
