/**
 * The dropout chapter's worked example (#how-it-works, "A worked example"): a hidden layer of five
 * units with outputs y feeding one unit of the next layer with weights w, dropout probability p = 0.5,
 * the drawn mask r (units 2 and 5 dropped) and the next step's mask. The dropout-mask widget opens on
 * these numbers and the chapter computes its sums from them (components/DropoutWorked.astro).
 */
import { frozen } from './frozen';

export const DROPOUT_EXAMPLE = frozen({
  y: [0.8, 0.1, 0.5, 0.9, 0.3],
  w: [0.5, -1.0, 0.8, 0.3, 1.2],
  p: 0.5,
  mask: [1, 0, 1, 1, 0],
  nextMask: [0, 1, 1, 0, 1],
} as const);
