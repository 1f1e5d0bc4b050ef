/** (1) XOR with a 2-2-1 sigmoid network: 4 examples, full batch, ½Σ(ŷ − y)². */
import { makeLogicGate } from '../../src/core';
import type { BenchNetwork } from './types';

export const xor: BenchNetwork = {
  id: '(1)',
  title: 'XOR 2-2-1 sigmoid',
  sizes: [2, 2, 1],
  activations: ['sigmoid', 'sigmoid'],
  loss: 'half-squared-error',
  initializer: 'xavier',
  eta: 0.5,
  batchSize: null,
  seed: 1,
  makeDataset: () => makeLogicGate('xor'),
};
