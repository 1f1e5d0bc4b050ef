/**
 * The "with and without batch normalization" widget's model: two deep networks made from ONE seed —
 * the same layer sizes and the same initial weights — one plain (dense layers with the activation
 * f built in: net = u·Wᵀ + b, out = f(net)) and one with a batch-norm layer before each hidden
 * activation (dense with no activation → BN → f, as Ioffe & Szegedy place it). Both train side by
 * side by mini-batch gradient descent with one η on the same batches in the same order. Pure (no
 * DOM), deterministic per seed.
 *
 * The same weights: createNetwork and the BN network's dense layers draw each layer's W (Xavier
 * uniform) and then b (zeros) from an Rng in layer order; BN layers draw nothing (γ = 1, β = 0). So two
 * Rngs with the same seed give the two networks the same W and b.
 *
 * What is watched (the paper's Figure 1(b, c)): every PROBE_EVERY steps, all N examples go through each
 * network, and for the first unit of every hidden layer (the WATCHED unit) the 15th, 50th and 85th
 * percentiles over the examples are kept of
 * - plain: the activation's input, net = u·Wᵀ + b;
 * - BN: the dense layer's output x = u·Wᵀ + b before BN, and the activation's input y = γx̂ + β after it.
 * The BN network is probed in train mode with its statistics frozen (nothing recorded), so x̂ uses the
 * mean and variance of all N examples — the whole training set's statistics.
 */
import {
  ActivationLayer,
  BatchNormLayer,
  DenseLayer,
  Network,
  Trainer,
  createNetwork,
  createOptimizer,
  createRng,
  makeCircles,
  percentiles,
  type Dataset,
  type Layer,
  type Matrix,
} from '../../core';

export type HiddenActivation = 'sigmoid' | 'tanh';

export interface DuelSettings {
  readonly act: HiddenActivation;
  readonly eta: number;
  readonly seed: number;
}

/** The network: 2 inputs, HIDDEN layers of WIDTH units, one sigmoid output unit; E = ½(y − y′)². */
export const HIDDEN = 5;
export const WIDTH = 16;
/** Examples, and examples per mini-batch. */
export const EXAMPLES = 200;
export const BATCH = 20;
/** Steps a run takes (the runner stops there). */
export const STEPS = 2000;
/** Steps between two probes of the units' inputs. */
export const PROBE_EVERY = 10;
export const PERCENTILES = [15, 50, 85] as const;
/** The points are fixed (their own seed): the reader's seed changes the weights and the batch order. */
const DATA_SEED = 0;

let dataset: Dataset | null = null;
/** The two circles, made once (nothing writes into it). */
export function datasetOf(): Dataset {
  dataset ??= makeCircles({ n: EXAMPLES, noise: 0.08 }, createRng(DATA_SEED));
  return dataset;
}

export const layerSizes = (): number[] => [2, ...Array.from({ length: HIDDEN }, () => WIDTH), 1];

/** The plain network: every hidden dense layer applies f itself; the output unit is a sigmoid. */
export function plainNetwork(settings: Pick<DuelSettings, 'act' | 'seed'>): Network {
  const sizes = layerSizes();
  const activations = sizes.slice(1).map((_, k) => (k === HIDDEN ? 'sigmoid' : settings.act));
  return createNetwork({ sizes, activations, rng: createRng(settings.seed) });
}

/** The BN network: dense (no activation) → BN → f for each hidden layer, then the same sigmoid output unit. */
export function bnNetwork(settings: Pick<DuelSettings, 'act' | 'seed'>): Network {
  const sizes = layerSizes();
  const rng = createRng(settings.seed);
  const layers: Layer[] = [];
  for (let k = 0; k < HIDDEN; k++) {
    layers.push(new DenseLayer({ inputSize: sizes[k], units: sizes[k + 1], rng }));
    layers.push(new BatchNormLayer({ size: sizes[k + 1] }));
    layers.push(new ActivationLayer({ size: sizes[k + 1], activation: settings.act }));
  }
  layers.push(new DenseLayer({ inputSize: WIDTH, units: 1, activation: 'sigmoid', rng }));
  return new Network(layers);
}

/** 15th, 50th, 85th percentile of one unit's value over the examples, at one probe. */
export type Band = readonly [number, number, number];

/** The unit watched in each hidden layer (0-based): the first. */
export const WATCHED = 0;

/** One probe: the step it was taken after, and per hidden layer the watched unit's band(s). */
export interface Probe {
  readonly step: number;
  /** [layer]: the activation's input (plain: net; BN: γx̂ + β). */
  readonly input: readonly Band[];
  /** [layer]: BN only, the dense output before BN (x = u·Wᵀ + b); null for the plain network. */
  readonly beforeBn: readonly Band[] | null;
}

export interface Lane {
  readonly kind: 'plain' | 'bn';
  readonly network: Network;
  readonly trainer: Trainer;
  /** losses[t]: the batch loss of step t + 1. */
  readonly losses: readonly number[];
  readonly initialLoss: number;
  readonly diverged: boolean;
  /** The step (1-based) whose loss or weights were not finite, or null. */
  readonly divergedAt: number | null;
  readonly probes: readonly Probe[];
  /** Share of all N examples on the right side of 0.5 (inference mode). */
  accuracy(): number;
}

/** The watched unit's 15th/50th/85th percentiles over the rows of a layer's m × units values. */
function bandOf(m: Matrix, scratch: Float64Array, column: Float64Array): Band {
  for (let r = 0; r < m.rows; r++) column[r] = m.data[r * m.cols + WATCHED];
  const [a, b, c] = percentiles(column, PERCENTILES, scratch);
  return [a, b, c];
}

/** The bands of every hidden unit for all N examples (see the header). */
export function probe(kind: 'plain' | 'bn', network: Network, data: Dataset, step: number): Probe {
  const scratch = new Float64Array(data.x.rows);
  const column = new Float64Array(data.x.rows);
  if (kind === 'plain') {
    network.forward(data.x, 'inference');
    const input = network.layers.slice(0, HIDDEN).map((layer) => bandOf((layer as DenseLayer).net, scratch, column));
    return { step, input, beforeBn: null };
  }
  network.setFrozen(true);
  network.forward(data.x, 'train');
  network.setFrozen(false);
  const input: Band[] = [];
  const beforeBn: Band[] = [];
  for (let k = 0; k < HIDDEN; k++) {
    beforeBn.push(bandOf((network.layers[3 * k] as DenseLayer).net, scratch, column));
    input.push(bandOf((network.layers[3 * k + 1] as BatchNormLayer).output, scratch, column));
  }
  return { step, input, beforeBn };
}

function accuracyOf(network: Network, data: Dataset): number {
  const out = network.forward(data.x, 'inference').data;
  let right = 0;
  for (let k = 0; k < out.length; k++) if ((out[k] >= 0.5 ? 1 : 0) === data.y.data[k]) right++;
  return right / out.length;
}

function lane(kind: 'plain' | 'bn', settings: DuelSettings, data: Dataset): Lane & { step(): boolean } {
  const network = kind === 'plain' ? plainNetwork(settings) : bnNetwork(settings);
  // The batch order: its own Rng from the seed, the same for both networks.
  const trainer = new Trainer(network, data, createOptimizer('gd', { lr: settings.eta }), {
    mode: 'mini-batch',
    batchSize: BATCH,
    rng: createRng(settings.seed + 1),
  });
  const initialLoss = kind === 'plain' ? network.evaluateLoss(data.x, data.y) : evaluateBn(network, data);
  const probes: Probe[] = [probe(kind, network, data, 0)];
  return {
    kind,
    network,
    trainer,
    losses: trainer.stepLosses,
    initialLoss,
    get diverged() {
      return trainer.status === 'diverged';
    },
    get divergedAt() {
      return trainer.divergedAtStep;
    },
    probes,
    accuracy: () => accuracyOf(network, data),
    /** One step; false once diverged (then nothing more happens). */
    step() {
      if (trainer.status === 'diverged') return false;
      if (trainer.step() === 'diverged') return false;
      if (trainer.stepCount % PROBE_EVERY === 0) probes.push(probe(kind, network, data, trainer.stepCount));
      return true;
    },
  };
}

/** E over all N examples with the BN layers using the whole set's statistics (train mode, frozen). */
function evaluateBn(network: Network, data: Dataset): number {
  network.setFrozen(true);
  const loss = network.evaluateLoss(data.x, data.y, 'train');
  network.setFrozen(false);
  return loss;
}

export interface Duel {
  readonly data: Dataset;
  readonly plain: Lane;
  readonly bn: Lane;
  /** Steps taken (a diverged network stops; the other goes on). */
  readonly step: number;
  /** The sum of the two initial losses (the runner's reference). */
  readonly initialLoss: number;
  /**
   * One step of each network still training; returns the sum of the latest batch losses of the
   * networks still training (finite while one of them goes on; NaN only when both diverged).
   */
  advance(): number;
}

export function createDuel(settings: DuelSettings): Duel {
  const data = datasetOf();
  const plain = lane('plain', settings, data);
  const bn = lane('bn', settings, data);
  let step = 0;
  return {
    data,
    plain,
    bn,
    get step() {
      return step;
    },
    initialLoss: plain.initialLoss + bn.initialLoss,
    advance() {
      let sum = 0;
      let alive = 0;
      for (const l of [plain, bn]) {
        if (l.step()) {
          sum += l.losses[l.losses.length - 1];
          alive++;
        }
      }
      step++;
      return alive > 0 ? sum : Number.NaN;
    },
  };
}

/** Done: the run's steps are spent. */
export const isFinished = (step: number): boolean => step >= STEPS;

/** The latest loss of a lane (its initial loss before any step; the last finite one if it diverged). */
export function latestLoss(l: Lane): number {
  for (let k = l.losses.length - 1; k >= 0; k--) if (Number.isFinite(l.losses[k])) return l.losses[k];
  return l.initialLoss;
}
