/**
 * <nn-huber>: the Huber loss of one residual r (chapter 4, #since-then). The top plot draws, over
 * −2000 ≤ r ≤ 2000, Huber's L_δ(r) against MSE's ½r² and MAE's term scaled by δ, δ|r| (outside ±δ
 * Huber runs parallel to it, ½δ² lower); the bottom plot their slopes — r, r clipped to ±δ, δ·sign(r).
 * The reader moves r by dragging the point (or with its arrow keys, or the slider) and δ with its
 * slider, and reads the case that applies in the live formula (typeset at build time inside the
 * element, components/Huber.astro). The chapter's four residuals are buttons in a table of ½r² and
 * L_δ(r), with their sums. Every number from model.ts.
 */
import { disposeChart } from '../charts/chart-frame';
import { renderFunctionPlot } from '../charts/function-plot';
import { h, setText } from '../kit/controls/dom';
import { liveFormulas, updateLiveFormulas } from '../kit/live-formula';
import { fill } from '../kit/strings';
import { widgetElement } from '../kit/widget';
import { compactTick } from '../charts/compact-tick';
import { formatGrouped, formatLive } from './format';
import type { HuberCase } from './formulas';
import { chapterTable, curves, domains, formulaValues, reading } from './model';
import { CHAPTER_RESIDUALS, HUBER_TABLE, R_KEY_STEP, R_MAX } from './state';
import { keepFocusableWhenWide } from '../kit/scroll-focus';

const show = formatGrouped;
/** Room right of the plots for half of the last tick, 2000. */
const RIGHT = 1.6;

export const HuberWidget = widgetElement({
  id: 'huber',
  table: HUBER_TABLE,
  // Moving r keeps the sampled curves; only δ changes them.
  modelKeys: ['delta'],
  model: (state) => curves(state.delta),

  view(kit) {
    const formulas = kit.host.querySelector<HTMLElement>('.nn-hu-formulas') ?? h('div', { class: 'nn-hu-formulas' });
    const blocks = [...formulas.querySelectorAll<HTMLElement>('.nn-hu-formula[data-case]')].map((block) => ({
      block,
      which: block.dataset.case as HuberCase,
      formulas: liveFormulas(kit.id, block),
    }));
    const plotLoss = h('div', { class: 'nn-hu-plot' });
    const plotGrad = h('div', { class: 'nn-hu-plot' });
    kit.own(() => disposeChart(plotLoss));
    kit.own(() => disposeChart(plotGrad));
    const caseLine = h('p', { class: 'nn-hu-case' });

    const caption = h('caption');
    const body = h('tbody');
    const rows = CHAPTER_RESIDUALS.map((r) => {
      const button = kit.button(show(r), () => kit.set({ r }), 'nn-hu-pick');
      const cells = { button, squared: h('td'), huber: h('td') };
      body.append(h('tr', { 'data-r': String(r) }, h('th', { scope: 'row' }, button), cells.squared, cells.huber));
      return { r, ...cells };
    });
    const totalSquared = h('td');
    const totalHuber = h('td');
    const table = h(
      'table',
      { class: 'nn-hu-table' },
      caption,
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'r'), h('th', { scope: 'col' }, '½r²'), h('th', { scope: 'col' }, 'L', h('sub', {}, 'δ'), '(r)'))),
      body,
      h('tfoot', {}, h('tr', {}, h('th', { scope: 'row' }, kit.t('huTotal')), totalSquared, totalHuber)),
    );

    const root = kit.layout({
      className: 'nn-hu',
      controls: [kit.slider('r', { label: kit.t('huR'), step: 1 }), kit.slider('delta', { label: kit.t('huDelta'), step: 1 })],
      visual: [plotLoss, plotGrad],
      readouts: [formulas, caseLine, h('div', { class: 'nn-hu-table-box' }, table)],
    });
    const onMove = kit.guard((r: number) => kit.set({ r: Math.round(r) }));
    return { root, blocks, plotLoss, plotGrad, caseLine, caption, rows, totalSquared, totalHuber, onMove };
  },

  render(view, { state, model, lang, t }) {
    const { r, delta } = state;
    const now = reading(r, delta);
    const values = { r: show(r), delta: show(delta), loss: show(now.huber), squared: show(now.squared), grad: show(now.grad), size: show(Math.abs(r)) };
    const range = domains(delta);

    renderFunctionPlot(
      view.plotLoss,
      {
        curves: [
          { id: 'absolute', label: t('huCurveAbsolute'), xs: model.absolute.xs, ys: model.absolute.ys, series: 2 },
          { id: 'squared', label: t('huCurveSquared'), xs: model.squared.xs, ys: model.squared.ys, series: 1 },
          { id: 'huber', label: t('huCurveHuber'), xs: model.huber.xs, ys: model.huber.ys, series: 0 },
        ],
        point: { x: r, y: now.huber },
      },
      {
        label: fill(t('huPlotLoss'), values),
        lang,
        xDomain: [-R_MAX, R_MAX],
        yDomain: range.loss,
        xLabel: 'r',
        yLabel: t('huLossAxis'),
        yFormat: compactTick,
        aspect: 2.6,
        right: RIGHT,
        move: {
          label: t('huPoint'),
          min: -R_MAX,
          max: R_MAX,
          step: R_KEY_STEP,
          valueText: (x, y) => fill(t('huPointText'), { r: show(x), loss: show(y) }),
          onMove: view.onMove,
        },
      },
    );
    renderFunctionPlot(
      view.plotGrad,
      {
        curves: [
          { id: 'absolute', label: t('huGradAbsolute'), xs: model.gradAbsolute.xs, ys: model.gradAbsolute.ys, series: 2 },
          { id: 'squared', label: t('huGradSquared'), xs: model.gradSquared.xs, ys: model.gradSquared.ys, series: 1 },
          { id: 'huber', label: t('huGradHuber'), xs: model.gradHuber.xs, ys: model.gradHuber.ys, series: 0 },
        ],
        point: { x: r, y: now.grad },
      },
      { label: fill(t('huPlotGrad'), values), lang, xDomain: [-R_MAX, R_MAX], yDomain: range.grad, xLabel: 'r', yLabel: t('huGradAxis'), yFormat: compactTick, aspect: 2.6, right: RIGHT },
    );

    const which: HuberCase = now.quadratic ? 'quadratic' : 'linear';
    for (const block of view.blocks) {
      block.block.hidden = block.which !== which;
      if (block.which === which) {
        updateLiveFormulas(block.formulas, formulaValues(r, delta), formatLive);
        keepFocusableWhenWide(block.block.querySelectorAll<HTMLElement>('.katex-display'));
      }
    }
    const caseText = fill(t(now.quadratic ? 'huQuadratic' : 'huLinear'), values);
    setText(view.caseLine, caseText);
    view.caseLine.dataset.case = which;

    const chapter = chapterTable(delta);
    setText(view.caption, fill(t('huTableCaption'), { delta: show(delta) }));
    chapter.rows.forEach((row, k) => {
      const cells = view.rows[k];
      cells.button.setAttribute('aria-pressed', String(row.r === r));
      setText(cells.squared, show(row.squared));
      setText(cells.huber, show(row.huber));
    });
    setText(view.totalSquared, show(chapter.totalSquared));
    setText(view.totalHuber, show(chapter.totalHuber));

    return caseText;
  },
});
