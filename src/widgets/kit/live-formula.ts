/**
 * Live formulas, the browser half: writes a widget's current numbers into formulas typeset at build
 * time by components/LiveFormula.astro (see live-formula-tex.ts for the pattern). Only text nodes
 * change — the KaTeX boxes around them stay — and the MathML copy is updated with the visible one,
 * so assistive technology reads the same numbers.
 *
 *   const formulas = liveFormulas(frameOf(this)?.id ?? 'delta');   // every formula marked for this widget
 *   runner.state.subscribe(() => updateLiveFormulas(formulas, { w: w[0], alpha, d, y }));
 *
 * Cheap enough per animation frame: it touches only numbers whose text changed.
 */
import { liveText, type LiveFormat } from './live-formula-tex';

/** Custom formatting (live-formula-tex.ts): (placeholder name, value, digits, parens) → text. */
export type { LiveFormat };

/** Writes `values` into the live numbers under `root`; names not in `values` keep their text. */
export function bindLiveFormula(root: ParentNode, values: Readonly<Record<string, number>>, format?: LiveFormat): void {
  for (const node of root.querySelectorAll('[data-live-value]')) {
    const name = node.getAttribute('data-live-value') ?? '';
    if (!Object.prototype.hasOwnProperty.call(values, name)) continue;
    const value = values[name];
    const digits = Number(node.getAttribute('data-live-digits') ?? 3);
    const text = liveText(format, name, value, digits, node.hasAttribute('data-live-parens'));
    if (node.textContent !== text) node.textContent = text;
  }
}

/** The formulas on the page marked for a widget (LiveFormula's `widget` prop = the widget's frame id). */
export function liveFormulas(widgetId: string, root: ParentNode = document): Element[] {
  return [...root.querySelectorAll(`[data-live-for="${widgetId.replace(/["\\]/g, '')}"]`)];
}

/** bindLiveFormula for each of several formulas. */
export function updateLiveFormulas(formulas: readonly Element[], values: Readonly<Record<string, number>>, format?: LiveFormat): void {
  for (const formula of formulas) bindLiveFormula(formula, values, format);
}
