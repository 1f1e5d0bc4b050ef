/**
 * A formula whose numbers are computed, not typed: the author writes `\num[format]{name}` where a
 * number goes and passes the values, computed with the core, beside it. `format` is a NumberFormat
 * (src/numbers/format.ts), default '4' (four decimals, the chapters' usual precision):
 *
 *   fillFormula(String.raw`e^2 = \num[4]{e2}`, { e2: Math.exp(2) })   → "e^2 = 7.3891"
 *
 * Nothing here changes in the browser (that is LiveFormula's job, for a widget's numbers): the filled
 * LaTeX is typeset once, at build time (components/Formula.astro). A missing value, a value no
 * placeholder uses, or a malformed format throws, so a broken formula fails the build.
 */
import { formatTexNumber, type NumberFormat } from './format';

const PLACEHOLDER = /\\num(?:\[([^\]]*)\])?\{([A-Za-z][A-Za-z0-9_]*)\}/g;
export const DEFAULT_FORMAT: NumberFormat = '4';

/** The LaTeX with each placeholder replaced by its value, formatted. */
export function fillFormula(template: string, values: Readonly<Record<string, number>>): string {
  const used = new Set<string>();
  const filled = template.replace(PLACEHOLDER, (_whole, format: string | undefined, name: string) => {
    const value = values[name];
    if (typeof value !== 'number') throw new Error(`formula "${template}": no value for "${name}"`);
    used.add(name);
    return formatTexNumber(value, (format ?? DEFAULT_FORMAT) as NumberFormat);
  });
  const unused = Object.keys(values).filter((name) => !used.has(name));
  if (unused.length > 0) throw new Error(`formula "${template}": values ${unused.join(', ')} have no placeholder`);
  if (/\\num\b/.test(filled)) throw new Error(`formula "${template}": a \\num placeholder is malformed`);
  return filled;
}
