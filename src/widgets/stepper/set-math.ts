/** Puts a formula into an element as MathML (math.ts), skipping the work when it already shows it. */
import { mathml } from './math';
import { mathChunks } from './math-chunks';

/**
 * Sets an element's content to the formula. A display formula is set piece by piece (math-chunks.ts)
 * in a wrapping row, so a long one breaks onto more lines instead of leaving the box.
 */
export function setMath(element: Element, tex: string, display = false): void {
  const key = `${display ? 'D' : 'I'}${tex}`;
  if (element instanceof HTMLElement && element.dataset.tex === key) return;
  element.innerHTML = display ? mathChunks(tex).map((chunk) => `<span class="nn-st-chunk">${mathml(chunk, true)}</span>`).join('') : mathml(tex);
  if (element instanceof HTMLElement) element.dataset.tex = key;
}
