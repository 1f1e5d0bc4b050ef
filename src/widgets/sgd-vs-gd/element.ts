/**
 * <nn-sgd-vs-gd>: SGD against gradient descent on one regression loss (chapter 5, #sgd). A line
 * ŷ = w·x + b is fitted to N seeded points by J(w, b) = (1/N) Σᵢ ½(w·xᵢ + b − yᵢ)² (core lineFitLoss);
 * both start at the same (w, b) with the same η. Gradient descent uses all N examples a step, SGD the
 * mean of a mini-batch of |B| (shuffled every epoch, without replacement). Four views: the data with
 * both current lines (SGD's last batch marked), the contour of J with both paths, a scatter of many
 * mini-batch gradients at SGD's point around the true gradient with the ±1 sd the formula predicts,
 * and J − J* for both against steps or against examples seen. Every number from the core (model.ts).
 */
import { disposeChart } from '../charts/chart-frame';
import { renderContourPlot } from '../charts/contour-plot';
import { renderFunctionPlot, type Mark, type Segment } from '../charts/function-plot';
import { renderLineChart } from '../charts/line-chart';
import { sampleSurface } from '../../core';
import { h, setText } from '../kit/controls/dom';
import { formatSignificant, formatSignificantLive } from '../kit/format-significant';
import { formatShort } from '../kit/format-short';
import { liveFormulas, updateLiveFormulas } from '../kit/live-formula';
import { keepFocusableWhenWide } from '../kit/scroll-focus';
import { fill } from '../kit/strings';
import { widgetElement } from '../kit/widget';
import { createRace, formulaValues, type Race } from './model';
import { AXES, MAX_STEPS, SCATTER_COUNT, SGD_TABLE, SPEEDS } from './state';

const show = formatSignificant;
const pair = (a: number, b: number) => `(${show(a)}, ${show(b)})`;
const finite = (...values: number[]) => values.every(Number.isFinite);
/** The data plot's x range: the points' xᵢ lie in [−1, 1]. */
const X_RANGE: readonly [number, number] = [-1.1, 1.1];
/** Contour grids by data set (N, seed): sampled once per data set. */
const grids = new Map<string, ReturnType<typeof sampleSurface>>();
const gridOf = (race: Race) => {
  const key = `${race.n}|${race.loss.xs[0]}`;
  let grid = grids.get(key);
  if (!grid) {
    if (grids.size > 8) grids.clear();
    grid = sampleSurface(race.loss, race.loss.view.x, race.loss.view.y, 61, 61);
    grids.set(key, grid);
  }
  return grid;
};

export const SgdVsGdWidget = widgetElement({
  id: 'sgd-vs-gd',
  table: SGD_TABLE,
  modelKeys: ['eta', 'batch', 'n', 'seed'],
  model: (state) => createRace(state),
  training: {
    step: (race) => race.step(),
    initialLoss: (race) => race.worstLoss(),
    isDone: (_loss, step) => step >= MAX_STEPS,
    speeds: SPEEDS,
    speedKey: 'speed',
  },

  view(kit) {
    const data = h('div', { class: 'nn-sgd-data' });
    const plane = h('div', { class: 'nn-sgd-plane' });
    const scatter = h('div', { class: 'nn-sgd-scatter' });
    const chart = h('div', { class: 'nn-sgd-chart' });
    for (const c of [data, plane, scatter, chart]) kit.own(() => disposeChart(c));
    const box = kit.host.querySelector<HTMLElement>('.nn-sgd-formulas') ?? h('div', { class: 'nn-sgd-formulas' });
    const counts = h('p', { class: 'nn-sgd-counts' });
    const spread = h('p', { class: 'nn-sgd-spread' });
    const clamp = h('p', { class: 'nn-sgd-clamp' });
    const root = kit.layout({
      className: 'nn-sgd',
      controls: [
        kit.slider('eta', { label: kit.t('sgEta'), scale: 'log' }),
        kit.slider('batch', { label: kit.t('sgBatch'), step: 1, format: formatShort }),
        h(
          'details',
          { class: 'nn-sgd-settings', open: true, 'data-nn-fold': '' },
          h('summary', {}, kit.t('sgSettings')),
          kit.slider('n', { label: kit.t('sgN'), step: 1, format: formatShort, alsoSet: (n: number) => (kit.get().batch > n ? { batch: n } : {}) }),
          kit.select('axis', { label: kit.t('sgAxis'), options: AXES.map((value) => ({ value, label: kit.t(value === 'steps' ? 'sgAxisSteps' : 'sgAxisExamples') })) }),
          kit.seed('seed'),
        ),
      ],
      bar: kit.transport(),
      visual: [h('div', { class: 'nn-sgd-grid' }, data, plane, scatter, chart), box],
      readouts: [counts, clamp, spread],
    });
    return { root, data, plane, scatter, chart, box, counts, spread, clamp, formulas: liveFormulas(kit.id, box) };
  },

  render(view, { model: race, state, run, lang, t }) {
    const { gd, sgd, loss } = race;
    const names = [t('sgGd'), t('sgSgd')];
    const batch = new Set(race.lastBatch);

    // The data and both current lines ŷ = w·x + b; SGD's last batch in SGD's colour.
    const points: Mark[] = Array.from(loss.xs, (x, i) => ({ id: `p${i}`, x, y: loss.ys[i], series: batch.has(i) ? 1 : 4 }));
    const lineOf = (id: string, label: string, l: Race['gd'], series: number) => ({
      id,
      label,
      series,
      xs: [...X_RANGE],
      ys: finite(l.theta[0], l.theta[1]) ? X_RANGE.map((x) => l.theta[0] * x + l.theta[1]) : [],
    });
    const yMin = Math.min(...loss.ys) - 0.5;
    const yMax = Math.max(...loss.ys) + 0.5;
    renderFunctionPlot(
      view.data,
      { curves: [lineOf('gd', names[0], gd, 0), lineOf('sgd', names[1], sgd, 1)], marks: points },
      { label: fill(t('sgDataLabel'), { n: race.n }), lang, xDomain: X_RANGE, yDomain: [yMin, yMax], xLabel: 'x', yLabel: 'y', aspect: 1.1, legend: false },
    );

    renderContourPlot(
      view.plane,
      {
        grid: gridOf(race),
        trajectories: [
          { id: 'gd', label: names[0], xs: gd.ws, ys: gd.bs, series: 0 },
          { id: 'sgd', label: names[1], xs: sgd.ws, ys: sgd.bs, series: 1 },
        ],
        minimum: { x: loss.minimum[0], y: loss.minimum[1] },
      },
      { label: t('sgPlaneLabel'), lang, xLabel: 'w', yLabel: 'b', aspect: 1.1, legend: true },
    );

    // Mini-batch gradients at SGD's point, the true gradient, and ±1 sd of the formula around it.
    const s = race.scatter();
    const [tw, tb] = s.exact.mean;
    const [sw, sb] = s.exact.sdWithoutReplacement;
    const [ew, eb] = s.exact.exampleSd;
    const drawable = finite(tw, tb, sw, sb, ew, eb);
    // Axes: ± 3 single-example sd's around ∇J, so a larger batch visibly tightens the cloud.
    const half = (sd: number, g: number) => Math.max(3 * sd, 0.05 * Math.abs(g), 1e-3);
    const marks: Mark[] = drawable ? [...s.points.map((p, k) => ({ id: `g${k}`, x: p[0], y: p[1], series: 1 })), { id: 'true', x: tw, y: tb, series: 0 }] : [];
    const segments: Segment[] = drawable
      ? [
          { id: 'sd-w', kind: 'sd', x1: tw - sw, y1: tb, x2: tw + sw, y2: tb },
          { id: 'sd-b', kind: 'sd', x1: tw, y1: tb - sb, x2: tw, y2: tb + sb },
        ]
      : [];
    renderFunctionPlot(
      view.scatter,
      { curves: [], marks, segments },
      {
        label: fill(t('sgScatterLabel'), { count: SCATTER_COUNT, b: race.batchSize }),
        lang,
        xDomain: drawable ? [tw - half(ew, tw), tw + half(ew, tw)] : [-1, 1],
        yDomain: drawable ? [tb - half(eb, tb), tb + half(eb, tb)] : [-1, 1],
        xLabel: '∂J/∂w',
        yLabel: '∂J/∂b',
        aspect: 1.1,
      },
    );

    const examples = state.axis === 'examples';
    renderLineChart(
      view.chart,
      [
        { id: 'gd', label: names[0], values: gd.gaps, xs: examples ? gd.examples : undefined, series: 0 },
        { id: 'sgd', label: names[1], values: sgd.gaps, xs: examples ? sgd.examples : undefined, series: 1 },
      ],
      { label: t(examples ? 'sgChartExamplesLabel' : 'sgChartStepsLabel'), lang, yScale: 'log', xLabel: t(examples ? 'sgAxisExamples' : 'sgAxisSteps'), yLabel: 'J − J*', aspect: 1.3, legend: true },
    );

    const step = race.steps;
    const counts = fill(t('sgCounts'), {
      step,
      gd: gd.examples[step],
      sgd: sgd.examples[step],
      epoch: race.batches.epoch,
      b: race.batchSize,
      gdGap: show(gd.gaps[step]),
      sgdGap: show(sgd.gaps[step]),
    });
    setText(view.counts, counts);
    setText(view.clamp, state.batch > race.n ? fill(t('sgClamped'), { b: state.batch, n: race.n }) : race.batchSize === race.n ? t('sgFullBatch') : '');
    const spread = drawable
      ? fill(t('sgSpread'), {
          count: SCATTER_COUNT,
          b: race.batchSize,
          mean: pair(s.measured.mean[0], s.measured.mean[1]),
          truth: pair(tw, tb),
          measured: pair(s.measured.sd[0], s.measured.sd[1]),
          formula: pair(sw, sb),
          with: pair(s.exact.sdWithReplacement[0], s.exact.sdWithReplacement[1]),
        })
      : '';
    setText(view.spread, spread);
    updateLiveFormulas(view.formulas, formulaValues(race), formatSignificantLive);
    keepFocusableWhenWide(view.box.querySelectorAll<HTMLElement>('.katex-display'));
    view.root.dataset.stop = run?.stop?.kind ?? '';
    return `${counts} ${spread}`;
  },
});
