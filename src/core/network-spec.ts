/**
 * The plain JSON description of a dense network, and its validation:
 *   { layers: [{ weights: number[][], bias: number[], activation: string, leakySlope?: number }] }
 * Layer k's weights are units_k × inputs_k (weights[j][i] connects input i to unit j); inputs_k must
 * equal units_{k−1}. Other top-level fields (input, target, loss, …) are ignored here.
 */

import { type ActivationName, ACTIVATION_NAMES, isActivationName } from './activations';

export interface DenseLayerSpec {
  weights: number[][];
  bias: number[];
  activation: ActivationName;
  /** Leaky ReLU's slope for x < 0 (default 0.01). */
  leakySlope?: number;
}

export interface NetworkSpec {
  layers: DenseLayerSpec[];
}

/** A spec that fails validation; `field` is the path of the offending value ('layers[1].bias[0]'). */
export class SpecError extends Error {
  readonly field: string;
  constructor(field: string, problem: string) {
    super(`${field}: ${problem}`);
    this.name = 'SpecError';
    this.field = field;
  }
}

/** A value as an error message quotes it: numbers as written (Infinity, NaN — JSON would say null), the rest as JSON. */
export function describeValue(value: unknown): string {
  return typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? String(value));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function finiteNumbers(value: unknown, field: string, length?: number): number[] {
  if (!Array.isArray(value)) throw new SpecError(field, 'expected an array of numbers');
  if (length !== undefined && value.length !== length) {
    throw new SpecError(field, `expected ${length} numbers, got ${value.length}`);
  }
  value.forEach((v, i) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new SpecError(`${field}[${i}]`, `expected a finite number, got ${describeValue(v)}`);
    }
  });
  return value as number[];
}

/**
 * Checks a parsed-JSON value against NetworkSpec and returns it typed. Throws SpecError naming the first
 * bad field: missing fields, empty layers, ragged or mismatched shapes, non-finite numbers, unknown
 * activations.
 */
export function validateNetworkSpec(value: unknown): NetworkSpec {
  if (!isRecord(value)) throw new SpecError('spec', 'expected an object with a "layers" array');
  const layers = value.layers;
  if (!Array.isArray(layers)) throw new SpecError('layers', 'expected an array of layers');
  if (layers.length === 0) throw new SpecError('layers', 'expected at least one layer');
  let previousUnits: number | undefined;
  const result: DenseLayerSpec[] = layers.map((layer: unknown, k) => {
    const at = `layers[${k}]`;
    if (!isRecord(layer)) throw new SpecError(at, 'expected an object with weights, bias, activation');
    const weights = layer.weights;
    if (!Array.isArray(weights) || weights.length === 0) {
      throw new SpecError(`${at}.weights`, 'expected a non-empty array of rows (one row per unit)');
    }
    const inputs = Array.isArray(weights[0]) ? weights[0].length : 0;
    if (inputs === 0) throw new SpecError(`${at}.weights[0]`, 'expected a non-empty array of numbers');
    if (previousUnits !== undefined && inputs !== previousUnits) {
      throw new SpecError(
        `${at}.weights`,
        `rows have ${inputs} inputs but the previous layer has ${previousUnits} units`,
      );
    }
    weights.forEach((row, j) => finiteNumbers(row, `${at}.weights[${j}]`, inputs));
    const bias = finiteNumbers(layer.bias, `${at}.bias`, weights.length);
    const activation = layer.activation;
    if (typeof activation !== 'string' || !isActivationName(activation)) {
      throw new SpecError(
        `${at}.activation`,
        `unknown activation ${JSON.stringify(activation) ?? 'undefined'}; expected one of ${ACTIVATION_NAMES.join(', ')}`,
      );
    }
    const spec: DenseLayerSpec = { weights: weights as number[][], bias, activation };
    if (layer.leakySlope !== undefined) {
      if (typeof layer.leakySlope !== 'number' || !Number.isFinite(layer.leakySlope)) {
        throw new SpecError(`${at}.leakySlope`, 'expected a finite number');
      }
      spec.leakySlope = layer.leakySlope;
    }
    previousUnits = weights.length;
    return spec;
  });
  return { layers: result };
}

/** Units per layer, input first: [inputs, units of layer 1, …, units of layer L] (the 2-2-1 example gives [2, 2, 1]). */
export function networkSizes(spec: NetworkSpec): number[] {
  return [spec.layers[0].weights[0].length, ...spec.layers.map((layer) => layer.weights.length)];
}
