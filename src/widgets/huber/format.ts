/**
 * Numbers as the Huber widget prints them. Losses are multiples of ½ (whole r and δ), so at most one
 * decimal; thousands grouped with commas as the chapter writes them (10,000; 165,000), the true minus
 * sign. Axis ticks short: 200000 → '200k', 2000000 → '2M'.
 */

/** At most one decimal, no trailing zero, grouped: 1445000 → '1,445,000', 11250.5 → '11,250.5', −60 → '−60'. */
export function formatGrouped(value: number): string {
  if (!Number.isFinite(value)) return value > 0 ? '∞' : value < 0 ? '−∞' : 'NaN';
  const rounded = Math.round(value * 10) / 10 || 0;
  const [whole, tenths] = Math.abs(rounded).toFixed(1).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${rounded < 0 ? '−' : ''}${grouped}${tenths === '0' ? '' : `.${tenths}`}`;
}

/**
 * The live formula's numbers in the same form (LiveFormula's `format` at build time, the element's
 * updateLiveFormulas in the browser): grouped, a negative in parentheses where the template asks.
 */
export function formatLive(_name: string, value: number, _digits: number, parens: boolean): string {
  const text = formatGrouped(value);
  return parens && text.startsWith('−') ? `(${text})` : text;
}
