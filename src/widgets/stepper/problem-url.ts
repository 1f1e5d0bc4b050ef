/**
 * The backprop stepper's shareable state: the whole set-up (network, example, η, options) and the
 * step position, as one declared URL table (url-state.ts), namespaced `backprop-stepper`.
 *
 * A network does not fit fixed fields, so it travels as text fields that together encode the same
 * problem `npm run trace` reads: sizes '2-2-2' (inputs, then the units of each layer), w (every weight,
 * layer by layer, row by row — W[j][i] — joined by '_'), b (every bias, layer by layer), x, t (the
 * target y′), act (one activation for every layer, or one per layer joined by '_'), loss, eta, bias
 * (biases updated or fixed). Pure: problemFromFields rebuilds the problem and checks it with the
 * core's validateTraceProblem, so a hand-edited link is held to the same rules as a JSON file; a bad
 * network is reported (readStepperUrl) and the default network is used instead — never an error.
 */
import {
  LOSS_NAMES,
  networkSizes,
  SpecError,
  TRACE_DECIMALS,
  TWO_TWO_TWO_PROBLEM,
  validateTraceProblem,
  type TraceDecimals,
  type TraceNotation,
  type TraceOptions,
  type TraceProblem,
} from '../../core';
import { defineUrlTable, parse, type IgnoredParam, type UrlState } from '../kit/url-state';

/** The widget's id: its URL namespace, demo page and anchor. */
export const STEPPER_ID = 'backprop-stepper';

/** Inputs, then units per layer: 2–5 entries (up to 4 layers), each 1–4. */
export const MIN_SIZES = 2;
export const MAX_SIZES = 5;
export const MAX_UNITS = 4;
/** More than the longest trace (a 4-4-4-4-4 network with biases has 209 steps). */
export const MAX_STEP = 999;
/** A number typed into the set-up: |v| ≤ this (keeps sigmoid and the worksheet readable). */
export const VALUE_LIMIT = 100;
export const ETA_MIN = 0.0001;
export const ETA_MAX = 10;

/** The default network: the course's 2-2-2 example (core/examples/two-two-two.ts), frozen. */
export const DEFAULT_PROBLEM: TraceProblem = TWO_TWO_TWO_PROBLEM;

export const SEPARATOR = '_';

/** The problem's fields as URL text (also the table's defaults). */
export interface ProblemFields {
  sizes: string;
  w: string;
  b: string;
  x: string;
  t: string;
  act: string;
  loss: TraceProblem['loss'];
  eta: number;
  bias: boolean;
}

export function encodeNumbers(values: readonly number[]): string {
  return values.map((v) => String(v + 0)).join(SEPARATOR);
}

/** The problem's sizes field as numbers: the core's networkSizes (inputs, then units per layer). */
export function sizesOf(problem: TraceProblem): number[] {
  return networkSizes(problem);
}

export function problemToFields(problem: TraceProblem): ProblemFields {
  const activations = problem.layers.map((layer) => layer.activation);
  return {
    sizes: sizesOf(problem).join('-'),
    w: encodeNumbers(problem.layers.flatMap((layer) => layer.weights.flat())),
    b: encodeNumbers(problem.layers.flatMap((layer) => layer.bias)),
    x: encodeNumbers(problem.input),
    t: encodeNumbers(problem.target),
    act: activations.every((a) => a === activations[0]) ? activations[0] : activations.join(SEPARATOR),
    loss: problem.loss,
    eta: problem.learningRate,
    bias: problem.updateBias,
  };
}

const DEFAULT_FIELDS = problemToFields(DEFAULT_PROBLEM);
const DECIMALS = TRACE_DECIMALS.map(String) as ['4', '6', '9'];

export const STEPPER_TABLE = defineUrlTable([
  { key: 'sizes', type: 'string', default: DEFAULT_FIELDS.sizes, maxLength: 20 },
  { key: 'w', type: 'string', default: DEFAULT_FIELDS.w, maxLength: 2000 },
  { key: 'b', type: 'string', default: DEFAULT_FIELDS.b, maxLength: 500 },
  { key: 'x', type: 'string', default: DEFAULT_FIELDS.x, maxLength: 200 },
  { key: 't', type: 'string', default: DEFAULT_FIELDS.t, maxLength: 200 },
  { key: 'act', type: 'string', default: DEFAULT_FIELDS.act, maxLength: 100 },
  { key: 'loss', type: 'enum', values: LOSS_NAMES, default: DEFAULT_FIELDS.loss },
  { key: 'eta', type: 'number', default: DEFAULT_FIELDS.eta, min: ETA_MIN, max: ETA_MAX },
  { key: 'bias', type: 'boolean', default: DEFAULT_FIELDS.bias },
  { key: 'dec', type: 'enum', values: DECIMALS, default: '4' },
  { key: 'rounded', type: 'boolean', default: false },
  { key: 'notation', type: 'enum', values: ['delta', 'partial'], default: 'delta' },
  { key: 'quiz', type: 'boolean', default: false },
  { key: 'seed', type: 'int', default: 1, min: 0, max: 4294967295 },
  { key: 'step', type: 'int', default: 0, min: 0, max: MAX_STEP },
]);

export type StepperUrlState = UrlState<typeof STEPPER_TABLE>;

const NUMBER = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/** '0.1_-0.2' → [0.1, −0.2]; a SpecError naming `field` for anything else. */
export function decodeNumbers(text: string, field: string): number[] {
  if (text.trim() === '') throw new SpecError(field, 'expected numbers separated by _, got nothing');
  return text.split(SEPARATOR).map((token, i) => {
    const value = Number(token);
    if (!NUMBER.test(token) || !Number.isFinite(value)) {
      throw new SpecError(`${field}[${i}]`, `expected a number, got "${token}"`);
    }
    if (Math.abs(value) > VALUE_LIMIT) throw new SpecError(`${field}[${i}]`, `expected a number from −${VALUE_LIMIT} to ${VALUE_LIMIT}, got ${token}`);
    return value + 0;
  });
}

/** '2-2-2' → [2, 2, 2]: 2–5 whole numbers from 1 to 4. */
export function parseSizes(text: string): number[] {
  const parts = text.split('-');
  if (parts.length < MIN_SIZES || parts.length > MAX_SIZES) {
    throw new SpecError('sizes', `expected ${MIN_SIZES}–${MAX_SIZES} sizes like 2-2-2 (inputs, then up to 4 layers), got "${text}"`);
  }
  return parts.map((part, k) => {
    if (!/^[1-9]$/.test(part) || Number(part) > MAX_UNITS) {
      throw new SpecError(`sizes[${k}]`, `expected a whole number from 1 to ${MAX_UNITS}, got "${part}"`);
    }
    return Number(part);
  });
}

/**
 * What the stepper can show and a link can carry: up to 4 layers of up to 4 units, every number within
 * ±VALUE_LIMIT, η within ETA_MIN … ETA_MAX. A SpecError naming the field otherwise.
 */
export function checkLimits(problem: TraceProblem): TraceProblem {
  parseSizes(sizesOf(problem).join('-'));
  const check = (values: readonly number[], field: string) =>
    values.forEach((v, i) => {
      if (Math.abs(v) > VALUE_LIMIT) throw new SpecError(`${field}[${i}]`, `expected a number from −${VALUE_LIMIT} to ${VALUE_LIMIT}, got ${v}`);
    });
  problem.layers.forEach((layer, l) => {
    layer.weights.forEach((row, j) => check(row, `layers[${l}].weights[${j}]`));
    check(layer.bias, `layers[${l}].bias`);
  });
  check(problem.input, 'input');
  check(problem.target, 'target');
  if (problem.learningRate < ETA_MIN || problem.learningRate > ETA_MAX) {
    throw new SpecError('learningRate', `expected η from ${ETA_MIN} to ${ETA_MAX}, got ${problem.learningRate}`);
  }
  return problem;
}

/** The problem the fields describe, checked by the core (SpecError naming the first bad field). */
export function problemFromFields(fields: ProblemFields): TraceProblem {
  const sizes = parseSizes(fields.sizes);
  const layerCount = sizes.length - 1;
  const weights = decodeNumbers(fields.w, 'w');
  const biases = decodeNumbers(fields.b, 'b');
  const weightCount = sizes.slice(1).reduce((sum, units, l) => sum + units * sizes[l], 0);
  const biasCount = sizes.slice(1).reduce((sum, units) => sum + units, 0);
  if (weights.length !== weightCount) throw new SpecError('w', `sizes ${fields.sizes} need ${weightCount} weights, got ${weights.length}`);
  if (biases.length !== biasCount) throw new SpecError('b', `sizes ${fields.sizes} need ${biasCount} biases, got ${biases.length}`);
  const activations = fields.act.split(SEPARATOR);
  if (activations.length !== 1 && activations.length !== layerCount) {
    throw new SpecError('act', `expected one activation or ${layerCount} (one per layer), got ${activations.length}`);
  }
  let w = 0;
  let b = 0;
  const layers = sizes.slice(1).map((units, l) => ({
    weights: Array.from({ length: units }, () => weights.slice(w, (w += sizes[l]))),
    bias: biases.slice(b, (b += units)),
    activation: activations.length === 1 ? activations[0] : activations[l],
  }));
  const problem = validateTraceProblem({
    layers,
    input: decodeNumbers(fields.x, 'x'),
    target: decodeNumbers(fields.t, 't'),
    loss: fields.loss,
    learningRate: fields.eta,
    updateBias: fields.bias,
  });
  return checkLimits(problem);
}

/** Options of the trace the widget shows. */
export function traceOptionsOf(problem: TraceProblem, state: Pick<StepperUrlState, 'dec' | 'rounded' | 'notation'>): TraceOptions {
  return {
    learningRate: problem.learningRate,
    loss: problem.loss,
    updateBias: problem.updateBias,
    notation: state.notation as TraceNotation,
    rounding: { decimals: Number(state.dec) as TraceDecimals, fromRounded: state.rounded },
    markOperands: true,
  };
}

export interface StepperUrlRead {
  state: StepperUrlState;
  problem: TraceProblem;
  ignored: IgnoredParam[];
}

const PROBLEM_KEYS = ['sizes', 'w', 'b', 'x', 't', 'act', 'loss', 'eta', 'bias'] as const;

/**
 * Reads the URL: the table's own checks first (a bad η, an unknown notation…), then the network the
 * fields describe; if that is not a valid problem, every network field falls back to the default
 * and one entry of `ignored` says why (the core's message, naming the field).
 */
export function readStepperUrl(params: URLSearchParams, namespace = STEPPER_ID): StepperUrlRead {
  const parsed = parse(params, namespace, STEPPER_TABLE);
  const state = { ...parsed.state };
  const ignored = [...parsed.ignored];
  try {
    return { state, problem: problemFromFields(state), ignored };
  } catch (error) {
    if (!(error instanceof SpecError)) throw error;
    const raw = PROBLEM_KEYS.filter((key) => params.has(`${namespace}.${key}`))
      .map((key) => `${key}=${params.get(`${namespace}.${key}`)}`)
      .join('&');
    ignored.push({ key: `${namespace}.network`, raw, reason: { key: 'stepperUrlBadNetwork', params: { name: namespace, problem: error.message } } });
    Object.assign(state, DEFAULT_FIELDS);
    return { state, problem: structuredClone(DEFAULT_PROBLEM), ignored };
  }
}
