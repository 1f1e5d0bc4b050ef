/**
 * <nn-activation-bench>: one activation at a time — the deck's six (softmax as its two-class slice)
 * and linear — plotted over −5 ≤ x ≤ 5 with its derivative below it. The reader moves x by dragging
 * the point (or with its arrow keys, or the slider) and reads f(x) and f′(x) in the function's live
 * formula (typeset at build time inside the element, components/ActivationBench.astro). The sigmoid
 * is plotted as sigmoid(wx), so a steeper w shows it turning into the step function and its slope
 * into 0 almost everywhere; Leaky ReLU's slope for x < 0 can be changed from the deck's 0.01. A table
 * multiplies L slopes, one per layer: the vanishing-gradient picture. Every number from model.ts.
 */
import { disposeChart } from '../charts/chart-frame';
import { superscript } from '../charts/ticks';
import { renderFunctionPlot, type Curve } from '../charts/function-plot';
import { h, setText } from '../kit/controls/dom';
import { formatLiveNumber } from '../kit/live-formula-tex';
import { liveFormulas, updateLiveFormulas } from '../kit/live-formula';
import { fill, type WidgetStringKey } from '../kit/strings';
import { widgetElement } from '../kit/widget';
import { formatProduct } from './format';
import { curves, formulaValues, peakSlopes, plotDomain, reading, sigmoidSlopeHalfWidth, slopeProducts, type ProductRowId } from './model';
import { BENCH_FUNCTIONS, BENCH_TABLE, X_KEY_STEP, X_MAX, X_STEP, type BenchFunction } from './state';

const num = (v: number, digits = 4) => formatLiveNumber(v, digits);
/** x as the controls show it: at most two decimals, the true minus sign. */
const showX = (v: number) => formatLiveNumber(v, 2);

/** The select's labels: the deck's names, the same in both languages; the others are string keys. */
const LABELS: Record<BenchFunction, string> = {
  step: 'step',
  sigmoid: 'sigmoid',
  tanh: 'tanh',
  relu: 'ReLU',
  'leaky-relu': 'Leaky ReLU',
  softmax2: 'abSoftmax2',
  linear: 'abLinear',
};

/** Each function's note: a headline that stays in full screen, and the rest in a fold. */
const NOTES: Record<BenchFunction, readonly [WidgetStringKey, WidgetStringKey]> = {
  step: ['abHeadStep', 'abStepNote'],
  sigmoid: ['abHeadSigmoid', 'abSigmoidNote'],
  tanh: ['abHeadTanh', 'abTanhNote'],
  relu: ['abHeadRelu', 'abReluNote'],
  'leaky-relu': ['abHeadLeaky', 'abLeakyNote'],
  softmax2: ['abHeadSoftmax', 'abSoftmaxNote'],
  linear: ['abHeadLinear', 'abLinearNote'],
};

const ROWS: Record<ProductRowId, WidgetStringKey> = {
  sigmoid: 'abRowSigmoid',
  tanh: 'abRowTanh',
  'relu-active': 'abRowReluActive',
  'relu-inactive': 'abRowReluInactive',
  'leaky-inactive': 'abRowLeaky',
  here: 'abRowHere',
};

/** The sigmoid's slope counts as "still learning" from this value up (the chapter's 0.01). */
const USEFUL_SLOPE = 0.01;

export const ActivationBenchWidget = widgetElement({
  id: 'activation-bench',
  table: BENCH_TABLE,
  // Moving x or changing the depth keeps the sampled curves.
  modelKeys: ['fn', 'slope', 'w'],
  model: (state) => curves(state.fn, state),

  view(kit) {
    const name = (fn: BenchFunction) => {
      const label = LABELS[fn];
      return label.startsWith('ab') ? kit.t(label as WidgetStringKey) : label;
    };
    const formulas = kit.host.querySelector<HTMLElement>('.nn-ab-formulas') ?? h('div', { class: 'nn-ab-formulas' });
    const blocks = [...formulas.querySelectorAll<HTMLElement>('.nn-ab-formula[data-fn]')].map((block) => ({
      block,
      fn: block.dataset.fn as BenchFunction,
      formulas: liveFormulas(kit.id, block),
    }));

    const slope = kit.slider('slope', { label: kit.t('abSlope'), step: 0.01 });
    const steepness = kit.slider('w', { label: kit.t('abW'), scale: 'log', format: (v) => String(Number(v.toPrecision(3))) });
    const plotF = h('div', { class: 'nn-ab-plot' });
    const plotDf = h('div', { class: 'nn-ab-plot' });
    kit.own(() => disposeChart(plotF));
    kit.own(() => disposeChart(plotDf));
    const head = h('summary');
    const more = h('p');
    const note = h('details', { class: 'nn-ab-note', open: true, 'data-nn-fold': true }, head, more);

    const body = h('tbody');
    const rows = new Map<ProductRowId, { label: HTMLElement; slope: HTMLElement; product: HTMLElement }>();
    for (const id of Object.keys(ROWS) as ProductRowId[]) {
      const cells = { label: h('td'), slope: h('td'), product: h('td') };
      body.append(h('tr', { 'data-row': id }, cells.label, cells.slope, cells.product));
      rows.set(id, cells);
    }
    const depthCaption = h('p');
    const ratio = h('p');
    const depth = h(
      'details',
      { class: 'nn-ab-depth', open: true, 'data-nn-fold': true },
      h('summary', {}, kit.t('abDepth')),
      depthCaption,
      h('table', {}, h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, kit.t('abColUnit')), h('th', { scope: 'col' }, kit.t('abColSlope')), h('th', { scope: 'col' }, kit.t('abColProduct')))), body),
      ratio,
    );

    const root = kit.layout({
      className: 'nn-ab',
      controls: [
        kit.select('fn', { label: kit.t('abFunction'), options: BENCH_FUNCTIONS.map((fn) => ({ value: fn, label: name(fn) })) }),
        kit.slider('x', { label: kit.t('abX'), step: X_STEP, format: (v) => String(Number(v.toFixed(2))) }),
        slope,
        steepness,
        kit.slider('L', { label: kit.t('abL'), step: 1 }),
      ],
      visual: [plotF, plotDf],
      readouts: [formulas, note, depth],
    });
    const onMove = kit.guard((x: number) => kit.set({ x: Number(x.toFixed(2)) }));
    return { root, name, blocks, slope, steepness, plotF, plotDf, head, more, rows, depthCaption, ratio, onMove };
  },

  render(view, { state, model, lang, t }) {
    const fn: BenchFunction = state.fn;
    const { x, L } = state;
    const label = view.name(fn);
    const { f, df } = reading(fn, x, state);
    view.slope.hidden = fn !== 'leaky-relu';
    view.steepness.hidden = fn !== 'sigmoid';

    // The function, with the step function beside a steepened sigmoid (its limit as w grows).
    const fCurves: Curve[] = [{ id: 'f', label: fn === 'sigmoid' ? t('abCurve') : `${label}(x)`, xs: model.f.xs, ys: model.f.ys, series: 0 }];
    if (fn === 'sigmoid' && state.w !== 1) {
      const limit = curves('step', state).f;
      fCurves.push({ id: 'limit', label: t('abStepLimit'), xs: limit.xs, ys: limit.ys, series: 2 });
    }
    const values = { fn: label, x: showX(x), f: num(f), df: num(df) };
    renderFunctionPlot(
      view.plotF,
      { curves: fCurves, point: { x, y: f }, tangent: { x, y: f, slope: df } },
      {
        label: fill(t('abPlotF'), values),
        lang,
        xDomain: [-X_MAX, X_MAX],
        yDomain: plotDomain(model.f.ys),
        xLabel: 'x',
        yLabel: 'f(x)',
        aspect: 2.6,
        move: { label: t('abPoint'), min: -X_MAX, max: X_MAX, step: X_KEY_STEP, valueText: (px, py) => fill(t('abPointText'), { x: showX(px), f: num(py) }), onMove: view.onMove },
      },
    );
    renderFunctionPlot(
      view.plotDf,
      { curves: [{ id: 'df', xs: model.df.xs, ys: model.df.ys, series: 1 }], point: { x, y: df } },
      { label: fill(t('abPlotDf'), values), lang, xDomain: [-X_MAX, X_MAX], yDomain: plotDomain(model.df.ys), xLabel: 'x', yLabel: 'f′(x)', aspect: 2.6 },
    );

    for (const block of view.blocks) {
      block.block.hidden = block.fn !== fn;
      if (block.fn === fn) updateLiveFormulas(block.formulas, formulaValues(fn, x, state));
    }

    const peaks = peakSlopes();
    const [headKey, moreKey] = NOTES[fn];
    let headText = t(headKey);
    if (fn === 'sigmoid') {
      const width = sigmoidSlopeHalfWidth(state.w, USEFUL_SLOPE);
      const params = { w: String(state.w), peak: formatProduct(state.w * peaks.sigmoid), width: num(width, 2) };
      headText = fill(t(width > 0 ? 'abHeadSigmoid' : 'abHeadSigmoidFlat'), params);
    }
    setText(view.head, headText);
    setText(view.more, t(moreKey));

    setText(view.depthCaption, fill(t('abDepthCaption'), { L }));
    let here = 0;
    for (const row of slopeProducts(L, fn, x, state)) {
      const cells = view.rows.get(row.id);
      if (!cells) continue;
      setText(cells.label, row.id === 'here' ? fill(t(ROWS.here), { fn: label, x: showX(x) }) : t(ROWS[row.id]));
      setText(cells.slope, formatProduct(row.slope));
      setText(cells.product, formatProduct(row.product));
      if (row.id === 'here') here = row.product;
    }
    const factor = peaks.tanh / peaks.sigmoid;
    setText(view.ratio, fill(t('abRatio'), { tanh: formatProduct(peaks.tanh), sigmoid: formatProduct(peaks.sigmoid), ratio: formatProduct(factor), L, power: `${formatProduct(factor)}${superscript(L)} = ${formatProduct(factor ** L)}` }));

    return fill(t('abSummary'), { ...values, L, product: formatProduct(here) });
  },
});
