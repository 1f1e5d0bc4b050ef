/**
 * The neuron-model widget's model, pure: the core's reading of y = f(Σᵢ wᵢxᵢ + b) for the current
 * numbers (src/core/neuron-model.ts), the activation's curve for the plot, and what the widget says
 * about it — whether a step neuron fires, how much weighted evidence it needs (−b), and which input
 * pushes hardest either way.
 */
import { createElementwiseActivation, neuronReading, type ElementwiseActivationName, type NeuronReading } from '../../core';
import { N, W_LIMIT, X_LIMIT } from './state';

export interface NeuronState {
  readonly x1: number;
  readonly x2: number;
  readonly x3: number;
  readonly w1: number;
  readonly w2: number;
  readonly w3: number;
  readonly b: number;
  readonly f: ElementwiseActivationName;
}

/** |net| can reach N·X_LIMIT·W_LIMIT + W_LIMIT = 21; the plot shows the activation over this range. */
export const NET_LIMIT = N * X_LIMIT * W_LIMIT + W_LIMIT;
/** The f plot's default net range (it widens to keep net in view). */
export const NET_VIEW = 6;
const CURVE_SAMPLES = 241;

export const inputsOf = (s: NeuronState): number[] => [s.x1, s.x2, s.x3];
export const weightsOf = (s: NeuronState): number[] => [s.w1, s.w2, s.w3];

/** What a product wᵢxᵢ does to net: pushes it up, holds it down, or (|wᵢxᵢ| < 0.05) hardly matters. */
export type Role = 'push' | 'hold' | 'none';
export const roleOf = (product: number): Role => (Math.abs(product) < 0.05 ? 'none' : product > 0 ? 'push' : 'hold');

export interface NeuronModel {
  readonly reading: NeuronReading;
  /** The f plot: net from −view to view, and f over it. */
  readonly view: number;
  readonly xs: number[];
  readonly ys: number[];
  readonly yDomain: readonly [number, number];
  /** What each product does to net. */
  readonly roles: readonly Role[];
}

export function neuronModel(state: NeuronState): NeuronModel {
  const reading = neuronReading(inputsOf(state), weightsOf(state), state.b, state.f);
  const view = Math.min(NET_LIMIT, Math.max(NET_VIEW, Math.ceil(Math.abs(reading.net) + 1)));
  const f = createElementwiseActivation(state.f);
  const xs: number[] = [];
  const ys: number[] = [];
  for (let k = 0; k < CURVE_SAMPLES; k++) {
    const net = -view + (2 * view * k) / (CURVE_SAMPLES - 1);
    xs.push(net);
    ys.push(f.value(net));
  }
  // The step and the sigmoid live in [0, 1], tanh in [−1, 1]; ReLU and the linear function grow with net.
  const yDomain: readonly [number, number] =
    state.f === 'step' || state.f === 'sigmoid' ? [-0.1, 1.1] : state.f === 'tanh' ? [-1.1, 1.1] : state.f === 'relu' ? [-0.1 * view, view] : [-view, view];
  return { reading, view, xs, ys, yDomain, roles: reading.products.map(roleOf) };
}

/** The bias that puts net at `net` with the inputs and weights as they are (dragging the point along f). */
export function biasFor(reading: NeuronReading, net: number): number | null {
  const b = Number((net - reading.weightedSum).toFixed(10));
  return Math.abs(b) <= W_LIMIT ? b : null;
}

/** The live formula's numbers (components/NeuronModel.astro). */
export function formulaValues(state: NeuronState, reading: NeuronReading): Record<string, number> {
  return {
    x1: state.x1, x2: state.x2, x3: state.x3,
    w1: state.w1, w2: state.w2, w3: state.w3,
    b: state.b,
    p1: reading.products[0], p2: reading.products[1], p3: reading.products[2],
    sum: reading.weightedSum,
    net: reading.net,
    y: reading.y,
    // The step fires when Σ wᵢxᵢ ≥ −b.
    need: -state.b,
  };
}
