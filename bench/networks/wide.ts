/**
 * (4) An MNIST-shaped 784-64-10 network (ReLU hidden layer, softmax + cross-entropy), mini-batches of
 * 64 from 1,024 synthetic examples: inputs uniform on [0, 1) like pixel intensities, labels one of 10
 * classes uniformly, all from the seeded Rng (no download). 16 batches per epoch, reshuffled.
 */
import { type Dataset, type Rng, createMatrix } from '../../src/core';
import type { BenchNetwork } from './types';

const EXAMPLES = 1024;
const INPUTS = 784;
const CLASSES = 10;

function makeRandomImages(rng: Rng): Dataset {
  const x = createMatrix(EXAMPLES, INPUTS);
  const y = createMatrix(EXAMPLES, CLASSES);
  for (let k = 0; k < x.data.length; k++) x.data[k] = rng.next();
  for (let r = 0; r < EXAMPLES; r++) y.data[r * CLASSES + rng.int(CLASSES)] = 1;
  return { x, y };
}

export const wide: BenchNetwork = {
  id: '(4)',
  title: 'random images 784-64-10 ReLU, softmax',
  sizes: [INPUTS, 64, CLASSES],
  activations: ['relu', 'softmax'],
  loss: 'cross-entropy',
  initializer: 'he',
  eta: 0.05,
  batchSize: 64,
  seed: 4,
  makeDataset: makeRandomImages,
};
