/**
 * The hidden-weight widget's numbers, pure (no DOM): the \live values of the chapter's derivation of
 * ∂E/∂w₁ (components/HiddenWeight.astro typesets the lines), the factors the lines and the diagram
 * share, the finite-difference check and one step on w₁ alone.
 *
 * Every number is the core's: sigmoidChain's forward values, slopes and gradients (through the shared
 * chainLineValues), the partial products of its factors met on the way — ∂y/∂w₁ = y(1 − y)·w₂·h(1 − h)·x,
 * ∂(w₂h)/∂w₁ = w₂·h(1 − h)·x — chainWeightCheck's central difference and chainWeightStep's step.
 */
import { chainWeightCheck, chainWeightStep, type ChainWeightStep } from '../../core';
import { chainLineValues, type Factor } from '../charts/chain-lines';

export interface HiddenWeightInputs {
  readonly x: number;
  readonly w1: number;
  readonly w2: number;
  readonly yt: number;
  readonly eta: number;
}

/**
 * The chips of the key, in the order the last line multiplies them: ∂E/∂y = (y − y′), then
 * ∂y/∂h = y(1 − y)·w₂ and its two factors, then ∂h/∂w₁ = h(1 − h)·x and its two. A product lights
 * each of its factors' parts; pointing at a part lights the single factor.
 */
export const W1_FACTORS: readonly Factor[] = [
  { id: 'err', role: 'error', parts: ['error'], symbol: '∂E/∂y = (y − y′)' },
  { id: 'dyh', role: 'product', parts: ['slope:2', 'edge:2'], symbol: '∂y/∂h = y(1 − y)·w₂' },
  { id: 'sy', role: 'slope', parts: ['slope:2'], symbol: 'y(1 − y)' },
  { id: 'w2', role: 'weight', parts: ['edge:2'], symbol: 'w₂' },
  { id: 'dhw', role: 'product', parts: ['slope:1', 'unit:0'], symbol: '∂h/∂w₁ = h(1 − h)·x' },
  { id: 'sh', role: 'slope', parts: ['slope:1'], symbol: 'h(1 − h)' },
  { id: 'x', role: 'input', parts: ['unit:0'], symbol: 'x' },
];

/** The central difference's step ε. */
export const EPSILON = 1e-5;

/** The \live values of every line, by placeholder name. */
export function hiddenWeightValues(inputs: HiddenWeightInputs): Record<string, number> {
  const v = chainLineValues(inputs);
  const check = chainWeightCheck(inputs.x, [inputs.w1, inputs.w2], inputs.yt, 0, EPSILON);
  return {
    ...v,
    // ∂y/∂w₁ and ∂(w₂h)/∂w₁: what the lines carry before the last factor is found.
    dyw1: v.sy * v.w2 * v.dhw,
    dw2h: v.w2 * v.dhw,
    // The group (y − y′)·y(1 − y) that ∂E/∂w₂ has too (the next section's δ_y).
    shared: v.err * v.sy,
    plus: check.plus,
    minus: check.minus,
    fd: check.numeric,
    rel: check.relativeError,
  };
}

/** w₁ ← w₁ − η ∂E/∂w₁, only w₁ moving (w₂ keeps the value that produced this gradient). */
export function stepOnW1(inputs: HiddenWeightInputs): ChainWeightStep {
  return chainWeightStep(inputs.x, [inputs.w1, inputs.w2], inputs.yt, 0, inputs.eta);
}

/** Whether a step lands where the field accepts w₁ (else it is not taken). */
export function stepFits(step: ChainWeightStep, limit: number): boolean {
  return Math.abs(step.after) <= limit;
}
