/**
 * <nn-gd-steps>: gradient descent θ_{t+1} = θ_t − η∇θJ(θ_t) on the chapter's valley
 * J(θ) = θ₁² + 10θ₂², from θ₀ = (−4, 1), one update per step. The contour plot shows the path and the
 * step about to be taken; the formula beside the widget shows that step with its numbers. Below
 * η = 0.1 the path converges; above it the steep coordinate grows by |1 − 20η| per step, the loss
 * runs away, and the kit's runner stops the run and says so.
 */
import { createOptimizer, sampleSurface, valleySurface, type Optimizer } from '../../core';
import { disposeChart } from '../charts/chart-frame';
import { renderContourPlot } from '../charts/contour-plot';
import { h, setText } from '../kit/controls/dom';
import { createSliderField } from '../kit/controls/slider-field';
import { createTransport } from '../kit/controls/transport';
import { formatLoss } from '../kit/controls/transport-view';
import { frameOf, showUrlNotice } from '../kit/frame';
import { liveFormulas, updateLiveFormulas } from '../kit/live-formula';
import { fill, widgetString, type WidgetStringKey } from '../kit/strings';
import { readUrlState, writeUrlState } from '../kit/page-url';
import type { UrlState } from '../kit/url-state';
import { NnWidget } from '../kit/widget-element';
import { CONVERGED, DECK_ETAS, ETA_MAX, ETA_MIN, GD_TABLE, MAX_STEPS, PLANE_X, PLANE_Y, SPEEDS, THETA_0 } from './state';

const surface = valleySurface();
/** A typeset minus sign for numbers in sentences. */
const minus = (text: string) => text.replace('-', '−');
/** The contour grid never changes: sampled once for every copy of the widget. */
const grid = sampleSurface(surface, PLANE_X, PLANE_Y, 81, 41);

export class GdStepsWidget extends NnWidget {
  protected start(): void {
    const lang = this.uiLang;
    const t = (key: WidgetStringKey) => widgetString(key, lang);
    const id = frameOf(this)?.id ?? 'gd-steps';
    const { state: initial, ignored } = readUrlState(id, GD_TABLE);
    showUrlNotice(this, ignored, lang);
    const state: UrlState<typeof GD_TABLE> = { ...initial };
    const formulas = liveFormulas(id);

    const theta = new Float64Array(2);
    const gradient = new Float64Array(2);
    const xs: number[] = [];
    const ys: number[] = [];
    let optimizer: Optimizer;

    const build = (): number => {
      theta.set(THETA_0);
      xs.length = 0;
      ys.length = 0;
      xs.push(theta[0]);
      ys.push(theta[1]);
      optimizer = createOptimizer('gd', { lr: state.eta });
      return surface.value(theta);
    };
    const initialLoss = build();

    const runner = this.makeRunner({
      stepFn: () => {
        optimizer.step(theta, (p) => surface.gradient(p, gradient));
        xs.push(theta[0]);
        ys.push(theta[1]);
        return surface.value(theta);
      },
      stepsPerSecond: Number(state.speed),
      initialLoss,
      isDone: (loss, step) => loss < CONVERGED || step >= MAX_STEPS,
    });
    const restart = () => {
      runner.reset(build());
      render();
    };

    const eta = createSliderField({
      label: t('gdEta'),
      value: state.eta,
      min: ETA_MIN,
      max: ETA_MAX,
      scale: 'log',
      lang,
      onChange: (v) => {
        state.eta = v;
        restart();
      },
    });
    const presets = h(
      'span',
      { class: 'nn-gd-presets' },
      h('span', {}, t('gdPresets')),
      ...DECK_ETAS.map((value) => {
        const button = h('button', { type: 'button' }, `η = ${value}`);
        this.listen(button, 'click', () => {
          state.eta = value;
          eta.set(value);
          restart();
        });
        return button;
      }),
    );
    const transport = createTransport({ runner, lang, onReset: restart, speeds: SPEEDS });
    this.own(transport.dispose);
    this.runnerShortcuts(runner, restart);

    const verdict = h('p', { class: 'nn-gd-verdict' });
    const plot = h('div', { class: 'nn-gd-plot' });
    this.replaceChildren(h('div', { class: 'nn-gd' }, h('div', { class: 'nn-gd-controls' }, eta.element, presets), verdict, transport.element, plot));
    this.own(() => disposeChart(plot));

    const render = (): void => {
      const run = runner.state.get();
      const loss = surface.value(theta);
      surface.gradient(theta, gradient);
      const finite = Number.isFinite(loss);
      // The step about to be taken: θ − η∇J, drawn as an arrow and written out in the formula.
      const next = [theta[0] - state.eta * gradient[0], theta[1] - state.eta * gradient[1]];
      renderContourPlot(
        plot,
        {
          grid,
          trajectories: [{ id: 'gd', label: t('gdPath'), xs, ys }],
          arrow: finite && !run.stop ? { x: theta[0], y: theta[1], dx: next[0] - theta[0], dy: next[1] - theta[1] } : undefined,
          minimum: { x: surface.minimum[0], y: surface.minimum[1] },
        },
        { label: t('gdPlot'), lang, xLabel: 'θ₁', yLabel: 'θ₂' },
      );
      updateLiveFormulas(formulas, { t1: theta[0], t2: theta[1], eta: state.eta, g1: gradient[0], g2: gradient[1], n1: next[0], n2: next[1], loss });

      const factor = 1 - 20 * state.eta;
      const stable = Math.abs(factor) < 1;
      let text = fill(t(stable ? 'gdStable' : 'gdUnstable'), { factor: minus(factor.toFixed(2)) });
      if (run.stop?.kind === 'done' && run.stop.loss < CONVERGED) text = fill(t('gdConverged'), { step: run.stop.step });
      setText(verdict, text);
      verdict.dataset.kind = stable ? 'stable' : 'unstable';

      this.announce(fill(t('gdSummary'), { step: run.step, a: minus(formatLoss(theta[0])), b: minus(formatLoss(theta[1])), loss: formatLoss(loss) }));
      writeUrlState(id, GD_TABLE, { ...state, speed: String(run.stepsPerSecond) as UrlState<typeof GD_TABLE>['speed'] });
    };

    this.own(runner.state.subscribe(render));
    render();
  }
}
