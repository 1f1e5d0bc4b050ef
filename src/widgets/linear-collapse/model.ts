/**
 * The linear-collapse widget's model: a 2-2-1 network built by the core — hidden layer h = f(W₁x + b₁)
 * with the chosen f, output y = sig(W₂h + b₂) — trained by full-batch gradient descent on the four XOR
 * points with the course's squared error E = ½(y − y′)² averaged over them (one step is one epoch).
 *
 * What the panels read from it, all through the core:
 * - the square grid of the input plane and its image after layer 1 (each grid line sampled densely,
 *   so a bend shows): with f linear an affine map, so straight lines stay straight;
 * - the four points after layer 1, and the output unit's border W₂h + b₂ = 0 there (a straight line in
 *   the hidden plane whatever f is: the output unit is one linear unit);
 * - A = W₂W₁ and c = W₂b₁ + b₂ of the current weights (core collapseAffine), and at the traced input x
 *   the network's net input of the output unit against Ax + c: equal exactly when f is linear;
 * - the output over the input plane (the decision region y ≥ 0.5) and the accuracy on the four points.
 * Pure (no DOM), deterministic for a seed.
 */
import {
  Trainer,
  applyAffine,
  collapseAffine,
  createMatrix,
  createNetwork,
  createOptimizer,
  createRng,
  makeLogicGate,
  predictGrid,
  type AffineMap,
  type DenseLayer,
  type Network,
  type PlaneGrid,
} from '../../core';
import { MAX_EPOCHS, PLANE, type HiddenActivation } from './state';

const data = makeLogicGate('xor');
/** The four XOR points in makeLogicGate's order: (0,0), (0,1), (1,0), (1,1), targets 0, 1, 1, 0. */
export const XOR_POINTS = { xs: [0, 0, 1, 1], ys: [0, 1, 0, 1], labels: Array.from(data.y.data) };

/** Grid lines at every quarter of the input plane: x₁ = −0.5, −0.25, …, 1.5 and the same for x₂. */
export const GRID_LINES = 9;
/** Samples along each grid line (enough for tanh's bend to look smooth). */
export const LINE_SAMPLES = 41;
/** The decision map's samples per side. */
export const MAP_SIZE = 41;

export interface CollapseSettings {
  readonly act: HiddenActivation;
  readonly seed: number;
  readonly eta: number;
}

/** A polyline: x and y of its samples. */
export interface Polyline {
  readonly xs: Float64Array;
  readonly ys: Float64Array;
  /** 'v': a line x₁ = const of the input grid; 'h': x₂ = const. */
  readonly kind: 'v' | 'h';
}

export interface Trace {
  readonly x: readonly [number, number];
  /** h = f(W₁x + b₁) */
  readonly h: readonly [number, number];
  /** The output unit's net input W₂h + b₂, from the network's own forward pass. */
  readonly z: number;
  /** y = sig(z) */
  readonly y: number;
  /** Ax + c with A = W₂W₁, c = W₂b₁ + b₂: equal to z when f is linear. */
  readonly zA: number;
}

export interface Collapse {
  readonly act: HiddenActivation;
  readonly network: Network;
  /** Its two dense layers: (W₁, b₁) with f, (W₂, b₂) with sig. */
  readonly layers: readonly [DenseLayer, DenseLayer];
  /** losses[t]: the loss E of epoch t + 1 (before its update). */
  readonly losses: readonly number[];
  readonly initialLoss: number;
  /** One epoch; returns its E. */
  step(): number;
  /** Epochs done. */
  readonly epoch: number;
  isDone(epoch: number): boolean;
  /** A = W₂W₁, c = W₂b₁ + b₂ of the current weights. */
  affine(): AffineMap;
  trace(x: readonly [number, number]): Trace;
  /** y on the four points, and how many are on the right side of 0.5. */
  accuracy(): { readonly outputs: readonly number[]; readonly correct: number };
  /** The input grid's lines, and the same lines after layer 1. */
  grid(): { readonly input: readonly Polyline[]; readonly hidden: readonly Polyline[] };
  /** The four points after layer 1. */
  hiddenPoints(): { readonly xs: number[]; readonly ys: number[] };
  /** The output unit's border in the hidden plane: w₁h₁ + w₂h₂ + b = 0 (W₂ and b₂). */
  outputLine(): { readonly w1: number; readonly w2: number; readonly b: number };
  /** y over the drawn input plane. */
  map(): PlaneGrid;
}

/** The input grid: GRID_LINES lines each way across PLANE, LINE_SAMPLES samples each. */
export function inputGrid(): Polyline[] {
  const [lo, hi] = PLANE;
  const at = (k: number, n: number) => lo + ((hi - lo) * k) / (n - 1);
  const lines: Polyline[] = [];
  for (const kind of ['v', 'h'] as const) {
    for (let k = 0; k < GRID_LINES; k++) {
      const fixed = at(k, GRID_LINES);
      const along = Float64Array.from({ length: LINE_SAMPLES }, (_, s) => at(s, LINE_SAMPLES));
      const constant = new Float64Array(LINE_SAMPLES).fill(fixed);
      lines.push(kind === 'v' ? { kind, xs: constant, ys: along } : { kind, xs: along, ys: constant });
    }
  }
  return lines;
}

const INPUT_GRID = inputGrid();

export function createCollapse(settings: CollapseSettings): Collapse {
  const network = createNetwork({ sizes: [2, 2, 1], activations: [settings.act, 'sigmoid'], rng: createRng(settings.seed) });
  const trainer = new Trainer(network, data, createOptimizer('gd', { lr: settings.eta }), { mode: 'full-batch' });
  const [hidden, output] = network.layers as readonly [DenseLayer, DenseLayer];
  const losses = trainer.stepLosses;

  /** Layer 1 alone on a batch of points: f(W₁x + b₁), copied out of the layer's buffer. */
  const layerOne = (xs: ArrayLike<number>, ys: ArrayLike<number>): Float64Array => {
    const batch = createMatrix(xs.length, 2);
    for (let k = 0; k < xs.length; k++) {
      batch.data[2 * k] = xs[k];
      batch.data[2 * k + 1] = ys[k];
    }
    return hidden.forward(batch, 'inference').data.slice();
  };

  return {
    act: settings.act,
    network,
    layers: [hidden, output],
    losses,
    initialLoss: network.evaluateLoss(data.x, data.y),
    step() {
      trainer.step();
      return losses[losses.length - 1];
    },
    get epoch() {
      return trainer.stepCount;
    },
    isDone: (epoch) => epoch >= MAX_EPOCHS || trainer.status === 'diverged',
    affine: () => collapseAffine(hidden.weights, hidden.bias.data, output.weights, output.bias.data),
    trace(x) {
      const input = createMatrix(1, 2);
      input.data.set(x);
      const y = network.forward(input, 'inference').data[0];
      const h: [number, number] = [hidden.output.data[0], hidden.output.data[1]];
      const z = output.net.data[0];
      const zA = applyAffine(collapseAffine(hidden.weights, hidden.bias.data, output.weights, output.bias.data), x)[0];
      return { x, h, z, y, zA };
    },
    accuracy() {
      const outputs = Array.from(network.forward(data.x, 'inference').data);
      const correct = outputs.filter((y, k) => (y >= 0.5 ? 1 : 0) === data.y.data[k]).length;
      return { outputs, correct };
    },
    grid() {
      const hiddenLines = INPUT_GRID.map((line) => {
        const out = layerOne(line.xs, line.ys);
        return {
          kind: line.kind,
          xs: Float64Array.from({ length: line.xs.length }, (_, s) => out[2 * s]),
          ys: Float64Array.from({ length: line.xs.length }, (_, s) => out[2 * s + 1]),
        };
      });
      return { input: INPUT_GRID, hidden: hiddenLines };
    },
    hiddenPoints() {
      const out = layerOne(XOR_POINTS.xs, XOR_POINTS.ys);
      return { xs: [0, 1, 2, 3].map((k) => out[2 * k]), ys: [0, 1, 2, 3].map((k) => out[2 * k + 1]) };
    },
    outputLine: () => ({ w1: output.weights.data[0], w2: output.weights.data[1], b: output.bias.data[0] }),
    map: () => predictGrid(network, PLANE, PLANE, MAP_SIZE),
  };
}
