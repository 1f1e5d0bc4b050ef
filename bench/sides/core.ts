/**
 * The core's side: a Network from createNetwork, trained by the core's Trainer with createOptimizer —
 * 'gd' for full batch, 'sgd' for mini-batches (the same update θ ← θ − η∇θJ) — exactly as a widget
 * trains. Each reset() restores the initial weights and starts a new Trainer (fresh optimizer, fresh
 * shuffle Rng, empty loss history), outside the timed region.
 */

import { type Dataset, type Network, Trainer, createNetwork, createOptimizer, createRng } from '../../src/core';
import { type BenchNetwork, shuffleSeed, weightSeed } from '../networks';
import type { DenseParameters, Side } from './types';

export interface CoreSide extends Side {
  readonly network: Network;
  /** Each layer's initial W and b (copies), to give the tfjs side the same starting point. */
  readonly initialLayers: readonly DenseParameters[];
}

export function createCoreSide(spec: BenchNetwork, dataset: Dataset): CoreSide {
  const network = createNetwork({
    sizes: spec.sizes,
    activations: spec.activations,
    initializer: spec.initializer,
    loss: spec.loss,
    rng: createRng(weightSeed(spec)),
  });
  const initial = network.getParameters();
  const initialLayers = spec.sizes.slice(1).map((_, k) => {
    const weights = network.parameter(`layer${k + 1}.W`);
    return {
      weights: { rows: weights.rows, cols: weights.cols, data: weights.data.slice() },
      bias: network.parameter(`layer${k + 1}.b`).data.slice(),
    };
  });

  const newTrainer = (): Trainer =>
    spec.batchSize === null
      ? new Trainer(network, dataset, createOptimizer('gd', { lr: spec.eta }), { mode: 'full-batch' })
      : new Trainer(network, dataset, createOptimizer('sgd', { lr: spec.eta }), {
          mode: 'mini-batch',
          batchSize: spec.batchSize,
          rng: createRng(shuffleSeed(spec)),
        });
  let trainer = newTrainer();

  const side: CoreSide = {
    name: 'core',
    network,
    initialLayers,
    reset() {
      network.setParameters(initial);
      trainer = newTrainer();
    },
    step() {
      trainer.step();
    },
    check() {
      if (trainer.status === 'diverged') {
        throw new Error(`core diverged on ${spec.id} at step ${trainer.divergedAtStep}: lower η`);
      }
    },
    firstLosses(steps) {
      side.reset();
      trainer.runSteps(steps);
      side.check();
      return trainer.stepLosses.slice();
    },
  };
  return side;
}
