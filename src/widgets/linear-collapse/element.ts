/**
 * <nn-linear-collapse>: two layers with no bend between them are one (chapter 3, #why-nonlinearity).
 * A 2-2-1 network (model.ts) learns XOR with the hidden activation f the reader picks. Three panels:
 * the input plane with a square grid, the four points and the traced input x; the same grid after
 * layer 1, h = f(W₁x + b₁), with the output unit's border W₂h + b₂ = 0 (always a straight line there);
 * and the network's output over the input plane. The live formula in the frame writes out A = W₂W₁,
 * c = W₂b₁ + b₂ and compares W₂h + b₂ with Ax + c at x: the same number exactly when f is linear. The
 * readout gives the epoch, the accuracy on the four points and E.
 */
import { disposeChart } from '../charts/chart-frame';
import { renderDecisionMap } from '../charts/decision-map';
import { renderGridWarp } from '../charts/grid-warp';
import { h, setText } from '../kit/controls/dom';
import { formatLoss } from '../kit/controls/transport-view';
import { liveFormulas, updateLiveFormulas } from '../kit/live-formula';
import { fill, type WidgetStringKey } from '../kit/strings';
import { widgetElement } from '../kit/widget';
import { formulaValues } from './formula';
import { XOR_POINTS, createCollapse } from './model';
import { ACTIVATIONS, COLLAPSE_TABLE, ETA_MAX, ETA_MIN, MAX_EPOCHS, PLANE, SPEEDS, X_MAX, X_MIN, type HiddenActivation } from './state';

/** While playing, the panels are redrawn at most this often (the readout follows every frame). */
const PLOT_INTERVAL_MS = 50;
/** A number for a sentence: three decimals, the typeset minus sign (none on a value that rounds to 0). */
const num = (value: number) => (Math.abs(value) < 5e-4 ? 0 : value).toFixed(3).replace('-', '−');
/**
 * Below this spread of y over the plane the output is flat (a linear net that has shrunk A to 0 sits
 * at y = 0.5 everywhere) and the level line y = 0.5 would trace rounding noise: none is drawn.
 */
const FLAT = 1e-6;
/** |W₂h + b₂ − (Ax + c)| below this counts as equal (floating-point rounding, not a bend). */
const SAME = 1e-9;

const ACTIVATION_LABELS: Record<HiddenActivation, WidgetStringKey> = {
  linear: 'lcLinear',
  tanh: 'lcTanh',
  relu: 'lcRelu',
  sigmoid: 'lcSigmoid',
};

export const LinearCollapseWidget = widgetElement({
  id: 'linear-collapse',
  table: COLLAPSE_TABLE,
  // The traced input only picks where the formula is evaluated.
  modelKeys: ['act', 'seed', 'eta'],
  model: (state) => createCollapse(state),
  training: {
    step: (collapse) => collapse.step(),
    initialLoss: (collapse) => collapse.initialLoss,
    isDone: (_loss, epoch, collapse) => collapse.isDone(epoch),
    speeds: SPEEDS,
    speedKey: 'speed',
  },

  view(kit) {
    const panel = (titleKey: WidgetStringKey) => {
      const chart = h('div', { class: 'nn-lc-chart' });
      kit.own(() => disposeChart(chart));
      return { chart, box: h('div', { class: 'nn-lc-panel' }, h('p', { class: 'nn-lc-panel-title' }, kit.t(titleKey)), chart) };
    };
    const input = panel('lcPanelInput');
    const hidden = panel('lcPanelHidden');
    const output = panel('lcPanelOutput');
    const traced = h(
      'fieldset',
      { class: 'nn-lc-traced' },
      h('legend', {}, kit.t('lcTraced')),
      kit.number('x1', { label: 'x₁', size: 4, step: 0.25, hint: `${X_MIN}–${X_MAX}` }),
      kit.number('x2', { label: 'x₂', size: 4, step: 0.25, hint: `${X_MIN}–${X_MAX}` }),
    );
    const status = h('p', { class: 'nn-lc-status' });
    const verdict = h('p', { class: 'nn-lc-verdict' });
    const root = kit.layout({
      className: 'nn-lc',
      controls: [
        kit.select('act', { label: kit.t('lcActivation'), options: ACTIVATIONS.map((value) => ({ value, label: kit.t(ACTIVATION_LABELS[value]) })) }),
        kit.seed('seed'),
        kit.number('eta', { label: kit.t('lcEta'), size: 5, hint: `${ETA_MIN}–${ETA_MAX}` }),
        traced,
      ],
      // One step is one epoch; the readout below names the epoch, so the counter need not.
      bar: kit.transport(),
      visual: h('div', { class: 'nn-lc-panels' }, input.box, hidden.box, output.box),
      readouts: [status, verdict],
    });
    const plotted = { at: -Infinity };
    return { root, input: input.chart, hidden: hidden.chart, output: output.chart, status, verdict, plotted, formulas: liveFormulas(kit.id) };
  },

  render({ root, input, hidden, output, status, verdict, plotted, formulas }, { state, model: collapse, run, lang, t }) {
    const x: [number, number] = [state.x1, state.x2];
    const trace = collapse.trace(x);
    const now = performance.now();
    if (run?.status !== 'playing' || now - plotted.at >= PLOT_INTERVAL_MS) {
      plotted.at = now;
      const grid = collapse.grid();
      const points = collapse.hiddenPoints();
      renderGridWarp(
        input,
        { lines: grid.input, points: XOR_POINTS, marker: x },
        { label: t('lcInputChart'), lang, x: PLANE, y: PLANE, xLabel: 'x₁', yLabel: 'x₂' },
      );
      renderGridWarp(
        hidden,
        { lines: grid.hidden, points: { ...points, labels: XOR_POINTS.labels }, border: collapse.outputLine(), marker: trace.h },
        { label: t('lcHiddenChart'), lang, xLabel: 'h₁', yLabel: 'h₂' },
      );
      const map = collapse.map();
      const flat = Math.max(...map.values) - Math.min(...map.values) < FLAT;
      renderDecisionMap(
        output,
        { grid: map, points: XOR_POINTS },
        { boundary: flat ? null : 0.5, label: t('lcMapChart'), pointsLabel: t('lcMapPoints'), lang, classLabels: [t('lcClass0'), t('lcClass1')], xLabel: 'x₁', yLabel: 'x₂', aspect: 1 },
      );
    }
    updateLiveFormulas(formulas, formulaValues(collapse, x));

    const { correct } = collapse.accuracy();
    const epoch = collapse.epoch;
    const loss = collapse.losses.length ? collapse.losses[collapse.losses.length - 1] : collapse.initialLoss;
    const values = { epoch, correct, loss: formatLoss(loss), z: num(trace.z), za: num(trace.zA), f: t(ACTIVATION_LABELS[collapse.act]) };
    let text = fill(t('lcStatus'), values);
    if (correct === 4) text += ` ${t('lcSolved')}`;
    if (run?.stop?.kind === 'done') text += ` ${fill(t('lcDone'), { epochs: Math.min(epoch, MAX_EPOCHS) })}`;
    setText(status, text);
    status.dataset.correct = String(correct);
    const same = Math.abs(trace.z - trace.zA) < SAME * Math.max(1, Math.abs(trace.z));
    setText(verdict, fill(t(collapse.act === 'linear' ? 'lcSame' : same ? 'lcBentSame' : 'lcDiffer'), values));
    verdict.dataset.kind = collapse.act === 'linear' ? 'linear' : 'bent';
    root.dataset.stop = run?.stop?.kind ?? '';
    return fill(t('lcSummary'), values);
  },
});
