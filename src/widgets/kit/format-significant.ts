/**
 * A number in four significant digits, no trailing zeros, the true minus sign;
 * below 10⁻⁴ in powers of ten (0.0000016 reads 1.6 × 10⁻⁶) — for numbers that can be tiny, like a
 * first-order gap that shrinks like η², or a saturated unit's slope.
 */
const SUPERSCRIPT: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };

export function formatSignificant(value: number): string {
  if (!Number.isFinite(value)) return Number.isNaN(value) ? 'NaN' : value > 0 ? '∞' : '−∞';
  const size = Math.abs(value);
  if (size === 0 || Number(size.toPrecision(4)) === 0) return '0';
  const sign = value < 0 ? '−' : '';
  if (size >= 1e-4) return sign + String(Number(size.toPrecision(4)));
  let exponent = Math.floor(Math.log10(size));
  let mantissa = Number((size / 10 ** exponent).toPrecision(2));
  // 9.96 × 10⁻⁵ rounds to a mantissa of 10: write 1 × 10⁻⁴.
  if (mantissa >= 10) [mantissa, exponent] = [mantissa / 10, exponent + 1];
  return `${sign}${mantissa} × 10${[...String(exponent)].map((c) => SUPERSCRIPT[c]).join('')}`;
}


/** The same as a LiveFormat: a negative number in parentheses where the template asks (\live[p]). */
export function formatSignificantLive(_name: string, value: number, _digits: number, parens: boolean): string {
  const text = formatSignificant(value);
  return parens && text.startsWith('−') ? `(${text})` : text;
}
