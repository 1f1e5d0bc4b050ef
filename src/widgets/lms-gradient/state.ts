/**
 * The lms-gradient widget's URL table: the gate, the learning rate α, the start (w₁, w₂, b) shared by
 * both rules and the number of steps t taken (one example per step), so a link restores the run at
 * the same point. Defaults: the chapter's hand table (AND from W = (0, 0), b = 0 with α = 0.1).
 */
import { DELTA_RULE_EXAMPLE } from '../../core/examples/delta-rule';
import type { LmsGate } from '../../core/lms-gradient';
import { defineUrlTable, type UrlState } from '../kit/url-state';

export const GATES = ['and', 'or', 'nand'] as const satisfies readonly LmsGate[];
/** α up to 1.5: past LMS's divergence limit on these inputs (α* = 1). */
export const ALPHA = { min: 0.01, max: 1.5, step: 0.01 } as const;
export const WEIGHT = { min: -1, max: 1, step: 0.1 } as const;
/** Epochs a run may take: LMS with α = 0.01 is still creeping after 1000. */
export const EPOCH_CAP = 1000;
export const EXAMPLES = 4;
export const MAX_STEPS = EPOCH_CAP * EXAMPLES;

export const LMS_GRADIENT_TABLE = defineUrlTable([
  { key: 'gate', type: 'enum', values: GATES, default: DELTA_RULE_EXAMPLE.gate },
  { key: 'alpha', type: 'number', min: ALPHA.min, max: ALPHA.max, default: DELTA_RULE_EXAMPLE.alpha },
  { key: 'w1', type: 'number', min: WEIGHT.min, max: WEIGHT.max, default: DELTA_RULE_EXAMPLE.weights[0] },
  { key: 'w2', type: 'number', min: WEIGHT.min, max: WEIGHT.max, default: DELTA_RULE_EXAMPLE.weights[1] },
  { key: 'b', type: 'number', min: WEIGHT.min, max: WEIGHT.max, default: DELTA_RULE_EXAMPLE.bias },
  { key: 't', type: 'int', min: 0, max: MAX_STEPS, default: 0 },
] as const);

export type LmsGradientState = UrlState<typeof LMS_GRADIENT_TABLE>;
