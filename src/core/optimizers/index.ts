/**
 * The deck's eight optimizers behind one factory:
 *   createOptimizer(name, hyper?) → { step(params, gradAt), state(), reset() }
 * `step` updates params in place; `gradAt(p)` returns ∇θJ at p (NAG asks for it at θ − γv).
 */
import { adadeltaHyperparameters, createAdadelta } from './adadelta';
import { adagradHyperparameters, createAdagrad } from './adagrad';
import { adamHyperparameters, createAdam } from './adam';
import { createGd, gdHyperparameters } from './gd';
import { createMomentum, momentumHyperparameters } from './momentum';
import { createNag, nagHyperparameters } from './nag';
import { createRmsprop, rmspropHyperparameters } from './rmsprop';
import { createSgd, sgdHyperparameters } from './sgd';
import type { HyperparameterSpec, Hyperparameters, Optimizer, OptimizerName } from './types';

export type {
  GradientAt,
  HyperparameterControl,
  HyperparameterName,
  HyperparameterRange,
  HyperparameterSpec,
  Hyperparameters,
  Optimizer,
  OptimizerName,
  OptimizerState,
} from './types';
export { describeRange } from './hyperparameters';
export type { AdamOptions } from './adam';
export { createGd, createSgd, createMomentum, createNag, createAdagrad, createRmsprop, createAdadelta, createAdam };

/** The deck's optimizers, in the deck's order (its lineage: GD → SGD → Momentum → NAG → Adagrad → RMSProp → AdaDelta → Adam). */
export const optimizerNames: readonly OptimizerName[] = [
  'gd',
  'sgd',
  'momentum',
  'nag',
  'adagrad',
  'rmsprop',
  'adadelta',
  'adam',
];

/** Each optimizer's hyperparameter table (name, deck symbol, default, valid range, control bounds, source). */
export const optimizerHyperparameters: Readonly<Record<OptimizerName, readonly HyperparameterSpec[]>> = {
  gd: gdHyperparameters,
  sgd: sgdHyperparameters,
  momentum: momentumHyperparameters,
  nag: nagHyperparameters,
  adagrad: adagradHyperparameters,
  rmsprop: rmspropHyperparameters,
  adadelta: adadeltaHyperparameters,
  adam: adamHyperparameters,
};

const factories: Readonly<Record<OptimizerName, (hyper?: Hyperparameters) => Optimizer>> = {
  gd: createGd,
  sgd: createSgd,
  momentum: createMomentum,
  nag: createNag,
  adagrad: createAdagrad,
  rmsprop: createRmsprop,
  adadelta: createAdadelta,
  adam: createAdam,
};

/** true if `name` is one of the deck's optimizers. */
export function isOptimizerName(name: string): name is OptimizerName {
  return Object.prototype.hasOwnProperty.call(factories, name);
}

/**
 * A new optimizer. Missing hyperparameters take the defaults of optimizerHyperparameters[name].
 * Throws a RangeError for an unknown name, a hyperparameter the optimizer does not have, or a value
 * out of range (lr > 0, 0 ≤ gamma < 1, eps > 0, 0 ≤ beta1, beta2 < 1, all finite).
 */
export function createOptimizer(name: OptimizerName, hyper?: Hyperparameters): Optimizer {
  if (!isOptimizerName(name)) {
    throw new RangeError(`unknown optimizer '${String(name)}' (known: ${optimizerNames.join(', ')})`);
  }
  return factories[name](hyper);
}
