/**
 * The XOR-line widget's model, pure (tests/unit/widgets/xor-line/model.test.ts): one perceptron's line
 * over the input plane against XOR's four inequalities. Which inequalities hold, the nets and
 * S = w₁ + w₂ + 2b are the core's (xor-inequalities.ts); each region's output is the side of the line
 * it is on (step(net) = 1 on the side where net ≥ 0); the handles come from charts/line-drag.ts.
 */
import { xorInequalities, xorRandomSearch, createRng, type XorCheck } from '../../core';
import { cells, isLine, segmentInBox, type Line, type Point } from '../charts/half-planes';
import type { PlaneRegion } from '../charts/input-plane';
import { currentHandles, dragHandle as dragLineHandle, handlesOnLine, type Drag } from '../charts/line-drag';
import { PARAM_LIMIT, PLANE, SEARCH_COUNT } from './state';

export interface XorLineState {
  readonly w1: number;
  readonly w2: number;
  readonly b: number;
  /** The last drag (not in the URL). */
  readonly drag: Drag | null;
  /** Presses of the random search so far: the n-th press uses seed n (not in the URL). */
  readonly searches: number;
}

export interface XorLineModel {
  readonly line: Line;
  readonly check: XorCheck;
  readonly regions: readonly PlaneRegion[];
  readonly handles: readonly [Point, Point] | null;
  readonly shownHandles: readonly [Point, Point] | null;
  /** w = 0: no line, the whole plane gives step(b). The line misses the plane shown. */
  readonly lineNote: 'no-line' | 'off-plane' | null;
  /** How many of SEARCH_COUNT random settings satisfy 0, 1, 2, 3, 4 inequalities (after a press). */
  readonly search: readonly number[] | null;
}

export function xorLineModel(state: XorLineState): XorLineModel {
  const line = { w1: state.w1, w2: state.w2, b: state.b };
  const handles = currentHandles(line, state.drag, PLANE);
  return {
    line,
    check: xorInequalities(state.w1, state.w2, state.b),
    regions: cells([line], PLANE).map((cell) => ({ polygon: cell.polygon, cls: cell.sides[0] })),
    handles,
    shownHandles: handles ? handlesOnLine(line, handles) : null,
    lineNote: !isLine(line) ? 'no-line' : !segmentInBox(line, PLANE) ? 'off-plane' : null,
    search: state.searches > 0 ? xorRandomSearch(SEARCH_COUNT, PARAM_LIMIT, createRng(state.searches)) : null,
  };
}

/** Handle k dragged to p: the new line and drag, or null (charts/line-drag.ts). */
export function dragHandle(model: XorLineModel, k: 0 | 1, p: Point): (Line & { drag: Drag }) | null {
  return dragLineHandle(model.line, model.handles, k, p, PLANE, PARAM_LIMIT);
}

/** The live formulas' numbers: the parameters, the four nets and S. */
export function formulaValues(model: XorLineModel): Record<string, number> {
  const [n00, n01, n10, n11] = model.check.rows.map((r) => r.net);
  return { w1: model.line.w1, w2: model.line.w2, b: model.line.b, n00, n01, n10, n11, s: model.check.s };
}
