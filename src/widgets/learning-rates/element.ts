/**
 * <nn-learning-rates>: the deck's three gradient-descent pictures live (chapter 5, #gradient-descent).
 * Four small contour plots of the valley J = θ₁² + κθ₂² step together (the step bar: →, ←, Home, End,
 * Space): the deck's η = 0.01, 0.03 and 0.13, and the reader's η. A run that diverges stops at the
 * step where it ran away and says so. Below, J after T steps against η (log scale) for gradient
 * descent and momentum, computed by the core, with the limits 2/λ_max and 2(1 + γ)/λ_max drawn and
 * the reader's η as a point that can be moved along the curve (it sets the fourth panel's η). The
 * formulas (typeset at build time, components/LearningRates.astro) carry the limits' numbers.
 */
import { disposeChart } from '../charts/chart-frame';
import { renderContourPlot } from '../charts/contour-plot';
import { renderFunctionPlot } from '../charts/function-plot';
import { h, setText } from '../kit/controls/dom';
import { liveFormulas, updateLiveFormulas } from '../kit/live-formula';
import { formatSignificantLive } from '../kit/format-significant';
import { keepFocusableWhenWide } from '../kit/scroll-focus';
import { fill } from '../kit/strings';
import { widgetElement } from '../kit/widget';
import { formatEtaTick, formatLoss, formatNumber as show, formatPowerTick } from './format';
import { chartLog, formulaValues, learningRatesModel, panelAt, SWEEP_LOG_ETA, SWEEP_LOG_J } from './model';
import { ETA, GAMMA, KAPPA, LEARNING_RATES_TABLE, PLAY_SPEED, STEPS } from './state';

/** The movable point's keyboard step, in log₁₀ η (20 steps a decade). */
const LOG_ETA_STEP = 0.05;
/** The panels' width ÷ height: the view θ₁ ∈ [−5, 5], θ₂ ∈ [−2, 2] with room for the ticks. */
const PANEL_ASPECT = 2.3;

export const LearningRatesWidget = widgetElement({
  id: 'learning-rates',
  table: LEARNING_RATES_TABLE,
  model: learningRatesModel,

  view(kit) {
    const formulas = liveFormulas(kit.id, kit.host);
    const box = kit.host.querySelector<HTMLElement>('.nn-lr-formulas') ?? h('div', { class: 'nn-lr-formulas' });
    const bar = kit.stepBar({ key: 't', count: () => STEPS, speed: PLAY_SPEED });
    const panels = [0, 1, 2, 3].map(() => {
      const plot = h('div', { class: 'nn-lr-plot' });
      kit.own(() => disposeChart(plot));
      const name = h('span', { class: 'nn-lr-name' });
      const status = h('span', { class: 'nn-lr-status' });
      const factor = h('span', { class: 'nn-lr-factor' });
      const element = h('div', { class: 'nn-lr-panel' }, h('p', { class: 'nn-lr-head' }, name, status), plot, h('p', { class: 'nn-lr-foot' }, factor));
      return { element, plot, name, status, factor };
    });
    const sweep = h('div', { class: 'nn-lr-sweep' });
    kit.own(() => disposeChart(sweep));
    const key = h('p', { class: 'nn-lr-key' });
    const limits = h('p', { class: 'nn-lr-limits' });
    const yours = h('p', { class: 'nn-lr-yours', role: 'status' });
    const convention = h('p', { class: 'nn-lr-convention' }, kit.t('lrConvention'));
    const onEta = kit.guard((logEta: number) => {
      const eta = Number((10 ** logEta).toPrecision(3));
      if (eta >= ETA.min && eta <= ETA.max) kit.set({ eta });
    });
    const root = kit.layout({
      className: 'nn-lr',
      controls: [
        kit.slider('kappa', { label: kit.t('lrKappa'), step: KAPPA.step }),
        kit.slider('eta', { label: kit.t('lrEta'), scale: 'log' }),
        kit.slider('gamma', { label: kit.t('lrGamma'), step: GAMMA.step }),
      ],
      bar: bar.element,
      visual: [h('div', { class: 'nn-lr-panels' }, ...panels.map((p) => p.element)), h('div', { class: 'nn-lr-sweep-box' }, sweep, key), box],
      readouts: [limits, yours, convention],
    });
    return { root, formulas, box, panels, sweep, key, limits, yours, onEta };
  },

  render(view, { state, model, lang, t }) {
    const kappa = show(state.kappa);
    const summaries: string[] = [];
    model.panels.forEach((panel, i) => {
      const parts = view.panels[i];
      const now = panelAt(panel, state.t);
      const eta = show(panel.eta);
      setText(parts.name, fill(t(panel.deck ? 'lrPanelDeck' : 'lrPanelYours'), { eta }));
      setText(parts.status, fill(t(now.diverged ? 'lrPanelDiverged' : 'lrPanelStep'), { step: now.step, loss: formatLoss(now.loss) }));
      parts.element.dataset.diverged = String(now.diverged);
      parts.element.dataset.deck = String(panel.deck);
      setText(parts.factor, fill(t(panel.stable ? 'lrFactorStable' : 'lrFactorUnstable'), { factor: show(panel.factors[1]) }));
      renderContourPlot(
        parts.plot,
        {
          grid: model.grid,
          trajectories: [{ id: 'gd', label: t('lrPath'), xs: panel.xs, ys: panel.ys, length: now.points, series: 0 }],
          minimum: { x: model.surface.minimum[0], y: model.surface.minimum[1] },
        },
        { label: fill(t('lrPanelLabel'), { kappa, eta, step: now.step, loss: formatLoss(now.loss) }), lang, legend: false, aspect: PANEL_ASPECT },
      );
      summaries.push(fill(t(now.diverged ? 'lrSummaryDiverged' : 'lrSummaryPanel'), { eta, step: now.step, loss: formatLoss(now.loss) }));
    });

    const gd = show(model.gdLimit);
    const mom = show(model.momentumLimit);
    const gamma = show(state.gamma);
    const logEta = Math.log10(state.eta);
    const [top] = [SWEEP_LOG_J[1]];
    renderFunctionPlot(
      view.sweep,
      {
        curves: [
          { id: 'gd', label: t('lrSweepGd'), xs: model.sweep.logEtas, ys: model.sweep.gd, series: 0 },
          { id: 'momentum', label: fill(t('lrSweepMomentum'), { gamma }), xs: model.sweep.logEtas, ys: model.sweep.momentum, series: 1 },
        ],
        point: { x: logEta, y: chartLog(model.current.gd) },
        marks: [{ id: 'momentum-now', x: logEta, y: chartLog(model.current.momentum), series: 1 }],
        segments: [
          { id: 'gd-limit', kind: 'gd-limit', x1: Math.log10(model.gdLimit), x2: Math.log10(model.gdLimit), y1: SWEEP_LOG_J[0], y2: top },
          { id: 'momentum-limit', kind: 'momentum-limit', x1: Math.log10(model.momentumLimit), x2: Math.log10(model.momentumLimit), y1: SWEEP_LOG_J[0], y2: top },
        ],
      },
      {
        label: fill(t('lrSweepLabel'), { T: STEPS, gd, mom, gamma }),
        lang,
        xDomain: SWEEP_LOG_ETA,
        yDomain: SWEEP_LOG_J,
        xLabel: t('lrSweepX'),
        yLabel: fill(t('lrSweepY'), { T: STEPS }),
        xFormat: formatEtaTick,
        yFormat: formatPowerTick,
        legend: true,
        aspect: 1.9,
        move: {
          label: t('lrPoint'),
          min: Math.log10(ETA.min),
          max: Math.log10(ETA.max),
          step: LOG_ETA_STEP,
          valueText: (x) => fill(t('lrPointText'), { eta: show(Number((10 ** x).toPrecision(3))), loss: formatLoss(model.current.gd) }),
          onMove: view.onEta,
        },
      },
    );
    setText(view.key, fill(t('lrKey'), { gd, mom }));
    setText(view.limits, fill(t('lrLimits'), { lmax: show(model.lambdaMax), gd, mom, gamma }));
    setText(
      view.yours,
      fill(t('lrYours'), {
        eta: show(state.eta),
        T: STEPS,
        gd: formatLoss(model.current.gd),
        mom: formatLoss(model.current.momentum),
        gdVerdict: t(model.current.gdStable ? 'lrStable' : 'lrUnstable'),
        momVerdict: t(model.current.momentumStable ? 'lrStable' : 'lrUnstable'),
      }),
    );
    updateLiveFormulas(view.formulas, formulaValues(model, state.gamma), formatSignificantLive);
    keepFocusableWhenWide([view.box, ...view.box.querySelectorAll<HTMLElement>('.katex-display')]);
    return fill(t('lrSummary'), { t: state.t, T: STEPS, kappa, panels: summaries.join(' '), gd, mom });
  },
});
