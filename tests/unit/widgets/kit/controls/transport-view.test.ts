import { describe, expect, it } from 'vitest';
import type { RunnerState } from '../../../../../src/widgets/kit/runner';
import { DEFAULT_SPEEDS, formatLoss, speedChoices, transportView } from '../../../../../src/widgets/kit/controls/transport-view';

const base: RunnerState = {
  status: 'paused',
  step: 0,
  epoch: 0,
  loss: null,
  initialLoss: null,
  stepsPerSecond: 30,
  visible: true,
  reducedMotion: false,
  stop: null,
};

describe('transportView(state, options)', () => {
  it('paused, nothing known yet: "Play", Step 0, Loss —', () => {
    expect(transportView(base, { lang: 'en', symbol: 'η' })).toEqual({
      playing: false,
      playLabel: 'Play',
      canRun: true,
      stepOnly: false,
      counter: 'Step 0',
      loss: 'Loss —',
      stopMessage: null,
    });
  });

  it('playing reads "Pause"; the epoch shows when asked', () => {
    const v = transportView({ ...base, status: 'playing', step: 1234567, epoch: 12, loss: 0.123456 }, { lang: 'en', symbol: 'η', showEpoch: true });
    expect(v.playLabel).toBe('Pause');
    expect(v.counter).toBe('Step 1234567 · epoch 12'); // counters never in exponent form
    expect(v.loss).toBe('Loss 0.1235');
  });

  it('diverged: cannot run, says where and what to try', () => {
    const state: RunnerState = { ...base, status: 'stopped', step: 37, loss: NaN, stop: { kind: 'diverged', cause: 'nonFinite', step: 37, loss: NaN } };
    const v = transportView(state, { lang: 'en', symbol: 'η' });
    expect(v.canRun).toBe(false);
    expect(v.stopMessage).toBe('Diverged at step 37: the loss became NaN. Try a smaller η, then reset.');
    expect(v.loss).toBe('Loss NaN');
  });

  it('done: cannot run, says where it finished', () => {
    const state: RunnerState = { ...base, status: 'stopped', step: 12, loss: 0, stop: { kind: 'done', step: 12, loss: 0 } };
    expect(transportView(state, { lang: 'en', symbol: 'α' }).stopMessage).toBe('Finished at step 12: the loss is 0.');
  });

  it('error: cannot run, but no message here (the widget\'s error box speaks)', () => {
    const state: RunnerState = { ...base, status: 'stopped', stop: { kind: 'error', step: 3, error: new Error('x') } };
    const v = transportView(state, { lang: 'en', symbol: 'η' });
    expect(v.canRun).toBe(false);
    expect(v.stopMessage).toBeNull();
  });

  it('reduced motion: step only', () => {
    expect(transportView({ ...base, reducedMotion: true }, { lang: 'en', symbol: 'η' }).stepOnly).toBe(true);
  });

  it('speaks Korean', () => {
    const v = transportView({ ...base, status: 'playing', step: 3, loss: 0.5 }, { lang: 'ko', symbol: 'η' });
    expect(v.playLabel).toBe('일시 정지');
    expect(v.counter).toBe('3단계');
    expect(v.loss).toBe('손실 0.5');
  });
});

describe('formatLoss and speedChoices', () => {
  it.each([
    [0.123456, '0.1235'],
    [2, '2'],
    [0.0001234, '1.23e-4'],
    [123456, '1.23e+5'],
    [0, '0'],
    [Infinity, '∞'],
  ])('formatLoss(%d) is %j', (loss, text) => {
    expect(formatLoss(loss)).toBe(text);
  });

  it('speedChoices adds the current speed, sorted, without repeats', () => {
    expect(speedChoices(DEFAULT_SPEEDS, 30)).toEqual([1, 4, 16, 30, 64, 256]);
    expect(speedChoices(DEFAULT_SPEEDS, 16)).toEqual([1, 4, 16, 64, 256]);
  });
});
