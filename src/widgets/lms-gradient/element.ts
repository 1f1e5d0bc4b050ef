/**
 * <nn-lms-gradient>: the delta rule read as gradient descent (chapter 1, "Where gradient descent comes
 * in"). LMS (Widrow–Hoff, output net) and the perceptron rule (output step(net)) learn a gate from the
 * same start with the same α, one example per step (the step bar: →, ←, Home, End, Space; E or the
 * button for a whole epoch). For the example the next step uses: E = ½(d − net)² and its slope
 * −(d − net)xᵢ in the chapter's formulas with numbers (typeset at build time, components/LmsGradient.astro),
 * a table of the slopes beside their central differences, each rule's change, and the central
 * difference of the error through the step — 0, flat. The plane shows both lines, the chart
 * Σ½(d − output)² per epoch for both with LMS's least-squares minimum. An α past LMS's limit is
 * said plainly, and the diverging run stops. Every number from the core (model.ts).
 */
import { disposeChart } from '../charts/chart-frame';
import { renderInputPlane } from '../charts/input-plane';
import { renderLineChart } from '../charts/line-chart';
import { h, setText } from '../kit/controls/dom';
import { liveFormulas, updateLiveFormulas } from '../kit/live-formula';
import { keepFocusableWhenWide } from '../kit/scroll-focus';
import { fill } from '../kit/strings';
import { widgetElement } from '../kit/widget';
import { formatLive, formatLms as show } from './format';
import { formulaValues, lmsGradientModel, LMS_CUT, runFor } from './model';
import { ALPHA, EXAMPLES, GATES, LMS_GRADIENT_TABLE, WEIGHT, } from './state';

const PLANE = { x: [-0.25, 1.25], y: [-0.25, 1.25] } as const;
const PLAY_SPEED = 4;
/** Chart values above this break the line (a diverging run): the message says what happened. */
const CHART_TOP = 10;
const PARAMS = ['w₁', 'w₂', 'b'];

export const LmsGradientWidget = widgetElement({
  id: 'lms-gradient',
  table: LMS_GRADIENT_TABLE,
  // The model is the whole run for the settings; t is the step bar's position (never a rebuild), and
  // render reads the run at t.
  model: runFor,

  view(kit) {
    const formulas = liveFormulas(kit.id, kit.host);
    const box = kit.host.querySelector<HTMLElement>('.nn-lg-formulas') ?? h('div', { class: 'nn-lg-formulas' });
    const restart = { alsoSet: () => ({ t: 0 }) };
    const slider = (key: 'w1' | 'w2' | 'b', label: string) => kit.slider(key, { label, step: WEIGHT.step, ...restart });
    const summary = h('summary', { class: 'nn-lg-summary' });
    const settings = h(
      'details',
      { class: 'nn-lg-settings', open: true, 'data-nn-fold': '' },
      summary,
      h(
        'fieldset',
        {},
        h('legend', { class: 'visually-hidden' }, kit.t('lgSettings')),
        kit.select('gate', { label: kit.t('lgGate'), options: GATES.map((g) => ({ value: g, label: g.toUpperCase() })), ...restart }),
        kit.slider('alpha', { label: kit.t('lgAlpha'), step: ALPHA.step, ...restart }),
        slider('w1', kit.t('lgW1')),
        slider('w2', kit.t('lgW2')),
        slider('b', kit.t('lgB')),
      ),
    );
    const bar = kit.stepBar({ key: 't', count: ({ model }) => model.steps, speed: PLAY_SPEED, counterKey: 'lgCounter' });
    // A link past the run's end (the kit clamps only after a rebuild) opens at the end.
    if (kit.get().t > kit.model().steps) kit.set({ t: kit.model().steps });
    const epoch = () => {
      const { t } = kit.get();
      kit.set({ t: Math.min(kit.model().steps, (Math.floor(t / EXAMPLES) + 1) * EXAMPLES) });
    };
    const epochButton = kit.button(kit.t('lgEpochButton'), epoch, 'nn-lg-epoch');
    kit.shortcut('e', 'lgKeysEpoch', epoch);
    const plane = h('div', { class: 'nn-lg-plane' });
    const chart = h('div', { class: 'nn-lg-chart' });
    kit.own(() => disposeChart(plane));
    kit.own(() => disposeChart(chart));
    const status = h('p', { class: 'nn-lg-status', role: 'status' });
    const rows = [0, 1, 2].map(() => [0, 1, 2, 3, 4].map(() => h('td')));
    const table = h(
      'table',
      { class: 'nn-lg-table' },
      h('caption', {}, kit.t('lgTableCaption')),
      h('thead', {}, h('tr', {}, ...(['lgParam', 'lgSlope', 'lgNumeric', 'lgLmsDelta', 'lgPerceptronDelta', 'lgStepNumeric'] as const).map((k) => h('th', { scope: 'col' }, kit.t(k))))),
      h('tbody', {}, ...rows.map((cells, i) => h('tr', {}, h('th', { scope: 'row' }, PARAMS[i]), ...cells))),
    );
    const tableBox = h('div', { class: 'nn-lg-table-box' }, table);
    const stepNote = h('p', { class: 'nn-lg-step-note' });
    const warning = h('p', { class: 'nn-lg-warning', role: 'alert', hidden: true });
    const lmsNote = h('p', { class: 'nn-lg-lms' });
    const perceptronNote = h('p', { class: 'nn-lg-perceptron' });
    const root = kit.layout({
      className: 'nn-lg',
      // The settings sit with the bar, so that in full screen their summary shares its row.
      bar: h('div', { class: 'nn-lg-bar' }, settings, bar.element, epochButton),
      visual: [plane, chart],
      readouts: [warning, status, box, tableBox, stepNote, lmsNote, perceptronNote],
    });
    return { root, formulas, box, summary, epochButton, plane, chart, status, rows, tableBox, stepNote, warning, lmsNote, perceptronNote };
  },

  render(view, { state, model: run, lang, t }) {
    const model = lmsGradientModel(run, state.t);
    const { lms, perceptron, example, optimum } = model;
    const gate = state.gate.toUpperCase();
    setText(view.summary, fill(t('lgSettingsSummary'), { gate, alpha: show(state.alpha), w1: show(state.w1), w2: show(state.w2), b: show(state.b) }));
    view.epochButton.disabled = model.done;

    // ——— Plane: the targets at the corners, both lines ———
    const [pw1, pw2, pb] = perceptron.theta;
    const [lw1, lw2, lb] = lms.theta;
    const lines = [];
    if (pw1 !== 0 || pw2 !== 0) lines.push({ id: 'perceptron', line: { w1: pw1, w2: pw2, b: pb }, label: t('lgPerceptronLine'), series: 0 });
    if ((lw1 !== 0 || lw2 !== 0) && Number.isFinite(lw1 + lw2 + lb) && Math.abs(lw1) + Math.abs(lw2) < 1e6) {
      lines.push({ id: 'lms', line: { w1: lw1, w2: lw2, b: lb - LMS_CUT }, label: t('lgLmsLine'), series: 1 });
    }
    renderInputPlane(
      view.plane,
      {
        regions: [],
        lines,
        corners: model.run.examples.map((ex) => ({ x: ex.x[0], y: ex.x[1], cls: ex.d as 0 | 1 })),
        input: { x: example.x[0], y: example.x[1], cls: example.d as 0 | 1 },
      },
      {
        label: fill(t('lgPlaneLabel'), { gate, pw1: show(pw1), pw2: show(pw2), pb: show(pb), lw1: show(lw1), lw2: show(lw2), lb: show(lb) }),
        lang,
        box: PLANE,
        classLabels: [t('lgTarget0'), t('lgTarget1')],
        xLabel: 'x₁',
        yLabel: 'x₂',
      },
    );

    // ——— Chart: Σ½(d − output)² per epoch ———
    const clip = (values: readonly number[]) => values.map((v) => (v <= CHART_TOP ? v : NaN));
    const epochs = Math.max(1, lms.curve.length - 1, perceptron.curve.length - 1);
    renderLineChart(
      view.chart,
      [
        { id: 'lms', label: t('lgChartLms'), values: clip(lms.curve), series: 1 },
        { id: 'perceptron', label: t('lgChartPerceptron'), values: clip(perceptron.curve), series: 0 },
        { id: 'min', label: t('lgChartMin'), values: [optimum.sumError, optimum.sumError], xs: [0, epochs], series: 2 },
      ],
      { label: t('lgChartLabel'), lang, xLabel: t('lgChartX'), yLabel: 'Σ½(d − ·)²', showLast: true, aspect: 1.6 },
    );

    // ——— The next example: formulas, table, notes ———
    updateLiveFormulas(view.formulas, formulaValues(model), formatLive);
    const lmsDelta = lms.delta;
    view.rows.forEach((cells, i) => {
      setText(cells[0], show(lms.read.grad[i]));
      setText(cells[1], show(lms.numeric[i]));
      setText(cells[2], show(lmsDelta[i]));
      setText(cells[3], show(perceptron.delta[i]));
      setText(cells[4], show(perceptron.numeric[i]));
    });
    const onJump = perceptron.numeric.some((n) => Math.abs(n) > 1);
    setText(view.stepNote, onJump ? t('lgJump') : fill(t('lgFlat'), { pnet: show(perceptron.read.net), err: show(example.d - perceptron.read.y) }));
    const next = fill(t('lgNext'), { epoch: String(model.epoch + 1), x1: String(example.x[0]), x2: String(example.x[1]), d: String(example.d) });
    setText(view.status, model.done ? fill(t('lgDone'), { epoch: String(model.epoch) }) : next);

    const limit = show(model.limit);
    const stop = model.run.lmsStop;
    const diverged = lms.stopped && stop?.kind === 'diverged';
    view.warning.hidden = !model.aboveLimit && !diverged;
    setText(view.warning, diverged ? fill(t('lgDiverged'), { epoch: String(stop.epoch), limit }) : fill(t('lgAboveLimit'), { alpha: show(state.alpha), limit }));
    let lmsText = fill(t('lgLmsNow'), {
      err: show(lms.error),
      min: show(optimum.sumError),
      ow1: show(optimum.theta[0]),
      ow2: show(optimum.theta[1]),
      ob: show(optimum.theta[2]),
      dist: show(lms.distance),
      correct: String(lms.correct),
      zero: String(lms.correctAtZero),
    });
    if (lms.stopped && stop?.kind === 'settled') lmsText += ' ' + fill(t('lgLmsSettled'), { epoch: String(stop.epoch) });
    else if (model.done && stop === null) lmsText += ' ' + fill(t('lgLmsCapped'), { epoch: String(model.epoch) });
    setText(view.lmsNote, diverged ? '' : lmsText);
    view.lmsNote.hidden = diverged;
    const mistakes = EXAMPLES - perceptron.correct;
    let perceptronText = fill(t('lgPerceptronNow'), { mistakes: String(mistakes), err: show(perceptron.error) });
    const pstop = model.run.perceptronStop;
    if (perceptron.stopped && pstop?.kind === 'converged') perceptronText += ' ' + fill(t('lgPerceptronConverged'), { epoch: String(pstop.epoch) });
    setText(view.perceptronNote, perceptronText);

    keepFocusableWhenWide([view.box, view.tableBox, ...view.box.querySelectorAll<HTMLElement>('.katex-display')]);
    return fill(t('lgSummary'), {
      t: String(model.t),
      epoch: String(model.epoch),
      lerr: show(lms.error),
      min: show(optimum.sumError),
      mistakes: String(mistakes),
      x1: String(example.x[0]),
      x2: String(example.x[1]),
      d: String(example.d),
      g1: show(lms.read.grad[0]),
      g2: show(lms.read.grad[1]),
      g3: show(lms.read.grad[2]),
    });
  },
});
