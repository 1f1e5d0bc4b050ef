import { describe, expect, it } from 'vitest';
import { createUrlWriter, type UrlEnv } from '../../../../src/widgets/kit/url-history';
import { defineUrlTable } from '../../../../src/widgets/kit/url-state';

const table = defineUrlTable([
  { key: 'alpha', type: 'number', default: 0.1, min: 0, max: 10 },
  { key: 'gate', type: 'enum', default: 'and', values: ['and', 'or'] },
]);

/** A fake location/history pair whose replaceState really changes the location, and a fake clock. */
function fakeEnv(url: string) {
  const location = new URL(url);
  const historyState = { scroll: 12 };
  const replaced: Array<{ data: unknown; url: string }> = [];
  let time = 0;
  let nextId = 1;
  const timers = new Map<number, { at: number; run: () => void }>();
  const env: UrlEnv = {
    location,
    history: {
      state: historyState,
      replaceState(data, _unused, next) {
        replaced.push({ data, url: next });
        const to = new URL(next, location);
        location.search = to.search;
        location.hash = to.hash;
      },
    },
    setTimeout: (run, ms) => {
      timers.set(nextId, { at: time + ms, run });
      return nextId++;
    },
    clearTimeout: (id) => {
      timers.delete(id as number);
    },
  };
  return {
    env,
    location,
    replaced,
    historyState,
    /** Moves the clock, running the timers that come due, in order. */
    advance(ms: number) {
      const end = time + ms;
      for (;;) {
        const due = [...timers].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        time = due[1].at;
        due[1].run();
      }
      time = end;
    },
    /** Runs everything pending. */
    fire() {
      this.advance(60_000);
    },
    get timerPending() {
      return timers.size > 0;
    },
  };
}

describe('createUrlWriter(env)', () => {
  it('a change after a quiet spell (a click) is written at once, with replaceState, keeping history.state, other parameters and the hash', () => {
    const f = fakeEnv('https://example.test/perceptron/?slide=3&other.alpha=2#delta-rule');
    const writer = createUrlWriter(f.env);
    writer.write('delta', table, { alpha: 0.5, gate: 'and' });
    // at once: a reload takes the URL before pagehide fires, so a write still waiting would be lost
    expect(f.replaced).toEqual([{ data: f.historyState, url: '/perceptron/?slide=3&other.alpha=2&delta.alpha=0.5#delta-rule' }]);
    f.fire();
    expect(f.replaced).toHaveLength(1);
    expect(f.timerPending).toBe(false);
  });

  it('a burst of writes (a dragged slider) is the first state at once, then one replaceState with the last', () => {
    const f = fakeEnv('https://example.test/p/');
    const writer = createUrlWriter(f.env);
    for (const alpha of [0.2, 0.3, 0.4, 0.5]) writer.write('delta', table, { alpha, gate: 'and' });
    expect(f.replaced.map((r) => r.url)).toEqual(['/p/?delta.alpha=0.2']);
    f.fire();
    expect(f.replaced.map((r) => r.url)).toEqual(['/p/?delta.alpha=0.2', '/p/?delta.alpha=0.5']);
  });

  it('a change within 250 ms of a write waits for a 250 ms pause …', () => {
    const f = fakeEnv('https://example.test/p/');
    const writer = createUrlWriter(f.env);
    writer.write('delta', table, { alpha: 1, gate: 'and' });
    f.advance(100);
    writer.write('delta', table, { alpha: 2, gate: 'and' });
    f.advance(249);
    expect(f.replaced.map((r) => r.url)).toEqual(['/p/?delta.alpha=1']);
    f.advance(1);
    expect(f.replaced.map((r) => r.url)).toEqual(['/p/?delta.alpha=1', '/p/?delta.alpha=2']);
    // 250 ms after that write with no change, the writer is quiet again: the next change goes out at once
    f.advance(250);
    expect(f.timerPending).toBe(false);
    writer.write('delta', table, { alpha: 3, gate: 'and' });
    expect(f.replaced.map((r) => r.url).at(-1)).toBe('/p/?delta.alpha=3');
  });

  it('… but a stream of changes that never pauses (a running demo) is still written every 1000 ms', () => {
    const f = fakeEnv('https://example.test/p/');
    const writer = createUrlWriter(f.env);
    for (let frame = 1; frame <= 150; frame++) {
      writer.write('delta', table, { alpha: frame / 100, gate: 'and' });
      f.advance(16); // 150 frames ≈ 2.4 s, never a 250 ms pause
    }
    // frame 1 at once (t = 0), then the ceiling at t = 1016 and t = 2032 (1000 ms after the first change that waited)
    expect(f.replaced.map((r) => r.url)).toEqual(['/p/?delta.alpha=0.01', '/p/?delta.alpha=0.64', '/p/?delta.alpha=1.27']);
    f.fire();
    expect(f.replaced.map((r) => r.url).at(-1)).toBe('/p/?delta.alpha=1.5');
    expect(f.timerPending).toBe(false);
  });

  it('widgets changed in the same burst are written together, each in its own namespace', () => {
    const f = fakeEnv('https://example.test/p/?b.gate=or');
    const writer = createUrlWriter(f.env);
    writer.write('a', table, { alpha: 1, gate: 'and' });
    writer.write('b', table, { alpha: 2, gate: 'or' });
    writer.write('c', table, { alpha: 3, gate: 'and' });
    f.fire();
    expect(f.replaced.map((r) => r.url)).toEqual(['/p/?b.gate=or&a.alpha=1', '/p/?a.alpha=1&b.alpha=2&b.gate=or&c.alpha=3']);
  });

  it('a write back to the defaults removes the namespace; an empty query leaves no "?"', () => {
    const f = fakeEnv('https://example.test/p/?delta.alpha=3#top');
    const writer = createUrlWriter(f.env);
    writer.write('delta', table, { alpha: 0.1, gate: 'and' });
    writer.flush();
    expect(f.replaced.map((r) => r.url)).toEqual(['/p/#top']);
  });

  it('no replaceState when the URL would not change', () => {
    const f = fakeEnv('https://example.test/p/?delta.alpha=3');
    const writer = createUrlWriter(f.env);
    writer.write('delta', table, { alpha: 3, gate: 'and' });
    writer.flush();
    expect(f.replaced).toEqual([]);
  });

  it('flush() writes what waits and clears the timers; dispose() drops pending writes', () => {
    const f = fakeEnv('https://example.test/p/');
    const writer = createUrlWriter(f.env);
    writer.write('delta', table, { alpha: 2, gate: 'and' });
    writer.write('delta', table, { alpha: 3, gate: 'and' });
    expect(f.replaced).toHaveLength(1);
    writer.flush();
    expect(f.timerPending).toBe(false);
    expect(f.replaced.map((r) => r.url)).toEqual(['/p/?delta.alpha=2', '/p/?delta.alpha=3']);
    writer.write('delta', table, { alpha: 4, gate: 'and' });
    writer.write('delta', table, { alpha: 5, gate: 'and' });
    writer.dispose();
    f.fire();
    expect(f.replaced.map((r) => r.url).at(-1)).toBe('/p/?delta.alpha=4');
  });

  it('a bad namespace throws in the caller (inside its guard), not later in a timer', () => {
    const f = fakeEnv('https://example.test/p/');
    const writer = createUrlWriter(f.env);
    expect(() => writer.write('a.b', table, { alpha: 2, gate: 'and' })).toThrow(/namespace/);
    expect(f.timerPending).toBe(false);
  });
});
