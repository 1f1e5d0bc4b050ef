/**
 * Numbers as the perceptron widgets print them: at most two decimals, no trailing zeros, the true
 * minus sign (U+2212), never −0: 1 → '1', −1.5 → '−1.5', 0.125 → '0.13'.
 */
export function formatShort(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = Number(value.toFixed(2)) || 0;
  return rounded < 0 ? `−${String(-rounded)}` : String(rounded);
}
