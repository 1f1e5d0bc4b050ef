import { describe, expect, it } from 'vitest';
import { createRedraw } from '../../../../src/widgets/kit/redraw';

/** A frame scheduler whose frames run when the test says. */
function fakeFrames() {
  const queue = new Map<number, () => void>();
  let next = 0;
  return {
    scheduler: { request: (cb: () => void) => (queue.set(++next, cb), next), cancel: (h: unknown) => void queue.delete(h as number) },
    frame() {
      const due = [...queue.values()];
      queue.clear();
      for (const cb of due) cb();
    },
    pending: () => queue.size,
  };
}

describe('createRedraw', () => {
  it('draws once per frame however many requests came before it', () => {
    const frames = fakeFrames();
    let draws = 0;
    const redraw = createRedraw(frames.scheduler, () => draws++);
    redraw.request();
    redraw.request();
    redraw.request();
    expect(draws).toBe(0);
    expect(frames.pending()).toBe(1);
    frames.frame();
    expect(draws).toBe(1);
    frames.frame();
    expect(draws).toBe(1);
    redraw.request();
    frames.frame();
    expect(draws).toBe(2);
  });

  it('flush draws now and drops the pending frame; cancel drops it without drawing', () => {
    const frames = fakeFrames();
    let draws = 0;
    const redraw = createRedraw(frames.scheduler, () => draws++);
    redraw.request();
    redraw.flush();
    expect(draws).toBe(1);
    frames.frame();
    expect(draws).toBe(1);
    redraw.request();
    redraw.cancel();
    frames.frame();
    expect(draws).toBe(1);
  });
});
