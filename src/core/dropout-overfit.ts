/**
 * The experiment of the "Overfitting, with and without dropout" widget (src/widgets/dropout-overfit/,
 * whose model wraps this) and of the dropout chapter's figures about it:
 * one small noisy two-moons training set and a larger held-out test set from the same distribution,
 * and two copies of one wide network 2–H–H–1 (ReLU hidden layers, sigmoid output, the course's
 * E = ½(y − y′)²) with the SAME initial weights from one seed; the left one has no dropout (p = 0),
 * the right one a dropout layer with drop probability p after each hidden layer (the core's 'deck'
 * variant: train out = r ⊙ y, test out = (1 − p)·y). Both are trained by Adam, full batch, with
 * the same seed for the masks. One step is one epoch of each. Pure, deterministic for a seed.
 */
import { makeMoons, type Dataset } from './datasets';
import { DenseLayer } from './layers/dense';
import { DropoutLayer } from './layers/dropout';
import type { Layer } from './layers/layer';
import { Network } from './network';
import { createOptimizer } from './optimizers';
import { createRng } from './random';
import { Trainer } from './train';

export const OVERFIT_HIDDEN = 64;
export const OVERFIT_TRAIN_POINTS = 30;
export const OVERFIT_TEST_POINTS_2D = 200;
export const OVERFIT_MOONS_NOISE = 0.35;
export const OVERFIT_LR = 0.01;
/** The training and test points are fixed (their own seeds); a widget seed changes weights and masks. */
const TRAIN_SEED = 1;
const TEST_SEED = 2;

let cached: { train: Dataset; test: Dataset } | null = null;
export function overfitDatasets(): { train: Dataset; test: Dataset } {
  cached ??= {
    train: makeMoons({ n: OVERFIT_TRAIN_POINTS, noise: OVERFIT_MOONS_NOISE }, createRng(TRAIN_SEED)),
    test: makeMoons({ n: OVERFIT_TEST_POINTS_2D, noise: OVERFIT_MOONS_NOISE }, createRng(TEST_SEED)),
  };
  return cached;
}

/** 2–H–H–1 with dropout (drop probability p) after each hidden layer when p > 0; weights from `seed`. */
export function makeOverfitNetwork(p: number, seed: number): Network {
  const weights = createRng(seed);
  const masks = createRng(seed + 1);
  const layers: Layer[] = [];
  const sizes = [2, OVERFIT_HIDDEN, OVERFIT_HIDDEN];
  for (let k = 0; k < 2; k++) {
    layers.push(new DenseLayer({ inputSize: sizes[k], units: sizes[k + 1], activation: 'relu', initializer: 'he', rng: weights }));
    if (p > 0) layers.push(new DropoutLayer({ size: OVERFIT_HIDDEN, p, rng: masks }));
  }
  layers.push(new DenseLayer({ inputSize: OVERFIT_HIDDEN, units: 1, activation: 'sigmoid', rng: weights }));
  return new Network(layers);
}

export interface OverfitSide {
  readonly p: number;
  readonly network: Network;
  /** Training and test loss (inference mode) after each epoch. */
  readonly trainLosses: number[];
  readonly testLosses: number[];
  step(): void;
  /** Latest test − train loss. */
  gap(): number;
}

export function createOverfitSide(p: number, seed: number): OverfitSide {
  const { train, test } = overfitDatasets();
  const network = makeOverfitNetwork(p, seed);
  const trainer = new Trainer(network, train, createOptimizer('adam', { lr: OVERFIT_LR }), { mode: 'full-batch' });
  const trainLosses: number[] = [];
  const testLosses: number[] = [];
  return {
    p,
    network,
    trainLosses,
    testLosses,
    step() {
      trainer.step();
      trainLosses.push(network.evaluateLoss(train.x, train.y, 'inference'));
      testLosses.push(network.evaluateLoss(test.x, test.y, 'inference'));
    },
    gap: () => testLosses[testLosses.length - 1] - trainLosses[trainLosses.length - 1],
  };
}

/** The defaults the unit test checks the story for (tests/unit/core/dropout-overfit.test.ts). */
export const OVERFIT_DEFAULT_SEED = 1;
export const OVERFIT_EPOCHS = 300;
export const OVERFIT_DEFAULT_P = 0.5;
