/**
 * <nn-cross-entropy>: what cross-entropy charges. One example: the probability p the model gives the
 * true class against −log p, (1 − p)² and 0/1 accuracy (drag the point or set p) — only −log p grows
 * without bound as p → 0, and accuracy is flat everywhere but its jump. Several classes: logits z →
 * ŷ = softmax(z), the one-hot target y against the predicted bars, and each term of −Σ y log ŷ (only
 * the true class's term is not 0). The live formula in the frame (components/CrossEntropy.astro)
 * carries the numbers; every number comes from the core (model.ts).
 *
 * Since then: γ > 0 adds the focal loss −(1 − p)^γ log p to the plot (with a segment at p down from
 * −log p to it) and a readout with the numbers substituted; ε > 0 smooths the target row to
 * (1 − ε)y + ε/K, and every term of −Σ y log ŷ uses it. At γ = 0 and ε = 0 the widget is as above.
 */
import { disposeChart } from '../charts/chart-frame';
import { renderFunctionPlot } from '../charts/function-plot';
import { h, setText } from '../kit/controls/dom';
import { liveFormulas, updateLiveFormulas } from '../kit/live-formula';
import { formatLiveNumber } from '../kit/live-formula-tex';
import { fill } from '../kit/strings';
import { widgetElement } from '../kit/widget';
import { focalCurve, oneExample, oneExampleCurves, severalClasses } from './model';
import { CE_TABLE, CLASSES, LOSS_AXIS, P_MAX, P_MIN, P_PRESETS } from './state';

const SAMPLES = 199;
const curves = oneExampleCurves(P_MIN, SAMPLES);
const fixed = (value: number, digits: number) => value.toFixed(digits);
/** A target value: 0 and 1 as whole numbers (the one-hot target), a smoothed one with four decimals. */
const targetText = (y: number) => (Number.isInteger(y) ? String(y) : fixed(y, 4));
/**
 * A slider field whose label ends in its symbol ('focal γ'): the words go in a span that full screen
 * hides from sight (still read), so the box sits beside the others in the row with just 'γ'.
 */
function symbolLabel(field: HTMLElement): HTMLElement {
  const label = field.querySelector('label');
  const text = label?.textContent ?? '';
  if (label && text.length > 1) label.replaceChildren(h('span', { class: 'nn-ce-words' }, `${text.slice(0, -1)}`), text.slice(-1));
  return field;
}
/** γ as typed: 2, 0.5, 2.25. */
const gammaText = (gamma: number) => String(Number(gamma.toFixed(2)));

export const CrossEntropyWidget = widgetElement({
  id: 'cross-entropy',
  table: CE_TABLE,
  model: (state) => ({
    one: oneExample(state.p, state.gamma),
    several: severalClasses([state.z1, state.z2, state.z3], CLASSES.indexOf(state.c), state.eps),
    focal: state.gamma > 0 ? focalCurve(P_MIN, SAMPLES, state.gamma) : null,
  }),

  view(kit) {
    const one = h(
      'fieldset',
      { class: 'nn-ce-group nn-ce-one' },
      h('legend', {}, kit.t('ceOne')),
      kit.slider('p', { label: kit.t('ceP'), step: 0.01 }),
      h('div', { class: 'nn-ce-presets' }, ...P_PRESETS.map((p) => kit.button(`p = ${p}`, () => kit.set({ p })))),
      symbolLabel(kit.slider('gamma', { label: kit.t('ceGamma'), step: 0.5 })),
    );
    const several = h(
      'fieldset',
      { class: 'nn-ce-group nn-ce-several' },
      h('legend', {}, kit.t('ceSeveral')),
      kit.select('c', { label: kit.t('ceTrueClass'), options: CLASSES.map((c) => ({ value: c, label: c })) }),
      kit.slider('z1', { label: 'z₁', step: 0.1 }),
      kit.slider('z2', { label: 'z₂', step: 0.1 }),
      kit.slider('z3', { label: 'z₃', step: 0.1 }),
      symbolLabel(kit.slider('eps', { label: kit.t('ceEps'), step: 0.01 })),
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
    // The focal readout: FL = −(1 − p)^γ log p, the same with the numbers, = (1 − p)^γ × (−log p), = its
    // value. Full screen keeps the numbers and the value (the spans marked nn-ce-focal-more go).
    const focal = {
      lead: h('span', {}),
      p1: h('span', {}),
      gamma: h('sup', {}),
      p2: h('span', {}),
      factor: h('span', {}),
      nll: h('span', {}),
      value: h('strong', { class: 'nn-ce-focal-value' }),
    };
    const focalBox = h(
      'p',
      { class: 'nn-ce-focal', hidden: '' },
      h('span', { class: 'nn-ce-focal-more' }, focal.lead, ' '),
      'FL = ',
      h('span', { class: 'nn-ce-focal-more' }, '−(1 − p)', h('sup', {}, 'γ'), ' log p = '),
      '−(1 − ',
      focal.p1,
      ')',
      focal.gamma,
      ' log ',
      focal.p2,
      h('span', { class: 'nn-ce-focal-more' }, ' = ', focal.factor, ' × ', focal.nll),
      ' = ',
      focal.value,
    );
    const verdict = h('p', { class: 'nn-ce-verdict' });
    const root = kit.layout({
      className: 'nn-ce',
      controls: [one, several],
      visual: h('div', { class: 'nn-ce-visuals' }, plot, focalBox, h('div', { class: 'nn-ce-table-box', tabindex: '0', role: 'region', 'aria-label': kit.t('ceTableCaption') }, table)),
      readouts: [verdict],
    });
    return { root, plot, focal, focalBox, rows, total, verdict, setP: (p: number) => kit.set({ p }), formulas: liveFormulas(kit.id) };
  },

  render({ root, plot, focal, focalBox, rows, total, verdict, setP, formulas }, { state, model, lang, t }) {
    const { one, several } = model;
    const focalCurves = model.focal
      ? [
          // 'FL', as the readout under the plot names it (with γ): the key stays on one line in full screen.
          { id: 'focal', label: 'FL', xs: model.focal.ps, ys: model.focal.focal, series: 3 },
          // At the current p, the drop from −log p down to the focal loss: the factor (1 − p)^γ at work.
          { id: 'focal-drop', xs: [one.p, one.p], ys: [one.focal, one.crossEntropy], series: 3 },
        ]
      : [];
    renderFunctionPlot(
      plot,
      {
        curves: [
          { id: 'ce', label: '−log p', xs: curves.ps, ys: curves.crossEntropy },
          { id: 'sq', label: '(1 − p)²', xs: curves.ps, ys: curves.squared },
          { id: 'acc', label: t('ceAccuracy'), xs: curves.ps, ys: curves.accuracy },
          ...focalCurves,
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
    focalBox.hidden = !model.focal;
    // Full screen swaps in the formula without its general sum when the targets carry four decimals.
    root.dataset.smoothed = several.epsilon > 0 ? 'yes' : 'no';
    if (model.focal) {
      setText(focal.lead, fill(t('ceFocalLead'), { gamma: gammaText(one.gamma) }));
      setText(focal.p1, fixed(one.p, 2));
      setText(focal.gamma, gammaText(one.gamma));
      setText(focal.p2, fixed(one.p, 2));
      setText(focal.factor, fixed(one.factor, 4));
      setText(focal.nll, fixed(one.crossEntropy, 4));
      setText(focal.value, fixed(one.focal, 4));
    }

    const k = CLASSES.indexOf(state.c);
    rows.forEach((r, i) => {
      r.target.style.width = `${several.target[i] * 100}%`;
      r.predicted.style.width = `${several.predicted[i] * 100}%`;
      setText(r.y, targetText(several.target[i]));
      setText(r.q, fixed(several.predicted[i], 4));
      setText(r.term, fixed(several.terms[i], 4));
      r.row.dataset.true = i === k ? 'yes' : '';
    });
    setText(total, fixed(several.loss, 4));

    const values: Record<string, number> = { p: one.p, nll: one.crossEntropy, sq: one.squared, acc: one.accuracy, L: several.loss };
    several.predicted.forEach((q, i) => (values[`q${i + 1}`] = q));
    several.target.forEach((y, i) => (values[`y${i + 1}`] = y));
    // The targets as the table shows them (0 and 1 whole, smoothed ones with four decimals); the
    // component typesets the start state's the same way.
    updateLiveFormulas(formulas, values, (name, value, digits) => (/^y\d$/.test(name) ? targetText(value) : formatLiveNumber(value, digits)));

    setText(
      verdict,
      fill(t(one.accuracy ? 'ceRight' : 'ceWrong'), { p: fixed(one.p, 2), nll: fixed(one.crossEntropy, 4), sq: fixed(one.squared, 4) }),
    );
    const summary = fill(t('ceSummary'), { p: fixed(one.p, 2), nll: fixed(one.crossEntropy, 4), c: state.c, q: fixed(several.predicted[k], 4), L: fixed(several.loss, 4) });
    const focalPart = model.focal ? ` ${fill(t('ceSummaryFocal'), { gamma: gammaText(one.gamma), fl: fixed(one.focal, 4) })}` : '';
    const smoothPart = several.epsilon > 0 ? ` ${fill(t('ceSummarySmooth'), { eps: fixed(several.epsilon, 2), y: targetText(several.target[k]) })}` : '';
    return summary + focalPart + smoothPart;
  },
});
