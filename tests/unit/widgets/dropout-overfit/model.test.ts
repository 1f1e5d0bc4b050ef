import { describe, expect, it } from 'vitest';
import { OVERFIT_EPOCHS, type Matrix } from '../../../../src/core';
import { parse } from '../../../../src/widgets/kit/url-state';
import {
  GRID_SIZE,
  MAX_EPOCHS_PER_FRAME,
  PLANE_X,
  PLANE_Y,
  createDuel,
  gapOf,
  isFinished,
  pointsOf,
  regionGrid,
  type Lane,
} from '../../../../src/widgets/dropout-overfit/model';
import { OVERFIT_TABLE, P_MAX, SPEEDS } from '../../../../src/widgets/dropout-overfit/state';

/** Output of a lane's network (inference mode) at one point of the plane. */
function outputAt(lane: Lane, x: number, y: number): number {
  const input: Matrix = { rows: 1, cols: 2, data: new Float64Array([x, y]) } as Matrix;
  return lane.side.network.forward(input, 'inference').data[0];
}
const logit = (o: number) => Math.log(o / (1 - o));

describe('dropout-overfit: the gap, the grid, the epoch cap', () => {
  it('the gap is the test loss minus the training loss (the core test’s seed-1 figures at 300 epochs)', () => {
    // p = 0.5 at epoch 300: E_train 0.0337, E_test 0.0664 → 0.0664 − 0.0337 = 0.0327.
    expect(gapOf(0.0337, 0.0664)).toBeCloseTo(0.0327, 12);
    // Early on the network can do better on the test points than on its own: the gap is negative.
    expect(gapOf(0.2, 0.15)).toBeCloseTo(-0.05, 12);
  });

  it('the region grid samples the plane at x_c = −2 + c/6, y_r = −1.6 + 2r/15 (31 × 31, both ends included)', () => {
    const duel = createDuel({ p: 0.5, seed: 3, epochs: OVERFIT_EPOCHS });
    const grid = regionGrid(duel.left);
    expect([grid.nx, grid.ny, grid.values.length]).toEqual([31, 31, 31 * 31]);
    expect([grid.x, grid.y]).toEqual([PLANE_X, PLANE_Y]);
    // (5 / 30, 4 / 30) per step: node c = 12, r = 12 is the origin (−2 + 12/6 = 0, −1.6 + 24/15 = 0).
    // Before training every bias is 0, so each ReLU unit gives 0 at the origin and the output is
    // σ(0) = 0.5 exactly, on both sides.
    expect(grid.values[12 * GRID_SIZE + 12]).toBe(0.5);
    expect(regionGrid(duel.right).values[12 * GRID_SIZE + 12]).toBe(0.5);
    // Node c = 30, r = 0 is the corner (3, −1.6); c = 0, r = 30 the corner (−2, 2.4); c = 18, r = 3 is (1, −1.2).
    expect(grid.values[30]).toBeCloseTo(outputAt(duel.left, 3, -1.6), 12);
    expect(grid.values[30 * GRID_SIZE]).toBeCloseTo(outputAt(duel.left, -2, 2.4), 12);
    expect(grid.values[3 * GRID_SIZE + 18]).toBeCloseTo(outputAt(duel.left, 1, -1.2), 12);
  });

  it('the plane holds every training and test point', () => {
    const duel = createDuel({ p: 0.5, seed: 1, epochs: OVERFIT_EPOCHS });
    for (const data of [duel.train, duel.test]) {
      const { xs, ys } = pointsOf(data);
      expect(Math.min(...xs)).toBeGreaterThan(PLANE_X[0]);
      expect(Math.max(...xs)).toBeLessThan(PLANE_X[1]);
      expect(Math.min(...ys)).toBeGreaterThan(PLANE_Y[0]);
      expect(Math.max(...ys)).toBeLessThan(PLANE_Y[1]);
    }
  });

  it('the epoch cap: the fastest speed at 60 frames a second asks 120 / 60 = 2 epochs a frame, the cap', () => {
    expect(Math.max(...SPEEDS) / 60).toBe(MAX_EPOCHS_PER_FRAME);
    expect(MAX_EPOCHS_PER_FRAME).toBe(2);
    expect(isFinished(OVERFIT_EPOCHS - 1, OVERFIT_EPOCHS)).toBe(false);
    expect(isFinished(OVERFIT_EPOCHS, OVERFIT_EPOCHS)).toBe(true);
  });
});

describe('dropout-overfit: one seed, two networks', () => {
  it('before training the right network is the left one with each hidden layer scaled by 1 − p: its logit is (1 − p)² times the left one’s', () => {
    // Same weights, zero biases: h₁ = ReLU(W₁x), and at inference the dropout layer gives (1 − p)·h₁;
    // ReLU(W₂·(1 − p)h₁) = (1 − p)·ReLU(W₂h₁) since 1 − p > 0; again × (1 − p); the output unit's
    // net input w₃·(1 − p)²h₂ is (1 − p)² times the left one's. p = 0.5: a quarter; p = 0.2: 0.64.
    for (const [p, factor] of [[0.5, 0.25], [0.2, 0.64]] as const) {
      const duel = createDuel({ p, seed: 1, epochs: OVERFIT_EPOCHS });
      for (const [x, y] of [[1, 0.5], [-1, 1], [2, -0.5]]) {
        expect(logit(outputAt(duel.right, x, y))).toBeCloseTo(factor * logit(outputAt(duel.left, x, y)), 9);
      }
    }
  });

  it('with p = 0 on the right too, the two sides stay identical epoch after epoch: dropout is the only difference', () => {
    const duel = createDuel({ p: 0, seed: 5, epochs: OVERFIT_EPOCHS });
    for (let e = 0; e < 5; e++) duel.step();
    expect(Array.from(duel.right.side.network.parameters)).toEqual(Array.from(duel.left.side.network.parameters));
    expect(duel.right.gap()).toBe(duel.left.gap());
  });

  it('the defaults tell the chapter’s story at 300 epochs (the core test’s figures: gaps 0.1182 and 0.0327)', () => {
    const duel = createDuel({ p: 0.5, seed: 1, epochs: OVERFIT_EPOCHS });
    expect(duel.epoch).toBe(0);
    expect(duel.left.train()).toBe(duel.left.initialTrain);
    let loss = 0;
    while (!isFinished(duel.epoch, duel.stopAt)) loss = duel.step();
    expect(duel.epoch).toBe(300);
    expect(loss).toBe(duel.left.train() + duel.right.train());
    expect(duel.left.train()).toBeLessThan(0.001);
    expect(duel.left.gap()).toBeCloseTo(0.1182, 4);
    expect(duel.right.gap()).toBeCloseTo(0.0327, 4);
    expect(duel.right.gap()).toBe(duel.right.side.testLosses[299] - duel.right.side.trainLosses[299]);
    // The shared y range covers every loss shown.
    const all = [duel.left, duel.right].flatMap((l) => [l.initialTrain, l.initialTest, ...l.side.trainLosses, ...l.side.testLosses]);
    expect(duel.lossMax()).toBe(Math.max(...all));
    // 300 epochs of two networks: ≈ 0.6 s alone, several seconds on a loaded machine.
  }, 30_000);
});

describe('dropout-overfit: URL state', () => {
  it('defaults: p = 0.5, seed 1, stop at 300, training points, 60 epochs a second', () => {
    const { state, ignored } = parse(new URLSearchParams(''), 'dropout-overfit', OVERFIT_TABLE);
    expect(state).toEqual({ p: 0.5, seed: 1, epochs: '300', points: 'train', speed: '60' });
    expect(ignored).toEqual([]);
  });

  it('junk and out-of-range values are ignored with a reason; good ones are kept', () => {
    const params = new URLSearchParams(`dropout-overfit.p=abc&dropout-overfit.seed=7&dropout-overfit.epochs=5&dropout-overfit.points=test`);
    const { state, ignored } = parse(params, 'dropout-overfit', OVERFIT_TABLE);
    expect(state).toMatchObject({ p: 0.5, seed: 7, epochs: '300', points: 'test' });
    expect(ignored.map((i) => i.key).sort()).toEqual(['dropout-overfit.epochs', 'dropout-overfit.p']);
    const high = parse(new URLSearchParams(`dropout-overfit.p=${P_MAX + 0.1}`), 'dropout-overfit', OVERFIT_TABLE);
    expect(high.state.p).toBe(0.5);
    expect(high.ignored).toHaveLength(1);
  });
});
