/**
 * Numbers as the bench prints them: 3 significant digits as the chapter's table does — plain from 0.01
 * to 10 000, else as a power of ten (9.54 × 10⁻⁷) — with the true minus sign; exact 0 and 1 as such.
 */
import { superscript } from '../charts/ticks';

export function formatProduct(value: number): string {
  if (value === 0) return '0';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  const size = Math.abs(value);
  const sign = value < 0 ? '−' : '';
  if (size >= 0.01 && size < 1e4) return sign + String(Number(size.toPrecision(3)));
  const [mantissa, exponent] = size.toExponential(2).split('e');
  return `${sign}${mantissa} × 10${superscript(Number(exponent))}`;
}
