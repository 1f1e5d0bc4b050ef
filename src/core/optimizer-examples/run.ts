/**
 * Running one of the deck's optimizers for the chapter's worked examples: on a surface, or on a
 * sequence of given gradients (a "constant gradient g" thought experiment has no surface).
 */
import { createOptimizer, type Hyperparameters, type OptimizerName, type OptimizerState } from '../optimizers';

/** θ and the optimizer's state after each of the steps 1…T, fed the gradients g₁ … g_T (one parameter). */
export interface FedRun {
  /** θ_t for t = 0 … T. */
  readonly thetas: readonly number[];
  /** The state after step t, at index t − 1. */
  readonly states: readonly OptimizerState[];
}

/** `name` with `hyper`, from θ₀, each step given the next gradient of `gradients` (wherever θ is). */
export function runOnGradients(name: OptimizerName, hyper: Hyperparameters, gradients: readonly number[], theta0 = 0): FedRun {
  const optimizer = createOptimizer(name, hyper);
  const theta = Float64Array.of(theta0);
  const thetas = [theta0];
  const states: OptimizerState[] = [];
  for (const g of gradients) {
    optimizer.step(theta, () => Float64Array.of(g));
    thetas.push(theta[0]);
    states.push(optimizer.state());
  }
  return { thetas, states };
}

/** The first entry of a state vector (the chapter's one-parameter examples). */
export function first(state: OptimizerState, key: string): number {
  const value = state[key];
  if (!(value instanceof Float64Array)) throw new RangeError(`state has no vector '${key}'`);
  return value[0];
}
