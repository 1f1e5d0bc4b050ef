/**
 * The perceptron chapter's hand table of the delta rule: AND learnt from W = (0, 0), b = 0 with
 * α = 0.1, the samples in the order (0,0), (0,1), (1,0), (1,1).
 */
import { frozen } from './frozen';

export const DELTA_RULE_EXAMPLE = frozen({ gate: 'and', alpha: 0.1, weights: [0, 0], bias: 0 } as const);
