/**
 * The names of the widget's matrices, vectors and entries, as Unicode maths (format.ts): the
 * chapter's notation, W⁽ˡ⁾ with one row per unit of layer l, a⁽⁰⁾ = x, a⁽ᴸ⁾ = y, δ⁽ˡ⁾, f′(net⁽ˡ⁾).
 * Language-neutral, so they are not in the dictionaries.
 */
import { layerMark as m, sub } from './format';
import type { MatrixStep } from './model';

/** a⁽ˡ⁾, written x for l = 0 and y for the output layer. */
export function activationName(l: number, last: number): string {
  return l === 0 ? 'x' : l === last ? 'y' : `a${m(l)}`;
}

/** The step's rule in symbols. */
export function ruleOf(step: MatrixStep, last: number): string {
  const l = step.layer;
  if (step.kind === 'grad') return `∂E/∂W${m(l)} = δ${m(l)} (${activationName(l - 1, last)})ᵀ,   ∂E/∂b${m(l)} = δ${m(l)}`;
  if (step.output) return `δ${m(l)} = (y − y′) ⊙ f′(net${m(l)})`;
  return `δ${m(l)} = (W${m(l + 1)}ᵀ δ${m(l + 1)}) ⊙ f′(net${m(l)})`;
}

/** The first factor of a δ step: y − y′ or W⁽ˡ⁺¹⁾ᵀδ⁽ˡ⁺¹⁾. */
export function backName(step: MatrixStep): string {
  return step.output ? 'y − y′' : `W${m(step.layer + 1)}ᵀδ${m(step.layer + 1)}`;
}

/** The entry's own name: (W⁽²⁾ᵀδ⁽²⁾)₁, δ⁽¹⁾₂, ∂E/∂w⁽¹⁾₂₁, ∂E/∂b⁽¹⁾₂. */
export function entryName(step: MatrixStep, pick: string): string {
  const [kind, a, b] = pick.split('.');
  const j = sub(Number(a) + 1);
  const l = step.layer;
  if (kind === 'r') return step.output ? `y${j} − y′${j}` : `(${backName(step)})${j}`;
  if (kind === 'd') return `δ${m(l)}${j}`;
  if (kind === 'g') return `∂E/∂w${m(l)}${j}${sub(Number(b) + 1)}`;
  return `∂E/∂b${m(l)}${j}`;
}

/** The entry in symbols, the per-unit form: Σₖ w⁽²⁾ₖ₁δ⁽²⁾ₖ, δ⁽¹⁾₂ · x₁, … */
export function entrySymbols(step: MatrixStep, pick: string, last: number): string {
  const [kind, a, b] = pick.split('.');
  const j = sub(Number(a) + 1);
  const l = step.layer;
  if (kind === 'r') return step.output ? `y${j} − y′${j}` : `Σₖ w${m(l + 1)}ₖ${j} δ${m(l + 1)}ₖ`;
  if (kind === 'd') return `(${backName(step)})${j} · f′(net${m(l)}${j})`;
  const input = activationName(l - 1, last);
  if (kind === 'g') return `δ${m(l)}${j} · ${input}${sub(Number(b) + 1)}`;
  return `δ${m(l)}${j}`;
}
