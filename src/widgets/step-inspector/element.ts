/**
 * <nn-inspect-nag>, <nn-inspect-adagrad>, <nn-inspect-rmsprop>, <nn-inspect-adadelta>,
 * <nn-inspect-adam>: one widget placed in each method's section of the optimizers chapter, fixed to
 * that method (each its own URL table: its hyperparameters differ). A step bar picks t = 0 … 50; the
 * deck's formulas (typeset at build time by components/StepInspector.astro) show step t's numbers,
 * the contour plot the path so far and the arrows of step t, the chart each coordinate's effective
 * learning rate (NAG: |v|) up to t. Every number is the core optimizer's state() (model.ts).
 */
import { sampleSurface } from '../../core';
import { disposeChart } from '../charts/chart-frame';
import { renderContourPlot } from '../charts/contour-plot';
import { renderLineChart } from '../charts/line-chart';
import { h, setText } from '../kit/controls/dom';
import { formatSignificant } from '../kit/format-significant';
import { liveFormulas, updateLiveFormulas } from '../kit/live-formula';
import { keepFocusableWhenWide } from '../kit/scroll-focus';
import { fill, type WidgetStringKey } from '../kit/strings';
import { widgetElement } from '../kit/widget';
import { formatInspectorLive, SYMBOLS } from './format';
import { formulaValues, inspect, lastStep, stepArrows, surface, type Inspection, type StepArrow } from './model';
import { hyperNames, inspectorTable, PLANE_X, PLANE_Y, STEPS, type InspectedMethod, type InspectorState } from './state';

const grid = sampleSurface(surface, PLANE_X, PLANE_Y, 81, 41);
const show = formatSignificant;

const READ: Record<InspectedMethod, WidgetStringKey> = {
  nag: 'siReadNag',
  adagrad: 'siReadAdagrad',
  rmsprop: 'siReadRmsprop',
  adadelta: 'siReadAdadelta',
  adam: 'siReadAdam',
};
const NOTE: Record<InspectedMethod, WidgetStringKey> = {
  nag: 'siNoteNag',
  adagrad: 'siNoteAdagrad',
  rmsprop: 'siNoteRmsprop',
  adadelta: 'siNoteAdadelta',
  adam: 'siNoteAdam',
};
const ARROWS: Record<StepArrow['id'], { key: WidgetStringKey; series: number }> = {
  step: { key: 'siStepArrow', series: 1 },
  gradient: { key: 'siGradientArrow', series: 2 },
  momentum: { key: 'siMomentumArrow', series: 3 },
  push: { key: 'siPushArrow', series: 2 },
};

/** The largest value of either coordinate's series over the whole run: the chart's fixed y range. */
function rateCeiling(inspection: Inspection): number {
  let top = 0;
  for (const rates of inspection.rates) for (const r of rates) if (Number.isFinite(r)) top = Math.max(top, r);
  return top > 0 ? top * 1.05 : 1;
}

export function stepInspectorElement(method: InspectedMethod): CustomElementConstructor {
  return widgetElement({
    id: 'step-inspector',
    table: inspectorTable(method),
    modelKeys: [...hyperNames(method), ...(method === 'adam' ? ['bias'] : [])],
    model: (state) => inspect(method, state as unknown as InspectorState),

    view(kit) {
      const fields = hyperNames(method).map((name) =>
        kit.number(name as never, { label: SYMBOLS[name], size: 7 }),
      );
      const bias = method === 'adam' ? [kit.checkbox('bias' as never, kit.t('siBias'))] : [];
      const bar = kit.stepBar({ key: 't' as never, count: ({ model }) => lastStep(model), speed: 4 });
      const plot = h('div', { class: 'nn-si-plot' });
      const chart = h('div', { class: 'nn-si-chart' });
      for (const target of [plot, chart]) kit.own(() => disposeChart(target));
      const box = kit.host.querySelector<HTMLElement>('.nn-si-formulas') ?? h('div', { class: 'nn-si-formulas' });
      const formulas = liveFormulas(kit.id, box);
      const read = h('p', { class: 'nn-si-read' });
      const first = h('p', { class: 'nn-si-first' });
      const biasOff = h('p', { class: 'nn-si-bias-off' });
      const stop = h('p', { class: 'nn-si-stop', role: 'status' });
      const note = h('p', { class: 'nn-si-note' }, kit.t(NOTE[method]));
      const root = kit.layout({
        className: 'nn-si',
        controls: [h('div', { class: 'nn-si-fields' }, ...fields), ...bias],
        bar: bar.element,
        visual: [h('div', { class: 'nn-si-charts' }, plot, chart), box],
        readouts: [stop, read, first, biasOff, note],
      });
      return { root, plot, chart, box, formulas, read, first, biasOff, stop };
    },

    render(view, { state, model, lang, t }) {
      const k = Math.min(state.t as number, lastStep(model));
      const theta = model.steps[k].theta;
      const xs = model.steps.slice(0, k + 1).map((s) => s.theta[0]);
      const ys = model.steps.slice(0, k + 1).map((s) => s.theta[1]);
      renderContourPlot(
        view.plot,
        {
          grid,
          trajectories: [{ id: 'path', label: t('siPath'), xs, ys, series: 0 }],
          arrows: stepArrows(model, k).map((a) => ({ ...a, label: t(ARROWS[a.id].key), series: ARROWS[a.id].series })),
          minimum: { x: surface.minimum[0], y: surface.minimum[1] },
        },
        { label: t('siPlot'), lang, xLabel: 'θ₁', yLabel: 'θ₂', legend: true },
      );
      renderLineChart(
        view.chart,
        [
          { id: 'r1', label: 'θ₁', values: model.rates[0], length: k, x0: 1, series: 0 },
          { id: 'r2', label: 'θ₂', values: model.rates[1], length: k, x0: 1, series: 1 },
        ],
        {
          label: t(method === 'nag' ? 'siVelocityLabel' : 'siRatesLabel'),
          lang,
          xDomain: [0, STEPS],
          yDomain: [0, rateCeiling(model)],
          xLabel: t('siStepAxis'),
          yLabel: t(method === 'nag' ? 'siVelocityAxis' : 'siRateAxis'),
          legend: true,
          aspect: 1.6,
        },
      );
      const values = formulaValues(model, k);
      updateLiveFormulas(view.formulas, values, formatInspectorLive);
      keepFocusableWhenWide(view.box.querySelectorAll<HTMLElement>('.katex-display'));

      const a = show(theta[0]);
      const b = show(theta[1]);
      const loss = show(model.steps[k].loss);
      setText(view.read, k === 0 ? fill(t('siStart'), { a, b, loss }) : fill(t(READ[method]), { t: k, r1: show(values.r1), r2: show(values.r2) }));
      if (method === 'adam' && model.steps.length > 1) {
        const [x0, y0] = model.steps[0].theta;
        const [x1, y1] = model.steps[1].theta;
        const lr = model.hyper.lr as number;
        const size = Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0));
        setText(view.first, fill(t('siFirstStep'), { a: show(x1 - x0), b: show(y1 - y0), ratio: show(size / lr) }));
      } else setText(view.first, '');
      setText(view.biasOff, method === 'adam' && !model.biasCorrection ? t('siBiasOff') : '');
      setText(view.stop, model.diverged ? fill(t('siDiverged'), { step: model.diverged.step, last: lastStep(model) }) : '');
      view.first.hidden = !view.first.textContent;
      view.biasOff.hidden = !view.biasOff.textContent;
      view.stop.hidden = !view.stop.textContent;
      return fill(t('siSummary'), { t: k, total: lastStep(model), a, b, loss });
    },
  });
}
