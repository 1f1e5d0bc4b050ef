/**
 * Filling `{name}` placeholders of UI strings. Its own module, free of the dictionaries, so that a page
 * script that only formats (search) does not carry both languages' strings.
 */

/**
 * A number for a sentence: six significant digits, exponent form when very large or small,
 * ∞ for infinities, a true minus sign ("−5 to 5", not "-5"). Exact values belong in the fields;
 * messages only have to be read.
 */
export function formatNumber(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? '∞' : '−∞';
  const size = Math.abs(x);
  const text = size !== 0 && (size >= 1e6 || size < 1e-4) ? size.toExponential(2) : String(Number(size.toPrecision(6)));
  return x < 0 ? `−${text}` : text;
}

/** Fills `{name}` placeholders of one template; numbers go through formatNumber. */
export function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in params)) return whole;
    const value = params[name];
    return typeof value === 'number' ? formatNumber(value) : value;
  });
}

