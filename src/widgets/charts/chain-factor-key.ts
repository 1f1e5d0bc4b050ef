/**
 * The chain widgets' factor key (backprop-chain, hidden-weight) and the lighting that links it with the diagram and the lines: the
 * factor under the pointer, else the focused one, else the one clicked to keep lit, lights its part of
 * the diagram and (through the element's data-factor, components/ChainDiagramStyles.astro) its chip and
 * its numbers in the lines; pointing at a number in the lines or a part of the diagram lights that
 * factor. What is lit is view state: it changes only these marks, never the widget's state, and is
 * drawn at once rather than by the widget's render.
 */
import type { ChainDiagram } from './chain-diagram';
import { FACTORS, factorOfPart, type Factor, type FactorId } from './chain-lines';
import { h } from '../kit/controls/dom';
import type { WidgetKit } from '../kit/widget';

export interface FactorKey {
  readonly element: HTMLElement;
  /** Each factor's number in its chip, for render to fill in. */
  readonly values: ReadonlyMap<FactorId, HTMLElement>;
}

export interface FactorKeyOptions {
  /** The key's accessible name. */
  readonly label: string;
  /** Its chips, in order (default FACTORS); a product lights all its parts. */
  readonly factors?: readonly Factor[];
}

export function createFactorKey(kit: Pick<WidgetKit<object, unknown>, 'host' | 'listen'>, diagram: ChainDiagram, derivation: HTMLElement, options: FactorKeyOptions): FactorKey {
  const factors = options.factors ?? FACTORS;
  const chips = new Map<FactorId, HTMLButtonElement>();
  const values = new Map<FactorId, HTMLElement>();
  const element = h('ul', { class: 'nn-bc-factors', 'aria-label': options.label });
  for (const factor of factors) {
    const value = h('span', { class: 'nn-bc-factor-value' });
    const button = h(
      'button',
      { type: 'button', class: 'nn-bc-factor', 'data-factor': factor.id, 'data-role': factor.role },
      h('span', { class: 'nn-bc-swatch', 'aria-hidden': 'true' }),
      h('span', { class: 'nn-bc-factor-symbol' }, factor.symbol),
      ' = ',
      value,
    );
    chips.set(factor.id, button);
    values.set(factor.id, value);
    element.append(h('li', {}, button));
  }

  const lit = { hover: null as FactorId | null, focus: null as FactorId | null, pinned: null as FactorId | null };
  const light = (change: Partial<typeof lit>) => {
    Object.assign(lit, change);
    const shown = lit.hover ?? lit.focus ?? lit.pinned;
    if (shown) kit.host.dataset.factor = shown;
    else delete kit.host.dataset.factor;
    diagram.highlight(factors.find((f) => f.id === shown)?.parts ?? []);
    for (const [id, chip] of chips) chip.setAttribute('aria-pressed', String(id === lit.pinned));
  };
  for (const [id, chip] of chips) {
    kit.listen(chip, 'pointerenter', () => light({ hover: id }));
    kit.listen(chip, 'pointerleave', () => light({ hover: null }));
    kit.listen(chip, 'focus', () => light({ focus: id }));
    kit.listen(chip, 'blur', () => light({ focus: null }));
    kit.listen(chip, 'click', () => light({ pinned: lit.pinned === id ? null : id }));
  }
  /** The factor a pointed-at number of the lines or part of the diagram stands for. */
  const fromTarget = (target: EventTarget | null): FactorId | null => {
    if (!(target instanceof Element)) return null;
    const live = target.closest('[data-live-value]')?.getAttribute('data-live-value');
    if (live && factors.some((f) => f.id === live)) return live;
    const part = target.closest('[data-part]')?.getAttribute('data-part');
    return part ? (factorOfPart(part, factors)?.id ?? null) : null;
  };
  for (const area of [derivation, diagram.element]) {
    kit.listen(area, 'pointerover', (event) => light({ hover: fromTarget(event.target) }));
    kit.listen(area, 'pointerleave', () => light({ hover: null }));
  }
  return { element, values };
}
