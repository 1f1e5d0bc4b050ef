/**
 * (3) Three interleaved spirals (1,500 points, one-hot labels) with a 2-16-16-16-3 ReLU network and
 * softmax + cross-entropy; mini-batches of 32, reshuffled each epoch (46 batches of 32 and one of 28).
 */
import { makeSpirals } from '../../src/core';
import type { BenchNetwork } from './types';

export const spirals: BenchNetwork = {
  id: '(3)',
  title: 'spirals 2-16-16-16-3 ReLU, softmax',
  sizes: [2, 16, 16, 16, 3],
  activations: ['relu', 'relu', 'relu', 'softmax'],
  loss: 'cross-entropy',
  initializer: 'he',
  eta: 0.1,
  batchSize: 32,
  seed: 3,
  makeDataset: (rng) => makeSpirals({ n: 1500, classes: 3, noise: 0.05 }, rng),
};
