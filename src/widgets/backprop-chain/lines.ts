/**
 * The numbers of the chain widget's derivation lines (components/BackpropChain.astro typesets the
 * lines; these are their \live values), and the factors that the lines and the diagram share.
 *
 * Every value is the core's (sigmoidChain): the partial products shown on the way — ∂y/∂w₂ =
 * y(1 − y)·h, ∂y/∂h = y(1 − y)·w₂, ∂h/∂w₁ = h(1 − h)·x — are products of the core's factors, and
 * the updates w − η∂E/∂w are those of the core's gd optimizer (the unit test checks both).
 * Pure: used at build time (initial numbers) and in the browser.
 */
import { sigmoidChain } from '../../core';

export interface ChainInputs {
  readonly x: number;
  readonly w1: number;
  readonly w2: number;
  /** y′, the target. */
  readonly yt: number;
  readonly eta: number;
}

/** The factors of ∂E/∂w₁ = (y − y′)·y(1 − y)·w₂·h(1 − h)·x (and of ∂E/∂w₂, its first two and h). */
export type FactorId = 'err' | 'sy' | 'w2' | 'sh' | 'h' | 'x';

export interface Factor {
  readonly id: FactorId;
  /** Its colour and meaning: the error, a unit's slope, a weight on the way back, a value entering along a weight. */
  readonly role: 'error' | 'slope' | 'weight' | 'input';
  /** The diagram part it marks (diagram.ts ids). */
  readonly part: string;
  /** As the chapter writes it. */
  readonly symbol: string;
}

export const FACTORS: readonly Factor[] = [
  { id: 'err', role: 'error', part: 'error', symbol: '(y − y′)' },
  { id: 'sy', role: 'slope', part: 'slope:2', symbol: 'y(1 − y)' },
  { id: 'h', role: 'input', part: 'unit:1', symbol: 'h' },
  { id: 'w2', role: 'weight', part: 'edge:2', symbol: 'w₂' },
  { id: 'sh', role: 'slope', part: 'slope:1', symbol: 'h(1 − h)' },
  { id: 'x', role: 'input', part: 'unit:0', symbol: 'x' },
];

/** The factor a diagram part stands for. */
export function factorOfPart(part: string): Factor | undefined {
  return FACTORS.find((f) => f.part === part);
}

/** The \live values of every line, by placeholder name. */
export function chainLineValues(inputs: ChainInputs): Record<string, number> {
  const { x, w1, w2, yt, eta } = inputs;
  const v = sigmoidChain(x, [w1, w2], yt);
  const [, h, y] = v.outputs;
  const [sh, sy] = v.slopes;
  const [g1, g2] = v.gradients;
  return {
    x,
    w1,
    w2,
    yt,
    eta,
    h,
    y,
    E: v.loss,
    err: v.error,
    sy,
    sh,
    dyw: sy * h,
    dyh: sy * w2,
    dhw: sh * x,
    g2,
    g1,
    nw2: w2 - eta * g2,
    nw1: w1 - eta * g1,
  };
}

/**
 * What one step did: 'refused' when it would take a weight outside ±limit (the plotted square and the
 * fields' range; the widget then keeps the weights), else 'down' if E did not rise, 'up' if it did —
 * said honestly, as a too-large η can do.
 */
export function stepOutcome(before: number, after: number, weights: readonly number[], limit: number): 'down' | 'up' | 'refused' {
  if (!weights.every((w) => Math.abs(w) <= limit)) return 'refused';
  return after <= before ? 'down' : 'up';
}
