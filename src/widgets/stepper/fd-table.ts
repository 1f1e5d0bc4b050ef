/**
 * The finite-difference check beside the final gradients: each gradient from backpropagation, the
 * central difference (E(θ + ε) − E(θ − ε)) / 2ε computed by the core at full precision, their
 * relative error, and ✓ where it is within 1e-7.
 */
import type { FiniteDifferenceRow, TraceStep } from '../../core';
import type { Lang } from '../../i18n';
import { h, setText, uniqueId } from '../kit/controls/dom';
import { scientific } from '../kit/numeral';
import { fill, widgetString, type WidgetStringKey } from '../kit/strings';
import { fixedValue } from './format';
import { mathml } from './math';

/** Agreement needed for ✓. */
export const FD_TOLERANCE = 1e-7;

export interface FdTable {
  readonly element: HTMLElement;
  /** `rows` once every gradient is revealed, else null (the table waits). */
  show(rows: readonly FiniteDifferenceRow[] | null, steps: readonly TraceStep[]): void;
}

export function createFdTable(lang: Lang): FdTable {
  const t = (key: WidgetStringKey) => widgetString(key, lang);
  const body = h('tbody');
  const caption = h('p', { class: 'nn-st-note', id: uniqueId('fd') }, t('stepperFdCaption'));
  const captionId = caption.id;
  const table = h(
    'table',
    { class: 'nn-st-table nn-st-fd-table', 'aria-label': t('stepperFdTitle'), 'aria-describedby': captionId },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, t('stepperFdParam')),
        h('th', { scope: 'col' }, t('stepperFdBackprop')),
        h('th', { scope: 'col' }, t('stepperFdNumeric')),
        h('th', { scope: 'col' }, t('stepperFdError')),
        h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, '✓')),
      ),
    ),
    body,
  );
  const verdict = h('p', { class: 'nn-st-fd-verdict' });
  const wrap = h('div', { class: 'nn-st-scroll', tabindex: 0, role: 'region', 'aria-label': t('stepperFdTitle') }, table);
  const element = h('section', { class: 'nn-st-fd' }, h('h3', { class: 'nn-st-panel-title' }, t('stepperFdTitle')), verdict, caption, wrap);

  return {
    element,
    show(rows, steps) {
      wrap.hidden = caption.hidden = rows === null;
      if (rows === null) {
        setText(verdict, t('stepperFdLater'));
        verdict.dataset.ok = '';
        return;
      }
      const symbols = new Map(steps.map((s) => [s.id, s.symbol]));
      const bad = rows.filter((row) => !(row.relativeError <= FD_TOLERANCE)).length;
      setText(verdict, bad === 0 ? t('stepperFdAllOk') : fill(t('stepperFdNotOk'), { count: bad }));
      verdict.dataset.ok = bad === 0 ? 'yes' : 'no';
      body.replaceChildren(
        ...rows.map((row) => {
          const name = h('th', { scope: 'row' });
          name.innerHTML = mathml(symbols.get(row.id) ?? row.id, true);
          const ok = row.relativeError <= FD_TOLERANCE;
          return h(
            'tr',
            { 'data-id': row.id },
            name,
            h('td', { class: 'nn-st-value' }, fixedValue(row.backprop, 9)),
            h('td', { class: 'nn-st-value' }, fixedValue(row.numeric, 9)),
            h('td', { class: 'nn-st-value' }, scientific(row.relativeError)),
            h('td', { class: ok ? 'nn-st-ok' : 'nn-st-bad' }, ok ? '✓' : '✗'),
          );
        }),
      );
    },
  };
}
