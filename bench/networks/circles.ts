/** (2) Two concentric circles (200 points, 0/1 labels) with a 2-8-8-1 tanh network, full batch, ½Σ(ŷ − y)². */
import { makeCircles } from '../../src/core';
import type { BenchNetwork } from './types';

export const circles: BenchNetwork = {
  id: '(2)',
  title: 'circles 2-8-8-1 tanh',
  sizes: [2, 8, 8, 1],
  activations: ['tanh', 'tanh', 'tanh'],
  loss: 'half-squared-error',
  initializer: 'xavier',
  eta: 0.1,
  batchSize: null,
  seed: 2,
  makeDataset: (rng) => makeCircles({ n: 200, noise: 0.05 }, rng),
};
