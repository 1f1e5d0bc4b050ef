/**
 * <nn-dropout-overfit>: one wide network 2–64–64–1 made twice from one seed, trained side by side on
 * 30 noisy two-moons points (model.ts, core/dropout-overfit.ts): on the left with no dropout, on the
 * right with drop probability p after each hidden layer. Each side shows its output over the plane
 * (the decision regions) with the training points or the 200 held-out test points, its training and
 * test loss per epoch (both charts on the same axes), and the gap E_test − E_train. The run stops at
 * the chosen epoch (300, the chapter's figures, or 1000).
 */
import { disposeChart } from '../charts/chart-frame';
import { renderDecisionMap } from '../charts/decision-map';
import { renderLineChart } from '../charts/line-chart';
import { h, setText } from '../kit/controls/dom';
import { fill } from '../kit/strings';
import { widgetElement } from '../kit/widget';
import { MAX_EPOCHS_PER_FRAME, createDuel, isFinished, pointsOf, regionGrid, type Duel, type Lane } from './model';
import { EPOCH_CHOICES, OVERFIT_TABLE, POINTS, P_STEP, SPEEDS } from './state';

/** While playing, the maps and charts are redrawn at most this often (the numbers follow every frame). */
const MAP_INTERVAL_MS = 100;
/** Four decimals as the chapter prints them: a true minus sign, none on a negative that rounds to 0. */
const four = (v: number) => {
  const text = v.toFixed(4);
  return text.startsWith('-') ? (Number(text) === 0 ? text.slice(1) : `−${text.slice(1)}`) : text;
};
const pText = (p: number) => String(Number(p.toFixed(2)));

export const DropoutOverfitWidget = widgetElement({
  id: 'dropout-overfit',
  table: OVERFIT_TABLE,
  modelKeys: ['p', 'seed', 'epochs'],
  model: (state) => createDuel({ p: state.p, seed: state.seed, epochs: Number(state.epochs) }),
  training: {
    step: (duel) => duel.step(),
    initialLoss: (duel) => duel.initialLoss,
    isDone: (_loss, epoch, duel) => isFinished(epoch, duel.stopAt),
    speeds: SPEEDS,
    speedKey: 'speed',
    // One epoch of the pair ≈ 2 ms; at most 2 a frame, and the maps and charts redrawn in turn on a throttle.
    runner: { frameBudgetMs: 8, maxStepsPerFrame: MAX_EPOCHS_PER_FRAME },
  },

  view(kit) {
    const sides = (['left', 'right'] as const).map((name) => {
      const head = h('p', { class: 'nn-dof-head' });
      const map = h('div', { class: 'nn-dof-map' });
      const chart = h('div', { class: 'nn-dof-chart' });
      const losses = h('span', { class: 'nn-dof-losses' });
      const gap = h('span', { class: 'nn-dof-gap' });
      const stats = h('p', { class: 'nn-dof-stats', 'data-side': name }, losses, gap);
      for (const c of [map, chart]) kit.own(() => disposeChart(c));
      const root = h('div', { class: 'nn-dof-side', 'data-side': name }, head, h('div', { class: 'nn-dof-plots' }, map, chart), stats);
      return { root, head, map, chart, losses, gap };
    });
    const root = kit.layout({
      className: 'nn-dof',
      controls: [
        kit.slider('p', { label: kit.t('dofP'), step: P_STEP, format: pText }),
        h(
          'details',
          { class: 'nn-dof-settings', open: true, 'data-nn-fold': '' },
          h('summary', {}, kit.t('dofSettings')),
          kit.select('points', { label: kit.t('dofPoints'), options: POINTS.map((v) => ({ value: v, label: kit.t(v === 'train' ? 'dofPointsTrain' : 'dofPointsTest') })) }),
          kit.select('epochs', { label: kit.t('dofEpochs'), options: EPOCH_CHOICES.map((v) => ({ value: v, label: v })) }),
          kit.seed('seed'),
        ),
      ],
      bar: kit.transport(),
      visual: [h('div', { class: 'nn-dof-sides' }, ...sides.map((s) => s.root))],
    });
    const drawn: { at: number; key: string; duel: Duel | null; next: number } = { at: -Infinity, key: '', duel: null, next: 0 };
    return { root, sides, drawn };
  },

  render({ root, sides, drawn }, { model: duel, state, run, lang, t }) {
    const lanes: readonly Lane[] = [duel.left, duel.right];
    const names = [t('dofLeft'), fill(t('dofRight'), { p: pText(duel.right.p) })];
    const now = performance.now();
    const playing = run?.status === 'playing';
    const key = `${state.points}|${lang}`;
    if (!playing || drawn.duel !== duel || drawn.key !== key || now - drawn.at >= MAP_INTERVAL_MS) {
      // While playing, one thing per redraw in turn: the left map, the charts, the right map, the
      // charts (a map is 31 × 31 forward passes and a canvas; two at once, or a map and the charts,
      // spent a frame's budget on drawing).
      const all = !playing || drawn.duel !== duel || drawn.key !== key;
      const phase = all ? -1 : drawn.next++ % 4;
      const which = all ? [0, 1] : phase === 0 ? [0] : phase === 2 ? [1] : [];
      drawn.at = now;
      drawn.key = key;
      drawn.duel = duel;
      const data = state.points === 'test' ? duel.test : duel.train;
      const points = pointsOf(data);
      const pointsLabel = fill(t(state.points === 'test' ? 'dofMapTest' : 'dofMapTrain'), { n: data.x.rows });
      for (const k of which) {
        renderDecisionMap(sides[k].map, { grid: regionGrid(lanes[k]), points }, { label: fill(t('dofMap'), { name: names[k] }), pointsLabel, lang, aspect: 1.25 });
      }
      const yDomain: [number, number] = [0, duel.lossMax()];
      if (all || phase % 2 === 1) lanes.forEach((l, k) =>
        renderLineChart(
          sides[k].chart,
          [
            { id: 'train', label: t('dofTrain'), values: l.side.trainLosses, x0: 1 },
            { id: 'test', label: t('dofTest'), values: l.side.testLosses, x0: 1 },
          ],
          { label: fill(t('dofChart'), { name: names[k] }), lang, xLabel: t('dofEpoch'), yLabel: t('dofLoss'), xDomain: [0, duel.stopAt], yDomain, aspect: 1.25, legend: true },
        ),
      );
    }
    root.dataset.stop = run?.stop?.kind ?? '';
    const lines = lanes.map((l, k) => {
      const losses = fill(t('dofLosses'), { train: four(l.train()), test: four(l.test()) });
      const gap = fill(t('dofGap'), { gap: four(l.gap()) });
      setText(sides[k].head, names[k]);
      setText(sides[k].losses, losses);
      setText(sides[k].gap, gap);
      return `${names[k]}: ${losses}, ${gap}`;
    });
    return fill(t('dofSummary'), { epoch: duel.epoch, total: duel.stopAt, left: lines[0], right: lines[1] });
  },
});
