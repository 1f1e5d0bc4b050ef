/**
 * Numbers as the softmax lab prints them. Exponentials span hundreds of orders of magnitude here
 * (e^1000 overflows, e^−1000 underflows), so fixed decimals would print 300-digit numbers or 0.0000:
 * outside [10⁻⁴, 10⁵) a value is written m×10ⁿ with a 3-digit mantissa. Infinity and NaN are spelled
 * ∞ and NaN, the minus sign is U+2212, and −0 is never shown.
 */
import { superscript } from '../charts/ticks';

export function formatSoftmaxNumber(value: number, decimals = 4): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  const size = Math.abs(value);
  let text: string;
  if (size !== 0 && (size >= 1e5 || size < 1e-4)) {
    const [mantissa, exponent] = size.toExponential(2).split('e');
    text = `${mantissa}×10${superscript(Number(exponent))}`;
  } else {
    text = size.toFixed(decimals);
    if (Number(text) === 0) return text;
  }
  return value < 0 ? `−${text}` : text;
}

/** A logit or c: at most two decimals, no trailing zeros (1000, 2.5, −0.1). */
export function formatLogit(value: number): string {
  const rounded = Number(value.toFixed(2)) || 0;
  return rounded < 0 ? `−${String(-rounded)}` : String(rounded);
}
