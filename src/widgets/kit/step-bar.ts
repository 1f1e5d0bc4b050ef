/**
 * The step bar of every step-through widget: First, Back, Next, Last, Play/Pause, an optional
 * "Jump to" menu of phases, and "Step k of N". The position k runs from 0 (nothing shown yet) to N
 * (every step shown); the bar reads it and changes it only through `get`/`go`, which the kit binds to
 * a store key, so buttons, keys (→ ← Home End Space/K) and the URL can never disagree.
 *
 * Play advances one step every 1000/speed ms (step-clock.ts) and stops at N; with
 * prefers-reduced-motion, or while the widget says it cannot play (a quiz waiting for an answer), Play
 * is hidden and Next remains. A step the reader takes (a button, a key, the menu) pauses Play: the
 * reader has taken over. A focused button that becomes disabled (Next at the last step) hands the
 * focus to its opposite, so the keys keep reaching the widget. Every listener runs inside the
 * widget's guard.
 */
import type { Lang } from '../../i18n';
import { h, setText, uniqueId, type Guard } from './controls/dom';
import { icon, setIcon } from './controls/icons';
import type { StepClock } from './step-clock';
import { fill, widgetString, type WidgetStringKey } from './strings';

export interface StepPhase {
  /** The menu's text. */
  readonly label: string;
  /** The position the phase's first step leads to (1 … N). */
  readonly at: number;
}

export interface StepBarOptions {
  readonly lang: Lang;
  readonly guard: Guard;
  /** The position, 0 … count(). */
  readonly get: () => number;
  readonly go: (position: number) => void;
  readonly count: () => number;
  readonly phases?: () => readonly StepPhase[];
  /** The counter's text, with {step} and {total}. Default 'stepOf' ("Step {step} of {total}"). */
  readonly counterKey?: WidgetStringKey;
  /** The step the counter names; default the position k. */
  readonly counterStep?: () => number;
  readonly clock: StepClock;
  readonly reducedMotion: boolean;
  /** False while Play is not offered (default: always offered unless reduced motion). */
  readonly playable?: () => boolean;
  /** Extra class on the bar, for a widget's own styles. */
  readonly className?: string;
}

export interface StepBar {
  readonly element: HTMLElement;
  /** Shows the current position (the kit calls it on every change of position, count or clock). */
  render(): void;
  next(): void;
  previous(): void;
  first(): void;
  last(): void;
  togglePlay(): void;
  /** True while Play is advancing the steps. */
  playing(): boolean;
}

export function createStepBar(options: StepBarOptions): StepBar {
  const { lang, guard, clock } = options;
  const t = (key: WidgetStringKey) => widgetString(key, lang);
  const button = (className: string, label: string, iconName?: Parameters<typeof icon>[0]) =>
    h('button', { type: 'button', class: `nn-step-button ${className}` }, iconName ? icon(iconName) : null, h('span', { class: 'nn-label' }, label));

  const firstButton = button('nn-step-first', t('stepFirst'));
  const previousButton = button('nn-step-previous', t('stepPrevious'));
  const nextButton = button('nn-step-next', t('stepNext'), 'step');
  const lastButton = button('nn-step-last', t('stepLast'));
  const playButton = button('nn-play', t('transportPlay'), 'play');
  const counter = h('span', { class: 'nn-step-counter' });

  const jumpId = uniqueId('jump');
  const jump = h('select', { id: jumpId });
  const jumpField = h('span', { class: 'nn-field nn-step-jump' }, h('label', { for: jumpId }, t('stepJump')), jump);
  jumpField.hidden = !options.phases;

  const go = (position: number) => options.go(Math.max(0, Math.min(options.count(), position)));
  /** A step the reader takes: Play stops first. */
  const take = (position: number) => {
    clock.pause();
    go(position);
  };
  const playable = () => !options.reducedMotion && (options.playable?.() ?? true);
  const element = h(
    'div',
    { class: `nn-step-bar${options.className ? ` ${options.className}` : ''}`, role: 'group', 'aria-label': t('stepBarLabel') },
    h('div', { class: 'nn-step-buttons' }, firstButton, previousButton, nextButton, lastButton, playButton),
    jumpField,
    counter,
  );
  const bar: StepBar = {
    element,
    render,
    next: () => take(options.get() + 1),
    previous: () => take(options.get() - 1),
    first: () => take(0),
    last: () => take(options.count()),
    playing: () => clock.playing,
    togglePlay() {
      if (clock.playing) clock.pause();
      else if (!playable()) bar.next();
      else {
        if (options.get() >= options.count()) go(0);
        clock.play();
      }
    },
  };

  firstButton.addEventListener('click', guard(bar.first));
  previousButton.addEventListener('click', guard(bar.previous));
  nextButton.addEventListener('click', guard(bar.next));
  lastButton.addEventListener('click', guard(bar.last));
  playButton.addEventListener('click', guard(bar.togglePlay));
  // An option names a phase, not a position: where a phase leads can change with the state (a quiz
  // asks its first quantity), so it is looked up when chosen, never read from a menu drawn earlier.
  jump.addEventListener(
    'change',
    guard(() => {
      const phase = options.phases?.()[Number(jump.value)];
      if (phase) take(phase.at);
    }),
  );

  let phasesShown = '';
  function render(): void {
    const k = options.get();
    const n = options.count();
    setText(counter, fill(t(options.counterKey ?? 'stepOf'), { step: String(options.counterStep?.() ?? k), total: String(n) }));
    const focused = element.ownerDocument.activeElement;
    firstButton.disabled = previousButton.disabled = k <= 0;
    nextButton.disabled = lastButton.disabled = k >= n;
    // A disabled button drops the focus to <body>, and with it the widget's keys: hand it across.
    if (focused instanceof HTMLButtonElement && focused.disabled && element.contains(focused)) {
      (focused === firstButton || focused === previousButton ? nextButton : previousButton).focus();
    }
    playButton.hidden = !playable() && !clock.playing;
    setText(playButton.querySelector('.nn-label') as Element, t(clock.playing ? 'transportPause' : 'transportPlay'));
    setIcon(playButton, clock.playing ? 'pause' : 'play');
    playButton.dataset.state = clock.playing ? 'playing' : 'paused';
    if (options.phases) {
      const phases = options.phases();
      const key = phases.map((p) => p.label).join('|');
      if (key !== phasesShown) {
        phasesShown = key;
        jump.replaceChildren(...phases.map((p, index) => h('option', { value: index }, p.label)));
      }
      // The phase the position is in: the last whose first step is at or before k.
      const current = phases.findLastIndex((p) => p.at <= Math.max(k, 1));
      if (current >= 0 && jump.value !== String(current)) jump.value = String(current);
    }
  }
  render();
  return bar;
}
