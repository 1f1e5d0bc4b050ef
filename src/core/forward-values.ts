/**
 * Every unit's weighted sum and output for one input, layer by layer: what a forward pass computes,
 * kept for display (the forward-propagation widget writes them on the network diagram in turn).
 *
 *   net⁽ˡ⁾ = W⁽ˡ⁾ a⁽ˡ⁻¹⁾ + b⁽ˡ⁾,   a⁽ˡ⁾ = f(net⁽ˡ⁾),   a⁽⁰⁾ = x
 *
 * Only dense layers are allowed (a dense layer keeps its net input; other kinds of layer have none to show).
 */
import type { Network } from './network';
import { DenseLayer } from './layers/dense';
import { createMatrix } from './matrix';

export interface ForwardValues {
  /** net⁽ˡ⁾ for l = 1 … L: nets[l − 1][j] is unit j's Σᵢ W[j][i]·a⁽ˡ⁻¹⁾ᵢ + b_j. */
  readonly nets: readonly Float64Array[];
  /** a⁽ˡ⁾ for l = 0 … L: outputs[0] is the input x, outputs[L] the network's output. */
  readonly outputs: readonly Float64Array[];
}

/** One example's forward pass (inference mode), every layer's net and output copied. */
export function forwardValues(network: Network, input: ArrayLike<number>): ForwardValues {
  if (input.length !== network.inputSize) {
    throw new RangeError(`forwardValues: expected ${network.inputSize} inputs, got ${input.length}`);
  }
  const x = createMatrix(1, network.inputSize);
  for (let i = 0; i < input.length; i++) x.data[i] = input[i];
  network.forward(x, 'inference');
  const nets: Float64Array[] = [];
  const outputs: Float64Array[] = [x.data.slice()];
  for (const layer of network.layers) {
    if (!(layer instanceof DenseLayer)) throw new Error(`forwardValues: ${layer.name} is a ${layer.kind} layer, not dense`);
    nets.push(layer.net.data.slice());
    outputs.push(layer.output.data.slice());
  }
  return { nets, outputs };
}
