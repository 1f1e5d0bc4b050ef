/**
 * A multilayer network of step units, evaluated with given weights (no training):
 * for each layer, net_j = Σᵢ W[j][i]·inᵢ + b_j and out_j = step(net_j); one layer's outputs are the
 * next one's inputs (net rounded to 12 decimal places, as in perceptron.ts, so that a tie net = 0
 * gives step = 1 as by hand). The deck's XOR: input → (NAND, OR) → AND → output (examples/xor-gates.ts).
 */
import { step } from './activations';
import type { Matrix } from './matrix';
import { roundTo, STEP_UNIT_DECIMALS } from './rounding';

export interface StepLayer {
  /** units × inputs: W[j][i] connects input i to unit j. */
  readonly weights: Matrix;
  /** b; length = units */
  readonly bias: Float64Array;
}

export interface StepNetworkEvaluation {
  /** net of each layer's units, layer by layer. */
  readonly nets: readonly Float64Array[];
  /** step(net) of each layer's units, layer by layer; the last is the network's output. */
  readonly outputs: readonly Float64Array[];
}

/** Forward pass of a step network on one input vector. */
export function evaluateStepNetwork(layers: readonly StepLayer[], input: ArrayLike<number>): StepNetworkEvaluation {
  const nets: Float64Array[] = [];
  const outputs: Float64Array[] = [];
  let current: ArrayLike<number> = input;
  layers.forEach((layer, l) => {
    const { rows: units, cols: inputs, data: W } = layer.weights;
    if (current.length !== inputs) {
      throw new RangeError(`layer ${l + 1} expects ${inputs} inputs, got ${current.length}`);
    }
    if (layer.bias.length !== units) throw new RangeError(`layer ${l + 1} bias has ${layer.bias.length} entries, expected ${units}`);
    const net = new Float64Array(units);
    const out = new Float64Array(units);
    for (let j = 0; j < units; j++) {
      let sum = layer.bias[j];
      for (let i = 0; i < inputs; i++) sum += W[j * inputs + i] * current[i];
      net[j] = roundTo(sum, STEP_UNIT_DECIMALS);
      out[j] = step(net[j]);
    }
    nets.push(net);
    outputs.push(out);
    current = out;
  });
  return { nets, outputs };
}
