/**
 * The trace's LaTeX as native MathML (math/tex-mathml.ts; no KaTeX in the browser), with the LaTeX
 * itself as the formula's text alternative (alttext, and aria-label for readers that ignore alttext),
 * cached: the table re-renders the same symbols on every step.
 */
import { unmarkOperands } from '../../core';
import { texToMathml } from '../kit/math/tex-mathml';

const cache = new Map<string, string>();
const CACHE_LIMIT = 2000;

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** MathML markup for `tex` (display or inline). */
export function mathml(tex: string, display = false): string {
  const key = `${display ? 'D' : 'I'}${tex}`;
  let markup = cache.get(key);
  if (markup === undefined) {
    const alt = escapeAttribute(unmarkOperands(tex)); // the LaTeX a reader hears, without the marks
    markup = texToMathml(tex, { display }).replace(/^<math\b/, `<math alttext="${alt}" aria-label="${alt}"`);
    if (cache.size > CACHE_LIMIT) cache.clear();
    cache.set(key, markup);
  }
  return markup;
}
