/**
 * Formula terms of the losses for one example with outputs y_1…y_K and targets y'_1…y'_K, and of
 * ∂E/∂y_j, matching losses.ts exactly:
 *   half-squared-error  E = ½ Σ (y_j − y'_j)²       ∂E/∂y_j = y_j − y'_j
 *   mse                 E = Σ (y'_j − y_j)² / K      ∂E/∂y_j = (2/K)(y_j − y'_j)
 *   mae                 E = Σ |y'_j − y_j| / K       ∂E/∂y_j = sign(y_j − y'_j)/K
 *   cross-entropy       E = −Σ y'_j log y_j          ∂E/∂y_j = −y'_j / y_j
 * (cross-entropy's y clipped to [1e-12, 1] inside the log and the division, as in losses.ts).
 */

import { CROSS_ENTROPY_CLIP, type LossName, getLoss } from '../losses';
import type { Operand, Render, Term } from './render';

function clip(p: number): number {
  return Math.min(Math.max(p, CROSS_ENTROPY_CLIP), 1);
}

/** (y − y') with the output first. */
function difference(r: Render, y: Operand, t: Operand): string {
  return `(${r.lead(y)} - ${r.at(t)})`;
}

/** Σ of K terms over K, or the single term when K = 1. */
function mean(terms: string[]): string {
  return terms.length === 1 ? terms[0] : `\\frac{${terms.join(' + ')}}{${terms.length}}`;
}

/** E for the example. */
export function lossTerm(name: LossName, outputs: readonly Operand[], targets: readonly Operand[]): Term {
  const value = getLoss(name).value(
    outputs.map((y) => y.value),
    targets.map((t) => t.value),
  );
  const each = (f: (r: Render, y: Operand, t: Operand) => string) => (r: Render) =>
    outputs.map((y, j) => f(r, y, targets[j]));
  switch (name) {
    case 'half-squared-error':
      return {
        template: (r) => {
          const squares = each((q, y, t) => `${difference(q, y, t)}^2`)(r);
          return squares.length === 1 ? `\\frac{1}{2}${squares[0]}` : `\\frac{1}{2}\\left[${squares.join(' + ')}\\right]`;
        },
        value,
      };
    case 'mse':
      return { template: (r) => mean(each((q, y, t) => `(${q.lead(t)} - ${q.at(y)})^2`)(r)), value };
    case 'mae':
      return { template: (r) => mean(each((q, y, t) => `\\lvert ${q.lead(t)} - ${q.at(y)} \\rvert`)(r)), value };
    case 'cross-entropy':
      return {
        template: (r) => {
          const products = each((q, y, t) => q.juxtapose(q.lead(t), `\\log ${q.at(y)}`))(r);
          return products.length === 1 ? `-${products[0]}` : `-\\left(${products.join(' + ')}\\right)`;
        },
        value,
      };
  }
}

/** ∂E/∂y_j for one output of K. */
export function lossGradientTerm(name: LossName, y: Operand, t: Operand, outputs: number): Term {
  const d = y.value - t.value;
  switch (name) {
    case 'half-squared-error':
      return { template: (r) => difference(r, y, t), value: d };
    case 'mse': {
      const factor = outputs === 1 ? '2' : `\\frac{2}{${outputs}}`;
      return { template: (r) => r.juxtapose(factor, difference(r, y, t)), value: (2 / outputs) * d };
    }
    case 'mae': {
      const value = (d > 0 ? 1 : d < 0 ? -1 : 0) / outputs;
      return {
        template: (r) => {
          const s = `\\operatorname{sign}${difference(r, y, t)}`;
          return outputs === 1 ? s : r.juxtapose(`\\frac{1}{${outputs}}`, s);
        },
        value,
      };
    }
    case 'cross-entropy':
      return {
        template: (r) => `-\\frac{${r.lead(t)}}{${r.lead(y)}}`,
        value: t.value === 0 ? 0 : -t.value / clip(y.value),
      };
  }
}
