/**
 * What one step did: 'refused' when it would take a weight outside ±limit (the plotted square and the
 * fields' range; the widget then keeps the weights), else 'down' if E did not rise, 'up' if it did —
 * said honestly, as a too-large η can do.
 */
export function stepOutcome(before: number, after: number, weights: readonly number[], limit: number): 'down' | 'up' | 'refused' {
  if (!weights.every((w) => Math.abs(w) <= limit)) return 'refused';
  return after <= before ? 'down' : 'up';
}
