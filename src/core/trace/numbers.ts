/**
 * Display of the numbers in trace formulas (their rounding is the core's roundTo, rounding.ts).
 */

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
