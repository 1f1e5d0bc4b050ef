/**
 * Numbers and symbols of the layer-matrices widget: computed values with 4 decimals (the stepper's
 * default), given ones (weights, x, y′) as short as they are, the true minus sign; layer and unit
 * numbers as Unicode super- and subscripts (W⁽²⁾ᵀ, δ⁽¹⁾₂), so labels need no math typesetting.
 */
const SUP: Record<string, string> = { '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };
const SUB: Record<string, string> = { '0': '₀', '1': '₁', '2': '₂', '3': '₃', '4': '₄', '5': '₅', '6': '₆', '7': '₇', '8': '₈', '9': '₉' };

export const sup = (n: number): string => [...String(n)].map((c) => SUP[c] ?? c).join('');
export const sub = (n: number): string => [...String(n)].map((c) => SUB[c] ?? c).join('');
/** ⁽ˡ⁾ */
export const layerMark = (l: number): string => `⁽${sup(l)}⁾`;

const minus = (text: string) => (text.startsWith('-') ? `−${text.slice(1)}` : text);

/** A computed value: 4 decimals, −0.0000 read as 0.0000. */
export function fixed(value: number): string {
  const text = value.toFixed(4);
  return Number(text) === 0 ? text.replace('-', '') : minus(text);
}

/** A given value (weight, input, target) as typed: 0.7, −0.5, 1. */
export function given(value: number): string {
  return minus(String(Number(value.toPrecision(6)) + 0));
}

/** A negative factor in parentheses: 0.7 · (−0.1069). */
export const paren = (text: string): string => (text.startsWith('−') ? `(${text})` : text);
