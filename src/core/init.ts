/**
 * Seeded weight initialisers. Each fills a weight buffer for a layer with `fanIn` inputs and `fanOut`
 * units, drawing only from the Rng it is given.
 *
 * - uniform(low, high): U[low, high).
 * - xavier (Glorot & Bengio 2010), uniform form: U[−a, a) with a = √(6 / (fanIn + fanOut)),
 *   so Var = a²/3 = 2 / (fanIn + fanOut).
 * - he (He et al. 2015), normal form: N(0, σ²) with σ = √(2 / fanIn).
 * - zeros: all 0 (the usual choice for biases; for weights it leaves every unit of a layer identical).
 */

import type { Rng } from './random';

export type InitializerName = 'uniform' | 'xavier' | 'glorot' | 'he' | 'zeros';

export interface Initializer {
  readonly name: InitializerName;
  /** Overwrites every entry of `values` (a layer's weights, fanOut × fanIn, or its biases). */
  fill(values: Float64Array, fanIn: number, fanOut: number, rng: Rng): void;
}

/** An initializer given by name, or { name: 'uniform', low, high }. */
export type InitializerSpec =
  | Initializer
  | 'xavier'
  | 'glorot'
  | 'he'
  | 'zeros'
  | { name: 'uniform'; low: number; high: number };

/** U[low, high). */
export function uniformInitializer(low: number, high: number): Initializer {
  if (!(Number.isFinite(low) && Number.isFinite(high) && low <= high)) {
    throw new RangeError(`uniform initializer needs finite low ≤ high, got [${low}, ${high}]`);
  }
  return {
    name: 'uniform',
    fill(values, _fanIn, _fanOut, rng) {
      for (let k = 0; k < values.length; k++) values[k] = rng.uniform(low, high);
    },
  };
}

/** Xavier/Glorot uniform: U[−a, a), a = √(6 / (fanIn + fanOut)). */
export const xavierInitializer: Initializer = {
  name: 'xavier',
  fill(values, fanIn, fanOut, rng) {
    const a = Math.sqrt(6 / (fanIn + fanOut));
    for (let k = 0; k < values.length; k++) values[k] = rng.uniform(-a, a);
  },
};

/** The same initializer as xavierInitializer, under Glorot's name. */
export const glorotInitializer: Initializer = { name: 'glorot', fill: xavierInitializer.fill };

/** He normal: N(0, 2 / fanIn). */
export const heInitializer: Initializer = {
  name: 'he',
  fill(values, fanIn, _fanOut, rng) {
    const sd = Math.sqrt(2 / fanIn);
    for (let k = 0; k < values.length; k++) values[k] = rng.normal(0, sd);
  },
};

/** All zeros (draws nothing from the Rng). */
export const zerosInitializer: Initializer = {
  name: 'zeros',
  fill(values) {
    values.fill(0);
  },
};

/** The initializer a spec names. */
export function resolveInitializer(spec: InitializerSpec): Initializer {
  if (typeof spec === 'object') {
    return 'fill' in spec ? spec : uniformInitializer(spec.low, spec.high);
  }
  switch (spec) {
    case 'xavier':
      return xavierInitializer;
    case 'glorot':
      return glorotInitializer;
    case 'he':
      return heInitializer;
    case 'zeros':
      return zerosInitializer;
    default:
      throw new RangeError(`unknown initializer "${String(spec)}"; expected xavier, glorot, he, zeros or uniform`);
  }
}
