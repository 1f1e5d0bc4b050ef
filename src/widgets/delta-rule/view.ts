/**
 * The delta-rule widget's tables, built with the kit's h(): the gate's truth table (with the output
 * y under the current weights and the sample of the last step marked) and the history of updates,
 * laid out like the chapter's hand table so the two can be compared row by row.
 *
 * Hooks for CSS and tests: tr[data-sample] in the truth table (aria-current on the last step's),
 * tr[data-step] in the history, td[data-col] named after the DeltaRuleUpdate fields.
 */
import type { DeltaRuleUpdate } from '../../core/perceptron';
import { h, setText } from '../kit/controls/dom';
import { formatValue } from './numbers';
import type { ParameterState } from './session';

export interface TruthTable {
  readonly element: HTMLTableElement;
  /**
   * d and the current y of each sample; `current` = the sample of the last step (null before any),
   * `stepY` its y during that step. The step's own row shows "y during → y now" when the update
   * changed it, so it agrees with the step's text (y = step(net) with the weights before the update).
   */
  render(targets: ArrayLike<number>, outputs: readonly number[], current: number | null, stepY?: number): void;
}

const INPUTS = [
  [0, 0],
  [0, 1],
  [1, 0],
  [1, 1],
] as const;

export function createTruthTable(caption: HTMLElement, thisStep: string): TruthTable {
  const rows = INPUTS.map(([x1, x2], sample) =>
    h('tr', { 'data-sample': sample }, h('td', {}, String(x1)), h('td', {}, String(x2)), h('td', { 'data-col': 'd' }), h('td', { 'data-col': 'y' }), h('td', { class: 'dr-mark' })),
  );
  const element = h(
    'table',
    { class: 'dr-truth' },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, ...['x₁', 'x₂', 'd', 'y', ''].map((head) => h('th', { scope: 'col' }, head)))),
    h('tbody', {}, ...rows),
  );
  return {
    element,
    render(targets, outputs, current, stepY) {
      rows.forEach((row, sample) => {
        const isCurrent = sample === current;
        const changed = isCurrent && stepY !== undefined && stepY !== outputs[sample];
        setText(row.cells[2], String(targets[sample]));
        setText(row.cells[3], changed ? `${stepY} → ${outputs[sample]}` : String(outputs[sample]));
        row.classList.toggle('dr-wrong', outputs[sample] !== targets[sample]);
        if (isCurrent) row.setAttribute('aria-current', 'true');
        else row.removeAttribute('aria-current');
        setText(row.cells[4], isCurrent ? `← ${thisStep}` : '');
      });
    },
  };
}

export interface HistoryTable {
  readonly element: HTMLElement;
  /**
   * Shows one row per update (before[k] entering updates[k]): appends the rows not shown yet and
   * scrolls the newest into view; starts over for another run (another `updates` list).
   */
  show(updates: readonly DeltaRuleUpdate[], before: readonly ParameterState[]): void;
}

/** The chapter's columns: epoch, (x₁, x₂), d, w₁, w₂, b (before), net, y, d − y, w₁′, w₂′, b′ (after). */
export function createHistoryTable(label: string, epochHead: string, empty: string): HistoryTable {
  const heads = [epochHead, '(x₁, x₂)', 'd', 'w₁', 'w₂', 'b', 'net', 'y', 'd − y', 'w₁′', 'w₂′', 'b′'];
  const body = h('tbody');
  const emptyNote = h('p', { class: 'dr-history-empty' }, empty);
  const table = h('table', { class: 'dr-history-table' }, h('thead', {}, h('tr', {}, ...heads.map((head) => h('th', { scope: 'col' }, head)))), body);
  const element = h('div', { class: 'dr-history', role: 'region', 'aria-label': label, tabindex: 0 }, table, emptyNote);
  table.hidden = true;
  let shown: readonly DeltaRuleUpdate[] | null = null;
  return {
    element,
    show(updates, before) {
      if (updates !== shown || body.rows.length > updates.length) body.replaceChildren();
      shown = updates;
      for (let k = body.rows.length; k < updates.length; k++) body.append(historyRow(updates[k], before[k], k + 1));
      table.hidden = updates.length === 0;
      emptyNote.hidden = updates.length > 0;
      element.scrollTop = element.scrollHeight;
    },
  };
}

/** The row of update `u` (its 1-based number `step`), the chapter's columns in order. */
function historyRow(u: DeltaRuleUpdate, before: ParameterState, step: number): HTMLTableRowElement {
  const cells: Array<[string, string]> = [
    ['epoch', u.sample === 0 ? String(u.epoch) : ''],
    ['x', `(${u.x[0]}, ${u.x[1]})`],
    ['d', String(u.d)],
    ['w1', formatValue(before.weights[0])],
    ['w2', formatValue(before.weights[1])],
    ['b', formatValue(before.bias)],
    ['net', formatValue(u.net)],
    ['y', String(u.y)],
    ['error', formatValue(u.error)],
    ['w1next', formatValue(u.weights[0])],
    ['w2next', formatValue(u.weights[1])],
    ['bnext', formatValue(u.bias)],
  ];
  return h('tr', { 'data-step': step, class: u.error !== 0 ? 'dr-error' : null }, ...cells.map(([col, text]) => h('td', { 'data-col': col }, text)));
}
