/**
 * Hidden units whose net input is negative on every example of a dataset — for a ReLU unit that is a
 * dead unit: ReLU′(net) = 0 for net < 0 (the course takes ReLU′(0) = 1, so net = 0 is alive), so
 * δ = f′(net)·(…) = 0 on every example, its incoming weights and its bias get zero gradient, and
 * nothing the batch does can bring it back. Leaky ReLU's slope (0.01) keeps such a unit learning,
 * slowly; for sigmoid or tanh a negative net is just an output below the middle.
 *
 * For each hidden dense layer (every layer but the last), net_j = Σ_i W[j][i]·a_i + b_j is computed
 * for every example from the previous layer's outputs a (the inputs x for layer 1). Pure.
 */
import { DenseLayer } from './layers/dense';
import type { Matrix } from './matrix';
import type { Network } from './network';

export interface NegativeUnits {
  /** Per hidden layer: the units (indices) whose net input is < 0 on every example. */
  readonly perLayer: readonly (readonly number[])[];
  /** How many there are in all. */
  readonly count: number;
  /** Hidden units in all. */
  readonly units: number;
}

export function negativeEverywhere(network: Network, x: Matrix): NegativeUnits {
  const perLayer: number[][] = [];
  let units = 0;
  let input = x;
  const layers = network.layers;
  for (let k = 0; k < layers.length - 1; k++) {
    const layer = layers[k];
    if (!(layer instanceof DenseLayer)) throw new Error(`negativeEverywhere: ${layer.name} is a ${layer.kind} layer, not dense`);
    const { inputSize, outputSize } = layer;
    const w = layer.weights.data;
    const b = layer.bias.data;
    const negative: number[] = [];
    for (let j = 0; j < outputSize; j++) {
      let always = true;
      for (let r = 0; r < input.rows && always; r++) {
        let net = b[j];
        for (let i = 0; i < inputSize; i++) net += w[j * inputSize + i] * input.data[r * inputSize + i];
        if (!(net < 0)) always = false;
      }
      if (always) negative.push(j);
    }
    perLayer.push(negative);
    units += outputSize;
    input = layer.forward(input, 'inference');
  }
  return { perLayer, count: perLayer.reduce((n, l) => n + l.length, 0), units };
}
