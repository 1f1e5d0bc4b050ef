/**
 * <nn-bn-test-time>: training against test time for one batch-normalized unit (model.ts). A seeded
 * stream of mini-batches walked with the kit's step bar (Play, Next, Back, First = reset, Last): two
 * charts over the batches — μ_B jumping with the running mean following it, and the same for σ²_B —
 * with the seminar's two fixed choices (the average of the batch statistics so far, the whole training
 * set) beside them; the running update with its numbers (a live formula typeset by the component); a
 * table of one test input x normalized with each choice; and the wrong way: x normalized inside a test
 * batch of 1, 2 or 8 with random batch-mates, several draws, whose output moves with the batch-mates
 * (and is β for a batch of 1). Every number is the core's batch-norm layer's.
 */
import { disposeChart } from '../charts/chart-frame';
import { renderLineChart } from '../charts/line-chart';
import { h, setText } from '../kit/controls/dom';
import { liveFormulas, updateLiveFormulas } from '../kit/live-formula';
import { fill, type WidgetStringKey } from '../kit/strings';
import { widgetElement } from '../kit/widget';
import { createWidgetModel, type Choice, type Widget } from './model';
import {
  BATCHES,
  BN_TEST_TABLE,
  DRAWS,
  DRAW_MAX,
  DRIFT_MAX,
  DRIFT_MIN,
  GAMMA_MAX,
  GAMMA_MIN,
  MEAN_MAX,
  MEAN_MIN,
  M_MAX,
  M_MIN,
  SPREAD_MAX,
  SPREAD_MIN,
  WRONG_SIZES,
  X_MAX,
  X_MIN,
} from './state';
import { keepFocusableWhenWide } from '../kit/scroll-focus';

/** Batches per second while playing. */
const PLAY_SPEED = 8;
/** A number in a table or sentence: three decimals, the true minus sign. */
export const num = (value: number, digits = 3) => {
  const text = Math.abs(value).toFixed(digits);
  return value < 0 && Number(text) !== 0 ? `−${text}` : text;
};
const range = (low: number, high: number) => `${num(low, 0)}–${num(high, 0)}`;
/** The model's chart ranges with a margin, so the lines never touch the frame. */
const padded = ([low, high]: readonly [number, number]): [number, number] => {
  const pad = Math.max((high - low) * 0.05, 0.05);
  return [low - pad, high + pad];
};

const CHOICES = ['running', 'average', 'population'] as const;
const CHOICE_KEYS: Record<(typeof CHOICES)[number], WidgetStringKey> = { running: 'bttRunning', average: 'bttAverage', population: 'bttPopulation' };

export const BnTestTimeWidget = widgetElement({
  id: 'bn-test-time',
  table: BN_TEST_TABLE,
  modelKeys: ['m', 'momentum', 'mean', 'spread', 'drift', 'seed', 'gamma', 'beta', 'draw'],
  model: (state) => createWidgetModel(state),

  view(kit) {
    const bar = kit.stepBar({ key: 'batch', count: () => BATCHES, speed: PLAY_SPEED, counterKey: 'bttCounter', nextKeys: ['.'], previousKeys: [','] });
    kit.shortcut('r', 'keysReset', bar.first);

    const meanChart = h('div', { class: 'nn-btt-chart', 'data-chart': 'mean' });
    const varianceChart = h('div', { class: 'nn-btt-chart', 'data-chart': 'variance' });
    kit.own(() => disposeChart(meanChart));
    kit.own(() => disposeChart(varianceChart));

    // The live formulas come from the component (typeset at build time); the element moves them into its readouts.
    const formulaBox = kit.host.querySelector<HTMLElement>('.nn-btt-formulas');
    const updateLabel = h('p', { class: 'nn-btt-update-label' });
    const formulas = h('div', { class: 'nn-btt-live' }, updateLabel, formulaBox ?? '');

    // The test-time table: one column per choice, rows E[x], Var[x], x̂, y.
    const th = (text: string, scope = 'col') => h('th', { scope }, text);
    const caption = h('caption', {});
    const cells = new Map<string, HTMLElement>();
    const rowOf = (label: string, stat: string) =>
      h(
        'tr',
        { 'data-stat': stat },
        th(label, 'row'),
        ...CHOICES.map((choice) => {
          const cell = h('td', { 'data-choice': choice });
          cells.set(`${choice}:${stat}`, cell);
          return cell;
        }),
      );
    const table = h(
      'table',
      { class: 'nn-btt-table' },
      caption,
      h('thead', {}, h('tr', {}, th(kit.t('bttStat')), ...CHOICES.map((choice) => th(kit.t(CHOICE_KEYS[choice]))))),
      h('tbody', {}, rowOf('E[x]', 'mean'), rowOf('Var[x]', 'variance'), rowOf('x̂', 'xhat'), rowOf('y', 'y')),
    );
    const unbiased = h('p', { class: 'nn-btt-unbiased' });

    // The wrong way: one row per test-batch size, one column per draw.
    const wrongCaption = h('caption', {});
    const wrongCells = WRONG_SIZES.map(() => Array.from({ length: DRAWS }, () => h('td', {})));
    const wrongTable = h(
      'table',
      { class: 'nn-btt-wrong' },
      wrongCaption,
      h('thead', {}, h('tr', {}, h('td', {}), ...Array.from({ length: DRAWS }, (_, d) => th(fill(kit.t('bttDraw'), { d: d + 1 }))))),
      h(
        'tbody',
        {},
        ...WRONG_SIZES.map((b, r) => h('tr', { 'data-size': String(b) }, th(fill(kit.t('bttWrongSize'), { b }), 'row'), ...wrongCells[r])),
      ),
    );
    const redraw = kit.button(kit.t('bttRedraw'), () => kit.set({ draw: (kit.get().draw + 1) % (DRAW_MAX + 1) }), 'nn-btt-redraw');
    const wrongNote = h('p', { class: 'nn-btt-wrong-note' });

    const settings = h(
      'details',
      { class: 'nn-btt-settings', open: true, 'data-nn-fold': '' },
      h('summary', {}, kit.t('bttSettings')),
      h(
        'div',
        { class: 'nn-btt-fields' },
        kit.number('mean', { label: kit.t('bttMean'), step: 0.5, size: 5, hint: range(MEAN_MIN, MEAN_MAX) }),
        kit.number('spread', { label: kit.t('bttSpread'), step: 0.1, size: 5, hint: `${SPREAD_MIN}–${SPREAD_MAX}` }),
        kit.number('drift', { label: kit.t('bttDrift'), step: 0.01, size: 5, hint: `${num(DRIFT_MIN, 1)}–${DRIFT_MAX}` }),
        kit.seed('seed'),
        kit.number('x', { label: kit.t('bttX'), step: 0.5, size: 5, hint: range(X_MIN, X_MAX) }),
        kit.number('gamma', { label: kit.t('bttGamma'), step: 0.1, size: 5, hint: range(GAMMA_MIN, GAMMA_MAX) }),
        kit.number('beta', { label: kit.t('bttBeta'), step: 0.1, size: 5, hint: range(GAMMA_MIN, GAMMA_MAX) }),
      ),
    );

    const root = kit.layout({
      className: 'nn-btt',
      controls: [
        kit.number('m', { label: kit.t('bttM'), size: 3, hint: `${M_MIN}–${M_MAX}` }),
        kit.number('momentum', { label: kit.t('bttMomentum'), step: 0.01, size: 5, hint: '0–1' }),
        settings,
      ],
      bar: bar.element,
      visual: [meanChart, varianceChart],
      readouts: [formulas, h('div', { class: 'nn-btt-table-box' }, table), unbiased, h('div', { class: 'nn-btt-table-box' }, wrongTable), h('div', { class: 'nn-btt-wrong-bar' }, redraw), wrongNote],
    });
    return { root, meanChart, varianceChart, updateLabel, caption, cells, unbiased, wrongCaption, wrongCells, wrongNote, live: formulaBox ? liveFormulas(kit.id, formulaBox) : [] };
  },

  render(view, { state, model, lang, t }) {
    const k = state.batch;
    drawCharts(view, model, k, lang, t);

    // The running update of the last batch (before the first: the one batch 1 will make).
    const u = Math.max(k, 1);
    setText(view.updateLabel, k === 0 ? t('bttUpdateNext') : fill(t('bttUpdate'), { t: k }));
    const test = model.testAt(k, state.x);
    updateLiveFormulas(view.live, {
      momentum: state.momentum,
      prevMean: model.runningMean[u - 1],
      batchMean: model.batchMean[u - 1],
      runMean: model.runningMean[u],
      prevVar: model.runningVariance[u - 1],
      batchVar: model.batchVariance[u - 1],
      runVar: model.runningVariance[u],
      x: state.x,
      e: test.running.mean,
      v: test.running.variance,
      xhat: test.running.xHat,
      gamma: state.gamma,
      beta: state.beta,
      y: test.running.y,
    });

    setText(view.caption, fill(t('bttTableCaption'), { x: num(state.x, 2), k }));
    for (const choice of CHOICES) {
      const c: Choice | null = test[choice];
      const put = (stat: string, value: number | null) => setText(view.cells.get(`${choice}:${stat}`)!, value === null ? '—' : num(value));
      put('mean', c?.mean ?? null);
      put('variance', c?.variance ?? null);
      put('xhat', c?.xHat ?? null);
      put('y', c?.y ?? null);
      if (!c) setText(view.cells.get(`${choice}:mean`)!, t('bttNoBatch'));
    }
    setText(view.unbiased, state.m === 1 ? t('bttUnbiasedOne') : test.unbiasedVariance === null ? '' : fill(t('bttUnbiased'), { v: num(test.unbiasedVariance) }));

    const wrong = model.wrongAt(k, state.x);
    setText(view.wrongCaption, fill(t('bttWrongCaption'), { x: num(state.x, 2) }));
    wrong.forEach((row, r) => row.draws.forEach((draw, d) => setText(view.wrongCells[r][d], num(draw.y))));
    setText(view.wrongNote, fill(t('bttWrongNote'), { x: num(state.x, 2), y: num(test.running.y), beta: num(state.beta) }));

    keepFocusableWhenWide(view.root.querySelectorAll<HTMLElement>('.katex-display, .live-formula-display, .nn-btt-table-box, .nn-btt-table, .nn-btt-wrong'));
    const pair = wrong.find((row) => row.size === 2);
    if (k === 0) return fill(t('bttSummaryStart'), { x: num(state.x, 2), run: num(test.running.y) });
    return fill(t('bttSummary'), {
      k,
      total: BATCHES,
      m: state.m,
      mb: num(model.batchMean[k - 1]),
      rm: num(model.runningMean[k]),
      x: num(state.x, 2),
      run: num(test.running.y),
      avg: test.average ? num(test.average.y) : '—',
      pop: num(test.population.y),
      wrong: pair ? pair.draws.map((d) => num(d.y)).join(', ') : '',
    });
  },
});

function drawCharts(
  view: { meanChart: HTMLElement; varianceChart: HTMLElement },
  model: Widget,
  k: number,
  lang: 'en' | 'ko',
  t: (key: WidgetStringKey) => string,
): void {
  const common = { lang, xLabel: t('bttAxis'), xDomain: [0, BATCHES] as const, aspect: 2.4, legend: true };
  const series = (batch: Float64Array, running: Float64Array, average: Float64Array, population: Float64Array, batchLabel: WidgetStringKey) => [
    { id: 'batch', label: t(batchLabel), values: batch, length: k, x0: 1 },
    { id: 'running', label: t('bttRunning'), values: running, length: k + 1, x0: 0 },
    { id: 'average', label: t('bttAverage'), values: average, length: k, x0: 1 },
    { id: 'population', label: t('bttPopulation'), values: population, length: k + 1, x0: 0 },
  ];
  renderLineChart(view.meanChart, series(model.batchMean, model.runningMean, model.averageMean, model.populationMean, 'bttBatchMean'), {
    ...common,
    label: fill(t('bttMeanChart'), { k, total: BATCHES }),
    yLabel: 'E[x]',
    yDomain: padded(model.meanRange),
  });
  renderLineChart(view.varianceChart, series(model.batchVariance, model.runningVariance, model.averageVariance, model.populationVariance, 'bttBatchVariance'), {
    ...common,
    label: fill(t('bttVarianceChart'), { k, total: BATCHES }),
    yLabel: 'Var[x]',
    yDomain: padded(model.varianceRange),
  });
}
