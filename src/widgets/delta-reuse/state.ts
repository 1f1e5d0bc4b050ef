/**
 * The delta-reuse widget's URL table: the network's shape (layer sizes, input first) and how many
 * units of the backward pass have their δ (0 … the number of non-input units; a step past the
 * shape's end is moved back to it by the step bar).
 */
import { DELTA_REUSE_SHAPES, shapeSizes } from '../../core';
import { defineUrlTable } from '../kit/url-state';

export const SHAPES = DELTA_REUSE_SHAPES;
/** The most units any shape offered has after its inputs (3-4-4-2: 10). */
export const MAX_STEP = Math.max(...SHAPES.map((s) => shapeSizes(s).slice(1).reduce((a, n) => a + n, 0)));

export const DELTA_REUSE_TABLE = defineUrlTable([
  { key: 'shape', type: 'enum', values: SHAPES, default: '2-3-3-1' },
  { key: 'step', type: 'int', default: 0, min: 0, max: MAX_STEP },
]);
