/**
 * The forward-propagation widget's model: the chapter's 2-2-1 sigmoid network (state.ts) and, for the
 * inputs x₁, x₂, every unit's net input and output — the core's forwardValues, nothing computed here.
 * Pure (no DOM).
 */
import { Network, forwardValues, type ForwardValues } from '../../core';
import { EXAMPLE_LAYERS, EXAMPLE_SPEC } from './state';
import type { NetworkNumbers } from './steps';

/** Built once for every copy of the widget: forwardValues changes no parameter and copies what it returns. */
const network = Network.fromSpec(EXAMPLE_SPEC);

/** W⁽ˡ⁾ (row-major, units × inputs) and b⁽ˡ⁾ of the example, as the diagram and the formulas read them. */
export const EXAMPLE_NUMBERS: NetworkNumbers = {
  layers: EXAMPLE_LAYERS,
  weights: [network.parameter('layer1.W').data, network.parameter('layer2.W').data],
  biases: [network.parameter('layer1.b').data, network.parameter('layer2.b').data],
};

/** net and output of every unit for the input (x₁, x₂). */
export function forwardModel(inputs: { readonly x1: number; readonly x2: number }): ForwardValues {
  return forwardValues(network, [inputs.x1, inputs.x2]);
}
