/**
 * The "Overfitting, with and without dropout" widget's model: the core's experiment
 * (src/core/dropout-overfit.ts) as two lanes trained side by side — one wide network 2–64–64–1 made
 * twice from ONE seed, the left with no dropout (p = 0), the right with dropout of drop probability p
 * after each hidden layer — on 30 noisy two-moons points, with the loss on 200 held-out points of the
 * same distribution measured after every epoch. One step of the widget is one epoch (one full-batch
 * Adam update) of each network. Pure (no DOM), deterministic for a seed.
 *
 * What the widget shows of each lane: E_train and E_test (E = ½(y − y′)², averaged over the examples,
 * in inference mode: the dropout layer multiplies by 1 − p, nothing is dropped) and the gap
 * E_test − E_train; the output over a square grid of the plane (the decision regions).
 */
import {
  OVERFIT_EPOCHS,
  createOverfitSide,
  overfitDatasets,
  predictGrid,
  type Dataset,
  type OverfitSide,
  type PlaneGrid,
} from '../../core';

/** The plane the decision maps show: every training and test point lies inside. */
export const PLANE_X: readonly [number, number] = [-2, 3];
export const PLANE_Y: readonly [number, number] = [-1.6, 2.4];
/**
 * Samples per side of the map's grid: spacing 5/30 = 1/6 across, 4/30 = 2/15 up. A map is GRID_SIZE²
 * forward passes (961 here, ≈ 2 ms); 41 × 41 cost twice as much for no visible gain.
 */
export const GRID_SIZE = 31;
/** Epochs a run stops at: the chapter's (the core's OVERFIT_EPOCHS = 300) or a longer run. */
export const STOP_EPOCHS: readonly number[] = [OVERFIT_EPOCHS, 1000];
/**
 * Epochs of both networks an animation frame may take at most: one epoch of the pair costs ≈ 2 ms
 * on a quiet machine (measured), so 2 keep a frame's training near 4 ms (3 measured too slow on a
 * loaded one); at 60 frames a second that is 120 epochs a second, the fastest speed offered
 * (state.ts SPEEDS).
 */
export const MAX_EPOCHS_PER_FRAME = 2;

/** The overfitting gap: test loss minus training loss. */
export const gapOf = (train: number, test: number): number => test - train;

export interface Lane {
  readonly p: number;
  readonly side: OverfitSide;
  /** E_train, E_test before the first epoch. */
  readonly initialTrain: number;
  readonly initialTest: number;
  /** Latest E_train (the initial one before any epoch). */
  train(): number;
  test(): number;
  /** gapOf(train(), test()). */
  gap(): number;
}

function lane(p: number, seed: number, data: { train: Dataset; test: Dataset }): Lane {
  const side = createOverfitSide(p, seed);
  const initialTrain = side.network.evaluateLoss(data.train.x, data.train.y, 'inference');
  const initialTest = side.network.evaluateLoss(data.test.x, data.test.y, 'inference');
  const train = () => side.trainLosses.at(-1) ?? initialTrain;
  const test = () => side.testLosses.at(-1) ?? initialTest;
  return { p, side, initialTrain, initialTest, train, test, gap: () => gapOf(train(), test()) };
}

export interface DuelSettings {
  /** Drop probability of the right network (the left one has none). */
  readonly p: number;
  readonly seed: number;
  /** The epoch the run stops at. */
  readonly epochs: number;
}

export interface Duel {
  readonly train: Dataset;
  readonly test: Dataset;
  readonly left: Lane;
  readonly right: Lane;
  readonly stopAt: number;
  readonly epoch: number;
  /** Sum of the two initial training losses (the runner's reference). */
  readonly initialLoss: number;
  /** One epoch of each network; returns the sum of the two training losses after it. */
  step(): number;
  /** The largest loss either chart has shown so far (both charts share this y range). */
  lossMax(): number;
}

export function createDuel(settings: DuelSettings): Duel {
  const data = overfitDatasets();
  const left = lane(0, settings.seed, data);
  const right = lane(settings.p, settings.seed, data);
  let epoch = 0;
  let max = Math.max(left.initialTrain, left.initialTest, right.initialTrain, right.initialTest);
  return {
    train: data.train,
    test: data.test,
    left,
    right,
    stopAt: settings.epochs,
    get epoch() {
      return epoch;
    },
    initialLoss: left.initialTrain + right.initialTrain,
    step() {
      left.side.step();
      right.side.step();
      epoch++;
      max = Math.max(max, left.train(), left.test(), right.train(), right.test());
      return left.train() + right.train();
    },
    lossMax: () => max,
  };
}

/** Done: the run reached its last epoch. */
export const isFinished = (epoch: number, stopAt: number): boolean => epoch >= stopAt;

/** A network's output P(class 1) over the plane, GRID_SIZE × GRID_SIZE (plane-grid.ts convention). */
export const regionGrid = (l: Lane): PlaneGrid => predictGrid(l.side.network, PLANE_X, PLANE_Y, GRID_SIZE);

/** The x and y of a dataset's rows, for the map's points. */
export function pointsOf(data: Dataset): { xs: number[]; ys: number[]; labels: ArrayLike<number> } {
  const xs: number[] = [];
  const ys: number[] = [];
  for (let k = 0; k < data.x.rows; k++) {
    xs.push(data.x.data[2 * k]);
    ys.push(data.x.data[2 * k + 1]);
  }
  return { xs, ys, labels: data.y.data };
}
