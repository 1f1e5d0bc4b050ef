/**
 * Writing widget state back into the page's query string: the batching, with the page injected.
 *
 * Always history.replaceState, never pushState: dragging a slider must not bury the reader's Back
 * button under a hundred entries. A change after a quiet spell (a click, a key, a committed field) is
 * written at once: a reload starts from the URL as it is when the reload begins — before `pagehide`
 * or `beforeunload` fire — so only a write already made survives it. Changes within URL_WRITE_DELAY_MS
 * of a write (a slider fires `input` on every pixel) are debounced, with a ceiling — a stream of
 * changes that never pauses (a long drag, a running demo) is still written at least every
 * URL_WRITE_MAX_WAIT_MS — and batched: all widgets that changed within the delay are written in one
 * replaceState, each into its own namespace of the *current* query string, so other widgets' keys,
 * unrelated parameters, the path, the hash and history.state survive. Writes still pending are flushed
 * on `pagehide`, which does reach the history entry that Back returns to.
 *
 * The environment is injected (createUrlWriter) so the batching is unit-tested without a browser;
 * page-url.ts binds it to the page.
 */
import { serialize, type UrlState, type UrlTable } from './url-state';

export interface UrlEnv {
  readonly location: { readonly pathname: string; readonly search: string; readonly hash: string };
  readonly history: { readonly state: unknown; replaceState(data: unknown, unused: string, url: string): void };
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface UrlWriter {
  /** Schedules `state` to be written into `namespace`; a later write to the same namespace replaces it. */
  write<T extends UrlTable>(namespace: string, table: T, state: UrlState<T>): void;
  /** Writes everything pending now. */
  flush(): void;
  /** Drops pending writes and the timers. */
  dispose(): void;
}

/** Long enough to span a burst of slider events, short enough that a copied link is current. */
export const URL_WRITE_DELAY_MS = 250;
/** The longest a pending write waits while changes keep coming. */
export const URL_WRITE_MAX_WAIT_MS = 1000;

export function createUrlWriter(env: UrlEnv, delayMs = URL_WRITE_DELAY_MS, maxWaitMs = URL_WRITE_MAX_WAIT_MS): UrlWriter {
  const pending = new Map<string, (params: URLSearchParams) => void>();
  /** Runs until delayMs pass with no write() and nothing written; restarted by both. Null: quiet, so a write goes out at once. */
  let quietTimer: unknown = null;
  /** Started by the first write that has to wait, never restarted. */
  let ceilingTimer: unknown = null;

  function clearTimers(): void {
    if (quietTimer !== null) env.clearTimeout(quietTimer);
    if (ceilingTimer !== null) env.clearTimeout(ceilingTimer);
    quietTimer = ceilingTimer = null;
  }

  function flush(): void {
    clearTimers();
    if (pending.size === 0) return;
    const { pathname, search, hash } = env.location;
    const params = new URLSearchParams(search);
    for (const apply of pending.values()) apply(params);
    pending.clear();
    const query = params.toString();
    const next = `${pathname}${query ? `?${query}` : ''}${hash}`;
    if (next !== `${pathname}${search}${hash}`) env.history.replaceState(env.history.state, '', next);
  }

  /** Writes what is pending and starts a new quiet period; with nothing pending, the quiet period ends. */
  function settle(): void {
    const wrote = pending.size > 0;
    flush();
    if (wrote) quietTimer = env.setTimeout(settle, delayMs);
  }

  return {
    write(namespace, table, state) {
      // Serialize now, against a throwaway, so a bad namespace throws in the caller's guard.
      serialize(state, namespace, table, new URLSearchParams());
      pending.set(namespace, (params) => serialize(state, namespace, table, params));
      if (quietTimer === null) return settle();
      env.clearTimeout(quietTimer);
      quietTimer = env.setTimeout(settle, delayMs);
      ceilingTimer ??= env.setTimeout(settle, maxWaitMs);
    },
    flush,
    dispose() {
      clearTimers();
      pending.clear();
    },
  };
}
