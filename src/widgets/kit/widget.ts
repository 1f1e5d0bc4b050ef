/**
 * The widget skeleton. A widget declares only what is its own —
 *
 *   export const GdStepsWidget = widgetElement({
 *     id: 'gd-steps',                      // URL namespace, #widget-gd-steps, the frame's id
 *     table: GD_TABLE,                     // its URL state (url-state.ts), typed
 *     model: (state) => …core calls…,      // what the state means, rebuilt when the state changes
 *     training: { step, initialLoss, … },  // optional: one training step of the model
 *     view: (kit) => …DOM, built once…,    // controls bound to state keys, charts' containers
 *     render: (view, { state, model, run }) => …draw…; return 'screen-reader summary',
 *   });
 *
 * — and the kit does the rest: one store per widget holding the URL state (read from the page's URL
 * with the notice for what was ignored) and any `local` state that stays out of the URL; writing the
 * URL back as a store subscriber (never from render); the model rebuilt when the state it depends on
 * changes (and the runner reset with it); controls bound to store keys whose callbacks run inside the
 * widget's guard (ranges from the URL table, so they are declared once); redraw coalesced to one per
 * animation frame; the transport (training) or the step bar (step-through); the announcement of the
 * summary render returns; and NnWidget's lifecycle (start near the viewport, pause off-screen,
 * teardown, error box).
 */
import type { Lang } from '../../i18n';
import { h, type Guard } from './controls/dom';
import { createNumberField } from './controls/number-field';
import { createSeedField } from './controls/seed-field';
import { createSelectField, type SelectOption } from './controls/select-field';
import { createSliderField, type SliderFieldOptions } from './controls/slider-field';
import { createTransport, type TransportOptions } from './controls/transport';
import type { NumberFieldOptions } from './controls/number-field';
import { frameOf, showUrlNotice } from './frame';
import { foldForFullscreen } from './fold';
import { widgetLayout, type LayoutParts } from './layout';
import { writeUrlState } from './page-url';
import { createRedraw } from './redraw';
import type { Runner, RunnerOptions, RunnerState } from './runner';
import { createStepBar, type StepBar, type StepPhase } from './step-bar';
import { createStepClock } from './step-clock';
import { createStore, type Store } from './store';
import { widgetString, type WidgetStringKey } from './strings';
import { parse, startingAt, type NumberField as NumberEntry, type ParsedUrlState, type UrlState, type UrlTable } from './url-state';
import { NnWidget } from './widget-element';

/** What render draws from. `run` is the runner's state for a training widget, else null. */
export interface RenderInput<S, M> {
  readonly state: S;
  readonly model: M;
  readonly run: RunnerState | null;
  readonly lang: Lang;
  t(key: WidgetStringKey): string;
}

/** What `view` builds: the widget's root (the kit puts it into the element) and whatever render needs. */
export interface WidgetView {
  readonly root: Node;
}

export interface TrainingSpec<S, M> {
  /** One training step of the model (in place); returns its loss. */
  step(model: M, state: S): number;
  /** The loss before any step. */
  initialLoss(model: M, state: S): number;
  isDone?(loss: number, step: number, model: M): boolean;
  /** Steps per second offered. */
  readonly speeds: readonly number[];
  /** A state key (an enum of the speeds as strings) that holds the speed, so it is in the URL. */
  readonly speedKey?: string;
  /** The step size's symbol in the divergence hint (default η). */
  readonly symbol?: string;
  readonly runner?: Pick<RunnerOptions, 'stepsPerEpoch' | 'frameBudgetMs' | 'maxStepsPerFrame' | 'runawayFactor' | 'runawayCeiling'>;
}

export interface WidgetSpec<T extends UrlTable, L extends object, M, V extends WidgetView> {
  readonly id: string;
  readonly table: T;
  /**
   * Reads the state from the page's query (default: the table's own checks, url-state.ts parse). A
   * widget whose fields must also agree with each other (a network in several fields) checks them
   * here and reports what it ignored the same way.
   */
  readonly read?: (params: URLSearchParams, id: string) => ParsedUrlState<UrlState<T>>;
  /** State that is not in the URL (a pinned highlight, a selection): its initial values, or made from the URL state. */
  readonly local?: L | ((fromUrl: UrlState<T>) => L);
  /** The keys whose change rebuilds the model; default: every key of the table. */
  readonly modelKeys?: readonly (keyof UrlState<T> | keyof L)[];
  model(state: UrlState<T> & L): M;
  readonly training?: TrainingSpec<UrlState<T> & L, M>;
  view(kit: WidgetKit<UrlState<T> & L, M>): V;
  render(view: V, input: RenderInput<UrlState<T> & L, M>): string | void;
}

type NumberKey<S> = { [K in keyof S]: S[K] extends number ? K : never }[keyof S] & string;
type StringKey<S> = { [K in keyof S]: S[K] extends string ? K : never }[keyof S] & string;
type BooleanKey<S> = { [K in keyof S]: S[K] extends boolean ? K : never }[keyof S] & string;

/** A bound control's option: more state that changes with its key when the reader sets it (a record the new value makes stale). */
interface AlsoSet<S> {
  /** More of the state to change with this control, given the control's new value. */
  readonly alsoSet?: (value: never) => Partial<S>;
}

export interface StepBarSpec<S, M> {
  /** The state key holding the position 0 … count (an 'int' entry of the table, or local state). */
  readonly key: NumberKey<S>;
  /** The number of steps. After the model is rebuilt, a position past it is moved back to it. */
  readonly count: (input: { state: S; model: M }) => number;
  /**
   * The state for moving to `to` (default: just the position). A widget that keeps more with the
   * position (a quiz's furthest step, its score) says so here, so every way of moving agrees.
   */
  readonly move?: (to: number, input: { state: S; model: M }) => Partial<S>;
  /** False while Play is not offered (a quiz waits for each answer); Play then stops. Default: true. */
  readonly playable?: (input: { state: S; model: M }) => boolean;
  readonly phases?: (input: { state: S; model: M }) => readonly StepPhase[];
  readonly counterKey?: WidgetStringKey;
  /** The step the counter names (default the position): a quiz names the step it asks, one past the last revealed. */
  readonly counterStep?: (input: { state: S; model: M }) => number;
  /** Steps per second while playing. Default 1. */
  readonly speed?: number;
  /** Shortcut descriptions; default the kit's ("Next step", …). */
  readonly keys?: Partial<Record<'next' | 'previous' | 'first' | 'last' | 'play', WidgetStringKey>>;
  /** Extra keys that go to the next / previous step (e.g. a clicker's PageDown/PageUp). */
  readonly nextKeys?: readonly string[];
  readonly previousKeys?: readonly string[];
  /** The keys that play and pause; default Space and K. */
  readonly playKeys?: readonly string[];
}

/** What a widget's `view` builds with: its language, state, and controls bound to state keys. */
export interface WidgetKit<S, M> {
  readonly lang: Lang;
  /** The URL namespace (the frame's id). */
  readonly id: string;
  /** The widget's element: markup typeset inside it at build time, attributes its stylesheet reads. */
  readonly host: HTMLElement;
  t(key: WidgetStringKey): string;
  get(): S;
  set(patch: Partial<S>): void;
  /** The current model. */
  model(): M;
  /** The training runner (training widgets), else null. */
  readonly runner: Runner | null;
  /** Rebuilds the model from the state (and resets the runner). */
  restart(): void;
  /** Asks for a render in the next frame (for changes the store does not see, e.g. a hover). */
  redraw(): void;
  readonly guard: Guard;
  listen<E extends Event = Event>(target: EventTarget, type: string, handler: (event: E) => void, options?: AddEventListenerOptions): void;
  /** A shortcut while the focus is in the widget; its description is a string key or, for one with a number in it, made per language. */
  shortcut(key: string, description: WidgetStringKey | ((lang: Lang) => string), handler: () => void): void;
  own(cleanup: () => void): void;

  slider(key: NumberKey<S>, options: Pick<SliderFieldOptions, 'label' | 'scale' | 'step' | 'format'> & AlsoSet<S>): HTMLElement;
  number(key: NumberKey<S>, options: Pick<NumberFieldOptions, 'label' | 'step' | 'format' | 'hint' | 'size'> & AlsoSet<S>): HTMLElement;
  select<V extends string>(key: StringKey<S>, options: { label: string; options: readonly SelectOption<V>[] } & AlsoSet<S>): HTMLElement;
  seed(key: NumberKey<S>, label?: string): HTMLElement;
  checkbox(key: BooleanKey<S>, label: string, options?: AlsoSet<S>): HTMLElement;
  button(label: string, onClick: () => void, className?: string): HTMLButtonElement;
  /** The transport bar (training widgets): play/pause, step, reset, speed, step counter, loss. */
  transport(options?: Pick<TransportOptions, 'showEpoch'>): HTMLElement;
  /** The step bar (step-through widgets) bound to a position key; its keys are registered too. */
  stepBar(spec: StepBarSpec<S, M>): StepBar;
  layout(parts: LayoutParts): HTMLElement;
}

const rafScheduler = {
  request: (callback: () => void) => requestAnimationFrame(() => callback()),
  cancel: (handle: unknown) => cancelAnimationFrame(handle as number),
};

/** The custom element class for a widget spec (define it with frame.ts defineWidget). */
export function widgetElement<T extends UrlTable, L extends object, M, V extends WidgetView>(spec: WidgetSpec<T, L, M, V>): CustomElementConstructor {
  type S = UrlState<T> & L;

  return class extends NnWidget {
    protected override readonly stringsId = spec.id;

    protected start(): void {
      const lang = this.uiLang;
      const id = frameOf(this)?.id || spec.id;
      // Placed again elsewhere, a widget may open on other defaults (data-start, written by its component).
      const table = startingAt(spec.table, this.dataset.start);
      const entry = (key: string) => table.find((field) => field.key === key);
      const urlPart = (state: S) => Object.fromEntries(table.map((field) => [field.key, state[field.key as keyof S]])) as UrlState<T>;
      const params = new URLSearchParams(window.location.search);
      const { state: fromUrl, ignored } = spec.read ? spec.read(params, id) : parse(params, id, table);
      showUrlNotice(this, ignored, lang);
      const local = typeof spec.local === 'function' ? spec.local(fromUrl) : spec.local;
      const store: Store<S> = createStore({ ...fromUrl, ...(local ?? {}) } as S);
      const t = (key: WidgetStringKey) => widgetString(key, lang);
      const guard = this.guarded;

      let model = spec.model(store.get());
      /** Step-bar positions: moving through the steps never rebuilds the model. */
      const positionKeys: string[] = [];
      /** After a rebuild, each step bar's position moved back within its count. */
      const clampPositions: Array<() => void> = [];
      const training = spec.training;
      const runner = training ? this.#makeRunner(training, () => model, store) : null;
      const restart = () => {
        model = spec.model(store.get());
        if (runner && training) runner.reset(training.initialLoss(model, store.get()));
        for (const clamp of clampPositions) clamp();
        redraw.request();
      };

      /**
       * Keeps a control showing its key's value when the state changes from elsewhere (a preset, a
       * reset); a control that already shows it is left alone, so its message about a corrected entry stays.
       */
      const follow = <K extends keyof S>(key: K, show: (value: S[K]) => void) =>
        this.own(store.subscribe((next, prev) => !Object.is(next[key], prev[key]) && show(next[key])));
      const numberRange = (key: string) => {
        const field = entry(key) as NumberEntry | undefined;
        if (!field || (field.type !== 'number' && field.type !== 'int')) throw new Error(`${spec.id}: "${key}" is not a number in the URL table`);
        return { min: field.min ?? -Infinity, max: field.max ?? Infinity, integer: field.type === 'int' };
      };
      const setKey = (key: keyof S, alsoSet?: (value: never) => Partial<S>) => (value: unknown) => store.set({ [key]: value, ...alsoSet?.(value as never) } as Partial<S>);

      let view: V;
      /** Step bars draw with the widget, after the model has caught up with the state. */
      const bars: StepBar[] = [];
      const redraw = createRedraw(
        rafScheduler,
        guard(() => {
          for (const bar of bars) bar.render();
          const summary = spec.render(view, { state: store.get(), model, run: runner?.state.get() ?? null, lang, t });
          // While something plays, a summary a second; otherwise the change is the reader's: say it now.
          const playing = runner?.state.get().status === 'playing' || bars.some((bar) => bar.playing());
          if (summary) this.announce(summary, !playing);
        }),
      );
      this.own(() => redraw.cancel());

      const kit: WidgetKit<S, M> = {
        lang,
        id,
        host: this,
        t,
        get: () => store.get(),
        set: (patch) => store.set(patch),
        model: () => model,
        runner,
        restart,
        redraw: () => redraw.request(),
        guard,
        listen: (target, type, handler, options) => this.listen(target, type, handler, options),
        shortcut: (key, description, handler) => this.shortcut(key, description, handler),
        own: (cleanup) => this.own(cleanup),
        slider: (key, options) => {
          const field = createSliderField({ ...options, ...numberRange(key), value: store.get()[key] as number, lang, guard, onChange: setKey(key, options.alsoSet) });
          follow(key, (value) => !Object.is(field.value, value) && field.set(value as number));
          return field.element;
        },
        number: (key, options) => {
          const field = createNumberField({ ...options, ...numberRange(key), value: store.get()[key] as number, lang, guard, onChange: setKey(key, options.alsoSet) });
          follow(key, (value) => !Object.is(field.value, value) && field.set(value as number));
          return field.element;
        },
        select: (key, options) => {
          const field = createSelectField({ ...options, value: store.get()[key] as never, lang, guard, onChange: setKey(key, options.alsoSet) });
          follow(key, (value) => !Object.is(field.value, value) && field.set(value as never));
          return field.element;
        },
        seed: (key, label) => {
          const field = createSeedField({ value: store.get()[key] as number, label, lang, guard, onChange: setKey(key) });
          follow(key, (value) => !Object.is(field.value, value) && field.set(value as number));
          return field.element;
        },
        checkbox: (key, label, options) => {
          const box = h('input', { type: 'checkbox' });
          box.checked = store.get()[key] as boolean;
          this.listen(box, 'change', () => setKey(key, options?.alsoSet)(box.checked));
          follow(key, (value) => (box.checked = value as boolean));
          return h('label', { class: 'nn-field nn-checkbox' }, box, ` ${label}`);
        },
        button: (label, onClick, className) => {
          const button = h('button', { type: 'button', class: className }, label);
          this.listen(button, 'click', onClick);
          return button;
        },
        transport: (options) => {
          if (!runner) throw new Error(`${spec.id}: transport() needs a training spec`);
          const transport = createTransport({ ...options, runner, lang, guard, onReset: restart, symbol: training?.symbol, speeds: training?.speeds });
          this.own(transport.dispose);
          this.runnerShortcuts(runner, restart);
          return transport.element;
        },
        stepBar: (bar) => {
          const created = this.#stepBar(bar, store, () => model, guard, lang);
          bars.push(created);
          positionKeys.push(bar.key);
          clampPositions.push(() => {
            const count = bar.count({ state: store.get(), model });
            if ((store.get()[bar.key] as number) > count) store.set({ [bar.key]: count } as Partial<S>);
          });
          return created;
        },
        layout: widgetLayout,
      };

      view = spec.view(kit);
      this.replaceChildren(view.root);
      // Started (or restarted) while its figure is already full screen, or staged on a lecture slide: its folds close as they would have.
      if (this.ownerDocument.fullscreenElement?.contains(this) || this.closest('[data-stage]')) foldForFullscreen(this, true);
      // Every key rebuilds the model unless the spec says which do; the speed and step positions never do.
      const modelKeys = ((spec.modelKeys as readonly string[] | undefined) ?? table.map((field) => field.key)).filter(
        (key) => key !== training?.speedKey && !positionKeys.includes(key),
      );
      this.own(
        store.subscribe((next, prev) => {
          if (modelKeys.some((key) => !Object.is(next[key as keyof S], prev[key as keyof S]))) restart();
          else redraw.request();
          writeUrlState(id, table, urlPart(next));
        }),
      );
      if (runner) this.own(runner.state.subscribe(() => redraw.request()));
      this.applyUrl = (search) => store.set((spec.read ? spec.read(search, id) : parse(search, id, table)).state as unknown as Partial<S>);
      this.own(() => (this.applyUrl = null));
      redraw.flush();
    }

    /** The runner, with its speed kept in the store (and so in the URL) when the spec names a key. */
    #makeRunner(training: TrainingSpec<S, M>, model: () => M, store: Store<S>): Runner {
      const speedKey = training.speedKey as keyof S | undefined;
      const runner = this.makeRunner({
        ...training.runner,
        stepFn: () => training.step(model(), store.get()),
        initialLoss: training.initialLoss(model(), store.get()),
        stepsPerSecond: speedKey ? Number(store.get()[speedKey]) : training.speeds[0],
        isDone: training.isDone ? (loss, step) => training.isDone!(loss, step, model()) : undefined,
      });
      if (speedKey) {
        this.own(runner.state.subscribe((next) => store.set({ [speedKey]: String(next.stepsPerSecond) } as Partial<S>)));
        this.own(store.subscribe((next) => runner.setSpeed(Number(next[speedKey]))));
      }
      return runner;
    }

    #stepBar(spec: StepBarSpec<S, M>, store: Store<S>, model: () => M, guard: Guard, lang: Lang): StepBar {
      const input = () => ({ state: store.get(), model: model() });
      const get = () => store.get()[spec.key] as number;
      const count = () => spec.count(input());
      const go = (position: number) => store.set(spec.move ? spec.move(position, input()) : ({ [spec.key]: position } as Partial<S>));
      const playable = () => spec.playable?.(input()) ?? true;
      const motion = window.matchMedia('(prefers-reduced-motion: reduce)');
      const clock = createStepClock({
        timer: { set: (run, ms) => window.setTimeout(guard(run), ms), clear: (handle) => window.clearTimeout(handle as number) },
        speed: () => spec.speed ?? 1,
        tick: () => {
          if (get() >= count() || !playable()) return false;
          go(get() + 1);
          return get() < count() && playable();
        },
        onChange: () => bar.render(),
      });
      // (The bar is drawn by the widget's redraw; the clock's play/pause is drawn at once.)
      this.own(() => clock.dispose());
      this.onVisibility((visible) => clock.setVisible(visible));
      const bar = createStepBar({
        lang,
        guard,
        get,
        go,
        count,
        phases: spec.phases ? () => spec.phases!(input()) : undefined,
        counterKey: spec.counterKey,
        counterStep: spec.counterStep ? () => spec.counterStep!(input()) : undefined,
        clock,
        reducedMotion: motion.matches,
        playable,
      });
      // A lecture's clicker steps the first step bar, then moves on after its last step.
      if (!this.lectureSteps) {
        this.lectureSteps = {
          next: () => get() < count() && playable() && (bar.next(), true),
          previous: () => get() > 0 && (bar.previous(), true),
        };
        this.own(() => (this.lectureSteps = null));
      }
      const keys = spec.keys ?? {};
      for (const key of ['ArrowRight', ...(spec.nextKeys ?? [])]) this.shortcut(key, keys.next ?? 'stepKeysNext', bar.next);
      for (const key of ['ArrowLeft', ...(spec.previousKeys ?? [])]) this.shortcut(key, keys.previous ?? 'stepKeysPrevious', bar.previous);
      this.shortcut('Home', keys.first ?? 'stepKeysFirst', bar.first);
      this.shortcut('End', keys.last ?? 'stepKeysLast', bar.last);
      for (const key of spec.playKeys ?? [' ', 'k']) this.shortcut(key, keys.play ?? 'stepKeysPlay', bar.togglePlay);
      return bar;
    }
  };
}

