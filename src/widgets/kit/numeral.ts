/**
 * The one grammar for numbers typed by people — in a numeric field or by hand in a URL — shared by
 * validate.ts and url-state.ts so both accept and refuse exactly the same text.
 *
 * Accepted: optional sign, digits with an optional decimal point, optional exponent:
 * `1`, `-2.5`, `.5`, `5.`, `+3`, `1e-3`, `2E+4`; surrounding white space is ignored.
 * Refused, though JavaScript's Number() takes them: `''` and `'  '` (Number gives 0), `0x10`, `0b1`,
 * `Infinity`, `1_000`. Refused because Number() gives NaN: `abc`, `1.2.3`, `NaN`.
 *
 * Decimal comma: English and Korean both write the decimal point as '.', and both use ',' to group
 * thousands, so `0,5` is ambiguous (a half, or a typo for 05?). It is refused with its own reason,
 * so the message can say "use a point", rather than guessed either way.
 *
 * Normalised first (NFKC), so full-width digits and the full-width point from an East Asian input
 * method (`０．５`) read as `0.5`; the minus sign U+2212 (as printed in the chapters' formulas) reads
 * as '-'. `-0` reads as 0: a negative zero would print as "0" yet compare differently (Object.is).
 */

export type Numeral =
  | { kind: 'number'; value: number }
  /** Well-formed but beyond the doubles (`1e999`); `sign` says which way. */
  | { kind: 'infinite'; sign: 1 | -1 }
  | { kind: 'empty' }
  | { kind: 'comma' }
  | { kind: 'invalid' };

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
const COMMA_DECIMAL = /^[+-]?\d*,\d+$/;

export function readNumeral(text: string): Numeral {
  const t = text.normalize('NFKC').replace(/\u2212/g, '-').trim();
  if (t === '') return { kind: 'empty' };
  if (!NUMBER.test(t)) return COMMA_DECIMAL.test(t) ? { kind: 'comma' } : { kind: 'invalid' };
  const value = Number(t);
  if (!Number.isFinite(value)) return { kind: 'infinite', sign: value > 0 ? 1 : -1 };
  return { kind: 'number', value: value === 0 ? 0 : value };
}

/**
 * A value as a field shows it for editing — the text readNumeral reads back: at most 6 decimals, no
 * trailing zeros, '-' as typed, and 0 for −0 (`0.5`, `-0.3`, `0.123457`).
 */
export function writeNumeral(value: number): string {
  return String(Number(value.toFixed(6)) || 0);
}

/** The same text as a sentence prints it, with the true minus sign (`−0.3`): a summary of the fields. */
export function showNumeral(value: number): string {
  return writeNumeral(value).replace('-', '−');
}

/** 3.2e-11 → '3.2 × 10⁻¹¹'; 0 → '0'. */
export function scientific(v: number): string {
  if (v === 0) return '0';
  const [mantissa, exponent] = v.toExponential(1).split('e');
  const sup = exponent.replace('+', '').replace('-', '⁻').replace(/\d/g, (d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)]);
  return `${mantissa} × 10${sup}`;
}
