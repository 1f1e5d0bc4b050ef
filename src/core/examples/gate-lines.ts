/**
 * The perceptron chapter's single neuron as a gate (section on the decision line): w₁ = w₂ = 1 with
 * b = −1.5 is AND (the line x₁ + x₂ = 1.5), with b = −0.5 OR (x₁ + x₂ = 0.5); NAND is AND's line with
 * every sign flipped (the same line, the sides swapped).
 */
import { frozen } from './frozen';

export const GATE_LINES = frozen({
  and: { w1: 1, w2: 1, b: -1.5 },
  or: { w1: 1, w2: 1, b: -0.5 },
  nand: { w1: -1, w2: -1, b: 1.5 },
} as const);
