/**
 * Leading-and-trailing throttle: the first value goes out at once; values pushed within `intervalMs`
 * of the last delivery wait, and only the latest of them goes out when the interval ends.
 * Used for the aria-live summary, so a screen reader hears the state of a running demo every second
 * or so, never a queue of every step, and always hears the final state; pushNow is for a change the
 * reader made (a step, a key): it is heard at once. Timers are injected.
 */

export interface Timers {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface Throttle<T> {
  push(value: T): void;
  /** Delivers `value` at once, dropping any waiting one (a reader's own action: its result, not the last one's). */
  pushNow(value: T): void;
  /** Drops a waiting value. */
  cancel(): void;
}

export function createThrottle<T>(deliver: (value: T) => void, intervalMs: number, timers: Timers): Throttle<T> {
  let lastDelivery = -Infinity;
  let waiting: { value: T } | null = null;
  let timer: unknown = null;

  function send(value: T): void {
    lastDelivery = timers.now();
    deliver(value);
  }

  return {
    push(value) {
      const wait = lastDelivery + intervalMs - timers.now();
      if (wait <= 0 && timer === null) return send(value);
      waiting = { value };
      timer ??= timers.setTimeout(() => {
        timer = null;
        const next = waiting;
        waiting = null;
        if (next) send(next.value);
      }, Math.max(0, wait));
    },
    pushNow(value) {
      this.cancel();
      send(value);
    },
    cancel() {
      if (timer !== null) timers.clearTimeout(timer);
      timer = null;
      waiting = null;
    },
  };
}
