/**
 * <nn-same-network>: one dataset (XOR, circles, spirals), one seed, and five copies of one small
 * network — the same sizes, the same initial weights — whose hidden layers use step, sigmoid, tanh,
 * ReLU and Leaky ReLU, trained side by side (model.ts). Shows the five losses on one chart, each
 * network's output over the input plane with the points, its accuracy, its hidden units whose net
 * input is negative on every example (dead, for ReLU), how far its hidden weights moved (step: not at
 * all), and on demand the "20 seeds" run (sweep.ts), trained a slice per animation frame with its
 * progress shown, that counts how often each activation solves the set.
 */
import { predictGrid } from '../../core';
import { disposeChart } from '../charts/chart-frame';
import { renderDecisionMap } from '../charts/decision-map';
import { renderLineChart } from '../charts/line-chart';
import { h, setText } from '../kit/controls/dom';
import { formatLoss } from '../kit/controls/transport-view';
import { fill, type WidgetStringKey } from '../kit/strings';
import { widgetElement } from '../kit/widget';
import { createRace, isFinished, type Race } from './model';
import { createSweep, type Sweep } from './sweep';
import { ACTIVATIONS, DATASETS, DEPTHS, ETA_MAX, ETA_MIN, PLANS, SAME_TABLE, SPEEDS, SWEEP_SEEDS, WIDTH_MAX, WIDTH_MIN } from './state';

const GRID_SIZE = 31;
/** While playing, the five maps are redrawn at most this often (the numbers follow every frame). */
const MAP_INTERVAL_MS = 60;
/** Time a frame gives the 20-seed run. */
const SWEEP_BUDGET_MS = 10;
/** Epochs (of all five networks) between two looks at the clock during the 20-seed run. */
const SWEEP_CHUNK = 10;

const NAME_KEYS: Readonly<Record<string, WidgetStringKey>> = {
  step: 'sameStep',
  sigmoid: 'sameSigmoid',
  tanh: 'sameTanh',
  relu: 'sameRelu',
  'leaky-relu': 'sameLeaky',
};
const DATA_KEYS: Readonly<Record<string, WidgetStringKey>> = { xor: 'sameXor', circles: 'sameCircles', spirals: 'sameSpirals' };
const percent = (share: number) => `${Math.round(share * 100)}%`;

interface SweepRun {
  readonly sweep: Sweep;
  /** The model it was started for: a new model (another setting) makes it stale. */
  readonly race: Race;
  handle: number | null;
}

export const SameNetworkWidget = widgetElement({
  id: 'same-network',
  table: SAME_TABLE,
  model: (state) => createRace(state),
  training: {
    step: (race) => race.step(),
    initialLoss: (race) => race.initialLoss,
    isDone: (_loss, epoch, race) => isFinished(epoch, race.dataName),
    speeds: SPEEDS,
    speedKey: 'speed',
    // Five networks per step and the drawing after them: the steps get a smaller share of a frame.
    runner: { frameBudgetMs: 5 },
  },

  view(kit) {
    const chart = h('div', { class: 'nn-same-chart' });
    kit.own(() => disposeChart(chart));
    const lanes = ACTIVATIONS.map((activation) => {
      const map = h('div', { class: 'nn-same-map' });
      kit.own(() => disposeChart(map));
      const stats = h('p', { class: 'nn-same-stats' });
      const seeds = h('p', { class: 'nn-same-seeds' });
      const root = h('div', { class: 'nn-same-lane', 'data-activation': activation }, h('p', { class: 'nn-same-name' }, kit.t(NAME_KEYS[activation])), map, stats, seeds);
      return { root, map, stats, seeds };
    });
    const progress = h('p', { class: 'nn-same-progress', role: 'status' });
    const note = h('p', { class: 'nn-same-note' });

    const sweepState: { run: SweepRun | null } = { run: null };
    const stopSweep = () => {
      if (sweepState.run?.handle != null) cancelAnimationFrame(sweepState.run.handle);
      if (sweepState.run) sweepState.run.handle = null;
    };
    kit.own(stopSweep);
    const frame = kit.guard(() => {
      const run = sweepState.run;
      if (!run) return;
      const start = performance.now();
      while (!run.sweep.advance(SWEEP_CHUNK) && performance.now() - start < SWEEP_BUDGET_MS);
      run.handle = run.sweep.finished ? null : requestAnimationFrame(frame);
      kit.redraw();
    });
    const sweepButton = kit.button(kit.t('sameSweep'), () => {
      stopSweep();
      kit.runner?.pause();
      const { data, depth, width, eta } = kit.get();
      sweepState.run = { sweep: createSweep({ data, depth, width, eta }), race: kit.model(), handle: requestAnimationFrame(frame) };
      kit.redraw();
    }, 'nn-same-sweep');

    const dataField = kit.select('data', { label: kit.t('sameData'), options: DATASETS.map((d) => ({ value: d, label: kit.t(DATA_KEYS[d]) })) });
    // A dataset chosen by the reader comes with the network and η it was tried with (state.ts PLANS).
    kit.listen(dataField, 'change', () => kit.set({ ...PLANS[kit.get().data].start }));
    const root = kit.layout({
      className: 'nn-same',
      controls: [
        dataField,
        kit.select('depth', { label: kit.t('sameDepth'), options: DEPTHS.map((d) => ({ value: d, label: d })) }),
        kit.number('width', { label: kit.t('sameWidth'), size: 3, hint: `${WIDTH_MIN}–${WIDTH_MAX}` }),
        kit.number('eta', { label: kit.t('sameEta'), size: 5, hint: `${ETA_MIN}–${ETA_MAX}` }),
        kit.seed('seed'),
        sweepButton,
      ],
      bar: kit.transport({ showEpoch: true }),
      visual: [h('div', { class: 'nn-same-lanes' }, ...lanes.map((l) => l.root)), chart],
      readouts: [progress, note],
    });
    /** performance.now() of the last map redraw, and the model it showed. */
    const drawn: { at: number; race: Race | null; next: number } = { at: -Infinity, race: null, next: 0 };
    return { root, chart, lanes, progress, note, sweepState, stopSweep, drawn, sweepButton };
  },

  render({ root, chart, lanes, progress, note, sweepState, stopSweep, drawn, sweepButton }, { model: race, run, lang, t }) {
    const plan = PLANS[race.dataName];
    const now = performance.now();
    const playing = run?.status === 'playing';
    const fresh = drawn.race !== race;
    if (!playing || fresh || now - drawn.at >= MAP_INTERVAL_MS) {
      drawn.at = now;
      drawn.race = race;
      const points = { xs: Array.from({ length: race.data.x.rows }, (_, k) => race.data.x.data[2 * k]), ys: Array.from({ length: race.data.x.rows }, (_, k) => race.data.x.data[2 * k + 1]), labels: race.data.y.data };
      // While playing, one map per redraw in turn (a map is a grid of the network's outputs, a contour
      // and a canvas): five at once would spend a frame's budget on drawing.
      const which = !playing || fresh ? race.lanes.map((_, k) => k) : [drawn.next++ % race.lanes.length];
      for (const k of which) {
        const lane = race.lanes[k];
        const name = t(NAME_KEYS[lane.activation]);
        renderDecisionMap(
          lanes[k].map,
          { grid: predictGrid(lane.network, plan.plane, plan.plane, GRID_SIZE), points },
          { label: fill(t('sameMap'), { name }), pointsLabel: fill(t('samePoints'), { data: t(DATA_KEYS[race.dataName]) }), lang, aspect: 1 },
        );
      }
      renderLineChart(
        chart,
        race.lanes.map((lane) => ({ id: lane.activation, label: t(NAME_KEYS[lane.activation]), values: lane.losses, x0: 1 })),
        { label: t('sameChart'), lang, yScale: 'log', xLabel: t('sameEpoch'), yLabel: t('sameLoss'), xDomain: [0, plan.epochs], aspect: 2.6 },
      );
    }

    // The 20-seed run belongs to the settings it was started with.
    if (sweepState.run && sweepState.run.race !== race) {
      stopSweep();
      sweepState.run = null;
    }
    const sweep = sweepState.run?.sweep ?? null;
    const bar = plan.solved >= 1 ? t('sameBarAll') : fill(t('sameBarAtLeast'), { p: percent(plan.solved) });

    const parts: string[] = [];
    race.lanes.forEach((lane, k) => {
      const loss = lane.losses.length ? lane.losses[lane.losses.length - 1] : lane.initialLoss;
      const negative = lane.negative();
      const values = { loss: formatLoss(loss), acc: percent(lane.accuracy()), dead: negative.count, units: negative.units };
      const key: WidgetStringKey = lane.activation === 'relu' ? 'sameStatsDead' : 'sameStats';
      setText(lanes[k].stats, lane.diverged ? t('sameDiverged') : fill(t(key), values));
      lanes[k].root.dataset.dead = lane.activation === 'relu' && negative.count > 0 ? 'yes' : '';
      const result = sweep?.results[k];
      setText(lanes[k].seeds, result && sweep!.finished ? fill(t('sameSeedsResult'), { solved: result.solved, runs: result.runs }) : '');
      parts.push(`${t(NAME_KEYS[lane.activation])} ${values.acc}`);
    });

    if (sweep) {
      const values = { done: sweep.done, total: SWEEP_SEEDS.length, epochs: plan.epochs, bar };
      setText(progress, sweep.finished ? fill(t('sameSweepDone'), values) : fill(t('sameSweepProgress'), values));
      progress.dataset.state = sweep.finished ? 'done' : 'running';
      // The button shows the progress too: in full screen it is the only place that does.
      setText(sweepButton, sweep.finished ? t('sameSweep') : fill(t('sameSweepButtonRunning'), values));
    } else {
      setText(progress, fill(t('sameSweepIdle'), { epochs: plan.epochs, bar }));
      progress.dataset.state = '';
      setText(sweepButton, t('sameSweep'));
    }
    const step = race.lanes[0];
    setText(note, fill(t('sameStepNote'), { change: step.hiddenChange().toString() }));
    const stop = run?.stop ?? null;
    root.dataset.stop = stop?.kind ?? '';

    return fill(t('sameSummary'), { epoch: race.epoch, list: parts.join(', ') });
  },
});
