/**
 * <nn-training-loop>: the deck's loop — initialise, forward, backward, repeat until the error is within
 * the tolerance — as a sigmoid network learning XOR with full-batch gradient descent. Shows the
 * network's output over the input plane (a canvas heatmap, recomputed at most once per frame, 41 × 41
 * samples) with the four points, and the loss per epoch. Stops when the loss is within the tolerance
 * or at MAX_EPOCHS; says when a run looks stuck in a local minimum (plateau.ts), pausing it once.
 */
import { Trainer, createNetwork, createOptimizer, createRng, makeLogicGate, predictGrid, type Network } from '../../core';
import { disposeChart } from '../charts/chart-frame';
import { renderDecisionMap } from '../charts/decision-map';
import { renderLineChart } from '../charts/line-chart';
import { h, setText, uniqueId } from '../kit/controls/dom';
import { createNumberField } from '../kit/controls/number-field';
import { createSeedField } from '../kit/controls/seed-field';
import { createSelectField } from '../kit/controls/select-field';
import { createTransport } from '../kit/controls/transport';
import { formatLoss } from '../kit/controls/transport-view';
import { frameOf, showUrlNotice } from '../kit/frame';
import { fill, widgetString, type WidgetStringKey } from '../kit/strings';
import { readUrlState, writeUrlState } from '../kit/page-url';
import type { UrlState } from '../kit/url-state';
import { NnWidget } from '../kit/widget-element';
import { judgeStuck, type StuckVerdict } from './plateau';
import { ARCHITECTURES, ETA_MAX, ETA_MIN, LOOP_TABLE, MAX_EPOCHS, POINT_NAMES, SPEEDS, STUCK_SEED, TOL_MAX, TOL_MIN, layerSizes, type Architecture } from './state';

const GRID_SIZE = 41;
/** While playing, the plots are redrawn at most this often (the counters follow every frame). */
const PLOT_INTERVAL_MS = 50;
const PLANE: readonly [number, number] = [-0.5, 1.5];

export class TrainingLoopWidget extends NnWidget {
  protected start(): void {
    const lang = this.uiLang;
    const t = (key: WidgetStringKey) => widgetString(key, lang);
    const id = frameOf(this)?.id ?? 'training-loop';
    const { state: initial, ignored } = readUrlState(id, LOOP_TABLE);
    showUrlNotice(this, ignored, lang);
    const state: UrlState<typeof LOOP_TABLE> = { ...initial };

    const data = makeLogicGate('xor');
    const targets = data.y.data;
    const points = { xs: [0, 0, 1, 1], ys: [0, 1, 0, 1], labels: Array.from(targets) };

    let network: Network;
    let trainer: Trainer;
    /** The epoch at which the run was paused for looking stuck (once per run), or null. */
    let stuckAt: number | null = null;
    let stuck: StuckVerdict | null = null;

    const build = (): number => {
      network = createNetwork({ sizes: layerSizes(state.arch), activations: 'sigmoid', rng: createRng(state.seed) });
      trainer = new Trainer(network, data, createOptimizer('gd', { lr: state.eta }), { mode: 'full-batch' });
      stuckAt = null;
      stuck = null;
      return network.evaluateLoss(data.x, data.y);
    };
    const initialLoss = build();

    const runner = this.makeRunner({
      stepFn: () => {
        trainer.step();
        return trainer.stepLosses[trainer.stepLosses.length - 1];
      },
      stepsPerSecond: Number(state.speed),
      initialLoss,
      isDone: (loss, step) => loss <= state.tol || step >= MAX_EPOCHS,
    });
    const restart = () => {
      runner.reset(build());
      render();
    };

    // ——— controls ———
    const arch = createSelectField<Architecture>({ guard: this.guarded,
      label: t('loopArch'),
      options: ARCHITECTURES.map((a) => ({ value: a, label: a })),
      value: state.arch,
      lang,
      onChange: (v) => {
        state.arch = v;
        restart();
      },
    });
    const seed = createSeedField({ guard: this.guarded,
      value: state.seed,
      lang,
      onChange: (v) => {
        state.seed = v;
        restart();
      },
    });
    const eta = createNumberField({ guard: this.guarded,
      label: t('loopEta'),
      value: state.eta,
      min: ETA_MIN,
      max: ETA_MAX,
      lang,
      size: 6,
      hint: `${ETA_MIN}–${ETA_MAX}`,
      onChange: (v) => {
        state.eta = v;
        restart();
      },
    });
    const tol = createNumberField({ guard: this.guarded,
      label: t('loopTolerance'),
      value: state.tol,
      min: TOL_MIN,
      max: TOL_MAX,
      lang,
      size: 7,
      hint: `${TOL_MIN}–${TOL_MAX}, ${t('loopToleranceHint')}`,
      onChange: (v) => {
        state.tol = v;
        restart();
      },
    });
    const logId = uniqueId('log');
    const log = h('input', { type: 'checkbox', id: logId });
    log.checked = state.log;
    const logField = h('span', { class: 'nn-field nn-check-field' }, log, h('label', { for: logId }, t('loopLogScale')));
    this.listen(log, 'change', () => {
      state.log = log.checked;
      render();
    });
    const preset = h('button', { type: 'button', class: 'nn-loop-stuck-preset' }, t('loopStuckPreset'));
    this.listen(preset, 'click', () => {
      state.arch = '2-2-1';
      state.seed = STUCK_SEED;
      arch.set(state.arch);
      seed.set(state.seed);
      restart();
    });

    const transport = createTransport({ guard: this.guarded, runner, lang, onReset: restart, speeds: SPEEDS, showEpoch: true });
    this.own(transport.dispose);
    this.runnerShortcuts(runner, restart);

    const map = h('div', { class: 'nn-loop-map' });
    const chart = h('div', { class: 'nn-loop-chart' });
    const message = h('p', { class: 'nn-loop-message', role: 'status' });
    const root = h(
      'div',
      { class: 'nn-loop' },
      h('div', { class: 'nn-loop-controls' }, arch.element, seed.element, preset, eta.element, tol.element, logField),
      transport.element,
      message,
      h('div', { class: 'nn-loop-plots' }, map, chart),
    );
    this.replaceChildren(root);
    this.own(() => disposeChart(map));
    this.own(() => disposeChart(chart));

    /** performance.now() of the last plot redraw. */
    let plottedAt = -Infinity;
    const render = (): void => {
      const run = runner.state.get();
      const epochs = trainer.stepLosses.length;
      const outputs = network.forward(data.x, 'inference').data;
      const now = performance.now();
      if (run.status !== 'playing' || now - plottedAt >= PLOT_INTERVAL_MS) {
        plottedAt = now;
        plot();
      }
      stuck = run.stop ? null : judgeStuck(trainer.stepLosses, epochs, outputs, targets, state.tol);
      if (stuck && stuckAt === null) {
        stuckAt = epochs;
        runner.pause();
      }
      describe(run, epochs);
    };

    const plot = (): void => {
      renderDecisionMap(
        map,
        { grid: predictGrid(network, PLANE, PLANE, GRID_SIZE), points },
        { label: t('loopMap'), pointsLabel: t('loopPoints'), lang, classLabels: [t('loopClass0'), t('loopClass1')], xLabel: 'x₁', yLabel: 'x₂' },
      );
      renderLineChart(chart, [{ id: 'loss', label: t('loopLossSeries'), values: trainer.stepLosses, x0: 1 }], {
        label: t('loopChart'),
        lang,
        yScale: state.log ? 'log' : 'linear',
        xLabel: t('loopEpoch'),
        yLabel: t('loopLoss'),
      });
    };

    const describe = (run: ReturnType<typeof runner.state.get>, epochs: number): void => {
      let text = '';
      if (run.stop?.kind === 'done') {
        text =
          run.stop.loss <= state.tol
            ? fill(t('loopReached'), { epoch: String(run.stop.step), loss: formatLoss(run.stop.loss), tol: String(state.tol) })
            : fill(t('loopCap'), { epochs: String(MAX_EPOCHS), loss: formatLoss(run.stop.loss) });
      } else if (stuck) {
        text = fill(t('loopStuck'), {
          epoch: String(stuckAt ?? epochs),
          before: formatLoss(stuck.lossBefore),
          loss: formatLoss(stuck.loss),
          a: POINT_NAMES[stuck.pair[0]],
          b: POINT_NAMES[stuck.pair[1]],
          y: stuck.output.toFixed(2),
        });
      }
      setText(message, text);
      // The kit's "Finished at step N" would repeat this message; its Reset button stays.
      root.dataset.stop = run.stop?.kind ?? '';
      message.dataset.kind = run.stop?.kind === 'done' ? (run.stop.loss <= state.tol ? 'reached' : 'cap') : stuck ? 'stuck' : '';

      const summary = fill(t('loopSummary'), { epoch: String(run.step), loss: run.loss === null ? '—' : formatLoss(run.loss) });
      this.announce(text ? `${summary} ${text}` : summary);
      writeUrlState(id, LOOP_TABLE, { ...state, speed: String(run.stepsPerSecond) as UrlState<typeof LOOP_TABLE>['speed'] });
    };

    this.own(runner.state.subscribe(render));
    render();
  }
}
