/**
 * Floating-point work of one training step of a dense network, counted as multiply-adds (one
 * multiply-add = 2 FLOPs).
 *
 * For a dense layer with `fanIn` inputs, `units` units and a batch of m rows:
 *   forward   net = X·Wᵀ + b           m·fanIn·units
 *   backward  ∂E/∂W = δᵀ·X             m·fanIn·units
 *             ∂E/∂X = δ·W              m·fanIn·units   (not for the first layer: nothing needs it)
 *   update    θ ← θ − η·∂E/∂θ          fanIn·units + units   (one per weight and bias)
 * Not counted: bias additions and ∂E/∂b sums (additions only, m·units each), activations and their
 * derivatives, the loss and its gradient, batch gathering. They are small next to the products for
 * every network here except the tiny XOR one, so the figure is a slight underestimate.
 *
 * With mini-batches the last batch of an epoch may be short (1,500 = 46·32 + 28); the count is the
 * mean over the steps of an epoch.
 */

import type { BenchNetwork } from './networks';

/** Multiply-adds of one step on a batch of `rows` examples. */
export function multiplyAddsPerStep(sizes: readonly number[], rows: number): number {
  let total = 0;
  for (let k = 0; k + 1 < sizes.length; k++) {
    const products = rows * sizes[k] * sizes[k + 1];
    const passes = k === 0 ? 2 : 3;
    total += passes * products + sizes[k] * sizes[k + 1] + sizes[k + 1];
  }
  return total;
}

/** FLOPs (2 per multiply-add) of an average step over one epoch of `examples` examples. */
export function flopsPerStep(network: BenchNetwork, examples: number): number {
  const batch = network.batchSize ?? examples;
  const fullBatches = Math.floor(examples / batch);
  const remainder = examples % batch;
  const steps = fullBatches + (remainder > 0 ? 1 : 0);
  const perEpoch =
    fullBatches * multiplyAddsPerStep(network.sizes, batch) +
    (remainder > 0 ? multiplyAddsPerStep(network.sizes, remainder) : 0);
  return (2 * perEpoch) / steps;
}
