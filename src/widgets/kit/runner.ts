/**
 * The training runner: calls a widget's `stepFn` (one core training step, returning its loss) from
 * animation frames, as many per frame as the speed asks, within a time budget, and stops on its own
 * when training diverges or is done. DOM-free: the frame scheduler and the clock are injected, so the
 * budgeting is unit-tested with a fake clock (tests/unit/widgets/runner.test.ts).
 *
 * Speed and budget. At S steps per second a frame that comes Δt ms after the previous one owes
 * S·Δt/1000 steps (fractions carry over; Δt is capped at maxFrameGapMs so a frame after a stall does
 * not owe a sprint). Steps run while one is owed and the next one is predicted to end within the frame
 * budget B (elapsed + estimated step cost ≤ B; the estimate is a moving average of measured costs).
 * At least one step runs per frame even if it alone is longer than B, so training always progresses;
 * steps the budget could not pay for are dropped, not accumulated, so speed is "up to S".
 *
 * Divergence (divergence.ts: NaN, ±Infinity, runaway growth) is checked after every step; the run
 * stops with `{ kind: 'diverged', cause, step, loss }` in its state and play does nothing until reset.
 *
 * Reduced motion: with `reducedMotion` (from prefers-reduced-motion) play takes one step and never
 * animates. Visibility: setVisible(false) (off-screen, hidden tab) stops the frames but keeps the
 * intent to play, so setVisible(true) resumes.
 *
 * Errors: an exception from stepFn or from a state listener (a render) stops the run
 * (`{ kind: 'error' }`) and goes to onError, so nothing escapes from an animation frame.
 */
import { checkDivergence, type DivergenceCause, type DivergenceLimits } from './divergence';
import { createStore, type ReadableStore } from './store';

export interface FrameScheduler {
  /** Calls `callback` before the next repaint (requestAnimationFrame); returns a handle for cancel. */
  request(callback: () => void): unknown;
  cancel(handle: unknown): void;
}

export type StopReason =
  | { readonly kind: 'diverged'; readonly cause: DivergenceCause; readonly step: number; readonly loss: number }
  | { readonly kind: 'done'; readonly step: number; readonly loss: number }
  | { readonly kind: 'error'; readonly step: number; readonly error: unknown };

export interface RunnerState {
  /** paused: idle or paused by the reader; playing: wants frames; stopped: diverged/done/error, needs reset. */
  readonly status: 'paused' | 'playing' | 'stopped';
  /** Steps taken since the last reset. */
  readonly step: number;
  /** floor(step / stepsPerEpoch). */
  readonly epoch: number;
  /** The last step's loss, or the initial loss before any step; null when neither is known. */
  readonly loss: number | null;
  readonly initialLoss: number | null;
  readonly stepsPerSecond: number;
  /** False while off-screen or in a hidden tab: no frames then, even when playing. */
  readonly visible: boolean;
  /** Play means "one step" (prefers-reduced-motion). */
  readonly reducedMotion: boolean;
  readonly stop: StopReason | null;
}

export interface RunnerOptions extends DivergenceLimits {
  /** One training step; returns the loss it measured. */
  readonly stepFn: () => number;
  readonly scheduler: FrameScheduler;
  /** Milliseconds, monotonic (performance.now). */
  readonly now: () => number;
  /** Default 30. */
  readonly stepsPerSecond?: number;
  /** Time for steps within one frame, leaving the rest of the ~16.7 ms for drawing. Default 8. */
  readonly frameBudgetMs?: number;
  /** Safety cap for very cheap steps. Default 10 000. */
  readonly maxStepsPerFrame?: number;
  /** Longest gap between frames that is paid for in steps. Default 100. */
  readonly maxFrameGapMs?: number;
  /** Default 1 (full-batch: a step is an epoch). */
  readonly stepsPerEpoch?: number;
  /** The loss before training; without it, the first step's loss is the reference for runaway growth. */
  readonly initialLoss?: number;
  readonly reducedMotion?: boolean;
  /** Stops the run as `{ kind: 'done' }`, e.g. when the error is within tolerance. */
  readonly isDone?: (loss: number, step: number) => boolean;
  /** Receives an exception thrown by stepFn or a listener. Without it, the exception is rethrown. */
  readonly onError?: (error: unknown) => void;
}

export interface Runner {
  readonly state: ReadableStore<RunnerState>;
  /** Starts frames; with reduced motion, takes one step instead. No effect when stopped. */
  play(): void;
  pause(): void;
  /** play() when paused, pause() when playing. */
  toggle(): void;
  /** One step now (pausing if playing). No effect when stopped. */
  step(): void;
  /** Back to step 0, paused, no stop reason; the widget resets its model and passes the new initial loss. */
  reset(initialLoss?: number): void;
  setSpeed(stepsPerSecond: number): void;
  setVisible(visible: boolean): void;
  setReducedMotion(reducedMotion: boolean): void;
  /** Cancels any frame; the runner does nothing afterwards. */
  dispose(): void;
}

/** Weight of the newest measurement in the step-cost estimate. */
const COST_SMOOTHING = 0.3;
/** Owed-step accounting is in floating point; 0.1 + 0.2 steps must still pay for one. */
const OWED_EPSILON = 1e-9;

function checkSpeed(stepsPerSecond: number): number {
  if (!(Number.isFinite(stepsPerSecond) && stepsPerSecond > 0)) throw new RangeError(`runner: speed ${stepsPerSecond} is not a positive number`);
  return stepsPerSecond;
}

export function createRunner(options: RunnerOptions): Runner {
  const { stepFn, scheduler, now } = options;
  const budgetMs = options.frameBudgetMs ?? 8;
  const maxStepsPerFrame = options.maxStepsPerFrame ?? 10_000;
  const maxFrameGapMs = options.maxFrameGapMs ?? 100;
  const stepsPerEpoch = options.stepsPerEpoch ?? 1;

  const initialLoss = options.initialLoss ?? null;
  const store = createStore<RunnerState>({
    status: 'paused',
    step: 0,
    epoch: 0,
    loss: initialLoss,
    initialLoss,
    stepsPerSecond: checkSpeed(options.stepsPerSecond ?? 30),
    visible: true,
    reducedMotion: options.reducedMotion ?? false,
    stop: null,
  });

  let frameHandle: unknown = null;
  /** Steps owed to the speed, fractional. */
  let owed = 0;
  /** now() at the previous frame; null right after play/resume, so a pause is not paid for. */
  let lastFrameAt: number | null = null;
  /** Moving average of one step's cost in ms; null until measured. */
  let costEstimate: number | null = null;
  let disposed = false;

  const wantsFrames = () => !disposed && store.get().status === 'playing' && store.get().visible;

  function schedule(): void {
    if (frameHandle === null && wantsFrames()) frameHandle = scheduler.request(frame);
  }

  function cancel(): void {
    if (frameHandle !== null) scheduler.cancel(frameHandle);
    frameHandle = null;
  }

  /** Runs one step and judges its loss; returns the reason to stop, if any. Updates the counters in `run`. */
  function runStep(run: { step: number; loss: number | null; initialLoss: number | null }): StopReason | null {
    const startedAt = now();
    const loss = stepFn();
    const cost = now() - startedAt;
    costEstimate = costEstimate === null ? cost : costEstimate + COST_SMOOTHING * (cost - costEstimate);
    run.step += 1;
    run.loss = loss;
    run.initialLoss ??= Number.isFinite(loss) ? loss : null;
    const cause = checkDivergence(loss, run.initialLoss, options);
    if (cause) return { kind: 'diverged', cause, step: run.step, loss };
    if (options.isDone?.(loss, run.step)) return { kind: 'done', step: run.step, loss };
    return null;
  }

  /** Publishes the counters (one notification) and the stop reason, if any. */
  function publish(run: { step: number; loss: number | null; initialLoss: number | null }, stop: StopReason | null): void {
    store.set({
      step: run.step,
      epoch: Math.floor(run.step / stepsPerEpoch),
      loss: run.loss,
      initialLoss: run.initialLoss,
      ...(stop ? { status: 'stopped' as const, stop } : {}),
    });
  }

  /** Any exception inside a step or a render: stop, record, report — never escape a frame. */
  function fail(error: unknown): void {
    cancel();
    try {
      store.set({ status: 'stopped', stop: { kind: 'error', step: store.get().step, error } });
    } catch {
      // A listener threw again while showing the stop; the first error is the one to report.
    }
    if (options.onError) options.onError(error);
    else throw error;
  }

  function frame(): void {
    frameHandle = null;
    if (!wantsFrames()) return;
    try {
      const frameStart = now();
      if (lastFrameAt !== null) owed += (store.get().stepsPerSecond * Math.min(frameStart - lastFrameAt, maxFrameGapMs)) / 1000;
      lastFrameAt = frameStart;
      const run = { step: store.get().step, loss: store.get().loss, initialLoss: store.get().initialLoss };
      let ran = 0;
      let stop: StopReason | null = null;
      while (owed >= 1 - OWED_EPSILON && ran < maxStepsPerFrame) {
        if (ran > 0 && now() - frameStart + (costEstimate ?? 0) > budgetMs) break;
        stop = runStep(run);
        ran += 1;
        owed -= 1;
        if (stop) break;
      }
      owed = Math.min(owed, 1);
      if (ran > 0) publish(run, stop);
      schedule();
    } catch (error) {
      fail(error);
    }
  }

  const runner: Runner = {
    state: store,

    play() {
      const { status, reducedMotion } = store.get();
      if (disposed || status !== 'paused') return;
      if (reducedMotion) return runner.step();
      owed = 1; // the first frame after play shows a step at once, whatever the speed
      lastFrameAt = null;
      store.set({ status: 'playing' });
      schedule();
    },

    pause() {
      cancel();
      if (store.get().status === 'playing') store.set({ status: 'paused' });
    },

    toggle() {
      if (store.get().status === 'playing') runner.pause();
      else runner.play();
    },

    step() {
      if (disposed || store.get().status === 'stopped') return;
      runner.pause();
      try {
        const run = { step: store.get().step, loss: store.get().loss, initialLoss: store.get().initialLoss };
        publish(run, runStep(run));
      } catch (error) {
        fail(error);
      }
    },

    reset(newInitialLoss) {
      cancel();
      owed = 0;
      lastFrameAt = null;
      const reference = newInitialLoss ?? options.initialLoss ?? null;
      store.set({ status: 'paused', step: 0, epoch: 0, loss: reference, initialLoss: reference, stop: null });
    },

    setSpeed(stepsPerSecond) {
      store.set({ stepsPerSecond: checkSpeed(stepsPerSecond) });
    },

    setVisible(visible) {
      if (visible === store.get().visible) return;
      if (!visible) cancel();
      lastFrameAt = null; // time spent hidden is not owed
      store.set({ visible });
      schedule();
    },

    setReducedMotion(reducedMotion) {
      store.set({ reducedMotion });
      if (reducedMotion) runner.pause();
    },

    dispose() {
      cancel();
      disposed = true;
    },
  };
  return runner;
}
