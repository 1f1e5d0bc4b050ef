/**
 * Redraw coalescing: however many changes arrive between two animation frames (a store change, a
 * runner step, a model rebuild), the widget draws once, in the next frame. DOM-free: the frame
 * scheduler is injected (requestAnimationFrame in the browser, a fake in tests/unit/widgets/kit/redraw.test.ts).
 */
import type { FrameScheduler } from './runner';

export interface Redraw {
  /** Asks for a draw in the next frame (no-op when one is already asked for). */
  request(): void;
  /** Draws now, dropping a pending request. */
  flush(): void;
  /** Drops a pending request (teardown). */
  cancel(): void;
}

export function createRedraw(scheduler: FrameScheduler, draw: () => void): Redraw {
  let pending: unknown = null;
  const flush = () => {
    if (pending !== null) scheduler.cancel(pending);
    pending = null;
    draw();
  };
  return {
    request() {
      if (pending !== null) return;
      pending = scheduler.request(() => {
        pending = null;
        draw();
      });
    },
    flush,
    cancel() {
      if (pending !== null) scheduler.cancel(pending);
      pending = null;
    },
  };
}
