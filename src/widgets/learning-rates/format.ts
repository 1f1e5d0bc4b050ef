/**
 * Numbers as the learning-rates widget writes them: a loss J in three significant digits, in powers of
 * ten when it is huge or tiny (a diverging run reaches 10²¹ in 50 steps: 1.21 × 10⁵, 3.3 × 10⁻⁸);
 * η, γ and the limits in up to four (formatSignificant).
 */
import { formatSignificant } from '../kit/format-significant';

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const power = (exponent: number) => `10${exponent < 0 ? '⁻' : ''}${[...String(Math.abs(exponent))].map((d) => SUPERSCRIPT[Number(d)]).join('')}`;

export function formatLoss(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  if (value === 0) return '0';
  const size = Math.abs(value);
  const sign = value < 0 ? '−' : '';
  if (size >= 1e-3 && size < 1e4) return sign + String(Number(size.toPrecision(3)));
  let exponent = Math.floor(Math.log10(size));
  let mantissa = Number((size / 10 ** exponent).toPrecision(3));
  if (mantissa >= 10) [mantissa, exponent] = [mantissa / 10, exponent + 1];
  return `${sign}${mantissa} × ${power(exponent)}`;
}

export const formatNumber = formatSignificant;

/** A log₁₀ tick as the power it stands for: 2 → 10², −3 → 10⁻³ (an integer exponent), else its value (10^−2.5 → 0.003162). */
export function formatPowerTick(exponent: number): string {
  const whole = Math.round(exponent);
  if (Math.abs(exponent - whole) < 1e-9) return power(whole);
  return formatSignificant(10 ** exponent);
}

/** A log₁₀ η tick as η itself at whole decades (−2 → 0.01, 0 → 1); between them (−2.5) no label, only the grid line. */
export function formatEtaTick(exponent: number): string {
  const whole = Math.round(exponent);
  return Math.abs(exponent - whole) < 1e-9 ? formatSignificant(10 ** whole) : '';
}
