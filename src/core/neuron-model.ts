/**
 * One artificial neuron, the chapter's first formula (chapter 1, #neuron):
 *
 *   y = f( Σᵢ wᵢ·xᵢ + b )
 *
 * read from the inside out: each input xᵢ times its own weight wᵢ, the products added, the bias b
 * added on top (net), and the activation f applied. `neuronReading` returns every intermediate so a
 * widget can show where net comes from: the products wᵢxᵢ, the running sum after each term (the
 * bars of a waterfall that ends at net), net itself and y. For the step, the neuron fires (y = 1)
 * exactly when Σᵢ wᵢxᵢ ≥ −b: the bias sets how much weighted evidence it needs.
 */
import { createElementwiseActivation, type ElementwiseActivationName } from './activations';

export interface NeuronReading {
  /** wᵢ·xᵢ, one per input. */
  readonly products: readonly number[];
  /** Σᵢ wᵢ·xᵢ, before the bias. */
  readonly weightedSum: number;
  /**
   * The running total after each term, in the order w₁x₁, …, wₙxₙ, b: `running[k]` is where the k-th
   * term's bar ends (it starts at `running[k − 1]`, or 0); the last entry is net.
   */
  readonly running: readonly number[];
  /** net = Σᵢ wᵢ·xᵢ + b */
  readonly net: number;
  /** y = f(net) */
  readonly y: number;
}

export function neuronReading(x: readonly number[], w: readonly number[], b: number, f: ElementwiseActivationName): NeuronReading {
  if (x.length !== w.length) throw new RangeError(`x has ${x.length} entries but w has ${w.length}`);
  if (![...x, ...w, b].every(Number.isFinite)) throw new RangeError('inputs, weights and bias must be finite');
  const products = x.map((xi, i) => w[i] * xi);
  const running: number[] = [];
  let total = 0;
  for (const term of [...products, b]) {
    total += term;
    running.push(total);
  }
  const net = total;
  const weightedSum = products.length > 0 ? running[products.length - 1] : 0;
  return { products, weightedSum, running, net, y: createElementwiseActivation(f).value(net) };
}
