/**
 * The transport bar of a training widget, wired to its Runner: play/pause, step, reset, speed, the
 * step counter and the current loss as text, and — when the run stops (diverged, done) — the reason
 * with a Reset button beside it.
 *
 * The bar reads everything from the runner's store (transport-view.ts decides what to show) and acts
 * only through the runner, so the keyboard shortcuts (Space/K, S, R — NnWidget.runnerShortcuts) and
 * the buttons can never disagree. Screen-reader summaries are the widget's (NnWidget.announce): the
 * bar has no live region of its own, so a running demo is not read out twice.
 *
 * Play/pause is one button whose name changes, "Play" ↔ "Pause", without aria-pressed: ARIA's
 * button pattern warns against changing the name of a toggle that also reports pressed — a reader
 * would hear "Pause, pressed" and not know which state is meant. `data-state` carries playing/paused
 * for CSS and tests.
 *
 * When the run stops while Play or Step has the focus, those buttons are disabled, so the focus
 * moves to the Reset button in the stop message rather than falling out of the widget to <body>
 * (where the widget's R shortcut would no longer reach it).
 *
 * With prefers-reduced-motion, Play would only step (runner.ts), so Play and the speed menu are
 * hidden and Step remains.
 */
import type { Lang } from '../../../i18n';
import type { Runner } from '../runner';
import { fill, widgetString } from '../strings';
import { h, setText, uniqueId, type Guard } from './dom';
import { icon, setIcon } from './icons';
import { DEFAULT_SPEEDS, speedChoices, transportView, type TransportViewOptions } from './transport-view';

export interface TransportOptions extends Omit<TransportViewOptions, 'symbol'> {
  readonly runner: Runner;
  readonly lang: Lang;
  /** The widget's reset: rebuild the model from its state, then runner.reset(initialLoss). */
  readonly onReset: () => void;
  /** The widget's error boundary: every listener of the bar runs inside it. */
  readonly guard: Guard;
  /** The step-size symbol for the divergence hint. Default 'η'. */
  readonly symbol?: string;
  /** Steps per second offered. Default DEFAULT_SPEEDS; the runner's current speed is always included. */
  readonly speeds?: readonly number[];
}

export interface Transport {
  readonly element: HTMLElement;
  /** Stops following the runner (call from the widget's cleanup: `this.own(transport.dispose)`). */
  dispose(): void;
}

export function createTransport(options: TransportOptions): Transport {
  const { runner, lang } = options;
  const t = (key: Parameters<typeof widgetString>[0]) => widgetString(key, lang);
  const viewOptions = { ...options, symbol: options.symbol ?? 'η' };

  const button = (className: string, iconName: Parameters<typeof icon>[0], label: string) =>
    h('button', { type: 'button', class: className }, icon(iconName), h('span', { class: 'nn-label' }, label));

  const play = button('nn-play', 'play', t('transportPlay'));
  const step = button('nn-step', 'step', t('transportStep'));
  const reset = button('nn-reset', 'reset', t('transportReset'));
  const stopReset = button('nn-reset nn-stop-reset', 'reset', t('transportReset'));

  const speedId = uniqueId('speed');
  const speed = h('select', { id: speedId });
  for (const s of speedChoices(options.speeds ?? DEFAULT_SPEEDS, runner.state.get().stepsPerSecond)) {
    speed.append(h('option', { value: s }, fill(t('transportSpeedOption'), { n: String(s) })));
  }
  const speedField = h('span', { class: 'nn-field nn-speed' }, h('label', { for: speedId }, t('transportSpeed')), speed);

  const counter = h('span', { class: 'nn-step-count' });
  const loss = h('span', { class: 'nn-loss' });
  const stopText = h('p', { class: 'nn-stop-message' });
  const stopBox = h('div', { class: 'nn-transport-stop', hidden: true }, stopText, stopReset);

  const element = h(
    'div',
    { class: 'nn-transport', role: 'group', 'aria-label': t('transportLabel') },
    h('div', { class: 'nn-transport-buttons' }, play, step, reset, speedField),
    h('p', { class: 'nn-transport-status' }, counter, ' ', loss),
    stopBox,
  );

  const { guard } = options;
  play.addEventListener('click', guard(() => runner.toggle()));
  step.addEventListener('click', guard(() => runner.step()));
  reset.addEventListener('click', guard(() => options.onReset()));
  stopReset.addEventListener('click', guard(() => {
    options.onReset();
    // The stop box hides on reset; keep the focus on the bar's own Reset.
    if (stopReset.contains(document.activeElement) || document.activeElement === document.body) reset.focus();
  }));
  speed.addEventListener('change', guard(() => runner.setSpeed(Number(speed.value))));

  function render(): void {
    const state = runner.state.get();
    const view = transportView(state, viewOptions);
    const focusWasOnRun = document.activeElement === play || document.activeElement === step;

    setText(play.querySelector('.nn-label') as Element, view.playLabel);
    setIcon(play, view.playing ? 'pause' : 'play');
    play.dataset.state = view.playing ? 'playing' : 'paused';
    play.disabled = !view.canRun;
    step.disabled = !view.canRun;
    play.hidden = view.stepOnly;
    speedField.hidden = view.stepOnly;
    if (speed.value !== String(state.stepsPerSecond)) speed.value = String(state.stepsPerSecond);

    setText(counter, view.counter);
    setText(loss, view.loss);
    setText(stopText, view.stopMessage ?? '');
    stopBox.hidden = view.stopMessage === null;
    if (focusWasOnRun && !view.canRun) (view.stopMessage === null ? reset : stopReset).focus();
  }

  render();
  const unsubscribe = runner.state.subscribe(render);
  return { element, dispose: unsubscribe };
}
