/**
 * The widget's model: one dataset and five copies of one network — the same layer sizes and the SAME
 * initial weights, drawn from one seed — that differ only in their hidden layers' activation (step,
 * sigmoid, tanh, ReLU, Leaky ReLU), trained side by side by full-batch gradient descent with one η.
 * One step is one epoch of each. Pure (no DOM), deterministic per seed.
 *
 * The same weights: createNetwork draws every layer's W (Xavier uniform, which depends only on the
 * layer's sizes) and then b (zeros) from the Rng in order, so five networks made from five Rngs with
 * the same seed start identical, whatever their activation.
 *
 * The step network: step′ = 0 (activations.ts), so δ = 0 in its hidden layers and their weights never
 * change; only the output unit learns, from hidden outputs fixed at the start.
 */
import {
  Trainer,
  createNetwork,
  createOptimizer,
  createRng,
  makeCircles,
  makeLogicGate,
  makeSpirals,
  negativeEverywhere,
  type Dataset,
  type ElementwiseActivationName,
  type Network,
  type NegativeUnits,
} from '../../core';
import { ACTIVATIONS, PLANS, type DatasetName } from './state';

export interface SameSettings {
  readonly data: DatasetName;
  readonly depth: '1' | '2';
  readonly width: number;
  readonly eta: number;
  readonly seed: number;
}

/** The points of the circles and spirals are fixed (their own seed), so a seed changes only the weights. */
const DATA_SEED = 0;

const datasets = new Map<DatasetName, Dataset>();
/** The dataset by name (made once; nothing writes into it). */
export function datasetOf(name: DatasetName): Dataset {
  let data = datasets.get(name);
  if (!data) {
    data =
      name === 'xor'
        ? makeLogicGate('xor')
        : name === 'circles'
          ? makeCircles({ n: 80, noise: 0.05 }, createRng(DATA_SEED))
          : makeSpirals({ n: 100 }, createRng(DATA_SEED));
    datasets.set(name, data);
  }
  return data;
}

/** Layer sizes: 2 inputs, `depth` hidden layers of `width` units, 1 output. */
export function layerSizes(settings: Pick<SameSettings, 'depth' | 'width'>): number[] {
  return [2, ...Array.from({ length: Number(settings.depth) }, () => settings.width), 1];
}

/** The network for one activation: its hidden layers use it, the output is a sigmoid unit. */
export function makeNetwork(settings: Pick<SameSettings, 'depth' | 'width' | 'seed'>, activation: ElementwiseActivationName): Network {
  const sizes = layerSizes(settings);
  const activations = sizes.slice(1).map((_, k) => (k === sizes.length - 2 ? 'sigmoid' : activation));
  return createNetwork({ sizes, activations, rng: createRng(settings.seed) });
}

/** Share of the examples on the right side of 0.5 (the output unit is a sigmoid, the targets 0 or 1). */
export function accuracy(network: Network, data: Dataset): number {
  const out = network.forward(data.x, 'inference').data;
  let right = 0;
  for (let k = 0; k < out.length; k++) if ((out[k] >= 0.5 ? 1 : 0) === data.y.data[k]) right++;
  return right / out.length;
}

export interface Lane {
  readonly activation: ElementwiseActivationName;
  readonly network: Network;
  readonly trainer: Trainer;
  /** losses[t]: E before epoch t + 1 (the trainer's step losses); the initial E is `initialLoss`. */
  readonly losses: readonly number[];
  readonly initialLoss: number;
  /** True once a step's loss or weights stopped being finite (the trainer kept the last good weights). */
  readonly diverged: boolean;
  accuracy(): number;
  negative(): NegativeUnits;
  /** The largest |w − w₀| over the hidden layers' weights and biases since the start (0 for step, exactly). */
  hiddenChange(): number;
}

export interface Race {
  readonly data: Dataset;
  readonly dataName: DatasetName;
  readonly lanes: readonly Lane[];
  /** Epochs done. */
  readonly epoch: number;
  /** The sum of the five networks' E before any step (the runner's initial loss). */
  readonly initialLoss: number;
  /** One epoch of each network; returns the sum of their E (NaN when one diverged, which stops the run). */
  step(): number;
}

function lane(settings: SameSettings, data: Dataset, activation: ElementwiseActivationName): Lane {
  const network = makeNetwork(settings, activation);
  const trainer = new Trainer(network, data, createOptimizer('gd', { lr: settings.eta }), { mode: 'full-batch' });
  const initialLoss = network.evaluateLoss(data.x, data.y);
  // The hidden layers' parameters come first in the network's buffer, the output layer's last.
  const hiddenCount = network.parameters.length - network.layers[network.layers.length - 1].parameterCount;
  const start = network.parameters.slice(0, hiddenCount);
  return {
    activation,
    network,
    trainer,
    losses: trainer.stepLosses,
    initialLoss,
    get diverged() {
      return trainer.status === 'diverged';
    },
    accuracy: () => accuracy(network, data),
    negative: () => negativeEverywhere(network, data.x),
    hiddenChange() {
      let most = 0;
      for (let k = 0; k < hiddenCount; k++) most = Math.max(most, Math.abs(network.parameters[k] - start[k]));
      return most;
    },
  };
}

export function createRace(settings: SameSettings): Race {
  const data = datasetOf(settings.data);
  const lanes = ACTIVATIONS.map((activation) => lane(settings, data, activation));
  let epoch = 0;
  return {
    data,
    dataName: settings.data,
    lanes,
    get epoch() {
      return epoch;
    },
    initialLoss: lanes.reduce((sum, l) => sum + l.initialLoss, 0),
    step() {
      let sum = 0;
      for (const l of lanes) {
        const status = l.trainer.step();
        sum += status === 'diverged' ? Number.NaN : l.losses[l.losses.length - 1];
      }
      epoch++;
      return sum;
    },
  };
}

/** Done: the dataset's epochs are spent. */
export function isFinished(epoch: number, data: DatasetName): boolean {
  return epoch >= PLANS[data].epochs;
}
