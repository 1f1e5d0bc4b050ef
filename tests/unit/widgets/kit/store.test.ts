import { describe, expect, it } from 'vitest';
import { createStore, MAX_ROUNDS } from '../../../../src/widgets/kit/store';

type S = { eta: number; seed: number; name: string };
const initial: S = { eta: 0.1, seed: 1, name: 'a' };

describe('createStore', () => {
  it('get() returns the initial state (a copy: mutating the argument later changes nothing)', () => {
    const init = { ...initial };
    const store = createStore(init);
    init.eta = 99;
    expect(store.get()).toEqual(initial);
  });

  it('set(patch) merges shallowly into a new object; the previous snapshot is untouched', () => {
    const store = createStore(initial);
    const before = store.get();
    store.set({ eta: 0.5 });
    expect(store.get()).toEqual({ eta: 0.5, seed: 1, name: 'a' });
    expect(store.get()).not.toBe(before);
    expect(before.eta).toBe(0.1);
  });

  it('set(fn) receives the current state', () => {
    const store = createStore(initial);
    store.set((s) => ({ seed: s.seed + 1 }));
    store.set((s) => ({ seed: s.seed + 1 }));
    expect(store.get().seed).toBe(3);
  });

  it('subscribe: listener gets (next, prev) on each change, not on subscribe', () => {
    const store = createStore(initial);
    const calls: Array<[S, S]> = [];
    store.subscribe((next, prev) => calls.push([next, prev]));
    expect(calls).toHaveLength(0);
    store.set({ eta: 0.2 });
    expect(calls).toEqual([[{ ...initial, eta: 0.2 }, initial]]);
  });

  it('set notifies only when a patched key changed (Object.is)', () => {
    const store = createStore({ ...initial, x: NaN });
    let n = 0;
    store.subscribe(() => n++);
    store.set({ eta: 0.1 });
    store.set({});
    store.set({ x: NaN }); // NaN is NaN under Object.is
    store.set((s) => ({ name: s.name }));
    expect(n).toBe(0);
    const before = store.get();
    store.set({ eta: 0.1 });
    expect(store.get()).toBe(before); // no change, no new snapshot
    store.set({ eta: 0.1, seed: 2 }); // one of two keys changed
    expect(n).toBe(1);
  });

  it('0 and −0 differ (Object.is): callers normalise −0 first', () => {
    const store = createStore({ x: 0 });
    let n = 0;
    store.subscribe(() => n++);
    store.set({ x: -0 });
    expect(n).toBe(1);
  });

  it('listeners run in subscription order', () => {
    const store = createStore(initial);
    const order: string[] = [];
    store.subscribe(() => order.push('a'));
    store.subscribe(() => order.push('b'));
    store.subscribe(() => order.push('c'));
    store.set({ seed: 5 });
    expect(order).toEqual(['a', 'b', 'c']);
  });

  it('unsubscribe stops notifications; calling it twice is harmless', () => {
    const store = createStore(initial);
    let n = 0;
    const off = store.subscribe(() => n++);
    store.set({ seed: 2 });
    off();
    off();
    store.set({ seed: 3 });
    expect(n).toBe(1);
  });

  it('the same function subscribed twice is called twice, and each unsubscribe removes one', () => {
    const store = createStore(initial);
    let n = 0;
    const fn = () => n++;
    const off1 = store.subscribe(fn);
    store.subscribe(fn);
    store.set({ seed: 2 });
    expect(n).toBe(2);
    off1();
    store.set({ seed: 3 });
    expect(n).toBe(3);
  });

  it('re-entrant set: applied at once, notified after the current round, every listener sees the same sequence', () => {
    const store = createStore({ eta: 1, clamped: 1 });
    const seenA: Array<[number, number]> = [];
    const seenB: Array<[number, number]> = [];
    // A keeps `clamped` = min(eta, 0.5), the way a widget derives state.
    store.subscribe((next) => {
      seenA.push([next.eta, next.clamped]);
      if (next.clamped !== Math.min(next.eta, 0.5)) {
        store.set({ clamped: Math.min(next.eta, 0.5) });
        expect(store.get().clamped).toBe(0.5); // applied at once
      }
    });
    store.subscribe((next, prev) => seenB.push([prev.clamped, next.clamped]));
    store.set({ eta: 2 });
    // Round 1: (eta 2, clamped 1) to A then B; round 2: (eta 2, clamped 0.5) to A then B.
    expect(seenA).toEqual([[2, 1], [2, 0.5]]);
    expect(seenB).toEqual([[1, 1], [1, 0.5]]);
    expect(store.get()).toEqual({ eta: 2, clamped: 0.5 });
  });

  it('re-entrant rounds chain: each round’s prev is the previous round’s next', () => {
    const store = createStore({ n: 0 });
    const pairs: Array<[number, number]> = [];
    store.subscribe((next) => {
      if (next.n < 3) store.set({ n: next.n + 1 });
    });
    store.subscribe((next, prev) => pairs.push([prev.n, next.n]));
    store.set({ n: 1 });
    expect(pairs).toEqual([[0, 1], [1, 2], [2, 3]]);
  });

  it('a listener subscribed during a round is first called in the next round', () => {
    const store = createStore({ n: 0 });
    const late: number[] = [];
    let added = false;
    store.subscribe(() => {
      if (!added) {
        added = true;
        store.subscribe((next) => late.push(next.n));
      }
    });
    store.set({ n: 1 });
    expect(late).toEqual([]);
    store.set({ n: 2 });
    expect(late).toEqual([2]);
  });

  it('a listener unsubscribed during a round is not called later in that round', () => {
    const store = createStore({ n: 0 });
    let bCalls = 0;
    let offB = () => {};
    store.subscribe(() => offB());
    offB = store.subscribe(() => bCalls++);
    store.set({ n: 1 });
    expect(bCalls).toBe(0);
  });

  it('a throwing listener does not starve the others; set rethrows the first error afterwards', () => {
    const store = createStore({ n: 0 });
    const calls: string[] = [];
    store.subscribe(() => {
      calls.push('a');
      throw new Error('first');
    });
    store.subscribe(() => {
      calls.push('b');
      throw new Error('second');
    });
    store.subscribe(() => calls.push('c'));
    expect(() => store.set({ n: 1 })).toThrow('first');
    expect(calls).toEqual(['a', 'b', 'c']);
    expect(store.get().n).toBe(1);
    // The store is not left mid-notification: the next set notifies normally.
    calls.length = 0;
    expect(() => store.set({ n: 2 })).toThrow('first');
    expect(calls).toEqual(['a', 'b', 'c']);
  });

  it(`listeners that keep changing the state are stopped after ${MAX_ROUNDS} rounds with an error`, () => {
    const store = createStore({ n: 0 });
    store.subscribe((next) => store.set({ n: next.n + 1 }));
    expect(() => store.set({ n: 1 })).toThrow(/feedback loop/);
    expect(store.get().n).toBe(MAX_ROUNDS + 1);
    // and the store still works
    const off = store.subscribe(() => {});
    off();
  });
});
