/**
 * <nn-dropout-vote>: the voting effect (chapter 6, #voting). A 2–10–1 network trained with dropout
 * (p = ½, the seminar's form) on noisy two moons; K thinned networks drawn from a seed. The first four
 * as small maps, the vote (mean of the K outputs) and the test-time network (hidden outputs × (1 − p))
 * as decision maps, how far apart the two are (numbers, and a chart against K beside the exact vote of
 * all 1,024 masks: the sigmoid's residue), and the chapter's linear step, where the average over all
 * 32 masks is the scaled z exactly (typeset at build time in components/DropoutVote.astro). Every
 * number from model.ts.
 */
import { disposeChart } from '../charts/chart-frame';
import { renderDecisionMap, type LabelledPoints } from '../charts/decision-map';
import { renderLineChart } from '../charts/line-chart';
import { h, setText } from '../kit/controls/dom';
import { nextSeed } from '../kit/controls/seed';
import { formatLiveNumber } from '../kit/live-formula-tex';
import { fill } from '../kit/strings';
import { widgetElement } from '../kit/widget';
import { seriesClass } from '../charts/palette';
import { K_MAX, THUMBS, VOTE_RECT, keptCount, maskMarks, voteModel, type VoteDraw, type VoteNet } from './model';
import { VOTE_TABLE } from './state';
import { renderThumb } from './thumb';

const show = (value: number, digits = 3) => formatLiveNumber(value, digits);
const percent = (share: number) => `${formatLiveNumber(share * 100, 1)} %`;
const gridOf = (values: Float64Array) => ({ ...VOTE_RECT, values });

/** The chart's series of a draw, made once per draw. */
const seriesMemo = new WeakMap<VoteDraw, { ks: Float64Array; toScaled: Float64Array; toExact: Float64Array; residue: Float64Array }>();
function seriesOf(draw: VoteDraw, net: VoteNet) {
  let series = seriesMemo.get(draw);
  if (!series) {
    const n = draw.toScaled.length;
    series = {
      ks: Float64Array.from({ length: n }, (_, k) => k + 1),
      toScaled: Float64Array.from(draw.toScaled, (d) => d.meanAbs),
      toExact: Float64Array.from(draw.toExact, (d) => d.meanAbs),
      residue: new Float64Array(n).fill(net.residue.meanAbs),
    };
    seriesMemo.set(draw, series);
  }
  return series;
}

const pointsMemo = new WeakMap<VoteNet, LabelledPoints>();
function pointsOf(net: VoteNet): LabelledPoints {
  let points = pointsMemo.get(net);
  if (!points) {
    const { x, y } = net.train;
    points = {
      xs: Float64Array.from({ length: x.rows }, (_, i) => x.data[i * x.cols]),
      ys: Float64Array.from({ length: x.rows }, (_, i) => x.data[i * x.cols + 1]),
      labels: Float64Array.from({ length: y.rows }, (_, i) => y.data[i * y.cols]),
    };
    pointsMemo.set(net, points);
  }
  return points;
}

export const DropoutVoteWidget = widgetElement({
  id: 'dropout-vote',
  table: VOTE_TABLE,
  model: (state) => voteModel(state),

  view(kit) {
    const linear = kit.host.querySelector<HTMLElement>('.nn-dv-linear');
    const thumbs = Array.from({ length: THUMBS }, () => {
      const plot = h('div', { class: 'nn-dv-thumb-plot' });
      const caption = h('p', { class: 'nn-dv-thumb-caption' });
      const box = h('div', { class: 'nn-dv-thumb' }, plot, caption);
      kit.own(() => disposeChart(plot));
      return { box, plot, caption };
    });
    const votePlot = h('div', { class: 'nn-dv-map-plot' });
    const scaledPlot = h('div', { class: 'nn-dv-map-plot' });
    const chart = h('div', { class: 'nn-dv-chart' });
    for (const c of [votePlot, scaledPlot, chart]) kit.own(() => disposeChart(c));
    // Each head in two lengths: full screen shows the short one (css).
    const voteHead = h('p', { class: 'nn-dv-head' });
    const scaledHead = h('p', { class: 'nn-dv-head' }, h('span', { class: 'nn-dv-long' }, kit.t('dvScaledHead')), h('span', { class: 'nn-dv-short' }, kit.t('dvScaledHeadShort')));

    const redraw = () => kit.set({ seed: nextSeed(kit.get().seed) });
    kit.shortcut('r', 'dvRedraw', redraw);
    const halve = () => kit.set({ k: Math.max(1, Math.floor(kit.get().k / 2)) });
    const double = () => kit.set({ k: Math.min(K_MAX, kit.get().k * 2) });
    kit.shortcut('[', 'dvHalve', halve);
    kit.shortcut(']', 'dvDouble', double);

    // The table's rows are the chart's lines (a swatch of each in its head): in full screen, where
    // the chart has no room for its legend, the table is the legend.
    const SVG = 'http://www.w3.org/2000/svg';
    const swatch = (series: number) => {
      const svg = document.createElementNS(SVG, 'svg');
      svg.setAttribute('class', `nn-dv-swatch ${seriesClass(series)}`);
      svg.setAttribute('aria-hidden', 'true');
      const line = document.createElementNS(SVG, 'line');
      for (const [k, v] of Object.entries({ x1: '0', y1: '50%', x2: '100%', y2: '50%' })) line.setAttribute(k, v);
      svg.append(line);
      return svg;
    };
    const rows = (['vote', 'exact', 'all'] as const).map((row, series) => {
      const label = h('span');
      return { row, label, head: h('th', { scope: 'row' }, swatch(series), label), abs: h('td'), share: h('td') };
    });
    const caption = h('caption');
    const both = (long: string, short: string) => [h('span', { class: 'nn-dv-long' }, long), h('span', { class: 'nn-dv-short' }, short)];
    const table = h(
      'table',
      { class: 'nn-dv-table' },
      caption,
      h(
        'thead',
        {},
        h('tr', {}, h('td'), h('th', { scope: 'col' }, ...both(kit.t('dvColAbs'), kit.t('dvColAbsShort'))), h('th', { scope: 'col' }, ...both(kit.t('dvColShare'), kit.t('dvColShareShort')))),
      ),
      h('tbody', {}, ...rows.map((r) => h('tr', { 'data-row': r.row }, r.head, r.abs, r.share))),
    );
    const note = h('p', { class: 'nn-dv-note' });
    const root = kit.layout({
      className: 'nn-dv',
      controls: [
        kit.slider('k', { label: kit.t('dvK'), scale: 'log' }),
        kit.button(kit.t('dvRedraw'), redraw, 'nn-dv-redraw'),
        h('details', { class: 'nn-dv-settings', 'data-nn-fold': '' }, h('summary', {}, kit.t('dvSettings')), kit.seed('seed', kit.t('dvSeed'))),
      ],
      visual: [
        h('div', { class: 'nn-dv-thumbs', role: 'group', 'aria-label': kit.t('dvThumbsLabel') }, ...thumbs.map((t) => t.box)),
        h('div', { class: 'nn-dv-maps' }, h('div', { class: 'nn-dv-map' }, voteHead, votePlot), h('div', { class: 'nn-dv-map' }, scaledHead, scaledPlot)),
        chart,
      ],
      readouts: [table, note, ...(linear ? [linear] : [])],
    });
    return { root, thumbs, votePlot, scaledPlot, chart, voteHead, rows, caption, note };
  },

  render(view, { model, lang, t }) {
    const { net, draw, k } = model;
    const points = pointsOf(net);
    const pointsLabel = t('dvPoints');
    const hidden = net.hidden;

    model.thumbs.forEach((thumb, j) => {
      const slot = view.thumbs[j];
      const caption = fill(t(thumb.voting ? 'dvThumb' : 'dvThumbOut'), { n: j + 1, marks: maskMarks(thumb.mask), kept: keptCount(thumb.mask), units: hidden, k });
      renderThumb(slot.plot, gridOf(thumb.values), points, caption);
      setText(slot.caption, caption);
      slot.box.dataset.voting = String(thumb.voting);
    });

    view.voteHead.replaceChildren(h('span', { class: 'nn-dv-long' }, fill(t('dvVoteHead'), { k })), h('span', { class: 'nn-dv-short' }, fill(t('dvVoteHeadShort'), { k })));
    renderDecisionMap(view.votePlot, { grid: gridOf(model.vote), points }, { label: fill(t('dvVoteMap'), { k }), pointsLabel, lang });
    renderDecisionMap(view.scaledPlot, { grid: gridOf(net.scaled), points }, { label: t('dvScaledMap'), pointsLabel, lang });

    const series = seriesOf(draw, net);
    renderLineChart(
      view.chart,
      [
        { id: 'scaled', label: t('dvSeriesScaled'), values: series.toScaled, xs: series.ks, length: k, series: 0 },
        { id: 'exact', label: t('dvSeriesExact'), values: series.toExact, xs: series.ks, length: k, series: 1 },
        { id: 'residue', label: t('dvSeriesResidue'), values: series.residue, xs: series.ks, length: K_MAX, series: 2 },
      ],
      {
        label: fill(t('dvChart'), { k, kMax: K_MAX, residue: show(net.residue.meanAbs), scaled: show(model.toScaled.meanAbs), exact: show(model.toExact.meanAbs) }),
        lang,
        xLabel: t('dvChartX'),
        yLabel: t('dvChartY'),
        xDomain: [1, K_MAX],
        legend: true,
        aspect: 3,
      },
    );

    const masks = (2 ** hidden).toLocaleString('en-US');
    const values = {
      vote: { label: t('dvRowVote'), of: model.toScaled },
      exact: { label: t('dvRowExact'), of: model.toExact },
      all: { label: t('dvRowAll'), of: net.residue },
    };
    for (const r of view.rows) {
      setText(r.label, values[r.row].label);
      setText(r.abs, show(values[r.row].of.meanAbs));
      setText(r.share, percent(values[r.row].of.decisionShare));
    }
    setText(view.caption, fill(t('dvTableCaption'), { k, masks }));
    setText(view.note, fill(t('dvNote'), { masks }));

    const nowText = fill(t('dvNow'), { k, meanAbs: show(model.toScaled.meanAbs), share: percent(model.toScaled.decisionShare) });
    const residueText = fill(t('dvResidue'), { masks, meanAbs: show(net.residue.meanAbs), share: percent(net.residue.decisionShare) });
    return `${nowText} ${residueText}`;
  },
});
