/**
 * Numbers in the lms-gradient widget: four significant digits, no trailing zeros, the true minus sign,
 * never −0; beyond 10⁶ in powers of ten (a diverged run's weights); below 10⁻⁴ as 0 (a central
 * difference's rounding noise around a zero slope).
 */
const SUPERSCRIPT: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };

export function formatLms(value: number): string {
  if (!Number.isFinite(value)) return Number.isNaN(value) ? 'NaN' : value > 0 ? '∞' : '−∞';
  const size = Math.abs(value);
  if (size < 1e-4) return '0';
  const sign = value < 0 ? '−' : '';
  if (size < 1e6) return sign + String(Number(size.toPrecision(4)));
  let exponent = Math.floor(Math.log10(size));
  let mantissa = Number((size / 10 ** exponent).toPrecision(2));
  if (mantissa >= 10) [mantissa, exponent] = [mantissa / 10, exponent + 1];
  return `${sign}${mantissa} × 10${[...String(exponent)].map((c) => SUPERSCRIPT[c]).join('')}`;
}

/** LiveFormat: negatives in parentheses where the template says so. */
export function formatLive(_name: string, value: number, _digits: number, parens: boolean): string {
  const text = formatLms(value);
  return parens && text.startsWith('−') ? `(${text})` : text;
}
