/**
 * The numbers of the chain's derivation lines (components/BackpropChain.astro and
 * components/HiddenWeight.astro typeset the lines; these are their \live values), and the factors that
 * the lines and the chain diagram (chain-diagram.ts) share. Used by both chain widgets.
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

/**
 * A factor's id: the name of its \live value in the lines. The single factors of ∂E/∂w₁ =
 * (y − y′)·y(1 − y)·w₂·h(1 − h)·x (and of ∂E/∂w₂, its first two and h) are 'err', 'sy', 'w2', 'sh',
 * 'h', 'x'; a widget may add products of them ('dyh' = y(1 − y)·w₂ = ∂y/∂h).
 */
export type FactorId = string;

export interface Factor {
  readonly id: FactorId;
  /** Its colour and meaning: the error, a unit's slope, a weight on the way back, a value entering along a weight, a product of these. */
  readonly role: 'error' | 'slope' | 'weight' | 'input' | 'product';
  /** The diagram parts it marks (chain-diagram.ts ids): one for a single factor, each of its factors' for a product. */
  readonly parts: readonly string[];
  /** As the chapter writes it. */
  readonly symbol: string;
}

export const FACTORS: readonly Factor[] = [
  { id: 'err', role: 'error', parts: ['error'], symbol: '(y − y′)' },
  { id: 'sy', role: 'slope', parts: ['slope:2'], symbol: 'y(1 − y)' },
  { id: 'h', role: 'input', parts: ['unit:1'], symbol: 'h' },
  { id: 'w2', role: 'weight', parts: ['edge:2'], symbol: 'w₂' },
  { id: 'sh', role: 'slope', parts: ['slope:1'], symbol: 'h(1 − h)' },
  { id: 'x', role: 'input', parts: ['unit:0'], symbol: 'x' },
];

/** The single factor a diagram part stands for (among `factors`, FACTORS by default). */
export function factorOfPart(part: string, factors: readonly Factor[] = FACTORS): Factor | undefined {
  return factors.find((f) => f.parts.length === 1 && f.parts[0] === part);
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
