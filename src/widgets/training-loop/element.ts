/**
 * <nn-training-loop>: the deck's loop — initialise, forward, backward, repeat until the error is within
 * the tolerance — as a sigmoid network learning XOR with full-batch gradient descent (model.ts). Shows
 * the network's output over the input plane (a canvas heatmap, 41 × 41 samples) with the four points,
 * and the loss per epoch. Stops when the loss is within the tolerance or at MAX_EPOCHS; says when a
 * run looks stuck on a plateau (plateau.ts), pausing it once.
 */
import { predictGrid } from '../../core';
import { disposeChart } from '../charts/chart-frame';
import { renderDecisionMap } from '../charts/decision-map';
import { renderLineChart } from '../charts/line-chart';
import { h, setText } from '../kit/controls/dom';
import { formatLoss } from '../kit/controls/transport-view';
import { fill } from '../kit/strings';
import { widgetElement } from '../kit/widget';
import { XOR_POINTS, createLoop } from './model';
import { ARCHITECTURES, ETA_MAX, ETA_MIN, LOOP_TABLE, MAX_EPOCHS, POINT_NAMES, SPEEDS, STUCK_SEED, TOL_MAX, TOL_MIN } from './state';

const GRID_SIZE = 41;
/** While playing, the plots are redrawn at most this often (the counters follow every frame). */
const PLOT_INTERVAL_MS = 50;
const PLANE: readonly [number, number] = [-0.5, 1.5];

export const TrainingLoopWidget = widgetElement({
  id: 'training-loop',
  table: LOOP_TABLE,
  // The log scale only changes how the loss is drawn.
  modelKeys: ['arch', 'seed', 'eta', 'tol'],
  model: (state) => createLoop(state),
  training: {
    step: (loop) => loop.step(),
    initialLoss: (loop) => loop.initialLoss,
    isDone: (loss, epoch, loop) => loop.isDone(loss, epoch),
    speeds: SPEEDS,
    speedKey: 'speed',
  },

  view(kit) {
    const runner = kit.runner!;
    // A run found stuck is paused once, so the reader can read why (it may go on after that).
    kit.own(
      runner.state.subscribe((run) => {
        if (!run.stop && kit.model().noteStuck()) runner.pause();
      }),
    );

    const preset = kit.button(kit.t('loopStuckPreset'), () => kit.set({ arch: '2-2-1', seed: STUCK_SEED }), 'nn-loop-stuck-preset');
    const map = h('div', { class: 'nn-loop-map' });
    const chart = h('div', { class: 'nn-loop-chart' });
    const message = h('p', { class: 'nn-loop-message', role: 'status' });
    kit.own(() => disposeChart(map));
    kit.own(() => disposeChart(chart));
    const root = kit.layout({
      className: 'nn-loop',
      controls: [
        kit.select('arch', { label: kit.t('loopArch'), options: ARCHITECTURES.map((a) => ({ value: a, label: a })) }),
        kit.seed('seed'),
        preset,
        kit.number('eta', { label: kit.t('loopEta'), size: 6, hint: `${ETA_MIN}–${ETA_MAX}` }),
        kit.number('tol', { label: kit.t('loopTolerance'), size: 7, hint: `${TOL_MIN}–${TOL_MAX}, ${kit.t('loopToleranceHint')}` }),
        kit.checkbox('log', kit.t('loopLogScale')),
      ],
      bar: kit.transport({ showEpoch: true }),
      visual: h('div', { class: 'nn-loop-plots' }, map, chart),
      readouts: [message],
    });
    /** performance.now() of the last plot redraw. */
    const plotted = { at: -Infinity };
    return { root, map, chart, message, plotted };
  },

  render({ root, map, chart, message, plotted }, { state, model: loop, run, lang, t }) {
    const { step, stop, status, loss } = run!;
    const now = performance.now();
    if (status !== 'playing' || now - plotted.at >= PLOT_INTERVAL_MS) {
      plotted.at = now;
      renderDecisionMap(
        map,
        { grid: predictGrid(loop.network, PLANE, PLANE, GRID_SIZE), points: XOR_POINTS },
        { label: t('loopMap'), pointsLabel: t('loopPoints'), lang, classLabels: [t('loopClass0'), t('loopClass1')], xLabel: 'x₁', yLabel: 'x₂' },
      );
      renderLineChart(chart, [{ id: 'loss', label: t('loopLossSeries'), values: loop.losses, x0: 1 }], {
        label: t('loopChart'),
        lang,
        yScale: state.log ? 'log' : 'linear',
        xLabel: t('loopEpoch'),
        yLabel: t('loopLoss'),
      });
    }

    const stuck = stop ? null : loop.stuck();
    const reached = stop?.kind === 'done' && stop.loss <= loop.tol;
    let text = '';
    if (stop?.kind === 'done') {
      text = reached
        ? fill(t('loopReached'), { epoch: String(stop.step), loss: formatLoss(stop.loss), tol: String(loop.tol) })
        : fill(t('loopCap'), { epochs: String(MAX_EPOCHS), loss: formatLoss(stop.loss) });
    } else if (stuck) {
      text = fill(t('loopStuck'), {
        epoch: String(loop.stuckAt ?? loop.losses.length),
        before: formatLoss(stuck.lossBefore),
        loss: formatLoss(stuck.loss),
        a: POINT_NAMES[stuck.pair[0]],
        b: POINT_NAMES[stuck.pair[1]],
        y: stuck.output.toFixed(2),
      });
    }
    setText(message, text);
    // The kit's "Finished at step N" would repeat this message; its Reset button stays.
    root.dataset.stop = stop?.kind ?? '';
    message.dataset.kind = stop?.kind === 'done' ? (reached ? 'reached' : 'cap') : stuck ? 'stuck' : '';

    const summary = fill(t('loopSummary'), { epoch: String(step), loss: loss === null ? '—' : formatLoss(loss) });
    return text ? `${summary} ${text}` : summary;
  },
});
