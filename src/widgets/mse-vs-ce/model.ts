/**
 * The widget's model: two copies of one sigmoid neuron y = sig(wx + b), started at the same (w₀, b₀),
 * trained side by side with the same η on the one example (x = 1, y′ = 0) — one on the course's
 * squared error E = ½(y − y′)², one on binary cross-entropy. One step is one epoch: one
 * gradient-descent update of each (the core's neuronStep). Pure (no DOM), deterministic.
 */
import { neuronState, neuronStep, type NeuronLoss, type NeuronPoint, type NeuronState } from '../../core';
import { EXAMPLE } from './state';

export interface Track {
  readonly loss: NeuronLoss;
  /** (w, b) now. */
  readonly point: NeuronPoint;
  /** The neuron now: y, sig′(a), the loss and its gradient (the one the next step takes). */
  readonly now: NeuronState;
  /** outputs[t], losses[t]: after t epochs (t = 0 is the start). */
  readonly outputs: number[];
  readonly losses: number[];
}

export interface Race {
  readonly eta: number;
  readonly mse: Track;
  readonly ce: Track;
  /** Epochs done. */
  readonly epoch: number;
  /** One epoch for both; returns the squared-error neuron's E (the runner's loss). */
  step(): number;
}

interface MutableTrack {
  loss: NeuronLoss;
  point: NeuronPoint;
  now: NeuronState;
  outputs: number[];
  losses: number[];
}

function track(loss: NeuronLoss, start: NeuronPoint): MutableTrack {
  const now = neuronState(loss, start, EXAMPLE);
  return { loss, point: start, now, outputs: [now.y], losses: [now.loss] };
}

function advance(t: MutableTrack, eta: number): void {
  t.point = neuronStep(t.loss, t.point, EXAMPLE, eta);
  t.now = neuronState(t.loss, t.point, EXAMPLE);
  t.outputs.push(t.now.y);
  t.losses.push(t.now.loss);
}

export function createRace(settings: { readonly w0: number; readonly b0: number; readonly eta: number }): Race {
  const start = { w: settings.w0, b: settings.b0 };
  const mse = track('half-squared-error', start);
  const ce = track('cross-entropy', start);
  return {
    eta: settings.eta,
    mse,
    ce,
    get epoch() {
      return mse.outputs.length - 1;
    },
    step() {
      advance(mse, settings.eta);
      advance(ce, settings.eta);
      return mse.now.loss;
    },
  };
}
