/**
 * <nn-delta-reuse>: δ as a message passed back (chapter 2, #delta-notation). The reader picks a
 * small sigmoid network and steps backwards one unit at a time. The unit being computed shows its δ
 * formula in symbols and with numbers (the core's trace); arrows on the diagram mark the δ's above
 * that it reads; once its δ is known, every weight leading into it lights up with its gradient δ · a,
 * checked against a central finite difference. Two counters compare the multiplications with δ reuse
 * and with every gradient as its own product over all paths (core: delta-reuse.ts).
 */
import { renderNetwork } from '../charts/network-diagram';
import { h, setText, uniqueId } from '../kit/controls/dom';
import { texToMathml } from '../kit/math/tex-mathml';
import { keepFocusableWhenWide } from '../kit/scroll-focus';
import { fill, type WidgetStringKey } from '../kit/strings';
import { widgetElement } from '../kit/widget';
import { mathChunks } from './chunks';
import { formatCount, formatRelative, formatValue, texValue } from './format';
import { deltaReuseModel, growthRows, knownDeltas, progress, type DeltaReuseModel, type GradientRow, type UnitStep } from './model';
import { deltaNames, shapeLabel, unitLabels, unitName } from './names';
import { DELTA_REUSE_TABLE, SHAPES, readDeltaReuseState } from './state';

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** MathML for `tex`, its LaTeX as the text alternative; skipped when the element already shows it. */
function setMath(element: HTMLElement, tex: string, display = false): void {
  const key = `${display ? 'D' : 'I'}${tex}`;
  if (element.dataset.tex === key) return;
  const alt = escapeAttribute(tex);
  element.innerHTML = texToMathml(tex, { display }).replace(/^<math\b/, `<math alttext="${alt}" aria-label="${alt}"`);
  element.dataset.tex = key;
}

/** A display formula as pieces in a wrapping row (chunks.ts), so a long one breaks onto more lines. */
function setChunks(element: HTMLElement, tex: string): void {
  if (element.dataset.tex === tex) return;
  element.replaceChildren(
    ...mathChunks(tex).map((chunk) => {
      const span = h('span', { class: 'nn-dr-chunk' });
      setMath(span, chunk);
      return span;
    }),
  );
  element.dataset.tex = tex;
}

/** One counter: its label, the number so far, a bar of its share of the long way's total, and the total. */
function counter(kind: 'reuse' | 'naive', label: string) {
  const value = h('span', { class: 'nn-dr-count-value' });
  const total = h('span', { class: 'nn-dr-count-total' });
  const bar = h('span', { class: 'nn-dr-bar', 'aria-hidden': 'true' }, h('span', { class: 'nn-dr-bar-fill' }));
  const element = h('div', { class: 'nn-dr-count', 'data-kind': kind }, h('span', { class: 'nn-dr-count-label' }, label), value, total, bar);
  return { element, value, total, bar };
}

export const DeltaReuseWidget = widgetElement({
  id: 'delta-reuse',
  table: DELTA_REUSE_TABLE,
  read: readDeltaReuseState,
  modelKeys: ['shape'],
  model: (state) => deltaReuseModelCached(state.shape),

  view(kit) {
    const bar = kit.stepBar({ key: 'step', count: ({ model }) => model.units.length, counterKey: 'drStepOf' });
    kit.shortcut('r', 'keysReset', bar.first);
    const shape = kit.select('shape', {
      label: kit.t('drShape'),
      options: SHAPES.map((value) => ({ value, label: shapeLabel(value, kit.t) })),
      alsoSet: () => ({ step: 0 }),
    });

    const diagram = h('div', { class: 'nn-dr-diagram' });
    // The arrowhead the δ's messages carry back (marker-start on the edges they travel, see the component's CSS).
    const marker = uniqueId('dr-arrow');
    kit.host.style.setProperty('--dr-marker', `url(#${marker})`);

    const now = h('p', { class: 'nn-dr-now', 'aria-live': 'off' });
    const formula = h('div', { class: 'nn-dr-formula', role: 'group', 'aria-label': kit.t('drFormulaLabel') });
    const formulaBox = h('div', { class: 'nn-dr-scroll' }, formula);
    const notationMath = h('span', {});
    const notation = h('p', { class: 'nn-dr-notation' }, `${kit.t('drNotation')} `, notationMath);

    const body = h('tbody');
    const gradTitle = h('caption', {});
    const table = h(
      'table',
      { class: 'nn-dr-table' },
      gradTitle,
      h(
        'thead',
        {},
        h('tr', {}, ...(['drGradient', 'drBackprop', 'drNumeric', 'drError'] as const).map((key) => h('th', { scope: 'col', class: key === 'drError' ? 'nn-dr-rel' : null }, kit.t(key)))),
      ),
      body,
    );
    const tableBox = h('div', { class: 'nn-dr-scroll nn-dr-grads' }, table);
    const check = h('p', { class: 'nn-dr-check' });

    const reuse = counter('reuse', kit.t('drReuse'));
    const naive = counter('naive', kit.t('drNaive'));
    const savedNow = h('span', {});
    const savedAll = h('span', { class: 'nn-dr-saved-all' });
    const saved = h('p', { class: 'nn-dr-saved' }, savedNow, ' ', savedAll);
    const counts = h(
      'section',
      { class: 'nn-dr-counts', 'aria-label': kit.t('drCountsTitle') },
      h('h3', { class: 'nn-dr-counts-title' }, kit.t('drCountsTitle')),
      reuse.element,
      naive.element,
      saved,
    );

    const growthBody = h('tbody');
    const growth = h(
      'details',
      { class: 'nn-dr-rules', 'data-nn-fold': '' },
      h('summary', {}, kit.t('drRulesTitle')),
      h('p', {}, kit.t('drRules')),
      h(
        'div',
        { class: 'nn-dr-scroll' },
        h(
          'table',
          { class: 'nn-dr-table nn-dr-growth' },
          h('caption', {}, kit.t('drGrowthCaption')),
          h(
            'thead',
            {},
            h('tr', {}, h('th', { scope: 'col' }, kit.t('drDepth')), h('th', { scope: 'col' }, kit.t('drChain')), h('th', { scope: 'col' }, kit.t('drWide'))),
          ),
          growthBody,
        ),
      ),
    );
    for (const row of growthRows()) {
      growthBody.append(
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, String(row.depth)),
          h('td', {}, `${formatCount(row.chain.backprop)} : ${formatCount(row.chain.naive)}`),
          h('td', {}, `${formatCount(row.wide.backprop)} : ${formatCount(row.wide.naive)}`),
        ),
      );
    }

    const details = h('div', { class: 'nn-dr-details' }, now, formulaBox, notation, tableBox, check, growth);
    const root = kit.layout({
      className: 'nn-dr',
      controls: [shape],
      bar: bar.element,
      visual: [diagram, h('p', { class: 'nn-dr-key' }, kit.t('drKey'))],
      readouts: [counts, details],
    });
    // A box scrolls (and so takes the focus) only while its content is wider: again when the widget's width changes.
    const observer = new ResizeObserver(() => keepFocusableWhenWide([formulaBox, tableBox]));
    observer.observe(tableBox);
    kit.own(() => observer.disconnect());
    return { root, diagram, marker, now, formula, formulaBox, notation, notationMath, body, gradTitle, tableBox, check, reuse, naive, savedNow, savedAll };
  },

  render(view, { state, model, lang, t }) {
    const { units, sizes } = model;
    const step = Math.min(state.step, units.length);
    const current: UnitStep | undefined = step > 0 ? units[step - 1] : undefined;
    const labels = unitLabels(sizes);
    const known = knownDeltas(model, step);
    const done = new Set(units.slice(0, step).flatMap((u) => u.gradients.map((g) => g.edge)));
    const fresh = new Set(current?.gradients.map((g) => g.edge) ?? []);
    const back = new Set(current?.readEdges ?? []);
    const reads = new Set(current?.reads ?? []);

    renderNetwork(
      view.diagram,
      {
        layers: sizes,
        weights: model.problem.layers.map((layer) => layer.weights.flat()),
        unitLabels: labels,
        unitValues: sizes.map((n, l) => Array.from({ length: n }, (_, k) => known.get(`u${l}.${k}`) ?? Number.NaN)),
      },
      {
        label: fill(t('drDiagram'), { shape: state.shape.replace(/-/g, '–'), known: step, total: units.length }),
        lang,
        aspect: 1.5,
        format: (v) => (Number.isNaN(v) ? '' : formatValue(v, 3)),
        unitClass: (u) => (u.id === current?.id ? 'nn-dr-current' : reads.has(u.id) ? 'nn-dr-read' : known.has(u.id) ? 'nn-dr-known' : null),
        edgeClass: (e) => (back.has(e.id) ? 'nn-dr-back' : fresh.has(e.id) ? 'nn-dr-new' : done.has(e.id) ? 'nn-dr-done' : 'nn-dr-idle'),
      },
    );
    ensureMarker(view.diagram, view.marker);

    // What this step does, its δ formula and the gradients it lights.
    let text: string;
    if (!current) text = t('drStart');
    else {
      const name = unitName(current.layer, current.unit, sizes);
      const key: WidgetStringKey = current.reads.length === 0 ? 'drNowOutput' : current.reads.length === 1 ? 'drNowHiddenOne' : 'drNowHidden';
      text = fill(t(key), { unit: name, count: current.reads.length });
      if (step === units.length) text += ` ${fill(t('drDone'), { total: units.length, weights: model.counts.weights })}`;
    }
    setText(view.now, text);
    view.formulaBox.hidden = !current;
    if (current) {
      const { delta } = current;
      setChunks(view.formula, `${delta.symbol} = ${delta.general} = ${delta.numbers} = ${texValue(delta.value)}`);
    }
    const names = deltaNames(state.shape);
    view.notation.hidden = names === null;
    if (names !== null) setMath(view.notationMath, names);

    view.tableBox.hidden = !current;
    if (current) {
      setText(view.gradTitle, fill(t('drGradients'), { unit: unitName(current.layer, current.unit, sizes) }));
      const rows = current.gradients.map((g) => gradientRow(g));
      view.body.replaceChildren(...rows);
    }
    const checked = units.slice(0, step).flatMap((u) => u.gradients);
    view.check.hidden = checked.length === 0;
    setText(view.check, fill(t('drCheckAll'), { error: formatRelative(Math.max(0, ...checked.map((g) => g.relativeError))) }));

    // The counters.
    const so = progress(model, step);
    const { backprop, naive } = model.counts;
    setText(view.reuse.value, formatCount(so.backprop));
    setText(view.reuse.total, fill(t('drOfTotal'), { total: formatCount(backprop) }));
    setText(view.naive.value, formatCount(so.naive));
    setText(view.naive.total, fill(t('drOfTotal'), { total: formatCount(naive) }));
    view.reuse.bar.style.setProperty('--share', String(so.backprop / naive));
    view.naive.bar.style.setProperty('--share', String(so.naive / naive));
    setText(view.savedNow, fill(t('drSaved'), { saved: formatCount(so.naive - so.backprop) }));
    setText(view.savedAll, fill(t('drSavedAll'), { backprop: formatCount(backprop), naive: formatCount(naive) }));
    keepFocusableWhenWide([view.formulaBox, view.tableBox]);

    return fill(t('drSummary'), { text, reuse: formatCount(so.backprop), naive: formatCount(so.naive) });
  },
});

function gradientRow(g: GradientRow): HTMLTableRowElement {
  const symbol = h('th', { scope: 'row', class: 'nn-dr-math' });
  // ∂E/∂w written on one line, so a row stays one line high.
  setMath(symbol, g.symbol.replace(/^\\frac\{\\partial E\}\{(.*)\}$/, '\\partial E / $1'));
  // The product in symbols (left out in full screen, where the δ formula above names the factors), then in numbers.
  const general = h('span', { class: 'nn-dr-general' });
  setMath(general, `${g.general} =`);
  const factors = h('span', { class: 'nn-dr-factors' });
  setMath(factors, `${g.numbers} =`);
  const value = h('span', {});
  setMath(value, texValue(g.value));
  const product = h('td', { class: 'nn-dr-math' }, general, ' ', factors, ' ', value);
  return h(
    'tr',
    {},
    symbol,
    product,
    h('td', { class: 'nn-dr-num' }, formatValue(g.numeric)),
    h('td', { class: 'nn-dr-num nn-dr-rel' }, formatRelative(g.relativeError)),
  );
}

/** The arrowhead marker in the diagram's svg (the svg outlives re-renders: chart-frame.ts). */
function ensureMarker(target: HTMLElement, id: string): void {
  const svg = target.querySelector('svg');
  if (!svg || svg.querySelector(`#${id}`)) return;
  const ns = 'http://www.w3.org/2000/svg';
  const defs = document.createElementNS(ns, 'defs');
  const marker = document.createElementNS(ns, 'marker');
  marker.setAttribute('id', id);
  marker.setAttribute('viewBox', '0 0 10 10');
  marker.setAttribute('refX', '1');
  marker.setAttribute('refY', '5');
  marker.setAttribute('markerWidth', '4');
  marker.setAttribute('markerHeight', '4');
  marker.setAttribute('orient', 'auto-start-reverse');
  marker.setAttribute('class', 'nn-dr-arrowhead');
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', 'M 0 0 L 10 5 L 0 10 z');
  marker.append(path);
  defs.append(marker);
  svg.prepend(defs);
}

/** The model per shape, kept: stepping back and forth between shapes rebuilds nothing. */
const cache = new Map<string, DeltaReuseModel>();
function deltaReuseModelCached(shape: string): DeltaReuseModel {
  let model = cache.get(shape);
  if (!model) cache.set(shape, (model = deltaReuseModel(shape)));
  return model;
}
