/** The forward-propagation widget's URL table and its fixed network (the chapter's worked example). */
import { TWO_TWO_ONE } from '../../core/examples/two-two-one';
import { networkSizes } from '../../core/network-spec';
import { defineUrlTable } from '../kit/url-state';

/** The perceptron chapter's worked example ("A worked example"): W⁽¹⁾, b⁽¹⁾, W⁽²⁾, b⁽²⁾, all sigmoid. */
export const EXAMPLE_SPEC = TWO_TWO_ONE.network;
/** Units per layer, input first: [2, 2, 1]. */
export const EXAMPLE_LAYERS: readonly number[] = networkSizes(EXAMPLE_SPEC);
/** Two quantities (net, output) per non-input unit. */
export const STEP_COUNT = 2 * EXAMPLE_LAYERS.slice(1).reduce((sum, units) => sum + units, 0);

export const INPUT_MIN = -5;
export const INPUT_MAX = 5;

export const FORWARD_TABLE = defineUrlTable([
  { key: 'x1', type: 'number', default: TWO_TWO_ONE.input[0], min: INPUT_MIN, max: INPUT_MAX },
  { key: 'x2', type: 'number', default: TWO_TWO_ONE.input[1], min: INPUT_MIN, max: INPUT_MAX },
  { key: 'step', type: 'int', default: 0, min: 0, max: STEP_COUNT },
]);
