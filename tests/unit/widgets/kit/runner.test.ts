import { describe, expect, it } from 'vitest';
import { checkDivergence, divergenceMessages } from '../../../../src/widgets/kit/divergence';
import { createRunner, type RunnerOptions } from '../../../../src/widgets/kit/runner';
import { formatMessage } from '../../../../src/widgets/kit/strings';

/**
 * A fake clock and frame scheduler. Frames start at a steady rhythm, like vsync: `frame(dt)` moves the
 * clock to dt ms after the previous frame's start (or later, if the steps overran) and runs the
 * pending frame callback. Each call of stepFn advances the clock by `cost` ms (its compute time).
 */
function harness(options: Partial<RunnerOptions> & { cost?: number; loss?: (step: number) => number } = {}) {
  let time = 1000;
  let frameStart = time;
  let pending: (() => void) | null = null;
  let requests = 0;
  const h = {
    cost: options.cost ?? 0.1,
    calls: 0,
    lossAt: options.loss ?? (() => 1),
    get pending() {
      return pending !== null;
    },
    get requests() {
      return requests;
    },
    /** Runs one frame after dt ms; returns the steps it ran and the ms they took. */
    frame(dt = 16) {
      time = Math.max(time, frameStart + dt);
      frameStart = time;
      const callback = pending;
      pending = null;
      const [before, start] = [h.calls, time];
      callback?.();
      return { steps: h.calls - before, ms: time - start };
    },
    frames(n: number, dt = 16) {
      return Array.from({ length: n }, () => h.frame(dt));
    },
  };
  const runner = createRunner({
    stepFn: () => {
      h.calls += 1;
      time += h.cost;
      return h.lossAt(h.calls);
    },
    scheduler: {
      request: (callback) => {
        requests += 1;
        pending = callback;
        return requests;
      },
      cancel: () => {
        pending = null;
      },
    },
    now: () => time,
    ...options,
  });
  return { h, runner };
}

describe('createRunner: speed', () => {
  it('play() runs one step on the very next frame, whatever the speed', () => {
    const { h, runner } = harness({ stepsPerSecond: 1 });
    runner.play();
    expect(runner.state.get().status).toBe('playing');
    expect(h.frame().steps).toBe(1);
  });

  it('at S = 50 steps/s and 20 ms frames: 50·20/1000 = 1 step per frame', () => {
    const { h, runner } = harness({ stepsPerSecond: 50 });
    runner.play();
    h.frame(20);
    expect(h.frames(10, 20).map((f) => f.steps)).toEqual(Array(10).fill(1));
  });

  it('at S = 500 steps/s and 20 ms frames: 10 steps per frame (cheap steps, within budget)', () => {
    const { h, runner } = harness({ stepsPerSecond: 500, cost: 0.1 });
    runner.play();
    h.frame(20);
    expect(h.frames(5, 20).map((f) => f.steps)).toEqual([10, 10, 10, 10, 10]);
  });

  it('fractions carry over: S = 25 and 20 ms frames owe ½ step per frame → 5 steps in 10 frames', () => {
    const { h, runner } = harness({ stepsPerSecond: 25 });
    runner.play();
    h.frame(20);
    const steps = h.frames(10, 20).map((f) => f.steps);
    expect(steps.reduce((a, b) => a + b)).toBe(5);
    expect(Math.max(...steps)).toBe(1);
  });

  it('setSpeed changes the rate from the next frame', () => {
    const { h, runner } = harness({ stepsPerSecond: 50 });
    runner.play();
    h.frame(20);
    expect(h.frame(20).steps).toBe(1);
    runner.setSpeed(200);
    expect(runner.state.get().stepsPerSecond).toBe(200);
    expect(h.frame(20).steps).toBe(4);
  });

  it('a long gap between frames is paid for up to maxFrameGapMs (100 ms) only', () => {
    const { h, runner } = harness({ stepsPerSecond: 100 });
    runner.play();
    h.frame(10);
    // 5 s later: 100 steps/s · min(5000, 100) ms = 10 steps, not 500
    expect(h.frame(5000).steps).toBe(10);
  });

  it('speed must be a positive finite number', () => {
    expect(() => harness({ stepsPerSecond: 0 })).toThrow(RangeError);
    const { runner } = harness();
    expect(() => runner.setSpeed(NaN)).toThrow(RangeError);
    expect(() => runner.setSpeed(-1)).toThrow(RangeError);
    expect(() => runner.setSpeed(Infinity)).toThrow(RangeError);
  });
});

describe('createRunner: the frame budget', () => {
  it.each([
    // [step cost ms, budget ms, steps per frame]: the largest n with n·cost ≤ budget (at least 1)
    [1, 8, 8],
    [3, 8, 2],
    [0.5, 8, 16],
    [2.5, 10, 4],
    [7, 8, 1],
  ])('steps costing %d ms within a %d ms budget: %d per frame, never over the budget', (cost, budget, perFrame) => {
    const { h, runner } = harness({ stepsPerSecond: 100_000, cost, frameBudgetMs: budget });
    runner.play();
    h.frame(); // first frame: one step (and the first cost measurement)
    for (const f of h.frames(20)) {
      expect(f.steps).toBe(perFrame);
      expect(f.ms).toBeLessThanOrEqual(budget);
    }
  });

  it('a step longer than the whole budget still runs, once per frame (training always progresses)', () => {
    const { h, runner } = harness({ stepsPerSecond: 1000, cost: 20, frameBudgetMs: 8 });
    runner.play();
    expect(h.frames(5, 16).map((f) => f.steps)).toEqual([1, 1, 1, 1, 1]);
  });

  it('when the cost jumps, at most one step overruns before the estimate adapts', () => {
    const { h, runner } = harness({ stepsPerSecond: 100_000, cost: 1, frameBudgetMs: 8 });
    runner.play();
    h.frames(3);
    h.cost = 4;
    for (const f of h.frames(10)) expect(f.ms).toBeLessThanOrEqual(8 + 4);
    // once adapted: 2 steps of 4 ms
    expect(h.frame().steps).toBe(2);
  });

  it('steps the budget could not pay for are dropped, not saved up for a sprint', () => {
    const { h, runner } = harness({ stepsPerSecond: 10_000, cost: 1, frameBudgetMs: 8 });
    runner.play();
    h.frames(10); // each frame owes 160 steps and pays 8
    h.cost = 0; // steps become free: the next frame pays what it owes now, plus at most 1
    expect(h.frame(16).steps).toBeLessThanOrEqual(161);
  });

  it('very cheap steps are capped at maxStepsPerFrame', () => {
    const { h, runner } = harness({ stepsPerSecond: 1e9, cost: 0, maxStepsPerFrame: 500 });
    runner.play();
    h.frame();
    expect(h.frame().steps).toBe(500);
  });

  it('the state store is notified once per frame, whatever the number of steps', () => {
    const { h, runner } = harness({ stepsPerSecond: 500 });
    let notifications = 0;
    runner.state.subscribe(() => notifications++);
    runner.play(); // 1: status
    h.frame(20); // 2
    h.frame(20); // 3: ten steps, one notification
    expect(notifications).toBe(3);
    expect(runner.state.get().step).toBe(11);
  });
});

describe('createRunner: play, pause, step, reset', () => {
  it('pause cancels the pending frame and keeps the count; play resumes', () => {
    const { h, runner } = harness({ stepsPerSecond: 50 });
    runner.play();
    h.frames(3, 20);
    runner.pause();
    expect(h.pending).toBe(false);
    expect(runner.state.get()).toMatchObject({ status: 'paused', step: 3 });
    expect(h.frame(20).steps).toBe(0);
    runner.play();
    expect(h.frame(20).steps).toBe(1);
  });

  it('toggle alternates play and pause', () => {
    const { runner } = harness();
    runner.toggle();
    expect(runner.state.get().status).toBe('playing');
    runner.toggle();
    expect(runner.state.get().status).toBe('paused');
  });

  it('step() runs exactly one step now and pauses a playing run', () => {
    const { h, runner } = harness();
    runner.step();
    runner.step();
    expect(h.calls).toBe(2);
    expect(runner.state.get()).toMatchObject({ status: 'paused', step: 2, loss: 1 });
    runner.play();
    runner.step();
    expect(runner.state.get()).toMatchObject({ status: 'paused', step: 3 });
    expect(h.pending).toBe(false);
  });

  it('counts epochs: floor(step / stepsPerEpoch)', () => {
    const { runner } = harness({ stepsPerEpoch: 4 });
    for (let i = 0; i < 10; i++) runner.step();
    expect(runner.state.get()).toMatchObject({ step: 10, epoch: 2 });
  });

  it('reset(initialLoss) returns to step 0, paused, with the new reference loss', () => {
    const { h, runner } = harness({ stepsPerSecond: 50, initialLoss: 4 });
    expect(runner.state.get()).toMatchObject({ loss: 4, initialLoss: 4 });
    runner.play();
    h.frames(3, 20);
    runner.reset(2);
    expect(runner.state.get()).toMatchObject({ status: 'paused', step: 0, epoch: 0, loss: 2, initialLoss: 2, stop: null });
    expect(h.pending).toBe(false);
    runner.reset();
    expect(runner.state.get().initialLoss).toBe(4); // back to the option's
  });

  it('without an initial loss, the first step’s loss becomes the reference', () => {
    const { runner } = harness({ loss: (n) => 10 * n });
    expect(runner.state.get().initialLoss).toBeNull();
    runner.step();
    runner.step();
    expect(runner.state.get()).toMatchObject({ initialLoss: 10, loss: 20 });
  });

  it('dispose() cancels the frame; nothing runs afterwards', () => {
    const { h, runner } = harness();
    runner.play();
    runner.dispose();
    expect(h.pending).toBe(false);
    runner.play();
    runner.step();
    expect(h.calls).toBe(0);
  });
});

describe('createRunner: divergence', () => {
  it.each([
    ['NaN', NaN],
    ['+Infinity', Infinity],
    ['-Infinity', -Infinity],
  ])('a loss of %s stops the run: { kind: "diverged", cause: "nonFinite", step, loss }', (_, bad) => {
    const { h, runner } = harness({ stepsPerSecond: 50, loss: (n) => (n === 37 ? bad : 1) });
    runner.play();
    for (let i = 0; i < 60; i++) h.frame(20);
    expect(h.calls).toBe(37);
    const state = runner.state.get();
    expect(state.status).toBe('stopped');
    expect(state.step).toBe(37);
    expect(state.stop).toEqual({ kind: 'diverged', cause: 'nonFinite', step: 37, loss: bad });
    expect(h.pending).toBe(false);
  });

  it('the widget can say so: "Diverged at step 37: the loss became NaN." + "Try a smaller η, then reset."', () => {
    const { runner } = harness({ loss: (n) => (n === 37 ? NaN : 1) });
    for (let i = 0; i < 40; i++) runner.step();
    const stop = runner.state.get().stop;
    if (stop?.kind !== 'diverged') throw new Error('expected a divergence');
    expect(divergenceMessages(stop, 'η').map((m) => formatMessage(m, 'en'))).toEqual([
      'Diverged at step 37: the loss became NaN.',
      'Try a smaller η, then reset.',
    ]);
    expect(divergenceMessages({ cause: 'nonFinite', step: 37, loss: Infinity }, 'η').map((m) => formatMessage(m, 'ko'))).toEqual([
      '37번째 단계에서 발산했습니다. 손실이 ∞이(가) 되었습니다.',
      'η 값을 줄인 뒤 초기화해 보세요.',
    ]);
    expect(formatMessage(divergenceMessages({ cause: 'runaway', step: 9, loss: 2e12 }, 'α')[0], 'en')).toBe(
      'Diverged at step 9: the loss grew to 2.00e+12.',
    );
  });

  it('divergence mid-frame stops that frame at once: no step runs after the diverging one', () => {
    const { h, runner } = harness({ stepsPerSecond: 500, loss: (n) => (n === 5 ? NaN : 1) });
    runner.play();
    h.frame(20); // step 1
    expect(h.frame(20).steps).toBe(4); // steps 2–5 of 10 owed
    expect(runner.state.get().stop).toMatchObject({ kind: 'diverged', step: 5 });
  });

  it('runaway: a loss above 1e6 × the initial loss (first step’s loss 0.5 → limit 5e5)', () => {
    const losses = [0.5, 1, 1e3, 5e5, 5.000001e5];
    const { runner } = harness({ loss: (n) => losses[n - 1] });
    for (let i = 0; i < 5; i++) runner.step();
    expect(runner.state.get().stop).toEqual({ kind: 'diverged', cause: 'runaway', step: 5, loss: 5.000001e5 });
  });

  it('runaway: a loss above the 1e12 ceiling, whatever the initial loss', () => {
    const { runner } = harness({ initialLoss: 1e10, loss: () => 1.0001e12 });
    runner.step();
    expect(runner.state.get().stop).toMatchObject({ kind: 'diverged', cause: 'runaway', step: 1 });
  });

  it('stopped: play and step do nothing until reset; after reset the run goes again', () => {
    const { h, runner } = harness({ loss: (n) => (n === 1 ? NaN : 1) });
    runner.step();
    expect(runner.state.get().status).toBe('stopped');
    runner.play();
    runner.step();
    expect(h.calls).toBe(1);
    expect(h.pending).toBe(false);
    runner.reset();
    runner.step();
    expect(runner.state.get()).toMatchObject({ status: 'paused', step: 1, stop: null });
  });

  it('isDone stops the run as { kind: "done" } (e.g. the error within tolerance)', () => {
    const { h, runner } = harness({ stepsPerSecond: 50, loss: (n) => 1 / n, isDone: (loss) => loss < 0.1 });
    runner.play();
    h.frames(20, 20);
    expect(runner.state.get().stop).toEqual({ kind: 'done', step: 11, loss: 1 / 11 });
    expect(runner.state.get().status).toBe('stopped');
  });
});

describe('checkDivergence(loss, initialLoss, limits)', () => {
  it('non-finite losses', () => {
    expect(checkDivergence(NaN, 1)).toBe('nonFinite');
    expect(checkDivergence(Infinity, null)).toBe('nonFinite');
    expect(checkDivergence(-Infinity, 1)).toBe('nonFinite');
  });

  it('runaway growth: > 1e6 × |initial|, the initial floored at 1e-3', () => {
    expect(checkDivergence(1e6, 1)).toBeNull(); // equal is not above
    expect(checkDivergence(1.000001e6, 1)).toBe('runaway');
    expect(checkDivergence(999, 0)).toBeNull(); // a start at 0: limit 1e6 × 1e-3 = 1000
    expect(checkDivergence(1001, 1e-9)).toBe('runaway');
    expect(checkDivergence(5, null)).toBeNull(); // no reference yet
  });

  it('the ceiling 1e12 applies with any reference; limits are configurable', () => {
    expect(checkDivergence(2e12, 1e9)).toBe('runaway');
    expect(checkDivergence(1e12, 1e9)).toBeNull();
    expect(checkDivergence(101, 1, { runawayFactor: 100 })).toBe('runaway');
    expect(checkDivergence(11, 1e9, { runawayCeiling: 10 })).toBe('runaway');
  });

  it('ordinary losses, including negative log-likelihoods, are fine', () => {
    expect(checkDivergence(0.25, 0.7)).toBeNull();
    expect(checkDivergence(-3, 2)).toBeNull();
  });
});

describe('createRunner: reduced motion and visibility', () => {
  it('reducedMotion: play() takes a single step and never asks for a frame', () => {
    const { h, runner } = harness({ reducedMotion: true });
    runner.play();
    runner.play();
    expect(h.calls).toBe(2);
    expect(h.requests).toBe(0);
    expect(runner.state.get()).toMatchObject({ status: 'paused', step: 2, reducedMotion: true });
  });

  it('setReducedMotion(true) while playing pauses; false lets play animate again', () => {
    const { h, runner } = harness();
    runner.play();
    runner.setReducedMotion(true);
    expect(runner.state.get().status).toBe('paused');
    expect(h.pending).toBe(false);
    runner.setReducedMotion(false);
    runner.play();
    expect(h.pending).toBe(true);
  });

  it('setVisible(false) stops frames but keeps playing; setVisible(true) resumes without paying for the hidden time', () => {
    const { h, runner } = harness({ stepsPerSecond: 50 });
    runner.play();
    h.frames(3, 20);
    runner.setVisible(false);
    expect(h.pending).toBe(false);
    expect(runner.state.get()).toMatchObject({ status: 'playing', visible: false });
    expect(h.frame(60_000).steps).toBe(0);
    runner.setVisible(true);
    expect(h.pending).toBe(true);
    expect(h.frame(20).steps).toBeLessThanOrEqual(1);
    expect(h.frame(20).steps).toBe(1);
  });

  it('a paused runner made visible does not start', () => {
    const { h, runner } = harness();
    runner.setVisible(false);
    runner.setVisible(true);
    expect(h.pending).toBe(false);
  });

  it('play while hidden records the intent; frames start when visible', () => {
    const { h, runner } = harness();
    runner.setVisible(false);
    runner.play();
    expect(h.pending).toBe(false);
    runner.setVisible(true);
    expect(h.frame().steps).toBe(1);
  });
});

describe('createRunner: errors never escape a frame', () => {
  it('stepFn throwing: the run stops with { kind: "error" } and onError receives the error', () => {
    const errors: unknown[] = [];
    const boom = new Error('boom');
    const { h, runner } = harness({
      stepsPerSecond: 50,
      onError: (e) => errors.push(e),
      loss: (n) => {
        if (n === 3) throw boom;
        return 1;
      },
    });
    runner.play();
    expect(() => h.frames(5, 20)).not.toThrow();
    expect(errors).toEqual([boom]);
    expect(runner.state.get()).toMatchObject({ status: 'stopped', stop: { kind: 'error', error: boom } });
    expect(h.pending).toBe(false);
  });

  it('a listener (a render) throwing is reported the same way, once', () => {
    const errors: unknown[] = [];
    const { h, runner } = harness({ stepsPerSecond: 50, onError: (e) => errors.push(e) });
    runner.state.subscribe((s) => {
      if (s.step === 2) throw new Error('render');
    });
    runner.play();
    h.frames(5, 20);
    expect(errors).toHaveLength(1);
    expect((errors[0] as Error).message).toBe('render');
    expect(runner.state.get().status).toBe('stopped');
  });

  it('step() reports through onError too, without throwing', () => {
    const errors: unknown[] = [];
    const { runner } = harness({ onError: (e) => errors.push(e), loss: () => { throw new Error('x'); } });
    expect(() => runner.step()).not.toThrow();
    expect(errors).toHaveLength(1);
  });

  it('without onError the exception is rethrown (a bug shows in tests)', () => {
    const { runner } = harness({ loss: () => { throw new Error('x'); } });
    expect(() => runner.step()).toThrow('x');
  });
});
