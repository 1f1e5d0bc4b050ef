/** Puts a formula into an element as MathML (math.ts), skipping the work when it already shows it. */
import { mathml } from './math';

/** Sets an element's content to the formula. */
export function setMath(element: Element, tex: string, display = false): void {
  const key = `${display ? 'D' : 'I'}${tex}`;
  if (element instanceof HTMLElement && element.dataset.tex === key) return;
  element.innerHTML = mathml(tex, display);
  if (element instanceof HTMLElement) element.dataset.tex = key;
}
