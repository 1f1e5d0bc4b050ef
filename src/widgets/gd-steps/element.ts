/**
 * <nn-gd-steps>: gradient descent on the chapter's valley (model.ts), one update per step. The
 * contour plot shows the path and the step about to be taken; the formula beside the widget shows
 * that step with its numbers. Below η = 0.1 the path converges; above it the steep coordinate grows
 * by |1 − 20η| per step, the loss runs away, and the kit's runner stops the run and says so.
 */
import { sampleSurface } from '../../core';
import { disposeChart } from '../charts/chart-frame';
import { renderContourPlot } from '../charts/contour-plot';
import { h, setText } from '../kit/controls/dom';
import { formatLoss } from '../kit/controls/transport-view';
import { liveFormulas, updateLiveFormulas } from '../kit/live-formula';
import { fill } from '../kit/strings';
import { widgetElement } from '../kit/widget';
import { createDescent, surface } from './model';
import { CONVERGED, DECK_ETAS, GD_TABLE, MAX_STEPS, PLANE_X, PLANE_Y, SPEEDS } from './state';

/** A typeset minus sign for numbers in sentences. */
const minus = (text: string) => text.replace('-', '−');
/** The contour grid never changes: sampled once for every copy of the widget. */
const grid = sampleSurface(surface, PLANE_X, PLANE_Y, 81, 41);

export const GdStepsWidget = widgetElement({
  id: 'gd-steps',
  table: GD_TABLE,
  model: (state) => createDescent(state.eta),
  training: {
    step: (descent) => descent.step(),
    initialLoss: (descent) => descent.loss(),
    isDone: (loss, step) => loss < CONVERGED || step >= MAX_STEPS,
    speeds: SPEEDS,
    speedKey: 'speed',
  },

  view(kit) {
    const presets = h(
      'span',
      { class: 'nn-gd-presets' },
      h('span', {}, kit.t('gdPresets')),
      ...DECK_ETAS.map((eta) => kit.button(`η = ${eta}`, () => kit.set({ eta }))),
    );
    const verdict = h('p', { class: 'nn-gd-verdict' });
    const plot = h('div', { class: 'nn-gd-plot' });
    kit.own(() => disposeChart(plot));
    const layout = kit.layout({
      className: 'nn-gd',
      controls: [kit.slider('eta', { label: kit.t('gdEta'), scale: 'log' }), presets],
      bar: kit.transport(),
      visual: plot,
      readouts: [verdict],
    });
    return { root: layout, verdict, plot, formulas: liveFormulas(kit.id) };
  },

  render({ verdict, plot, formulas }, { model: descent, run, lang, t }) {
    const { theta } = descent;
    const loss = descent.loss();
    const { gradient, next } = descent.upcoming();
    const stopped = run?.stop ?? null;
    renderContourPlot(
      plot,
      {
        grid,
        trajectories: [{ id: 'gd', label: t('gdPath'), xs: descent.xs, ys: descent.ys }],
        arrow: Number.isFinite(loss) && !stopped ? { x: theta[0], y: theta[1], dx: next[0] - theta[0], dy: next[1] - theta[1] } : undefined,
        minimum: { x: surface.minimum[0], y: surface.minimum[1] },
      },
      { label: t('gdPlot'), lang, xLabel: 'θ₁', yLabel: 'θ₂' },
    );
    updateLiveFormulas(formulas, { t1: theta[0], t2: theta[1], eta: descent.eta, g1: gradient[0], g2: gradient[1], n1: next[0], n2: next[1], loss });

    const stable = Math.abs(descent.steepFactor) < 1;
    let text = fill(t(stable ? 'gdStable' : 'gdUnstable'), { factor: minus(descent.steepFactor.toFixed(2)) });
    if (stopped?.kind === 'done' && stopped.loss < CONVERGED) text = fill(t('gdConverged'), { step: stopped.step });
    setText(verdict, text);
    verdict.dataset.kind = stable ? 'stable' : 'unstable';

    return fill(t('gdSummary'), { step: run?.step ?? 0, a: minus(formatLoss(theta[0])), b: minus(formatLoss(theta[1])), loss: formatLoss(loss) });
  },
});
