/**
 * NnWidget, the base of every widget's custom element (`<nn-…>`). A subclass implements `start()`;
 * the base gives it the lifecycle every widget shares:
 *
 * - Lazy start: `start()` runs when the element comes within 200 px of the viewport (at once where
 *   IntersectionObserver is missing), not at page load, so a chapter with many widgets loads fast.
 *   (The class itself is fetched and defined earlier still, about a viewport away: lazy-define.ts.)
 *   Once start() has finished the element has the attribute `data-nn-started` (STARTED), until it
 *   is removed or fails: a browser test waits for it (tests/e2e/widget-helpers.ts, showWidget).
 * - Visibility: runners made with `makeRunner` are told visible/hidden as the element leaves or nears
 *   the viewport and as the tab is hidden or shown, so nothing animates unseen.
 * - Cleanup: everything registered with `own()` (unsubscribes, observers, listeners, runners) is
 *   undone, newest first, on `disconnectedCallback` — and on failure. A reconnected element starts
 *   afresh, so `start()` must build from scratch and `own` what it creates. Something owned after
 *   teardown (an async `start()` that finishes after removal) is cleaned up at once, so it cannot leak.
 * - Error boundary: an exception from `start()` (sync or async) or from any function wrapped by
 *   `guard()` (handlers added with `listen()` and `shortcut()` are wrapped for you; runners report to
 *   it) stops the widget and shows an error box in its own frame (error-box.ts) — role="alert", the
 *   message and a "Reload this demo" button that starts it again. Nothing is rethrown, so nothing
 *   reaches the console and the rest of the page keeps working. An `nn-widget-error` event (bubbling,
 *   detail: { error }) lets the page or a test observe the failure. Charts redraw from their own
 *   resize/theme observers, outside any guard; they report a failure as a bubbling `nn-chart-error`
 *   (charts/chart-frame.ts), which the element turns into the same error box.
 * - Screen readers: `announce(text)` writes a one-line summary into an aria-live="polite" region, at
 *   most once a second (the latest text wins), so a running demo is described, not recited; with
 *   `now` (nothing is playing: the reader's own step or key), at once, so it never lags one step behind.
 * - Language: `uiLang` is the lang of the closest ancestor with one. (HTMLElement already owns
 *   `lang` — the element's own attribute — so the inherited language gets its own name.)
 */
import type { Lang } from '../../i18n';
import type { Guard } from './controls/dom';
import { showErrorBox } from './error-box';
import { pageKeys } from './key-listener';
import { langOf } from './lang';
import { createRunner, type Runner, type RunnerOptions } from './runner';
import { loadStrings, widgetString, type WidgetStringKey } from './strings';
import { createThrottle, type Throttle } from './throttle';

/** How far outside the viewport a widget starts (and counts as visible): it is ready when scrolled to. */
export const START_MARGIN = '200px';
/** The attribute a widget has while it runs: set when start() has finished, removed on teardown or failure. */
const STARTED = 'data-nn-started';
/** The shortest gap between two aria-live announcements. */
export const ANNOUNCE_INTERVAL_MS = 1000;

const rafScheduler = {
  request: (callback: () => void) => requestAnimationFrame(() => callback()),
  cancel: (handle: unknown) => cancelAnimationFrame(handle as number),
};

/** A stepping widget's steps, for a lecture's clicker (src/lectures/deck.ts): each says whether it moved. */
export interface LectureSteps {
  next(): boolean;
  previous(): boolean;
}

export abstract class NnWidget extends HTMLElement {
  /** Set by a widget with a step bar once started: the clicker steps it before moving to the next slide. */
  lectureSteps: LectureSteps | null = null;
  /** Set once started: takes the widget's state from a query string (another window of the lecture changed it). */
  applyUrl: ((params: URLSearchParams) => void) | null = null;
  /** Builds the widget inside the element. May run again after a reload or a reconnect. */
  protected abstract start(): void | Promise<void>;
  /** The widget's id, naming its module of UI strings (src/i18n/<lang>/<id>.ts), loaded before start(). */
  protected readonly stringsId: string | undefined = undefined;

  #cleanups: Array<() => void> = [];
  /** Between setup and teardown; an `own` outside it (an async start finishing late) cleans up at once. */
  #active = false;
  #runners = new Set<Runner>();
  /** Told when the widget is shown or hidden (off-screen, hidden tab), like the runners. */
  #visibilityListeners = new Set<(visible: boolean) => void>();
  #intersecting = false;
  #started = false;
  /** Counts set-ups, so a start() awaited across a removal can tell it is stale. */
  #setUps = 0;
  #failed = false;
  #live: HTMLElement | null = null;
  #announcer: Throttle<string> | null = null;
  /** Removes the error box (and unhides what it hid); null while none shows. */
  #removeErrorBox: (() => void) | null = null;

  /** The language of the widget's UI strings. */
  get uiLang(): Lang {
    return langOf(this);
  }

  /** True while the error box shows. */
  get failed(): boolean {
    return this.#failed;
  }

  connectedCallback(): void {
    this.#clearError();
    this.#setUp();
  }

  disconnectedCallback(): void {
    const error = this.#tearDown();
    // A cleanup that throws is a bug in the widget; let it show rather than hide it.
    if (error) throw error.error;
  }

  /** Registers a cleanup to run when the widget is removed or fails (at once if it already was). */
  protected own(cleanup: () => void): void {
    if (this.#active) this.#cleanups.push(cleanup);
    else cleanup();
  }

  /**
   * Wraps `fn` so that an exception (or a rejected promise) shows the error box instead of
   * escaping. After a failure, guarded functions do nothing and return undefined.
   */
  protected guard<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R | undefined {
    return (...args: A) => {
      if (this.#failed) return undefined;
      try {
        const result = fn(...args);
        if (result instanceof Promise) result.catch((error: unknown) => this.fail(error));
        return result;
      } catch (error) {
        this.fail(error);
        return undefined;
      }
    };
  }

  /** `guard` as a value, for the controls, which take one (controls/dom.ts). */
  protected readonly guarded: Guard = (fn) => this.guard(fn);

  /** addEventListener with the handler guarded and its removal owned. */
  protected listen<E extends Event = Event>(
    target: EventTarget,
    type: string,
    handler: (event: E) => void,
    options?: AddEventListenerOptions,
  ): void {
    const guarded = this.guard(handler) as EventListener;
    target.addEventListener(type, guarded, options);
    this.own(() => target.removeEventListener(type, guarded, options));
  }

  /** A shortcut that reaches this widget while the focus is inside it (rules: keys.ts). */
  protected shortcut(key: string, description: WidgetStringKey | ((lang: Lang) => string), handler: () => void): void {
    const describe = typeof description === 'function' ? description : (lang: Lang) => widgetString(description, lang);
    this.own(pageKeys().register({ key, scope: 'widget', owner: this, description: describe, handler: this.guard(handler) }));
  }

  /** The usual keys for a training widget: Space or K play/pause, S one step, R reset. */
  protected runnerShortcuts(runner: Runner, reset: () => void): void {
    this.shortcut(' ', 'keysPlayPause', () => runner.toggle());
    this.shortcut('k', 'keysPlayPause', () => runner.toggle());
    this.shortcut('s', 'keysStep', () => runner.step());
    this.shortcut('r', 'keysReset', reset);
  }

  /**
   * A runner wired to this element: animation frames, the page clock, prefers-reduced-motion (live),
   * visibility, the error boundary, and disposal on cleanup.
   */
  protected makeRunner(options: Omit<RunnerOptions, 'scheduler' | 'now' | 'reducedMotion' | 'onError'>): Runner {
    const motion = window.matchMedia('(prefers-reduced-motion: reduce)');
    const runner = createRunner({
      ...options,
      scheduler: rafScheduler,
      now: () => performance.now(),
      reducedMotion: motion.matches,
      onError: (error) => this.fail(error),
    });
    runner.setVisible(this.#visible());
    this.#runners.add(runner);
    this.listen(motion, 'change', () => runner.setReducedMotion(motion.matches));
    this.own(() => {
      runner.dispose();
      this.#runners.delete(runner);
    });
    return runner;
  }

  /** Calls `listener` now and whenever the widget nears or leaves the viewport, or the tab is hidden/shown. */
  protected onVisibility(listener: (visible: boolean) => void): void {
    this.#visibilityListeners.add(listener);
    this.own(() => this.#visibilityListeners.delete(listener));
    listener(this.#visible());
  }

  /** Sets the one-line screen-reader summary (throttled; the latest text wins). */
  protected announce(text: string, now = false): void {
    if (now) this.#announcer?.pushNow(text);
    else this.#announcer?.push(text);
  }

  /** Stops the widget and shows the error box in its frame. */
  protected fail(error: unknown): void {
    if (this.#failed) return;
    this.#failed = true;
    this.#tearDown();
    this.#showError(error);
    this.dispatchEvent(new CustomEvent('nn-widget-error', { bubbles: true, detail: { error } }));
  }

  #visible(): boolean {
    return this.#intersecting && document.visibilityState !== 'hidden';
  }

  #updateVisibility(): void {
    const visible = this.#visible();
    for (const runner of this.#runners) runner.setVisible(visible);
    for (const listener of this.#visibilityListeners) listener(visible);
  }

  #setUp(): void {
    this.#setUps++;
    this.#active = true;
    this.#failed = false;
    this.#started = false;
    this.#live = this.#liveRegion();
    const live = this.#live;
    const announcer = createThrottle<string>(
      (text) => {
        if (live.textContent !== text) live.textContent = text;
      },
      ANNOUNCE_INTERVAL_MS,
      { now: () => performance.now(), setTimeout: (run, ms) => window.setTimeout(run, ms), clearTimeout: (h) => window.clearTimeout(h as number) },
    );
    this.#announcer = announcer;
    this.own(() => announcer.cancel());
    this.listen(document, 'visibilitychange', () => this.#updateVisibility());
    // Charts redraw from their own observers (resize, theme), outside any guard; they report here.
    this.listen<CustomEvent<{ error: unknown }>>(this, 'nn-chart-error', (event) => this.fail(event.detail.error));

    if (typeof IntersectionObserver !== 'function') {
      this.#intersecting = true;
      this.#start();
      return;
    }
    const observer = new IntersectionObserver(
      this.guard((entries: IntersectionObserverEntry[]) => {
        this.#intersecting = entries[entries.length - 1].isIntersecting;
        if (this.#intersecting && !this.#started) this.#start();
        this.#updateVisibility();
      }),
      { rootMargin: START_MARGIN },
    );
    observer.observe(this);
    this.own(() => observer.disconnect());
  }

  #start(): void {
    this.#started = true;
    // The UI strings first, the site's and the widget's own (cached promises): start() formats with them.
    const setUp = this.#setUps;
    this.guard(async () => {
      await loadStrings(this.uiLang, this.stringsId);
      // Removed (or removed and added again, which starts afresh) while the strings loaded: not ours.
      const current = () => this.#active && setUp === this.#setUps;
      if (!current()) return;
      await this.start();
      if (current()) this.toggleAttribute(STARTED, true);
    })();
  }

  /** Runs every cleanup, newest first, even if some throw; returns the first exception. */
  #tearDown(): { error: unknown } | undefined {
    this.#active = false;
    this.removeAttribute(STARTED);
    let first: { error: unknown } | undefined;
    for (const cleanup of this.#cleanups.splice(0).reverse()) {
      try {
        cleanup();
      } catch (error) {
        first ??= { error };
      }
    }
    this.#runners.clear();
    this.#visibilityListeners.clear();
    this.#announcer = null;
    return first;
  }

  /**
   * The `[data-nn-live]` element inside the widget or, failing that, its frame's (WidgetFrame.astro
   * renders one beside the element); else a visually hidden one made here.
   */
  #liveRegion(): HTMLElement {
    let live =
      this.querySelector<HTMLElement>('[data-nn-live]') ??
      this.closest('[data-nn-frame]')?.querySelector<HTMLElement>(':scope > [data-nn-live]') ??
      null;
    if (!live) {
      live = document.createElement('div');
      live.className = 'visually-hidden';
      live.dataset.nnLive = '';
      this.append(live);
    }
    live.setAttribute('aria-live', 'polite');
    live.setAttribute('aria-atomic', 'true');
    return live;
  }

  #showError(error: unknown): void {
    this.#removeErrorBox = showErrorBox(this, error, this.uiLang, () => this.#reload(), this.#live);
  }

  #clearError(): void {
    this.#removeErrorBox?.();
    this.#removeErrorBox = null;
  }

  /** The error box's button: it has removed itself and moved the focus into the widget. */
  #reload(): void {
    this.#clearError();
    this.#setUp();
  }
}
