/**
 * The delta-reuse widget's URL table: the network's shape (layer sizes, input first) and how many
 * units of the backward pass have their δ (0 … the number of non-input units; a step past the
 * shape's end is moved back to it by the step bar).
 */
import { DELTA_REUSE_SHAPES, shapeSizes } from '../../core';
import { defineUrlTable, parse, type ParsedUrlState, type UrlState } from '../kit/url-state';

export const SHAPES = DELTA_REUSE_SHAPES;
/** The most units any shape offered has after its inputs (3-4-4-2: 10). */
export const MAX_STEP = Math.max(...SHAPES.map((s) => shapeSizes(s).slice(1).reduce((a, n) => a + n, 0)));

export const DELTA_REUSE_TABLE = defineUrlTable([
  { key: 'shape', type: 'enum', values: SHAPES, default: '2-3-3-1' },
  { key: 'step', type: 'int', default: 0, min: 0, max: MAX_STEP },
]);

export type DeltaReuseUrlState = UrlState<typeof DELTA_REUSE_TABLE>;

/** Units after the inputs: the steps of a shape. */
export const stepsOf = (shape: string): number => shapeSizes(shape).slice(1).reduce((a, n) => a + n, 0);

/**
 * The table's own checks, then the step against the shape: a step past the shape's last unit (8 for
 * 1-1-1, which has 2) is reported and the walk starts from 0, as for any other value it cannot show.
 */
export function readDeltaReuseState(params: URLSearchParams, id: string): ParsedUrlState<DeltaReuseUrlState> {
  const read = parse(params, id, DELTA_REUSE_TABLE);
  const state = { ...read.state };
  const ignored = [...read.ignored];
  const total = stepsOf(state.shape);
  if (state.step > total) {
    const raw = String(state.step);
    ignored.push({ key: `${id}.step`, raw, reason: { key: 'drUrlBadStep', params: { name: id, raw, total, shape: state.shape } } });
    state.step = 0;
  }
  return { state, ignored };
}
