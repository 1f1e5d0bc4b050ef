/**
 * <nn-momentum-knobs>: momentum's two knobs (chapter 5, #momentum). On the valley J = θ₁² + κθ₂²
 * (eigenvalues λ_min = 2, λ_max = 2κ) the reader sets κ, η and γ; the deck's momentum runs from
 * θ₀ = (−4, 1) beside gradient descent at its best η (the transport: play, step, reset, speed). The
 * contour plot shows both paths, the chart their loss per step (log), and the heat map the rate ρ over
 * the (η, γ) plane — blue converges, the faster the darker; orange diverges; the line is the stable
 * region's edge ρ = 1 — with the current pair and the best pair marked. "Optimal" sets the best pair.
 * The live formulas (typeset at build time, components/MomentumKnobs.astro) carry the same numbers.
 * Every number from the core (model.ts, src/core/momentum-rate.ts).
 */
import { disposeChart } from '../charts/chart-frame';
import { renderContourPlot } from '../charts/contour-plot';
import { renderDecisionMap } from '../charts/decision-map';
import { renderLineChart } from '../charts/line-chart';
import { h, setText } from '../kit/controls/dom';
import { formatSignificant as show, formatSignificantLive } from '../kit/format-significant';
import { liveFormulas, updateLiveFormulas } from '../kit/live-formula';
import { keepFocusableWhenWide } from '../kit/scroll-focus';
import { fill } from '../kit/strings';
import { widgetElement } from '../kit/widget';
import { formulaValues, heatEtaMax, momentumKnobs } from './model';
import { CONVERGED, GAMMA, MAX_STEPS, MOMENTUM_KNOBS_TABLE, SPEEDS } from './state';

/** Losses below this are drawn at it (the log axis has no 0); above the runaway ceiling not at all. */
const FLOOR = 1e-14;
const round = (value: number, digits: number) => Number(value.toFixed(digits));

export const MomentumKnobsWidget = widgetElement({
  id: 'momentum-knobs',
  table: MOMENTUM_KNOBS_TABLE,
  model: momentumKnobs,
  modelKeys: ['kappa', 'eta', 'gamma'],
  training: {
    step: (model) => model.step(),
    initialLoss: (model) => model.momentum.losses[0],
    isDone: (loss, step) => loss < CONVERGED || step >= MAX_STEPS,
    speeds: SPEEDS,
    speedKey: 'speed',
  },

  view(kit) {
    const optimal = () => {
      const { best } = kit.model();
      // The slider and the URL keep 4 decimals; the rate shown is for the pair as set.
      kit.set({ eta: round(best.eta, 4), gamma: Math.min(GAMMA.max, round(best.gamma, 4)) });
    };
    const deck = () => kit.set({ eta: 0.01, gamma: 0.9 });
    kit.shortcut('o', 'mkKeysOptimal', optimal);
    const buttons = h(
      'div',
      { class: 'nn-mk-buttons' },
      kit.button(kit.t('mkOptimal'), optimal, 'nn-mk-optimal'),
      kit.button(kit.t('mkDeck'), deck, 'nn-mk-deck'),
    );
    const path = h('div', { class: 'nn-mk-path' });
    const loss = h('div', { class: 'nn-mk-loss' });
    const heat = h('div', { class: 'nn-mk-heat' });
    for (const chart of [path, loss, heat]) kit.own(() => disposeChart(chart));
    const box = kit.host.querySelector<HTMLElement>('.nn-mk-formulas') ?? h('div', { class: 'nn-mk-formulas' });
    const formulas = liveFormulas(kit.id, box);
    const verdict = h('p', { class: 'nn-mk-verdict' });
    const compare = h('p', { class: 'nn-mk-compare' });
    const root = kit.layout({
      className: 'nn-mk',
      controls: [
        kit.slider('kappa', { label: kit.t('mkKappa'), scale: 'log' }),
        kit.slider('eta', { label: kit.t('mkEta'), scale: 'log' }),
        kit.slider('gamma', { label: kit.t('mkGamma'), step: GAMMA.step }),
        buttons,
      ],
      bar: kit.transport(),
      visual: [path, heat, loss],
      readouts: [verdict, compare, box],
    });
    return { root, path, loss, heat, box, formulas, verdict, compare };
  },

  render(view, { state, model, run, lang, t }) {
    const { momentum, descent, best, gd } = model;
    const n = momentum.losses.length;
    const text = {
      kappa: show(state.kappa),
      eta: show(state.eta),
      gamma: show(state.gamma),
      rate: show(model.rate),
      lmax: show(model.lambdaMax),
      product: show(state.eta * model.lambdaMax),
      limit: show(2 * (1 + state.gamma)),
      etaLimit: show(model.etaLimit),
      steps: model.stepsPerTenth === null ? '' : show(Math.round(model.stepsPerTenth * 10) / 10),
      rateBest: show(best.rate),
      etaBest: show(best.eta),
      gammaBest: show(best.gamma),
      rateGd: show(gd.rate),
      etaGd: show(gd.eta),
    };

    // ——— The rate over (η, γ): blue converges (darker is faster), orange diverges, the line is ρ = 1 ———
    const etaMax = heatEtaMax(model.lambdaMax);
    renderDecisionMap(
      view.heat,
      {
        grid: model.heat,
        points: { xs: [Math.min(state.eta, etaMax), best.eta], ys: [state.gamma, best.gamma], labels: [0, 1] },
      },
      {
        label: fill(t('mkHeatLabel'), text),
        pointsLabel: fill(t('mkHeatPoints'), text),
        lang,
        domain: [best.rate, 1, 2 - best.rate],
        boundary: 1,
        classLabels: [t('mkHeatCurrent'), t('mkHeatBest')],
        xLabel: 'η',
        yLabel: 'γ',
        aspect: 1.25,
        equalAxes: false,
        highlight: 0,
      },
    );

    // ——— Both paths on the valley ———
    renderContourPlot(
      view.path,
      {
        grid: model.contour,
        trajectories: [
          { id: 'momentum', label: t('mkMomentum'), xs: momentum.xs, ys: momentum.ys, series: 0 },
          { id: 'gd', label: fill(t('mkGdBest'), text), xs: descent.xs, ys: descent.ys, series: 1 },
        ],
        minimum: { x: model.surface.minimum[0], y: model.surface.minimum[1] },
      },
      { label: fill(t('mkPathLabel'), text), lang, xLabel: 'θ₁', yLabel: 'θ₂', legend: true },
    );

    // ——— J per step, log ———
    const floor = (values: readonly number[]) => values.map((v) => (Number.isFinite(v) ? Math.max(FLOOR, v) : NaN));
    renderLineChart(
      view.loss,
      [
        { id: 'momentum', label: t('mkMomentum'), values: floor(momentum.losses), series: 0 },
        { id: 'gd', label: fill(t('mkGdBest'), text), values: floor(descent.losses), series: 1 },
      ],
      { label: fill(t('mkLossLabel'), text), lang, yScale: 'log', xLabel: t('mkStep'), yLabel: 'J(θ)', aspect: 1.6 },
    );

    updateLiveFormulas(view.formulas, formulaValues(state, model), formatSignificantLive);
    keepFocusableWhenWide(view.box.querySelectorAll<HTMLElement>('.katex-display'));

    const verdict = model.stable ? fill(t(model.rate === 0 ? 'mkExact' : 'mkStable'), text) : fill(t('mkUnstable'), text);
    setText(view.verdict, verdict);
    view.verdict.dataset.kind = model.stable ? 'stable' : 'unstable';
    setText(view.compare, fill(t('mkCompare'), text));

    const last = n - 1;
    return fill(t('mkSummary'), {
      step: run?.step ?? last,
      loss: show(momentum.losses[last]),
      gdLoss: show(descent.losses[last]),
      verdict,
    });
  },
});
