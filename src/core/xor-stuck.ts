/**
 * How often a sigmoid network trained on XOR by full-batch gradient descent never reaches the
 * tolerance: the training-loop widget's runs (init from the seed, then forward → backward → update on
 * the four points, one step an epoch, stop at E ≤ tolerance or after maxEpochs), repeated for seeds
 * 0 … seeds − 1. The chapter quotes this count at build time; `npm run xor-stuck` prints it for other
 * settings. Pure.
 *
 * A run that never gets there is not in a local minimum: for the 2-2-1 network the finite stationary
 * points of the squared error are saddles or the global minimum (Hamey 1998; Sprinkhuizen-Kuyper &
 * Boers 1999). It rests on a plateau where the loss still falls, ever more slowly, towards a floor that
 * only infinitely large weights reach (two points at output 0.5: E → 1/16; three at 2/3: E → 1/12), so
 * gradient descent practically cannot leave it.
 */
import { createNetwork } from './network';
import { createOptimizer } from './optimizers';
import { createRng } from './random';
import { makeLogicGate } from './datasets';
import { Trainer } from './train';

export interface XorStuckSetup {
  /** Layer sizes, e.g. [2, 2, 1]. */
  readonly sizes: readonly number[];
  /** η of plain gradient descent. */
  readonly eta: number;
  /** The tolerance on E = mean over the four points of ½(y − y′)². */
  readonly tolerance: number;
  /** The cap on epochs. */
  readonly maxEpochs: number;
  /** Seeds 0 … seeds − 1 are run. */
  readonly seeds: number;
}

export interface XorStuckCount extends XorStuckSetup {
  /** Seeds whose run ended above the tolerance at the cap. */
  readonly stuckSeeds: readonly number[];
  /** stuckSeeds.length */
  readonly stuck: number;
  /** Runs that reached the tolerance. */
  readonly reached: number;
  /** The final loss of each stuck run, in stuckSeeds' order. */
  readonly stuckLosses: readonly number[];
}

/** One run: the epoch at which E ≤ tolerance (null if never, within maxEpochs) and the last E. */
export function runXor(setup: Omit<XorStuckSetup, 'seeds'>, seed: number): { readonly reachedAt: number | null; readonly loss: number } {
  const data = makeLogicGate('xor');
  const network = createNetwork({ sizes: [...setup.sizes], activations: 'sigmoid', rng: createRng(seed) });
  const trainer = new Trainer(network, data, createOptimizer('gd', { lr: setup.eta }), { mode: 'full-batch' });
  const losses = trainer.stepLosses;
  for (let epoch = 1; epoch <= setup.maxEpochs; epoch++) {
    trainer.step();
    const loss = losses[losses.length - 1];
    if (loss <= setup.tolerance) return { reachedAt: epoch, loss };
  }
  return { reachedAt: null, loss: losses[losses.length - 1] };
}

export function countStuckXorRuns(setup: XorStuckSetup): XorStuckCount {
  const stuckSeeds: number[] = [];
  const stuckLosses: number[] = [];
  for (let seed = 0; seed < setup.seeds; seed++) {
    const run = runXor(setup, seed);
    if (run.reachedAt === null) {
      stuckSeeds.push(seed);
      stuckLosses.push(run.loss);
    }
  }
  return { ...setup, stuckSeeds, stuck: stuckSeeds.length, reached: setup.seeds - stuckSeeds.length, stuckLosses };
}
