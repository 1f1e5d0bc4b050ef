/**
 * Test helper: checks a layer's backward() by central differences of L = Σ c ⊙ forward(input), with
 * fixed random weights c (so ∂L/∂out = c). The layer is frozen (dropout keeps its mask).
 */
import type { Layer, Mode } from '../../../../src/core/layers/layer';
import { type Matrix, createMatrix } from '../../../../src/core/matrix';
import { createRng } from '../../../../src/core/random';

export interface LayerCheck {
  /** Max relative error of ∂L/∂input. */
  input: number;
  /** Max relative error of each parameter's gradient. */
  parameters: Record<string, number>;
}

function relativeError(a: number, b: number): number {
  return Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b), 1e-8);
}

export function checkLayerGradients(layer: Layer, input: Matrix, mode: Mode, h = 1e-6): LayerCheck {
  const rng = createRng(12345);
  const c = createMatrix(input.rows, layer.outputSize);
  for (let k = 0; k < c.data.length; k++) c.data[k] = rng.uniform(-1, 1);
  const objective = () => {
    const out = layer.forward(input, mode);
    let sum = 0;
    for (let k = 0; k < out.data.length; k++) sum += c.data[k] * out.data[k];
    return sum;
  };
  layer.setFrozen(true);
  objective();
  const gradInput = layer.backward(c).data.slice();
  const parameterGradients = layer.parameters.map((p) => p.gradient.data.slice());

  const numeric = (values: Float64Array, k: number) => {
    const original = values[k];
    values[k] = original + h;
    const plus = objective();
    values[k] = original - h;
    const minus = objective();
    values[k] = original;
    return (plus - minus) / (2 * h);
  };
  let inputError = 0;
  for (let k = 0; k < input.data.length; k++) {
    inputError = Math.max(inputError, relativeError(gradInput[k], numeric(input.data, k)));
  }
  const parameters: Record<string, number> = {};
  layer.parameters.forEach((p, index) => {
    let worst = 0;
    for (let k = 0; k < p.value.data.length; k++) {
      worst = Math.max(worst, relativeError(parameterGradients[index][k], numeric(p.value.data, k)));
    }
    parameters[p.name] = worst;
  });
  layer.setFrozen(false);
  return { input: inputError, parameters };
}
