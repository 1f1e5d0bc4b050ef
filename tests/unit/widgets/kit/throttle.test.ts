import { describe, expect, it } from 'vitest';
import { createThrottle } from '../../../../src/widgets/kit/throttle';

function fakeTimers() {
  let time = 0;
  let nextId = 1;
  const timers = new Map<number, { at: number; run: () => void }>();
  return {
    now: () => time,
    setTimeout: (run: () => void, ms: number) => {
      timers.set(nextId, { at: time + ms, run });
      return nextId++;
    },
    clearTimeout: (id: unknown) => void timers.delete(id as number),
    advance(ms: number) {
      time += ms;
      for (const [id, t] of [...timers].sort((a, b) => a[1].at - b[1].at)) {
        if (t.at <= time) {
          timers.delete(id);
          t.run();
        }
      }
    },
    get pending() {
      return timers.size;
    },
  };
}

describe('createThrottle(deliver, 1000 ms)', () => {
  it('the first value goes out at once', () => {
    const timers = fakeTimers();
    const out: string[] = [];
    createThrottle<string>((v) => out.push(v), 1000, timers).push('step 1');
    expect(out).toEqual(['step 1']);
  });

  it('values within the interval wait; only the latest goes out when it ends', () => {
    const timers = fakeTimers();
    const out: string[] = [];
    const t = createThrottle<string>((v) => out.push(v), 1000, timers);
    t.push('step 1');
    timers.advance(100);
    t.push('step 2');
    timers.advance(100);
    t.push('step 3');
    expect(out).toEqual(['step 1']);
    timers.advance(799);
    expect(out).toEqual(['step 1']);
    timers.advance(1);
    expect(out).toEqual(['step 1', 'step 3']);
  });

  it('a steady stream (one value per frame for 5 s) is delivered about once a second, ending with the last', () => {
    const timers = fakeTimers();
    const out: string[] = [];
    const t = createThrottle<string>((v) => out.push(v), 1000, timers);
    for (let frame = 0; frame < 300; frame++) {
      t.push(`frame ${frame}`);
      timers.advance(1000 / 60);
    }
    timers.advance(2000);
    expect(out.length).toBeGreaterThanOrEqual(5);
    expect(out.length).toBeLessThanOrEqual(6);
    expect(out[out.length - 1]).toBe('frame 299');
  });

  it('after a quiet interval the next value goes out at once again', () => {
    const timers = fakeTimers();
    const out: string[] = [];
    const t = createThrottle<string>((v) => out.push(v), 1000, timers);
    t.push('a');
    timers.advance(5000);
    t.push('b');
    expect(out).toEqual(['a', 'b']);
  });

  it('pushNow delivers at once, even within the interval, and drops what was waiting (a reader’s step is heard, not the one before)', () => {
    const timers = fakeTimers();
    const out: string[] = [];
    const t = createThrottle<string>((v) => out.push(v), 1000, timers);
    t.push('step 1');
    timers.advance(100);
    t.push('step 2'); // waits
    timers.advance(100);
    t.pushNow('step 3');
    expect(out).toEqual(['step 1', 'step 3']);
    expect(timers.pending).toBe(0);
    timers.advance(2000);
    expect(out).toEqual(['step 1', 'step 3']);
  });

  it('cancel drops a waiting value and its timer', () => {
    const timers = fakeTimers();
    const out: string[] = [];
    const t = createThrottle<string>((v) => out.push(v), 1000, timers);
    t.push('a');
    t.push('b');
    t.cancel();
    expect(timers.pending).toBe(0);
    timers.advance(5000);
    expect(out).toEqual(['a']);
  });
});
