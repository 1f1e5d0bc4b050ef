/**
 * LaTeX symbols of a trace, in the deck's notation extended to layers: input x_i, hidden output
 * h^{(l)}_j, network output y_j, target y'_j, weight w^{(l)}_{ji} (input i → unit j, the W[j][i] of
 * the core), bias b^{(l)}_j, net input net^{(l)}_j, δ^{(l)}_j = ∂E/∂net^{(l)}_j, learning rate η.
 */

import type { TraceNotation } from './types';

/** Subscript of two indices: '12', or '10,2' when one has several digits. */
function pair(j: number, i: number): string {
  return j > 9 || i > 9 ? `${j},${i}` : `${j}${i}`;
}

export const ETA = '\\eta';

export function inputSymbol(i: number): string {
  return `x_{${i}}`;
}

export function targetSymbol(j: number): string {
  return `y'_{${j}}`;
}

export function weightSymbol(layer: number, j: number, i: number): string {
  return `w^{(${layer})}_{${pair(j, i)}}`;
}

export function biasSymbol(layer: number, j: number): string {
  return `b^{(${layer})}_{${j}}`;
}

export function netSymbol(layer: number, j: number): string {
  return `\\text{net}^{(${layer})}_{${j}}`;
}

/** y_j on the output layer, h^{(l)}_j on a hidden one. */
export function outputSymbol(layer: number, j: number, isOutputLayer: boolean): string {
  return isOutputLayer ? `y_{${j}}` : `h^{(${layer})}_{${j}}`;
}

export function deltaSymbol(layer: number, j: number, notation: TraceNotation): string {
  return notation === 'delta' ? `\\delta^{(${layer})}_{${j}}` : `\\frac{\\partial E}{\\partial ${netSymbol(layer, j)}}`;
}

export function gradientSymbol(parameter: string): string {
  return `\\frac{\\partial E}{\\partial ${parameter}}`;
}

export function updatedSymbol(parameter: string): string {
  return `\\text{new}\\ ${parameter}`;
}
