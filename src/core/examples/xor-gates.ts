/**
 * The perceptron chapter's XOR from gates ("XOR from NAND, OR and AND"): a 2-2-1 network of step
 * units, hidden unit h₁ = NAND (W = (−2, −2), b = 3), h₂ = OR (W = (2, 2), b = −1), output
 * y = AND(h₁, h₂) (W = (2, 2), b = −3).
 */
import type { NetworkSpec } from '../network-spec';
import { frozen } from './frozen';

export const XOR_GATES_NETWORK: NetworkSpec = frozen({
  layers: [
    { weights: [[-2, -2], [2, 2]], bias: [3, -1], activation: 'step' },
    { weights: [[2, 2]], bias: [-3], activation: 'step' },
  ],
});
