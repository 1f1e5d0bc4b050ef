/**
 * What the benchmark needs to know about a network to train it identically on both sides: a stack of
 * dense layers, a loss, plain gradient descent with step η, a batch size and a seeded dataset.
 */

import type { ActivationName, Dataset, Rng } from '../../src/core';

export interface BenchNetwork {
  /** '(2)': the numbering. */
  readonly id: string;
  /** Short name for the tables: 'circles 2-8-8-1 tanh'. */
  readonly title: string;
  /** Units per layer, input first: [2, 8, 8, 1]. */
  readonly sizes: readonly number[];
  /** Activation of each dense layer; with cross-entropy the last one is 'softmax'. */
  readonly activations: readonly ActivationName[];
  /** 'half-squared-error' (batch mean of ½Σ(ŷ − y)²) or 'cross-entropy' (batch mean of −Σ y log ŷ). */
  readonly loss: 'half-squared-error' | 'cross-entropy';
  /** Initial weights (biases start at 0). */
  readonly initializer: 'xavier' | 'he';
  /** η of plain gradient descent θ ← θ − η∇θJ. */
  readonly eta: number;
  /** Examples per step; null: the whole dataset (full batch). */
  readonly batchSize: number | null;
  /** Seeds the weights (seed), the dataset (seed + 1) and the per-epoch shuffles (seed + 2). */
  readonly seed: number;
  makeDataset(rng: Rng): Dataset;
}

/** Seed of the initial weights. */
export const weightSeed = (network: BenchNetwork): number => network.seed;
/** Seed of the dataset. */
export const datasetSeed = (network: BenchNetwork): number => network.seed + 1;
/** Seed of the per-epoch shuffles (both sides draw the same orders from it). */
export const shuffleSeed = (network: BenchNetwork): number => network.seed + 2;
