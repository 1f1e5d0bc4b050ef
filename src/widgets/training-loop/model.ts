/**
 * The training loop's model: a sigmoid network (layer sizes from the architecture, weights drawn from
 * the seed) and the core's Trainer doing full-batch gradient descent on the four XOR points — one
 * step is one epoch — with the deck's two stopping rules (E ≤ tolerance, or MAX_EPOCHS) and what the
 * run remembers of itself: the epoch at which it was first found stuck (plateau.ts), so that it is
 * paused for that once. Pure (no DOM).
 */
import { Trainer, createNetwork, createOptimizer, createRng, makeLogicGate, type Network } from '../../core';
import { judgeStuck, type StuckVerdict } from './plateau';
import { MAX_EPOCHS, layerSizes, type Architecture } from './state';

export interface LoopSettings {
  readonly arch: Architecture;
  readonly seed: number;
  /** η */
  readonly eta: number;
  /** The tolerance on E. */
  readonly tol: number;
}

/** The four XOR points in makeLogicGate's order, with their targets, as the map draws them. */
const data = makeLogicGate('xor');
export const XOR_POINTS = { xs: [0, 0, 1, 1], ys: [0, 1, 0, 1], labels: Array.from(data.y.data) };

export interface Loop {
  readonly network: Network;
  readonly tol: number;
  /** losses[t] is epoch t + 1's loss E (the mean over the four points of ½(y − y′)²). */
  readonly losses: readonly number[];
  /** E before the first epoch. */
  readonly initialLoss: number;
  /** One epoch; returns its E. */
  step(): number;
  /** The loop's stopping rules: E within the tolerance, or the cap. */
  isDone(loss: number, epoch: number): boolean;
  /** The verdict on the run as it stands (null: not stuck, or not yet known). */
  stuck(): StuckVerdict | null;
  /** The epoch at which the run was first found stuck, or null. */
  readonly stuckAt: number | null;
  /** Judges the run now; true only the first time it looks stuck (which records stuckAt). */
  noteStuck(): boolean;
}

export function createLoop(settings: LoopSettings): Loop {
  const network = createNetwork({ sizes: layerSizes(settings.arch), activations: 'sigmoid', rng: createRng(settings.seed) });
  const trainer = new Trainer(network, data, createOptimizer('gd', { lr: settings.eta }), { mode: 'full-batch' });
  const losses = trainer.stepLosses;
  let stuckAt: number | null = null;
  const loop: Loop = {
    network,
    tol: settings.tol,
    losses,
    initialLoss: network.evaluateLoss(data.x, data.y),
    step() {
      trainer.step();
      return losses[losses.length - 1];
    },
    isDone: (loss, epoch) => loss <= settings.tol || epoch >= MAX_EPOCHS,
    stuck: () => judgeStuck(losses, losses.length, network.forward(data.x, 'inference').data, data.y.data, settings.tol),
    get stuckAt() {
      return stuckAt;
    },
    noteStuck() {
      if (stuckAt !== null || !loop.stuck()) return false;
      stuckAt = losses.length;
      return true;
    },
  };
  return loop;
}
