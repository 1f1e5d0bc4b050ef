/**
 * Validation of a typed numeric field, so that bad input never reaches the core.
 *
 * The result always carries a usable number: on failure it is the input clamped into range when the
 * text was a number (too large, too small, not whole), and the fallback (the field's last good value)
 * when it was not. The message is a WidgetMessage (key + params) to format in the reader's language.
 * The text grammar (what counts as a number, decimal commas, −0) is numeral.ts's.
 */
import { readNumeral } from './numeral';
import type { WidgetMessage } from './strings';

export interface NumberRule {
  min: number;
  max: number;
  /** Whole numbers only (seeds, epochs, units); a fraction is rounded to the nearest, then clamped. */
  integer?: boolean;
  /** An empty field is valid and means "no value" (`value: null`), e.g. an optional limit. */
  allowEmpty?: boolean;
  /** Kept when the text is not a number at all; pass the field's last good value. Default: min..max clamp of 0. */
  fallback?: number;
}

export type NumberParse<V = number> =
  | { ok: true; value: V }
  | { ok: false; value: number; message: WidgetMessage };

export function clamp(x: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, x));
}

export function parseNumberInput(text: string, rule: NumberRule & { allowEmpty: true }): NumberParse<number | null>;
export function parseNumberInput(text: string, rule: NumberRule): NumberParse<number>;
export function parseNumberInput(text: string, rule: NumberRule): NumberParse<number | null> {
  const { min, max } = rule;
  if (!(min <= max)) throw new RangeError(`parseNumberInput: min ${min} > max ${max}`);
  const fallback = clamp(rule.fallback ?? 0, min, max);
  const raw = text.trim();
  const fail = (key: WidgetMessage['key'], value: number): NumberParse<number> => ({
    ok: false,
    value,
    message: { key, params: { raw, min, max, value } },
  });

  const numeral = readNumeral(text);
  switch (numeral.kind) {
    case 'empty':
      return rule.allowEmpty ? { ok: true, value: null } : fail('empty', fallback);
    case 'comma':
      return fail('decimalComma', fallback);
    case 'invalid':
      return fail('notANumber', fallback);
    case 'infinite':
      return fail('notFinite', numeral.sign > 0 ? max : min);
    case 'number': {
      const { value } = numeral;
      if (rule.integer && !Number.isInteger(value)) {
        // Math.round(-2.5) is -2; a zero from rounding is positive, so no −0 escapes.
        return fail('notInteger', clamp(Math.round(value) || 0, min, max));
      }
      if (value < min || value > max) return fail('outOfRange', clamp(value, min, max));
      return { ok: true, value };
    }
  }
}
