import { describe, expect, it } from 'vitest';
import { createLoop } from '../../../../src/widgets/training-loop/model';
import { MAX_EPOCHS } from '../../../../src/widgets/training-loop/state';

describe('createLoop — the training loop on XOR', () => {
  it('the defaults (2-2-1, seed 1, η = 2) reach E ≤ 0.01 at epoch 846, as state.ts says', () => {
    const loop = createLoop({ arch: '2-2-1', seed: 1, eta: 2, tol: 0.01 });
    let epoch = 0;
    let loss = loop.initialLoss;
    while (!loop.isDone(loss, epoch)) {
      loss = loop.step();
      epoch++;
    }
    expect(epoch).toBe(846);
    expect(loss).toBeLessThanOrEqual(0.01);
    expect(loop.losses).toHaveLength(846);
  });

  it('an epoch\'s loss is E at the start of that epoch: epoch 1 reports the initial loss', () => {
    const loop = createLoop({ arch: '2-3-1', seed: 4, eta: 2, tol: 0.01 });
    expect(loop.step()).toBe(loop.initialLoss);
  });

  it('stops at the cap of MAX_EPOCHS whatever the loss', () => {
    const loop = createLoop({ arch: '2-2-1', seed: 1, eta: 2, tol: 0.01 });
    expect(loop.isDone(0.2, MAX_EPOCHS - 1)).toBe(false);
    expect(loop.isDone(0.2, MAX_EPOCHS)).toBe(true);
  });

  it('the stuck seed (2-2-1, seed 2) is found stuck once: noteStuck is true the first time only and records the epoch', () => {
    const loop = createLoop({ arch: '2-2-1', seed: 2, eta: 2, tol: 0.01 });
    expect(loop.stuckAt).toBeNull();
    let epoch = 0;
    while (epoch < 5000 && !loop.noteStuck()) {
      loop.step();
      epoch++;
    }
    // Judged after every epoch here (the widget judges once a frame): (0,1) and (1,1) share ≈ 0.5.
    expect(loop.stuckAt).toBe(epoch);
    expect(epoch).toBeGreaterThan(500);
    expect(loop.stuck()?.pair).toEqual([1, 3]);
    loop.step();
    expect(loop.noteStuck()).toBe(false);
    expect(loop.stuckAt).toBe(epoch);
  });
});
