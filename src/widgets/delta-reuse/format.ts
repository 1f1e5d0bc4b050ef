/**
 * Numbers in the delta-reuse widget: values to 4 significant digits with the true minus sign (below
 * 10⁻⁴ in powers of ten: the δ's of the first layer of a deep net are small), the same in LaTeX for
 * the formulas, relative errors in powers of ten, and counts with thousands separators.
 */
const SUPERSCRIPT: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };

function parts(value: number, digits: number): { sign: boolean; mantissa: string; exponent: number | null } {
  const size = Math.abs(value);
  if (size === 0 || Number(size.toPrecision(digits)) === 0) return { sign: false, mantissa: '0', exponent: null };
  if (size >= 1e-4) return { sign: value < 0, mantissa: String(Number(size.toPrecision(digits))), exponent: null };
  const [m, e] = size.toExponential(Math.min(digits, 3) - 1).split('e');
  return { sign: value < 0, mantissa: String(Number(m)), exponent: Number(e) };
}

/** −0.01583 → '−0.01583'; 3.2e−6 → '3.2 × 10⁻⁶'. */
export function formatValue(value: number, digits = 4): string {
  if (!Number.isFinite(value)) return String(value);
  const { sign, mantissa, exponent } = parts(value, digits);
  const body = exponent === null ? mantissa : `${mantissa} × 10${[...String(exponent)].map((c) => SUPERSCRIPT[c]).join('')}`;
  return (sign ? '−' : '') + body;
}

/** The same number in LaTeX: −0.01583 → '-0.01583'; 3.2e−6 → '3.2 \times 10^{-6}'. */
export function texValue(value: number, digits = 4): string {
  if (!Number.isFinite(value)) return String(value);
  const { sign, mantissa, exponent } = parts(value, digits);
  return (sign ? '-' : '') + (exponent === null ? mantissa : `${mantissa} \\times 10^{${exponent}}`);
}

/** A relative error: 2.13e−11 → '2.1 × 10⁻¹¹'; 0 → '0'. */
export function formatRelative(value: number): string {
  if (value === 0) return '0';
  const [m, e] = value.toExponential(1).split('e');
  return `${m} × 10${e.replace('+', '').replace(/[-\d]/g, (c) => SUPERSCRIPT[c])}`;
}

/** 1080 → '1,080'. */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}
