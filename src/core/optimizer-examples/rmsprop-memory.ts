/**
 * The RMSProp section's numbers, from the core's RMSProp fed a constant gradient (a thought experiment:
 * no surface): with g = 1 for 100 steps G reaches 1 − γ¹⁰⁰; when g then drops to 0.1, the steps (in
 * units of η) at the 1st, 10th and 30th step after the drop; and the start-up: the first two steps'
 * sizes with G₀ = 0. Adagrad fed the same gradients, for comparison.
 */
import { first, runOnGradients } from './run';

export const RMSPROP_EXAMPLE = { gamma: 0.9, eta: 1, eps: 1e-8, before: 100, g: 1, dropTo: 0.1, after: 30 } as const;

export function rmspropMemory() {
  const { gamma, eta, eps, before, g, dropTo, after } = RMSPROP_EXAMPLE;
  const gradients = [...Array(before).fill(g), ...Array(after).fill(dropTo)];
  // η = 1, so a step's size is the step in units of η.
  const rmsprop = runOnGradients('rmsprop', { lr: eta, gamma, eps }, gradients);
  const adagrad = runOnGradients('adagrad', { lr: eta, eps }, gradients);
  const stepAt = (thetas: readonly number[], t: number) => Math.abs(thetas[t] - thetas[t - 1]);
  return {
    /** G after the 100 steps of g = 1: 1 − γ¹⁰⁰. */
    GAfter: first(rmsprop.states[before - 1], 'G'),
    adagradGAfter: first(adagrad.states[before - 1], 'G'),
    adagradStepAfter: stepAt(adagrad.thetas, before),
    /** Steps (in η) at the k-th step after the drop. */
    afterDrop: (k: number) => stepAt(rmsprop.thetas, before + k),
    adagradAfterDrop: (k: number) => stepAt(adagrad.thetas, before + k),
    /** The first two steps (in η) with G₀ = 0 and the same gradient. */
    firstStep: stepAt(rmsprop.thetas, 1),
    secondStep: stepAt(rmsprop.thetas, 2),
  } as const;
}
