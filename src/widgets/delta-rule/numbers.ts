/**
 * How the delta-rule widget writes its numbers: as the chapter's hand table does — no trailing
 * zeros (0.2, not 0.200), the true minus sign (−0.3), never "−0". Values come from the core on a
 * 12-decimal grid, so six decimals show every digit a student could have computed by hand with
 * α and the weights on a 0.01 grid.
 */
import { roundTo } from '../../core/rounding';

/** 0.2 → "0.2", −0.3 → "−0.3", 1e-13 → "0"; at most 6 decimals. */
export function formatValue(value: number): string {
  const rounded = roundTo(value, 6);
  return rounded < 0 ? `−${String(-rounded)}` : String(rounded);
}

/** A negative value in parentheses, for a value substituted after a + or −: "(−0.1)". */
export function formatSubstituted(value: number): string {
  const text = formatValue(value);
  return text.startsWith('−') ? `(${text})` : text;
}

/** The decision line's left side, w₁·x₁ + w₂·x₂ + b: "0.2·x₁ + 0.1·x₂ − 0.3". */
export function lineText(w1: number, w2: number, b: number): string {
  const term = (value: number, first: boolean) => {
    const text = formatValue(value);
    if (first) return text;
    return text.startsWith('−') ? ` − ${text.slice(1)}` : ` + ${text}`;
  };
  return `${term(w1, true)}·x₁${term(w2, false)}·x₂${term(b, false)}`;
}
