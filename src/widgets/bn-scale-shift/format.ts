/**
 * Numbers as the scale-and-shift widget prints them: four decimals with the true minus sign (the
 * chapter's worked example has four), ε as a power of ten, and an error too small for four decimals
 * in scientific form (4.4 × 10⁻¹⁶), so "restored exactly" is seen as a number, not as 0.0000.
 */
import { formatLiveNumber } from '../kit/live-formula-tex';

const SUPERSCRIPT: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };
const sup = (text: string) => [...text].map((c) => SUPERSCRIPT[c] ?? c).join('');

/** 1e-5 → '10⁻⁵'; 0 → '0'; 0.1 → '0.1'. */
export function formatEps(eps: number): string {
  if (eps === 0) return '0';
  const power = Math.log10(eps);
  if (Number.isInteger(power) && power < -1) return `10${sup(String(power))}`;
  return String(eps);
}

/** Four decimals (or `digits`), true minus. */
export function formatNumber(value: number, digits = 4): string {
  return formatLiveNumber(value, digits);
}

/** A small non-negative error: 0, two significant digits as a × 10⁻ⁿ below 0.001, else four decimals. */
export function formatError(value: number): string {
  if (value === 0) return '0';
  if (!Number.isFinite(value)) return formatLiveNumber(value);
  if (Math.abs(value) >= 1e-3) return formatLiveNumber(value, 4);
  const [mantissa, exponent] = value.toExponential(1).split('e');
  return `${mantissa} × 10${sup(String(Number(exponent)))}`;
}

/** The live formulas' format (LiveFormula at build time, updateLiveFormulas in the browser). */
export function formatLive(name: string, value: number, digits: number, parens: boolean): string {
  if (name === 'eps') return formatEps(value);
  return formatLiveNumber(value, digits, parens);
}
