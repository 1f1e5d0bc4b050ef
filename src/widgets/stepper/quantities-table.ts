/**
 * Every quantity revealed so far, grouped by phase (forward, error, δ's, gradients, updates): the
 * symbol and the value. The current step's row is marked, and the rows of the quantities it uses.
 */
import type { TracePhase, TraceStep } from '../../core';
import type { Lang } from '../../i18n';
import { h } from '../kit/controls/dom';
import { widgetString, type WidgetStringKey } from '../kit/strings';
import { fixedValue } from './format';
import { mathml } from './math';

export const PHASE_KEYS: Record<TracePhase, WidgetStringKey> = {
  forward: 'stepperPhaseForward',
  loss: 'stepperPhaseLoss',
  delta: 'stepperPhaseDelta',
  gradient: 'stepperPhaseGradient',
  update: 'stepperPhaseUpdate',
};

export interface QuantitiesTable {
  readonly element: HTMLElement;
  show(steps: readonly TraceStep[], position: number, decimals: number): void;
}

export function createQuantitiesTable(lang: Lang): QuantitiesTable {
  const t = (key: WidgetStringKey) => widgetString(key, lang);
  const body = h('tbody');
  const table = h(
    'table',
    { class: 'nn-st-table' },
    h('caption', {}, t('stepperTable')),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('stepperQuantity')), h('th', { scope: 'col' }, t('stepperValue')))),
    body,
  );
  const empty = h('p', { class: 'nn-st-note' }, t('stepperTableEmpty'));
  // A scrolling region must be reachable by keyboard (and named) to be read.
  const element = h('div', { class: 'nn-st-table-wrap', tabindex: 0, role: 'region', 'aria-label': t('stepperTable') }, table, empty);

  /** Keeps the current row in view inside the scrolling region only (never scrolls the page). */
  function scrollToCurrent(): void {
    const row = body.querySelector<HTMLElement>('.nn-st-current');
    if (!row || element.scrollHeight <= element.clientHeight) return;
    const top = table.offsetTop + row.offsetTop;
    const head = table.tHead?.offsetHeight ?? 0;
    if (top - head < element.scrollTop) element.scrollTop = top - head;
    else if (top + row.offsetHeight > element.scrollTop + element.clientHeight) element.scrollTop = top + row.offsetHeight - element.clientHeight;
  }

  return {
    element,
    show(steps, position, decimals) {
      const current = position > 0 ? steps[position - 1] : undefined;
      const uses = new Set(current?.dependsOn ?? []);
      const rows: HTMLElement[] = [];
      let phase: TracePhase | undefined;
      for (const step of steps.slice(0, position)) {
        if (step.phase !== phase) {
          phase = step.phase;
          rows.push(h('tr', { class: 'nn-st-phase' }, h('th', { colspan: 2, scope: 'colgroup' }, t(PHASE_KEYS[phase]))));
        }
        const symbol = h('th', { scope: 'row' });
        // Display style: a gradient's ∂E/∂w stays legible in a table row.
        symbol.innerHTML = mathml(step.symbol, true);
        const row = h('tr', { 'data-id': step.id }, symbol, h('td', { class: 'nn-st-value' }, fixedValue(step.value, decimals)));
        if (step === current) row.classList.add('nn-st-current');
        if (uses.has(step.id)) row.classList.add('nn-st-uses');
        rows.push(row);
      }
      body.replaceChildren(...rows);
      empty.hidden = position > 0;
      table.hidden = position === 0;
      scrollToCurrent();
    },
  };
}
