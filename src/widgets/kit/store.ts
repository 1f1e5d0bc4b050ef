/**
 * A tiny state store, one per widget: control → store → core call → render.
 *
 * Semantics (each one pinned by tests/unit/widgets/store.test.ts):
 * - The state is a snapshot. `set` never mutates it; it makes a new object, so a listener's
 *   `prev` stays exactly what it was and `next !== prev` always holds inside a listener.
 * - `set` notifies only when some patched key changed, compared with Object.is (so NaN equals NaN,
 *   and 0 differs from −0 — callers normalise −0 before storing it; see numeral.ts).
 * - Listeners run synchronously, in subscription order, with (next, prev).
 * - Re-entrancy: a `set` called from inside a listener updates the state at once (`get()` sees it),
 *   but its notification waits until the current round has reached every listener. Rounds then run
 *   one after another, so every listener sees the same sequence of transitions, in order, and each
 *   round's `prev` is the previous round's `next`. Listeners that keep changing the state are stopped
 *   after MAX_ROUNDS rounds with an error rather than hanging the page.
 * - A listener subscribed during a round is first called in the next round; one unsubscribed during a
 *   round is not called again, not even later in that round.
 * - A listener that throws does not starve the others: the round completes, the queued rounds run,
 *   and then `set` rethrows the first error (so a widget's guard() shows it).
 */

export type Listener<S> = (next: S, prev: S) => void;
export type Patch<S> = Partial<S> | ((state: S) => Partial<S>);

export interface ReadableStore<S> {
  get(): S;
  /** Calls `listener` on every change (not immediately); returns the unsubscribe. */
  subscribe(listener: Listener<S>): () => void;
}

export interface Store<S> extends ReadableStore<S> {
  /** Shallow-merges the patch (or the patch the function returns) into the state. */
  set(patch: Patch<S>): void;
}

/** Rounds of notification one outermost `set` may cause before it is treated as a feedback loop. */
export const MAX_ROUNDS = 100;

export function createStore<S extends object>(initial: S): Store<S> {
  let state: S = { ...initial };
  /** Insertion-ordered; `active` flags let an unsubscribe take effect mid-round. */
  const listeners = new Set<{ fn: Listener<S>; active: boolean }>();
  const queue: Array<[next: S, prev: S]> = [];
  let notifying = false;

  function notify(): void {
    notifying = true;
    let failure: { error: unknown } | undefined;
    let rounds = 0;
    try {
      for (let transition = queue.shift(); transition; transition = queue.shift()) {
        if (++rounds > MAX_ROUNDS) {
          queue.length = 0;
          throw new Error(`store: listeners changed the state ${MAX_ROUNDS} rounds in a row (a feedback loop?)`);
        }
        const [next, prev] = transition;
        for (const entry of [...listeners]) {
          if (!entry.active) continue;
          try {
            entry.fn(next, prev);
          } catch (error) {
            failure ??= { error };
          }
        }
      }
    } finally {
      notifying = false;
    }
    if (failure) throw failure.error;
  }

  return {
    get: () => state,

    set(patch) {
      const changes = typeof patch === 'function' ? patch(state) : patch;
      const keys = Object.keys(changes) as Array<keyof S>;
      if (!keys.some((key) => !Object.is(state[key], changes[key]))) return;
      const prev = state;
      state = { ...state, ...changes };
      queue.push([state, prev]);
      if (!notifying) notify();
    },

    subscribe(fn) {
      const entry = { fn, active: true };
      listeners.add(entry);
      return () => {
        entry.active = false;
        listeners.delete(entry);
      };
    },
  };
}
