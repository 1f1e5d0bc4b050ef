/**
 * <nn-bn-backward>: the backward pass through batch normalization on one unit (chapter 7,
 * #in-a-network, "The backward pass"). A mini-batch x_i = W·u_i + b (u and W fixed, the bias b a
 * slider), γ, β, ε and a gradient ∂ℓ/∂y from above; a table with x, x̂, y, ∂ℓ/∂y and ∂ℓ/∂x by backprop
 * beside a central difference through the forward pass; the paper's six lines with the numbers
 * substituted for the selected i; Σ ∂ℓ/∂x_i and Σ ∂ℓ/∂x_i · x̂_i. Every number from model.ts (the core).
 */
import { h, setText } from '../kit/controls/dom';
import { liveFormulas, updateLiveFormulas } from '../kit/live-formula';
import { fill } from '../kit/strings';
import type { WidgetStringKey } from '../kit/strings';
import { parse } from '../kit/url-state';
import { widgetElement } from '../kit/widget';
import { formatBnb, formatSmall } from './formulas';
import { backward, encodeGradient, formulaValues, readGradient } from './model';
import { BNB_TABLE, INPUTS, M, WEIGHT } from './state';
import { keepFocusableWhenWide } from '../kit/scroll-focus';

const fixed = (digits: number) => (v: number) => formatBnb('', v, digits, false);
const f4 = fixed(4);
const f6 = fixed(6);
const short = (v: number) => f4(v).replace(/\.?0+$/, '') || '0';
const DEFAULT_DY = BNB_TABLE.find((field) => field.key === 'dy')!.default as string;

const COLUMNS = ['i', 'u', 'x', 'xhat', 'y', 'dy', 'dx', 'num', 'diff'] as const;
type Column = (typeof COLUMNS)[number];

export const BnBackwardWidget = widgetElement({
  id: 'bn-backward',
  table: BNB_TABLE,
  read: (params, id) => {
    // ∂ℓ/∂y must be exactly m = 4 numbers within ±10: otherwise the chapter's, with a notice.
    const base = parse(params, id, BNB_TABLE);
    const state = { ...base.state };
    const ignored = [...base.ignored];
    if (!readGradient(state.dy).ok) {
      ignored.push({ key: `${id}.dy`, raw: state.dy, reason: { key: 'bnbUrlBadDy', params: { name: `${id}.dy`, raw: state.dy } } });
      state.dy = DEFAULT_DY;
    }
    return { state, ignored };
  },
  model: (state) => {
    const read = readGradient(state.dy);
    const dy = read.ok ? read.values : (readGradient(DEFAULT_DY) as { values: number[] }).values;
    return backward({ u: INPUTS, w: WEIGHT, b: state.b, gamma: state.gamma, beta: state.beta, eps: state.eps, dy });
  },

  view(kit) {
    const dyId = `${kit.id}-dy`;
    const dyInput = h('input', { type: 'text', id: dyId, class: 'nn-bnb-dy', autocomplete: 'off', spellcheck: 'false' });
    const dyMessage = h('span', { class: 'nn-field-message', role: 'status' });
    const commit = () => {
      const read = readGradient(dyInput.value);
      if (!read.ok) {
        setText(dyMessage, fill(kit.t(`bnbDy_${read.reason}` as WidgetStringKey), { token: read.token ?? '' }));
        return;
      }
      setText(dyMessage, '');
      kit.set({ dy: encodeGradient(read.values) });
    };
    kit.listen(dyInput, 'change', commit);
    kit.listen<KeyboardEvent>(dyInput, 'keydown', (event) => event.key === 'Enter' && commit());
    const dyField = h('div', { class: 'nn-field nn-bnb-dy-field' }, h('label', { for: dyId }, kit.t('bnbDy'), ' ', h('span', { class: 'nn-bnb-dy-hint' }, kit.t('bnbDyHint'))), dyInput, dyMessage);
    const reset = kit.button(kit.t('bnbExample'), () => {
      setText(dyMessage, '');
      kit.set({ b: 0, gamma: 1.5, beta: 0.5, eps: 1e-5, dy: DEFAULT_DY, i: 1 });
    }, 'nn-bnb-button');

    const moreSummary = h('summary', {});
    const head: Record<Column, string> = {
      i: 'i',
      u: 'uᵢ',
      x: 'xᵢ',
      xhat: 'x̂ᵢ',
      y: 'yᵢ',
      dy: '∂ℓ/∂yᵢ',
      dx: kit.t('bnbColBackprop'),
      num: kit.t('bnbColNumeric'),
      diff: kit.t('bnbColDiff'),
    };
    const cells: Record<Column, HTMLElement>[] = [];
    const rows = Array.from({ length: M }, (_, k) => {
      const row = {} as Record<Column, HTMLElement>;
      for (const c of COLUMNS) row[c] = h(c === 'i' ? 'th' : 'td', c === 'i' ? { scope: 'row', 'data-col': c } : { 'data-col': c }, c === 'i' ? String(k + 1) : '');
      cells.push(row);
      return h('tr', {}, ...COLUMNS.map((c) => row[c]));
    });
    const table = h(
      'table',
      { class: 'nn-bnb-table', 'aria-label': kit.t('bnbTableLabel') },
      h('thead', {}, h('tr', {}, ...COLUMNS.map((c) => h('th', { scope: 'col', 'data-col': c }, head[c])))),
      h('tbody', {}, ...rows),
    );
    const tableBox = h('div', { class: 'nn-bnb-table-box' }, table);
    const sums = h('p', { class: 'nn-bnb-sums' });
    const bias = h('p', { class: 'nn-bnb-bias' });
    const note = h('p', { class: 'nn-bnb-note' }, kit.t('bnbNumericNote'));
    const formulas = liveFormulas(kit.id, kit.host);
    const formulaBox = kit.host.querySelector('.nn-bnb-formulas');
    const root = kit.layout({
      className: 'nn-bnb',
      controls: [
        kit.slider('b', { label: kit.t('bnbB'), step: 0.1 }),
        kit.slider('gamma', { label: 'γ', step: 0.01 }),
        h('details', { class: 'nn-bnb-more', 'data-nn-fold': '', open: true }, moreSummary, kit.slider('beta', { label: 'β', step: 0.01 }), kit.slider('eps', { label: 'ε', scale: 'log' })),
        dyField,
        kit.number('i', { label: kit.t('bnbI'), step: 1 }),
        reset,
      ],
      visual: [tableBox, sums, bias],
      readouts: [formulaBox, note],
    });
    return { root, dyInput, rows, cells, sums, bias, formulas, moreSummary, tableBox };
  },

  render(view, { state, model, t }) {
    const i = Math.min(state.i, model.m);
    if (document.activeElement !== view.dyInput) view.dyInput.value = model.dy.map(short).join(', ');
    model.xs.forEach((x, k) => {
      const row = view.cells[k];
      setText(row.u, short(model.u[k]));
      setText(row.x, f4(x));
      setText(row.xhat, f4(model.xHat[k]));
      setText(row.y, f4(model.y[k]));
      setText(row.dy, short(model.dy[k]));
      setText(row.dx, f6(model.dx[k]));
      setText(row.num, f6(model.numeric[k]));
      setText(row.diff, formatSmall(model.numeric[k] - model.dx[k]));
      view.rows[k].classList.toggle('nn-bnb-sel', k === i - 1);
    });
    updateLiveFormulas(view.formulas, formulaValues(model, i), formatBnb);
    keepFocusableWhenWide(view.root.querySelectorAll<HTMLElement>('.katex-display'));
    // The table scrolls sideways on a narrow screen: then it must be reachable by keyboard too.
    if (view.tableBox.scrollWidth > view.tableBox.clientWidth + 1) view.tableBox.tabIndex = 0;
    else view.tableBox.removeAttribute('tabindex');
    const sum = formatSmall(model.sumDx);
    setText(view.sums, fill(t('bnbSums'), { sum, dot: formatSmall(model.dotXHat) }));
    setText(view.moreSummary, fill(t('bnbMore'), { beta: short(model.beta), eps: model.eps >= 0.01 ? short(model.eps) : formatSmall(model.eps).replace(/^1\.0×/, '') }));
    setText(view.bias, fill(t('bnbBias'), { b: short(model.b), mu: f4(model.mean) }));
    return fill(t('bnbSummary'), { i, dxhat: f4(model.dxHat[i - 1]), dx: f6(model.dx[i - 1]), num: f6(model.numeric[i - 1]), sum, dg: f4(model.dGamma), db: f4(model.dBeta) });
  },
});
