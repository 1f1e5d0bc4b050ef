/**
 * <nn-bn-with-without>: two deep networks from one seed, one plain and one with batch normalization
 * before each hidden activation, trained side by side on the two circles with mini-batches and one η
 * (model.ts). Shows both losses against the step (log scale) and, as in Ioffe & Szegedy's Figure 1(b, c),
 * the 15th/50th/85th percentiles over the examples of one hidden layer's watched unit's input to its
 * activation over the steps: the plain network's net input beside the BN network's γx̂ + β (or, chosen,
 * its x before BN). A network that diverges says so and stops; the other goes on.
 */
import { disposeChart } from '../charts/chart-frame';
import { renderLineChart } from '../charts/line-chart';
import { h, setText } from '../kit/controls/dom';
import { formatLoss } from '../kit/controls/transport-view';
import { fill } from '../kit/strings';
import { widgetElement } from '../kit/widget';
import { PERCENTILES, STEPS, createDuel, isFinished, latestLoss, type Duel, type Lane } from './model';
import { ACTIVATIONS, BN_TABLE, LAYERS, SPEEDS, VIEWS } from './state';

/** While playing, the charts are redrawn at most this often (the numbers follow every frame). */
const CHART_INTERVAL_MS = 100;
const percent = (share: number) => `${Math.round(share * 100)}%`;

export const BnWithWithoutWidget = widgetElement({
  id: 'bn-with-without',
  table: BN_TABLE,
  modelKeys: ['act', 'eta', 'seed'],
  model: (state) => createDuel(state),
  training: {
    step: (duel) => duel.advance(),
    initialLoss: (duel) => duel.initialLoss,
    isDone: (_loss, step) => isFinished(step),
    speeds: SPEEDS,
    speedKey: 'speed',
    // Two networks per step (and a probe every 10th) and three charts to draw: a small share of a frame.
    runner: { frameBudgetMs: 5 },
  },

  view(kit) {
    const lossChart = h('div', { class: 'nn-bnw-loss' });
    const plainChart = h('div', { class: 'nn-bnw-band' });
    const bnChart = h('div', { class: 'nn-bnw-band' });
    const plainHead = h('p', { class: 'nn-bnw-head' });
    const bnHead = h('p', { class: 'nn-bnw-head' });
    for (const c of [lossChart, plainChart, bnChart]) kit.own(() => disposeChart(c));
    const plainStats = h('p', { class: 'nn-bnw-stats', 'data-net': 'plain' });
    const bnStats = h('p', { class: 'nn-bnw-stats', 'data-net': 'bn' });
    const root = kit.layout({
      className: 'nn-bnw',
      controls: [
        kit.slider('eta', { label: kit.t('bnwEta'), scale: 'log' }),
        h(
          'details',
          { class: 'nn-bnw-settings', open: true, 'data-nn-fold': '' },
          h('summary', {}, kit.t('bnwSettings')),
          kit.select('act', { label: kit.t('bnwAct'), options: ACTIVATIONS.map((a) => ({ value: a, label: a })) }),
          kit.select('layer', { label: kit.t('bnwLayer'), options: LAYERS.map((l) => ({ value: l, label: l })) }),
          kit.select('view', { label: kit.t('bnwView'), options: VIEWS.map((v) => ({ value: v, label: kit.t(v === 'after' ? 'bnwAfter' : 'bnwBefore') })) }),
          kit.seed('seed'),
        ),
      ],
      bar: kit.transport(),
      visual: [h('div', { class: 'nn-bnw-visual' }, lossChart, h('div', { class: 'nn-bnw-bands' }, h('div', {}, plainHead, plainChart), h('div', {}, bnHead, bnChart)))],
      readouts: [plainStats, bnStats],
    });
    const drawn: { at: number; key: string; next: number } = { at: -Infinity, key: '', next: 0 };
    return { root, plainHead, bnHead, lossChart, plainChart, bnChart, plainStats, bnStats, drawn };
  },

  render({ root, plainHead, bnHead, lossChart, plainChart, bnChart, plainStats, bnStats, drawn }, { model: duel, state, run, lang, t }) {
    const now = performance.now();
    const playing = run?.status === 'playing';
    const key = `${state.layer}|${state.view}|${lang}`;
    if (!playing || drawn.key !== key || now - drawn.at >= CHART_INTERVAL_MS) {
      // While playing, one chart per redraw in turn: three at once would spend a frame on drawing.
      const all = !playing || drawn.key !== key;
      const which = all ? -1 : drawn.next++ % 3;
      drawn.at = now;
      drawn.key = key;
      const layer = Number(state.layer) - 1;
      if (all || which === 0) renderLineChart(
        lossChart,
        [
          { id: 'plain', label: t('bnwPlain'), values: duel.plain.losses, x0: 1 },
          { id: 'bn', label: t('bnwBn'), values: duel.bn.losses, x0: 1 },
        ],
        { label: t('bnwLossChart'), lang, yScale: 'log', xLabel: t('bnwStep'), yLabel: t('bnwLoss'), xDomain: [0, STEPS], aspect: 2.8 },
      );
      const bands = (lane: Lane, before: boolean) =>
        PERCENTILES.map((p, q) => ({
          id: `p${p}`,
          label: fill(t('bnwPercentile'), { p }),
          xs: lane.probes.map((probe) => probe.step),
          values: lane.probes.map((probe) => (before && probe.beforeBn ? probe.beforeBn : probe.input)[layer][q]),
        }));
      const unit = { layer: layer + 1 };
      if (all || which === 1) renderLineChart(plainChart, bands(duel.plain, false), {
        label: fill(t('bnwPlainBand'), unit), lang, xLabel: t('bnwStep'), yLabel: t('bnwNet'), xDomain: [0, STEPS], aspect: 1.6, legend: true,
      });
      if (all || which === 2) renderLineChart(bnChart, bands(duel.bn, state.view === 'before'), {
        label: fill(t(state.view === 'before' ? 'bnwBnBandBefore' : 'bnwBnBandAfter'), unit), lang, xLabel: t('bnwStep'),
        yLabel: t(state.view === 'before' ? 'bnwX' : 'bnwY'), xDomain: [0, STEPS], aspect: 1.6,
        // The same three lines as the plain chart's legend beside it.
        legend: false,
      });
    }
    root.dataset.stop = run?.stop?.kind ?? '';
    const head = { layer: state.layer };
    setText(plainHead, fill(t('bnwPlainHead'), head));
    setText(bnHead, fill(t(state.view === 'before' ? 'bnwBnHeadBefore' : 'bnwBnHeadAfter'), head));
    const line = (lane: Lane) =>
      lane.diverged
        ? fill(t('bnwDiverged'), { step: lane.divergedAt ?? 0 })
        : fill(t('bnwStats'), { loss: formatLoss(latestLoss(lane)), acc: percent(lane.accuracy()) });
    const plainLine = `${t('bnwPlain')}: ${line(duel.plain)}`;
    const bnLine = `${t('bnwBn')}: ${line(duel.bn)}`;
    setText(plainStats, plainLine);
    setText(bnStats, bnLine);
    return fill(t('bnwSummary'), { step: duel.step, total: STEPS, plain: plainLine, bn: bnLine });
  },
});

