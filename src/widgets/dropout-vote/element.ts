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
    const voteHead = h('p', { class: 'nn-dv-head' });
    const scaledHead = h('p', { class: 'nn-dv-head' }, kit.t('dvScaledHead'));

    const redraw = () => kit.set({ seed: nextSeed(kit.get().seed) });
    kit.shortcut('r', 'dvRedraw', redraw);
    const halve = () => kit.set({ k: Math.max(1, Math.floor(kit.get().k / 2)) });
    const double = () => kit.set({ k: Math.min(K_MAX, kit.get().k * 2) });
    kit.shortcut('[', 'dvHalve', halve);
    kit.shortcut(']', 'dvDouble', double);

    const now = h('p', { class: 'nn-dv-now' });
    const residue = h('p', { class: 'nn-dv-residue' });
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
      ],
      readouts: [now, residue, chart, ...(linear ? [linear] : [])],
    });
    return { root, thumbs, votePlot, scaledPlot, chart, voteHead, now, residue };
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

    const voteLabel = fill(t('dvVoteHead'), { k });
    setText(view.voteHead, voteLabel);
    renderDecisionMap(view.votePlot, { grid: gridOf(model.vote), points }, { label: fill(t('dvVoteMap'), { k }), pointsLabel, lang });
    renderDecisionMap(view.scaledPlot, { grid: gridOf(net.scaled), points }, { label: t('dvScaledMap'), pointsLabel, lang });

    const series = seriesOf(draw, net);
    renderLineChart(
      view.chart,
      [
        { id: 'scaled', label: t('dvSeriesScaled'), values: series.toScaled, xs: series.ks, length: k },
        { id: 'exact', label: t('dvSeriesExact'), values: series.toExact, xs: series.ks, length: k },
        { id: 'residue', label: fill(t('dvSeriesResidue'), { masks: (2 ** hidden).toLocaleString('en-US') }), values: series.residue, xs: series.ks, length: K_MAX },
      ],
      {
        label: fill(t('dvChart'), { k, kMax: K_MAX, residue: show(net.residue.meanAbs), scaled: show(model.toScaled.meanAbs), exact: show(model.toExact.meanAbs) }),
        lang,
        xLabel: t('dvChartX'),
        yLabel: t('dvChartY'),
        xDomain: [1, K_MAX],
        legend: true,
        aspect: 2.4,
      },
    );

    const nowText = fill(t('dvNow'), { k, meanAbs: show(model.toScaled.meanAbs), share: percent(model.toScaled.decisionShare) });
    const residueText = fill(t('dvResidue'), {
      masks: (2 ** hidden).toLocaleString('en-US'),
      meanAbs: show(net.residue.meanAbs),
      share: percent(net.residue.decisionShare),
    });
    setText(view.now, nowText);
    setText(view.residue, residueText);
    return `${nowText} ${residueText}`;
  },
});
