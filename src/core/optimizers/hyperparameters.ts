/**
 * Hyperparameter rows (name, deck symbol, default, valid range, control bounds, source of the default)
 * and their validation. Valid ranges: lr (η) > 0, 0 ≤ gamma (γ) < 1, eps (ε) > 0, 0 ≤ beta1, beta2 < 1;
 * every value finite.
 */
import type {
  HyperparameterName,
  HyperparameterRange,
  HyperparameterSpec,
  Hyperparameters,
  OptimizerName,
} from './types';

const positive: HyperparameterRange = { min: 0, max: Infinity, minInclusive: false, maxInclusive: false };
const unitInterval: HyperparameterRange = { min: 0, max: 1, minInclusive: true, maxInclusive: false };

/** η: the learning rate (step size). */
export function learningRateSpec(defaultValue: number, source: string): HyperparameterSpec<'lr'> {
  return {
    name: 'lr',
    symbol: '\\eta',
    default: defaultValue,
    range: positive,
    control: { min: 1e-4, max: 1, scale: 'log' },
    source,
  };
}

/** γ: the decay rate of momentum's velocity or of an exponential average. */
export function gammaSpec(defaultValue: number, source: string): HyperparameterSpec<'gamma'> {
  return {
    name: 'gamma',
    symbol: '\\gamma',
    default: defaultValue,
    range: unitInterval,
    control: { min: 0, max: 0.999, scale: 'linear' },
    source,
  };
}

/** ε: the small constant that keeps a division away from zero. */
export function epsilonSpec(defaultValue: number, source: string): HyperparameterSpec<'eps'> {
  return {
    name: 'eps',
    symbol: '\\epsilon',
    default: defaultValue,
    range: positive,
    control: { min: 1e-10, max: 1e-1, scale: 'log' },
    source,
  };
}

/** β₁ or β₂: Adam's decay rates for m and v. */
export function betaSpec<N extends 'beta1' | 'beta2'>(
  name: N,
  defaultValue: number,
  source: string,
): HyperparameterSpec<N> {
  return {
    name,
    symbol: name === 'beta1' ? '\\beta_1' : '\\beta_2',
    default: defaultValue,
    range: unitInterval,
    control: { min: 0, max: name === 'beta1' ? 0.999 : 0.9999, scale: 'linear' },
    source,
  };
}

/** `0 <= gamma < 1`, `lr > 0`: the range as text, for error messages. */
export function describeRange(name: HyperparameterName, range: HyperparameterRange): string {
  const lower = range.minInclusive ? '<=' : '<';
  const upper = range.maxInclusive ? '<=' : '<';
  if (range.max === Infinity) return `${name} ${range.minInclusive ? '>=' : '>'} ${range.min}`;
  return `${range.min} ${lower} ${name} ${upper} ${range.max}`;
}

function inRange(value: number, range: HyperparameterRange): boolean {
  const aboveMin = range.minInclusive ? value >= range.min : value > range.min;
  const belowMax = range.maxInclusive ? value <= range.max : value < range.max;
  return aboveMin && belowMax;
}

/**
 * The hyperparameters of `optimizer`: `given` with the table's defaults filled in. Throws a RangeError
 * naming the parameter for a value that is not a finite number in range, or for a name the optimizer
 * does not have (a typo such as `eta` would otherwise be ignored silently).
 */
export function resolveHyperparameters<N extends HyperparameterName>(
  optimizer: OptimizerName,
  table: readonly HyperparameterSpec<N>[],
  given: Hyperparameters = {},
): Record<N, number> {
  const known = new Set<string>(table.map((spec) => spec.name));
  for (const name of Object.keys(given)) {
    if (!known.has(name) && given[name as HyperparameterName] !== undefined) {
      const names = table.map((spec) => spec.name).join(', ') || 'none';
      throw new RangeError(`${optimizer} has no hyperparameter '${name}' (its hyperparameters: ${names})`);
    }
  }
  const resolved = {} as Record<N, number>;
  for (const spec of table) {
    const value = given[spec.name] ?? spec.default;
    if (typeof value !== 'number' || !Number.isFinite(value) || !inRange(value, spec.range)) {
      throw new RangeError(
        `${optimizer}: ${spec.name} (${spec.symbol}) must be a finite number with ${describeRange(spec.name, spec.range)}, got ${String(value)}`,
      );
    }
    resolved[spec.name] = value;
  }
  return resolved;
}
