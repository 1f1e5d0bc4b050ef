/**
 * The layer-matrices widget's URL table: which of the stepper's example networks (2-2-2, its default,
 * or the 2-2-1 of chapter 1's worked example), the input x, the target y′ (y′₂ only for 2-2-2) and the
 * step of the backward pass. Weights and biases are the examples' own (core/examples/).
 */
import { TWO_TWO_ONE_PROBLEM, TWO_TWO_TWO_PROBLEM, type TraceProblem } from '../../core';
import { defineUrlTable } from '../kit/url-state';

export type NetworkId = '222' | '221';
export const NETWORKS: readonly NetworkId[] = ['222', '221'];
export const PROBLEMS: Readonly<Record<NetworkId, TraceProblem>> = { '222': TWO_TWO_TWO_PROBLEM, '221': TWO_TWO_ONE_PROBLEM };

/** An input xᵢ from −5 to 5 (sigmoid still has a readable slope); a target from 0 to 1 (a sigmoid's range). */
export const INPUT_MIN = -5;
export const INPUT_MAX = 5;
export const TARGET_MIN = 0;
export const TARGET_MAX = 1;
/** Two steps per layer (δ, then the gradients) for both networks' two layers. */
export const STEP_COUNT = 4;

export const LAYER_MATRICES_TABLE = defineUrlTable([
  { key: 'net', type: 'enum', values: NETWORKS, default: '222' },
  { key: 'x1', type: 'number', default: TWO_TWO_TWO_PROBLEM.input[0], min: INPUT_MIN, max: INPUT_MAX },
  { key: 'x2', type: 'number', default: TWO_TWO_TWO_PROBLEM.input[1], min: INPUT_MIN, max: INPUT_MAX },
  { key: 't1', type: 'number', default: TWO_TWO_TWO_PROBLEM.target[0], min: TARGET_MIN, max: TARGET_MAX },
  { key: 't2', type: 'number', default: TWO_TWO_TWO_PROBLEM.target[1], min: TARGET_MIN, max: TARGET_MAX },
  { key: 'step', type: 'int', default: 0, min: 0, max: STEP_COUNT },
]);
