/**
 * <nn-cross-entropy>: what cross-entropy charges. One example: the probability p the model gives the
 * true class against −log p, (1 − p)² and 0/1 accuracy (drag the point or set p) — only −log p grows
 * without bound as p → 0, and accuracy is flat everywhere but its jump. Several classes: logits z →
 * ŷ = softmax(z), the one-hot target y against the predicted bars, and each term of −Σ y log ŷ (only
 * the true class's term is not 0). The live formula in the frame (components/CrossEntropy.astro)
 * carries the numbers; every number comes from the core (model.ts).
 */
import { disposeChart } from '../charts/chart-frame';
import { renderFunctionPlot } from '../charts/function-plot';
import { h, setText } from '../kit/controls/dom';
import { liveFormulas, updateLiveFormulas } from '../kit/live-formula';
import { fill } from '../kit/strings';
import { widgetElement } from '../kit/widget';
import { oneExample, oneExampleCurves, severalClasses } from './model';
import { CE_TABLE, CLASSES, LOSS_AXIS, P_MAX, P_MIN, P_PRESETS } from './state';

const curves = oneExampleCurves(P_MIN, 199);
const fixed = (value: number, digits: number) => value.toFixed(digits);

export const CrossEntropyWidget = widgetElement({
  id: 'cross-entropy',
  table: CE_TABLE,
  model: (state) => ({
    one: oneExample(state.p),
    several: severalClasses([state.z1, state.z2, state.z3], CLASSES.indexOf(state.c)),
  }),

  view(kit) {
    const one = h(
      'fieldset',
      { class: 'nn-ce-group nn-ce-one' },
      h('legend', {}, kit.t('ceOne')),
      kit.slider('p', { label: kit.t('ceP'), step: 0.01 }),
      h('div', { class: 'nn-ce-presets' }, ...P_PRESETS.map((p) => kit.button(`p = ${p}`, () => kit.set({ p })))),
    );
    const several = h(
      'fieldset',
      { class: 'nn-ce-group nn-ce-several' },
      h('legend', {}, kit.t('ceSeveral')),
      kit.select('c', { label: kit.t('ceTrueClass'), options: CLASSES.map((c) => ({ value: c, label: c })) }),
      kit.slider('z1', { label: 'z₁', step: 0.1 }),
      kit.slider('z2', { label: 'z₂', step: 0.1 }),
      kit.slider('z3', { label: 'z₃', step: 0.1 }),
    );
    const plot = h('div', { class: 'nn-ce-plot' });
    kit.own(() => disposeChart(plot));
    const rows = CLASSES.map((c) => {
      const target = h('span', { class: 'nn-ce-target' });
      const predicted = h('span', { class: 'nn-ce-predicted' });
      const y = h('td', {});
      const q = h('td', {});
      const term = h('td', {});
      const row = h('tr', {}, h('th', { scope: 'row' }, c), y, h('td', { class: 'nn-ce-bar-cell' }, h('span', { class: 'nn-ce-track', 'aria-hidden': 'true' }, predicted, target)), q, term);
      return { row, target, predicted, y, q, term };
    });
    const total = h('td', {});
    const table = h(
      'table',
      { class: 'nn-ce-table' },
      h('caption', {}, kit.t('ceTableCaption')),
      h(
        'thead',
        {},
        h('tr', {}, h('th', { scope: 'col' }, 'k'), h('th', { scope: 'col' }, 'y⁽ᵏ⁾'), h('th', { scope: 'col', class: 'nn-ce-bars-head' }, h('span', {}, kit.t('ceBars'))), h('th', { scope: 'col' }, 'ŷ⁽ᵏ⁾'), h('th', { scope: 'col' }, '−y⁽ᵏ⁾ log ŷ⁽ᵏ⁾')),
      ),
      h('tbody', {}, ...rows.map((r) => r.row)),
      h('tfoot', {}, h('tr', {}, h('th', { scope: 'row', colspan: '4' }, 'L = −Σ y⁽ᵏ⁾ log ŷ⁽ᵏ⁾'), total)),
    );
    const verdict = h('p', { class: 'nn-ce-verdict' });
    const root = kit.layout({
      className: 'nn-ce',
      controls: [one, several],
      visual: h('div', { class: 'nn-ce-visuals' }, plot, h('div', { class: 'nn-ce-table-box', tabindex: '0', role: 'region', 'aria-label': kit.t('ceTableCaption') }, table)),
      readouts: [verdict],
    });
    return { root, plot, rows, total, verdict, setP: (p: number) => kit.set({ p }), formulas: liveFormulas(kit.id) };
  },

  render({ plot, rows, total, verdict, setP, formulas }, { state, model, lang, t }) {
    const { one, several } = model;
    renderFunctionPlot(
      plot,
      {
        curves: [
          { id: 'ce', label: '−log p', xs: curves.ps, ys: curves.crossEntropy },
          { id: 'sq', label: '(1 − p)²', xs: curves.ps, ys: curves.squared },
          { id: 'acc', label: t('ceAccuracy'), xs: curves.ps, ys: curves.accuracy },
        ],
        point: { x: one.p, y: one.crossEntropy },
      },
      {
        label: t('cePlot'),
        lang,
        xDomain: [0, 1],
        yDomain: LOSS_AXIS,
        xLabel: t('cePAxis'),
        aspect: 1.8,
        move: {
          label: t('ceP'),
          min: P_MIN,
          max: P_MAX,
          step: 0.01,
          valueText: (p, y) => `p = ${fixed(p, 2)}, −log p = ${fixed(y, 4)}`,
          onMove: (p) => setP(p),
        },
      },
    );
    rows.forEach((r, k) => {
      r.target.style.width = `${several.target[k] * 100}%`;
      r.predicted.style.width = `${several.predicted[k] * 100}%`;
      setText(r.y, String(several.target[k]));
      setText(r.q, fixed(several.predicted[k], 4));
      setText(r.term, fixed(several.terms[k], 4));
      r.row.dataset.true = several.target[k] === 1 ? 'yes' : '';
    });
    setText(total, fixed(several.loss, 4));

    const k = CLASSES.indexOf(state.c);
    const values: Record<string, number> = { p: one.p, nll: one.crossEntropy, sq: one.squared, acc: one.accuracy, L: several.loss };
    several.predicted.forEach((q, i) => (values[`q${i + 1}`] = q));
    several.target.forEach((y, i) => (values[`y${i + 1}`] = y));
    updateLiveFormulas(formulas, values);

    setText(
      verdict,
      fill(t(one.accuracy ? 'ceRight' : 'ceWrong'), { p: fixed(one.p, 2), nll: fixed(one.crossEntropy, 4), sq: fixed(one.squared, 4) }),
    );
    return fill(t('ceSummary'), { p: fixed(one.p, 2), nll: fixed(one.crossEntropy, 4), c: state.c, q: fixed(several.predicted[k], 4), L: fixed(several.loss, 4) });
  },
});
