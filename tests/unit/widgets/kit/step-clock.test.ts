import { describe, expect, it } from 'vitest';
import { createStepClock } from '../../../../src/widgets/kit/step-clock';

/** A timer driven by the test: `advance(ms)` runs what is due. */
function fakeTimer() {
  let now = 0;
  let id = 0;
  const timers = new Map<number, { at: number; run: () => void }>();
  return {
    timer: { set: (run: () => void, ms: number) => (timers.set(++id, { at: now + ms, run }), id), clear: (h: unknown) => void timers.delete(h as number) },
    advance(ms: number) {
      const end = now + ms;
      for (;;) {
        const due = [...timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].run();
      }
      now = end;
    },
  };
}

describe('createStepClock', () => {
  it('at 2 steps/s takes a step every 500 ms and stops by itself at the last step', () => {
    const { timer, advance } = fakeTimer();
    let position = 0;
    const changes: boolean[] = [];
    const clock = createStepClock({ timer, speed: () => 2, tick: () => ++position < 3, onChange: (p) => changes.push(p) });
    clock.play();
    advance(499);
    expect(position).toBe(0);
    advance(1);
    expect(position).toBe(1);
    advance(1000);
    expect(position).toBe(3);
    expect(clock.playing).toBe(false);
    advance(5000);
    expect(position).toBe(3);
    expect(changes).toEqual([true, false]);
  });

  it('off-screen it stops ticking but keeps playing, and resumes when visible again', () => {
    const { timer, advance } = fakeTimer();
    let position = 0;
    const clock = createStepClock({ timer, speed: () => 1, tick: () => ++position < 10, onChange: () => {} });
    clock.play();
    advance(1000);
    clock.setVisible(false);
    advance(5000);
    expect(position).toBe(1);
    expect(clock.playing).toBe(true);
    clock.setVisible(true);
    advance(2000);
    expect(position).toBe(3);
    clock.pause();
    advance(5000);
    expect(position).toBe(3);
  });
});
