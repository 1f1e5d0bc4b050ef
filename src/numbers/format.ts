/**
 * How a chapter prints a number the core computed, as prose text or as LaTeX, from one format spec:
 *
 *   '4'    four decimals, fixed:                      0.6590, −0.1598
 *   '2,'   two decimals with thousands separators:    8,733.33 (LaTeX: 8{,}733.33)
 *   '2e'   scientific, 2 significant digits:          9.5 × 10⁻⁷ (LaTeX: 9.5 \times 10^{-7})
 *   '3g'   3 significant digits, for a table of values spanning many orders of magnitude:
 *          a value that 3 digits hold exactly loses its padding zeros (0.25, 0.0625, 1, 0); a rounded
 *          one keeps them (0.0110); below 0.01 it turns scientific (4.99 × 10⁻³, 3.10 × 10⁻¹²)
 *
 * Negative numbers take the true minus sign "−" (U+2212) in text and "-" in LaTeX (math mode sets
 * it as a minus); a negative that rounds to zero prints without a sign. ±∞ and NaN throw: a
 * chapter's worked example never means them, so the build fails instead.
 */

export type NumberFormat = `${number}` | `${number},` | `${number}e` | `${number}g`;

interface Parsed {
  readonly digits: number;
  readonly style: 'fixed' | 'grouped' | 'scientific' | 'significant';
}

const SPEC = /^(\d{1,2})([,eg]?)$/;
const STYLES = { '': 'fixed', ',': 'grouped', e: 'scientific', g: 'significant' } as const;

/** Below this magnitude a '…g' number is written in scientific notation. */
const SCIENTIFIC_BELOW = 0.01;

function parse(format: string): Parsed {
  const m = SPEC.exec(format);
  if (!m) throw new RangeError(`number format "${format}": expected digits, optionally followed by , e or g`);
  const digits = Number(m[1]);
  if ((m[2] === 'e' || m[2] === 'g') && digits < 1) throw new RangeError(`number format "${format}": needs at least 1 significant digit`);
  return { digits, style: STYLES[m[2] as keyof typeof STYLES] };
}

/** The parts of |value| as printed: a mantissa text and, in scientific notation, a power of ten. */
interface Magnitude {
  readonly mantissa: string;
  readonly exponent?: number;
}

/** m × 10^e with `digits` significant digits, 1 ≤ m < 10 after rounding. */
function scientific(magnitude: number, digits: number): Magnitude {
  const [mantissa, exponent] = magnitude.toExponential(digits - 1).split('e');
  return { mantissa, exponent: Number(exponent) };
}

function magnitudeOf(magnitude: number, { digits, style }: Parsed): Magnitude {
  switch (style) {
    case 'fixed':
      return { mantissa: magnitude.toFixed(digits) };
    case 'grouped':
      return { mantissa: magnitude.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }) };
    case 'scientific':
      return scientific(magnitude, digits);
    case 'significant': {
      if (magnitude !== 0 && magnitude < SCIENTIFIC_BELOW) return scientific(magnitude, digits);
      const rounded = magnitude.toPrecision(digits);
      // toPrecision switches to exponent form for large values; a '…g' table never holds those.
      if (rounded.includes('e')) throw new RangeError(`number format "${digits}g": ${magnitude} is too large`);
      return { mantissa: Number(rounded) === magnitude ? String(magnitude) : rounded };
    }
  }
}

function isZero(mantissa: string): boolean {
  return Number(mantissa.replace(/,/g, '')) === 0;
}

function parts(value: number, format: string): { negative: boolean; magnitude: Magnitude } {
  if (!Number.isFinite(value)) throw new RangeError(`cannot print ${value} as a worked-example number`);
  const magnitude = magnitudeOf(Math.abs(value), parse(format));
  return { negative: value < 0 && !isZero(magnitude.mantissa), magnitude };
}

const SUPERSCRIPT: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };

/** The number as prose text: "0.6590", "−100", "8,733.33", "9.54 × 10⁻⁷". */
export function formatNumber(value: number, format: NumberFormat): string {
  const { negative, magnitude } = parts(value, format);
  const power = magnitude.exponent === undefined ? '' : ` × 10${[...String(magnitude.exponent)].map((c) => SUPERSCRIPT[c]).join('')}`;
  return `${negative ? '−' : ''}${magnitude.mantissa}${power}`;
}

/** The number as LaTeX for math mode: "-0.1598", "8{,}733.33", "9.54 \times 10^{-7}". */
export function formatTexNumber(value: number, format: NumberFormat): string {
  const { negative, magnitude } = parts(value, format);
  const power = magnitude.exponent === undefined ? '' : ` \\times 10^{${magnitude.exponent}}`;
  return `${negative ? '-' : ''}${magnitude.mantissa.replace(/,/g, '{,}')}${power}`;
}
