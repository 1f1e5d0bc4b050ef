/** The forward-propagation widget's URL table and its fixed network (the chapter's worked example). */
import { defineUrlTable } from '../kit/url-state';

/** content/en/perceptron.mdx, "A worked example": W⁽¹⁾, b⁽¹⁾, W⁽²⁾, b⁽²⁾, all sigmoid. */
export const EXAMPLE_SPEC = {
  layers: [
    { weights: [[0.1, -0.2], [0.4, 0.3]], bias: [0.1, -0.1], activation: 'sigmoid' },
    { weights: [[0.7, -0.5]], bias: [0.2], activation: 'sigmoid' },
  ],
} as const;
export const EXAMPLE_LAYERS = [2, 2, 1] as const;
/** Two quantities (net, output) per non-input unit. */
export const STEP_COUNT = 2 * (2 + 1);

export const INPUT_MIN = -5;
export const INPUT_MAX = 5;

export const FORWARD_TABLE = defineUrlTable([
  { key: 'x1', type: 'number', default: 1, min: INPUT_MIN, max: INPUT_MAX },
  { key: 'x2', type: 'number', default: 0.5, min: INPUT_MIN, max: INPUT_MAX },
  { key: 'step', type: 'int', default: 0, min: 0, max: STEP_COUNT },
]);
