/**
 * A trace problem as plain JSON (the trace CLI's input), and its validation:
 *   { layers: [{ weights: number[][], bias: number[], activation, leakySlope? }],
 *     input: number[], target: number[], loss?: LossName, learningRate: number, updateBias?: boolean }
 * loss defaults to 'half-squared-error' (the deck's E), updateBias to true. Errors are SpecErrors
 * naming the first bad field ('layers[1].weights[0]'); layers are numbered from 1 in the messages,
 * as in the trace.
 */

import { type LossName, LOSS_NAMES, isLossName } from '../losses';
import { type DenseLayerSpec, SpecError, describeValue, validateNetworkSpec } from '../network-spec';

export interface TraceProblem {
  layers: DenseLayerSpec[];
  input: number[];
  target: number[];
  loss: LossName;
  /** η > 0. */
  learningRate: number;
  updateBias: boolean;
}

const PROBLEM_FIELDS = ['layers', 'input', 'target', 'loss', 'learningRate', 'updateBias'];
const LAYER_FIELDS = ['weights', 'bias', 'activation', 'leakySlope'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function checkFields(value: Record<string, unknown>, allowed: readonly string[], at: string): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) {
      throw new SpecError(`${at}${key}`, `unknown field; expected ${allowed.join(', ')}`);
    }
  }
}

/** A non-empty array of finite numbers, of `length` numbers when given (`why` explains the length). */
function numbers(value: unknown, field: string, length?: number, why = ''): number[] {
  if (value === undefined) throw new SpecError(field, 'missing; expected an array of numbers');
  if (!Array.isArray(value) || value.length === 0) {
    throw new SpecError(field, `expected a non-empty array of numbers, got ${describeValue(value)}`);
  }
  if (length !== undefined && value.length !== length) {
    throw new SpecError(field, `expected ${plural(length, 'number')}${why}, got ${value.length}`);
  }
  value.forEach((v, i) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new SpecError(`${field}[${i}]`, `expected a finite number, got ${describeValue(v)}`);
    }
  });
  return value as number[];
}

/** Shapes and numbers of every layer, with messages in the trace's layer numbering. */
function checkLayers(layers: unknown): void {
  if (layers === undefined) throw new SpecError('layers', 'missing; expected an array of layers');
  if (!Array.isArray(layers) || layers.length === 0) {
    throw new SpecError('layers', 'expected a non-empty array of layers');
  }
  let previousUnits: number | undefined;
  layers.forEach((layer: unknown, k) => {
    const at = `layers[${k}]`;
    if (!isRecord(layer)) throw new SpecError(at, 'expected an object with weights, bias, activation');
    checkFields(layer, LAYER_FIELDS, `${at}.`);
    const weights = layer.weights;
    if (!Array.isArray(weights) || weights.length === 0) {
      throw new SpecError(`${at}.weights`, 'expected a non-empty array of rows (one row of weights per unit)');
    }
    const inputs = previousUnits ?? (Array.isArray(weights[0]) ? weights[0].length : undefined);
    const why =
      previousUnits === undefined ? ' (as many as weights[0])' : ` (one per unit of layer ${k}, which has ${previousUnits})`;
    weights.forEach((row, j) => numbers(row, `${at}.weights[${j}]`, inputs, why));
    numbers(layer.bias, `${at}.bias`, weights.length, ` (one per unit: weights has ${plural(weights.length, 'row')})`);
    if (layer.activation === 'softmax' && k < layers.length - 1) {
      throw new SpecError(`${at}.activation`, 'softmax is only supported on the last layer');
    }
    previousUnits = weights.length;
  });
}

/** Checks a parsed-JSON value and returns it as a TraceProblem (defaults filled in). */
export function validateTraceProblem(value: unknown): TraceProblem {
  if (!isRecord(value)) throw new SpecError('problem', 'expected an object with layers, input, target, learningRate');
  checkFields(value, PROBLEM_FIELDS, '');
  checkLayers(value.layers);
  const { layers } = validateNetworkSpec(value);
  const inputs = layers[0].weights[0].length;
  const units = layers[layers.length - 1].weights.length;
  const input = numbers(value.input, 'input', inputs, ` (layer 1 takes ${plural(inputs, 'input')})`);
  const target = numbers(value.target, 'target', units, ` (layer ${layers.length}, the output layer, has ${plural(units, 'unit')})`);

  const loss = value.loss ?? 'half-squared-error';
  if (typeof loss !== 'string' || !isLossName(loss)) {
    throw new SpecError('loss', `unknown loss ${describeValue(loss)}; expected one of ${LOSS_NAMES.join(', ')}`);
  }
  const learningRate = value.learningRate;
  if (learningRate === undefined) throw new SpecError('learningRate', 'missing; expected a positive number (η)');
  if (typeof learningRate !== 'number' || !Number.isFinite(learningRate) || learningRate <= 0) {
    throw new SpecError('learningRate', `expected a positive finite number (η), got ${describeValue(learningRate)}`);
  }
  const updateBias = value.updateBias ?? true;
  if (typeof updateBias !== 'boolean') {
    throw new SpecError('updateBias', `expected true or false, got ${describeValue(updateBias)}`);
  }
  if (loss === 'cross-entropy' && layers[layers.length - 1].activation === 'softmax') {
    const sum = target.reduce((s, t) => s + t, 0);
    if (Math.abs(sum - 1) > 1e-9) {
      throw new SpecError('target', `softmax with cross-entropy needs a target that sums to 1, got a sum of ${sum}`);
    }
  }
  return { layers, input: input.slice(), target: target.slice(), loss, learningRate, updateBias };
}
