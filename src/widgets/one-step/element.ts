/**
 * <nn-one-step>: one gradient-descent step on an error curve of one weight (chapter 2, #goal). The
 * top plot draws E(w) with the tangent at w; the step w − ηg lands on the curve at E(w − ηg) and on the
 * tangent at E(w) − ηg², and the segment between the two is what the bend adds. The bottom plot draws
 * both against η: the real error after the step and the straight line that touches it at η = 0 —
 * together for a small η, apart for a large one. The reader drags w on the top plot and η on the
 * bottom one (or uses the sliders and keys), takes the step, and reads the numbers in the live
 * formulas (typeset at build time, components/OneStep.astro). Every number from the core.
 */
import { firstOrderStep, type StepCurveId } from '../../core';
import { disposeChart } from '../charts/chart-frame';
import { renderFunctionPlot } from '../charts/function-plot';
import { h, setText } from '../kit/controls/dom';
import { liveFormulas, updateLiveFormulas } from '../kit/live-formula';
import { fill } from '../kit/strings';
import { widgetElement } from '../kit/widget';
import { formatSignificantLive as formatLive, formatSignificant as show } from '../kit/format-significant';
import { formulaValues, reading, sampleCurve, verdict } from './model';
import { CURVE_STARTS, CURVES, ETA_MIN, ONE_STEP_TABLE, W_MAX, W_MIN, W_STEP } from './state';

/** Series: the curve and the real error in blue, the tangent's promise in orange. */
const REAL = 0;
const PROMISE = 1;

export const OneStepWidget = widgetElement({
  id: 'one-step',
  table: ONE_STEP_TABLE,
  // w and η move the point; only the curve changes the samples.
  modelKeys: ['curve'],
  model: (state) => sampleCurve(state.curve),

  view(kit) {
    const formulas = liveFormulas(kit.id, kit.host);
    const box = kit.host.querySelector<HTMLElement>('.nn-os-formulas') ?? h('div', { class: 'nn-os-formulas' });
    const plotW = h('div', { class: 'nn-os-plot' });
    const plotEta = h('div', { class: 'nn-os-plot' });
    kit.own(() => disposeChart(plotW));
    kit.own(() => disposeChart(plotEta));
    const verdict = h('p', { class: 'nn-os-verdict', role: 'status' });
    const take = kit.button(kit.t('osTake'), () => {
      const { w, eta } = kit.get();
      const { next } = firstOrderStep(kit.model().curve, w, eta);
      if (next >= W_MIN && next <= W_MAX) kit.set({ w: Number(next.toFixed(10)) });
    }, 'nn-os-take');
    const restart = kit.button(kit.t('osStart'), () => kit.set(CURVE_STARTS[kit.get().curve as StepCurveId]), 'nn-os-start');
    const root = kit.layout({
      className: 'nn-os',
      controls: [
        kit.select('curve', {
          label: kit.t('osCurve'),
          options: CURVES.map((value) => ({ value, label: kit.t(value === 'quadratic' ? 'osQuadratic' : 'osNeuron') })),
          alsoSet: (curve: StepCurveId) => CURVE_STARTS[curve],
        }),
        kit.slider('w', { label: kit.t('osW'), step: W_STEP }),
        kit.slider('eta', { label: kit.t('osEta'), scale: 'log' }),
        h('span', { class: 'nn-os-buttons' }, take, restart),
      ],
      visual: [plotW, plotEta],
      readouts: [box, verdict],
    });
    const onW = kit.guard((w: number) => kit.set({ w }));
    const onEta = kit.guard((eta: number) => kit.set({ eta: Math.max(ETA_MIN, Number(eta.toPrecision(3))) }));
    return { root, formulas, plotW, plotEta, verdict, take, onW, onEta };
  },

  render(view, { state, model, lang, t }) {
    const { w, eta, curve: id } = state;
    const now = reading(id, model.curve, w, eta);
    const { step } = now;
    const values = { w: show(w), eta: show(eta), g: show(step.g), next: show(step.next), error: show(step.error), actual: show(step.actual), predicted: show(step.predicted), gap: show(step.gap) };

    renderFunctionPlot(
      view.plotW,
      {
        curves: [{ id: 'E', label: t('osCurveE'), xs: model.xs, ys: model.ys, series: REAL }],
        point: { x: w, y: step.error },
        tangent: { x: w, y: step.error, slope: step.g, span: [Math.min(w, step.next) - 0.5, Math.max(w, step.next) + 0.5] },
        segments: [
          { id: 'step', kind: 'step', x1: w, y1: now.eDomain[0], x2: step.next, y2: now.eDomain[0] },
          { id: 'gap', kind: 'gap', x1: step.next, y1: step.predicted, x2: step.next, y2: step.actual },
        ],
        marks: [
          { id: 'actual', x: step.next, y: step.actual, series: REAL },
          { id: 'predicted', x: step.next, y: step.predicted, series: PROMISE },
        ],
      },
      {
        label: fill(t('osPlotW'), values),
        lang,
        xDomain: [W_MIN, W_MAX],
        yDomain: now.eDomain,
        xLabel: 'w',
        yLabel: 'E',
        aspect: 2.2,
        move: { label: t('osPointW'), min: W_MIN, max: W_MAX, step: W_STEP, valueText: (x, y) => fill(t('osPointText'), { w: show(x), error: show(y) }), onMove: view.onW },
      },
    );
    renderFunctionPlot(
      view.plotEta,
      {
        curves: [
          { id: 'actual', label: t('osSweepActual'), xs: now.sweep.etas, ys: now.sweep.actual, series: REAL },
          { id: 'predicted', label: t('osSweepPredicted'), xs: now.sweep.etas, ys: now.sweep.predicted, series: PROMISE },
        ],
        point: { x: eta, y: step.actual },
        marks: [{ id: 'predicted', x: eta, y: step.predicted, series: PROMISE }],
        segments: [{ id: 'gap', kind: 'gap', x1: eta, y1: step.predicted, x2: eta, y2: step.actual }],
      },
      {
        label: fill(t('osPlotEta'), { ...values, max: show(now.etaMax) }),
        lang,
        xDomain: [0, now.etaMax],
        yDomain: now.sweepDomain,
        xLabel: 'η',
        yLabel: t('osSweepAxis'),
        aspect: 2.2,
        move: { label: t('osPointEta'), min: ETA_MIN, max: now.etaMax, step: now.etaMax / 1000, valueText: (x) => `η = ${show(x)}`, onMove: view.onEta },
      },
    );
    updateLiveFormulas(view.formulas, formulaValues(step), formatLive);

    const landsOutside = step.next < W_MIN || step.next > W_MAX;
    view.take.disabled = landsOutside || step.g === 0;
    const { key, share } = verdict(step);
    const { fall, promised } = formulaValues(step);
    const text = fill(t(key), { ...values, fall: show(fall), promised: show(promised), share: String(share) });
    setText(view.verdict, landsOutside ? `${text} ${t('osOutside')}` : text);
    view.verdict.dataset.kind = key;
    return text;
  },
});
