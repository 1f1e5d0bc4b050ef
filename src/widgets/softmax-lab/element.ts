/**
 * <nn-softmax-lab>: softmax of 3 to 5 logits, term by term. Drag a bar's handle or use its slider to
 * set z_k; the table gives e^((z_k + c)/T), their sum Σ and y_k, computed literally and with the
 * largest logit subtracted (model.ts, core softmaxTerms); the two live formulas in the frame
 * (components/SoftmaxLab.astro) write one class j's computation out in the deck's form. The
 * temperature T divides every logit; c is added to every logit and changes no probability — until
 * z + c passes ≈ 709.78, where the literal e^x overflows float64 and its column turns to NaN while the
 * max-subtracted column does not move.
 */
import { disposeChart } from '../charts/chart-frame';
import { renderLogitBars } from '../charts/logit-bars';
import { h, setText } from '../kit/controls/dom';
import { formatLiveNumber } from '../kit/live-formula-tex';
import { updateLiveFormulas } from '../kit/live-formula';
import { fill } from '../kit/strings';
import { defaults } from '../kit/url-state';
import { widgetElement } from '../kit/widget';
import { formatLogit, formatSoftmaxNumber } from './format';
import { softmaxLab } from './model';
import { LARGE_C, LOGIT_KEYS, MAX_K, MIN_K, SOFTMAX_TABLE, Z_LIMIT } from './state';

const SUB = ['₁', '₂', '₃', '₄', '₅'];
/** Live-formula placeholders that hold exponentials or sums: they need the m×10ⁿ form. */
const WIDE = new Set(['nexp', 'nsum', 'sexp', 'ssum']);
/** Resolution of a dragged logit. */
const DRAG_STEP = 0.1;

export const SoftmaxLabWidget = widgetElement({
  id: 'softmax-lab',
  table: SOFTMAX_TABLE,
  model: softmaxLab,

  view(kit) {
    const t = kit.t;
    // The formulas typeset at build time inside the element: kept, and moved into the readouts.
    const formulas = kit.host.querySelector<HTMLElement>('.sm-formulas');
    const sliders = LOGIT_KEYS.map((key, k) => kit.slider(key, { label: `z${SUB[k]}`, step: DRAG_STEP, format: formatLogit }));
    const add = kit.button(t('smAdd'), () => kit.set({ k: Math.min(MAX_K, kit.get().k + 1) }), 'sm-add');
    const remove = kit.button(t('smRemove'), () => kit.set({ k: Math.max(MIN_K, kit.get().k - 1) }), 'sm-remove');
    const classSelect = h('select', { id: `${kit.id}-j` }, ...LOGIT_KEYS.map((_, k) => h('option', { value: String(k + 1) }, String(k + 1))));
    kit.listen(classSelect, 'change', () => kit.set({ j: Number(classSelect.value) }));
    const large = kit.button(fill(t('smLarge'), { c: String(LARGE_C) }), () => kit.set({ c: LARGE_C }), 'sm-large');
    const zero = kit.button(t('smNoShift'), () => kit.set({ c: 0 }), 'sm-zero');
    const reset = kit.button(t('smReset'), () => kit.set(defaults(SOFTMAX_TABLE)), 'sm-reset');
    kit.shortcut('+', 'smKeysAdd', () => kit.set({ k: Math.min(MAX_K, kit.get().k + 1) }));
    kit.shortcut('-', 'smKeysRemove', () => kit.set({ k: Math.max(MIN_K, kit.get().k - 1) }));
    kit.shortcut('l', 'smKeysLarge', () => kit.set({ c: LARGE_C }));
    kit.shortcut('r', 'smKeysReset', () => kit.set(defaults(SOFTMAX_TABLE)));

    const chart = h('div', { class: 'sm-chart' });
    kit.own(() => disposeChart(chart));
    const head = (text: string, cls?: string) => h('th', { scope: 'col', class: cls }, text);
    const body = h('tbody');
    const foot = h('tfoot');
    const table = h(
      'table',
      { class: 'sm-table' },
      h('caption', {}, t('smTableCaption')),
      h('thead', {}, h('tr', {}, head('k'), head(t('smColLogit'), 'sm-zc'), head(t('smColNaiveExp'), 'sm-exp'), head(t('smColNaiveY')), head(t('smColStableExp'), 'sm-exp'), head(t('smColStableY')))),
      body,
      foot,
    );
    const tableBox = h('div', { class: 'sm-table-box', role: 'region', 'aria-label': t('smTableCaption') }, table);
    // A box that scrolls sideways (the table, a formula on a phone) must take focus so the keyboard
    // can scroll it: tabindex 0 while it overflows, none when it fits (as the chapters' prose does).
    const scrollers: HTMLElement[] = [tableBox, ...(formulas?.querySelectorAll<HTMLElement>('.katex-display') ?? [])];
    const fitScrollers = () => {
      for (const box of scrollers) {
        if (box.scrollWidth > box.clientWidth + 1) box.tabIndex = 0;
        else box.removeAttribute('tabindex');
      }
    };
    const observer = new ResizeObserver(kit.guard(fitScrollers));
    for (const box of scrollers) for (const watched of [box, ...box.children]) observer.observe(watched);
    kit.own(() => observer.disconnect());
    const shiftNote = h('p', { class: 'sm-note sm-shift' });
    const overflowNote = h('p', { class: 'sm-note sm-overflow' });
    const onDrag = kit.guard((k: number, value: number) => {
      const clamped = Math.min(Z_LIMIT, Math.max(-Z_LIMIT, Number(value.toFixed(2)) || 0));
      kit.set({ [LOGIT_KEYS[k]]: clamped });
    });

    const root = kit.layout({
      className: 'sm-root',
      controls: [
        h('fieldset', { class: 'sm-logits' }, h('legend', {}, t('smLogits')), ...sliders, h('div', { class: 'sm-row' }, add, remove)),
        h(
          'fieldset',
          { class: 'sm-settings' },
          h('legend', {}, t('smSettings')),
          kit.slider('t', { label: 'T', scale: 'log', format: formatLogit }),
          kit.slider('c', { label: t('smShift'), step: 1, format: formatLogit }),
          h('div', { class: 'sm-row', role: 'group', 'aria-label': t('smPresets') }, large, zero, reset),
          h('div', { class: 'sm-row sm-class nn-field' }, h('label', { for: `${kit.id}-j` }, t('smClass')), classSelect),
        ),
      ],
      visual: [chart, h('p', { class: 'sm-hint' }, t('smDragHint'))],
      readouts: [formulas, h('div', { class: 'sm-side' }, tableBox, shiftNote, overflowNote)],
    });
    return { root, fitScrollers, sliders, add, remove, classSelect, chart, body, foot, shiftNote, overflowNote, onDrag, formulas };
  },

  render(view, { state, model, t }) {
    const { K, j } = model;
    view.sliders.forEach((slider, k) => (slider.hidden = k >= K));
    view.add.disabled = K >= MAX_K;
    view.remove.disabled = K <= MIN_K;
    for (const option of view.classSelect.options) option.disabled = Number(option.value) > K;
    view.classSelect.value = String(j);

    const naive = model.naive.probabilities;
    const stable = model.stable.probabilities;
    renderLogitBars(
      view.chart,
      { logits: model.z, probabilities: stable, selected: j - 1 },
      {
        label: fill(t('smChartLabel'), {
          values: model.z.map((z, k) => `z${SUB[k]} = ${formatLogit(z)}, y${SUB[k]} = ${stable[k].toFixed(3)}`).join('; '),
        }),
        range: [-Z_LIMIT, Z_LIMIT],
        step: DRAG_STEP,
        logitTitle: t('smChartLogits'),
        probabilityTitle: t('smChartProbabilities'),
        columnLabel: (k) => `${k + 1}`,
        format: formatLogit,
        onDrag: view.onDrag,
      },
    );

    // The table: one row per class, the sums underneath.
    const cell = (text: string, cls = '') => h('td', cls ? { class: cls } : {}, text);
    const rows = model.logits.map((logit, k) =>
      h(
        'tr',
        k === j - 1 ? { 'aria-current': 'true' } : {},
        h('th', { scope: 'row' }, String(k + 1)),
        cell(formatLogit(logit), 'sm-zc'),
        cell(formatSoftmaxNumber(model.naive.exps[k]), Number.isFinite(model.naive.exps[k]) ? 'sm-exp' : 'sm-exp sm-bad'),
        cell(formatSoftmaxNumber(naive[k]), Number.isNaN(naive[k]) ? 'sm-bad' : ''),
        cell(formatSoftmaxNumber(model.stable.exps[k]), 'sm-exp'),
        cell(formatSoftmaxNumber(stable[k])),
      ),
    );
    view.body.replaceChildren(...rows);
    const total = (p: ArrayLike<number>) => Array.from(p).reduce((a, b) => a + b, 0);
    view.foot.replaceChildren(
      h(
        'tr',
        {},
        h('th', { scope: 'row' }, 'Σ'),
        cell('', 'sm-zc'),
        cell(formatSoftmaxNumber(model.naive.sum), Number.isFinite(model.naive.sum) ? 'sm-exp' : 'sm-exp sm-bad'),
        cell(formatSoftmaxNumber(total(naive)), Number.isNaN(total(naive)) ? 'sm-bad' : ''),
        cell(formatSoftmaxNumber(model.stable.sum), 'sm-exp'),
        cell(formatSoftmaxNumber(total(stable))),
      ),
    );

    const c = formatLogit(state.c);
    view.shiftNote.dataset.kind = state.c === 0 ? 'none' : 'shifted';
    setText(
      view.shiftNote,
      state.c === 0 ? t('smShiftNone') : fill(t('smShiftSame'), { c, change: model.shiftChange === 0 ? '0' : model.shiftChange.toExponential(0).replace('-', '−') }),
    );
    view.overflowNote.dataset.kind = model.overflowed ? 'bad' : 'ok';
    const top = formatLogit(model.maxLogit / state.t);
    setText(view.overflowNote, model.overflowed ? fill(t('smOverflow'), { top }) : fill(t('smNoOverflow'), { top }));

    const m = model.maxLogit;
    updateLiveFormulas(
      view.formulas ? [view.formulas] : [],
      {
        j,
        zj: model.logits[j - 1],
        zmax: m,
        t: state.t,
        nexp: model.naive.exps[j - 1],
        nsum: model.naive.sum,
        ny: naive[j - 1],
        sexp: model.stable.exps[j - 1],
        ssum: model.stable.sum,
        sy: stable[j - 1],
      },
      (name, value, digits) => (WIDE.has(name) ? formatSoftmaxNumber(value, digits) : name === 'zj' || name === 'zmax' || name === 't' ? (value < 0 ? `(${formatLogit(value)})` : formatLogit(value)) : formatLiveNumber(value, digits)),
    );

    view.fitScrollers();
    return fill(t('smSummary'), {
      k: String(K),
      t: formatLogit(state.t),
      c,
      y: Array.from(stable, (p) => p.toFixed(3)).join(', '),
      naive: model.overflowed ? 'NaN' : t('smSummaryFine'),
    });
  },
});
