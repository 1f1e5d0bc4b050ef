/**
 * The live formulas (typeset at build time by components/XorLine.astro, numbers filled in by the
 * element): each of XOR's four inequalities with the current net on its left, true or false as it
 * stands, and the two sums of the chapter's proof, both equal to S = w₁ + w₂ + 2b. Names:
 * model.ts formulaValues. Numbers: formatShort (at most two decimals, as the fields).
 */
import { formatShort } from '../kit/format-short';
import type { LiveFormat } from '../kit/live-formula';

/** Row k's inequality, in the chapter's form, with its net: true when the perceptron gets that corner right. */
export const ROW_TEX: readonly string[] = [
  String.raw`b = \live{n00} < 0`,
  String.raw`w_2 + b = \live{n01} \geq 0`,
  String.raw`w_1 + b = \live{n10} \geq 0`,
  String.raw`w_1 + w_2 + b = \live{n11} < 0`,
];

/** The middle two added, and the first and last added: the same S with opposite demands. */
export const MIDDLE_TEX = String.raw`(w_2 + b) + (w_1 + b) = w_1 + w_2 + 2b = \live{s} \geq 0`;
export const OUTER_TEX = String.raw`b + (w_1 + w_2 + b) = w_1 + w_2 + 2b = \live{s} < 0`;
/** Full screen's shorter forms (the column beside the plane is narrower than the page's). */
export const MIDDLE_SHORT_TEX = String.raw`(w_2 + b) + (w_1 + b) = \live{s} \geq 0`;
export const OUTER_SHORT_TEX = String.raw`b + (w_1 + w_2 + b) = \live{s} < 0`;

export const formatLive: LiveFormat = (_name, value, _digits, parens) => {
  const text = formatShort(value);
  return parens && text.startsWith('−') ? `(${text})` : text;
};
