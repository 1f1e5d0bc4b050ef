/**
 * Numbers as the dropout-mask widget prints them: at most `digits` decimals with trailing zeros
 * dropped, as the chapter writes its worked example (0.4, 0.27, 1.07, 0.665), the true minus sign,
 * and an undefined value (inverted dropout's 1/(1 − p) at p = 1) as "?" — the sentence under the
 * formula says why.
 */

/** 0.4000 → '0.4', 2.14 → '2.14', −1 → '−1', 0 with no decimals → '0', NaN → '?'. */
export function formatShort(value: number, digits = 3): string {
  if (Number.isNaN(value)) return '?';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  // Only a fraction's trailing zeros go: with no decimals (the mask's r = 0 and 1) '0' and '10' stay.
  const fixed = Math.abs(value).toFixed(digits);
  const text = fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
  return value < 0 && Number(text) !== 0 ? `−${text}` : text;
}

/** The live formulas' numbers (LiveFormula's `format` at build time, updateLiveFormulas in the browser). */
export function formatLive(_name: string, value: number, digits: number, parens: boolean): string {
  const text = formatShort(value, digits);
  return parens && text.startsWith('−') ? `(${text})` : text;
}
