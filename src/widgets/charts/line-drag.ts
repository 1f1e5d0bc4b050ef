/**
 * Dragging a perceptron's decision line w₁x₁ + w₂x₂ + b = 0 by two handles on it, pure
 * (tests/unit/widgets/charts/line-drag.test.ts); used by the one-neuron and XOR-line widgets.
 *
 * The mapping from handles P, Q to (w₁, w₂, b):
 * - direction: w is perpendicular to Q − P, w = L·n̂ with n̂ = (−(Q−P)₂, (Q−P)₁)/|Q − P| or its
 *   negative — whichever points the same way as the previous w (n̂·w_prev ≥ 0), so a small move
 *   never swaps the output-1 and output-0 sides;
 * - length: L = |w_prev| (at least MIN_LENGTH), so a drag turns and moves the line but does not make
 *   the neuron "steeper" — only the direction and the position change;
 * - bias: b = −w·P, so the line passes through P (and Q);
 * - range: if |w₁|, |w₂| or |b| would exceed the controls' limit, all three are scaled down by the same
 *   positive factor, which leaves the line and its sides unchanged (net is only rescaled);
 * - rounding: to 0.01, the fields' resolution; the handles are then drawn at their projections onto
 *   the rounded line, a shift far below a pixel's worth at this scale.
 */
import { roundToStep } from '../kit/controls/numeric';
import { projectOntoLine, segmentInBox, type Box, type Line, type Point } from './half-planes';

/** The shortest |w| a drag keeps: below it, 0.01 rounding would make the direction jumpy. */
export const MIN_LENGTH = 0.5;
/** Handles closer than this (input units) do not define a line. */
export const MIN_GAP = 0.1;
/** Resolution of w₁, w₂, b. */
export const PARAM_STEP = 0.01;

/** (w₁, w₂, b) for a line through p and q, following `previous`; null if p and q are too close. */
export function lineThroughHandles(p: Point, q: Point, previous: Line, limit: number): Line | null {
  const dx = q[0] - p[0];
  const dy = q[1] - p[1];
  const gap = Math.hypot(dx, dy);
  if (!(gap >= MIN_GAP)) return null;
  let nx = -dy / gap;
  let ny = dx / gap;
  if (nx * previous.w1 + ny * previous.w2 < 0) {
    nx = -nx;
    ny = -ny;
  }
  const length = Math.max(MIN_LENGTH, Math.hypot(previous.w1, previous.w2));
  let w1 = length * nx;
  let w2 = length * ny;
  let b = -(w1 * p[0] + w2 * p[1]);
  const largest = Math.max(Math.abs(w1), Math.abs(w2), Math.abs(b));
  if (largest > limit) {
    const k = limit / largest;
    w1 *= k;
    w2 *= k;
    b *= k;
  }
  const round = (v: number) => roundToStep(v, PARAM_STEP) || 0;
  const line = { w1: round(w1), w2: round(w2), b: round(b) };
  return line.w1 === 0 && line.w2 === 0 ? null : line;
}

/**
 * Where the handles sit for a line set by the sliders: a quarter and three quarters along its visible
 * piece in the box. Null when the line misses the box (or w = 0): then there is nothing to drag.
 */
export function defaultHandles(line: Line, box: Box): [Point, Point] | null {
  const segment = segmentInBox(line, box);
  if (!segment) return null;
  const [a, c] = segment;
  if (Math.hypot(c[0] - a[0], c[1] - a[1]) < 2 * MIN_GAP) return null;
  const at = (t: number): Point => [a[0] + t * (c[0] - a[0]), a[1] + t * (c[1] - a[1])];
  return [at(0.25), at(0.75)];
}

/** The handles as drawn: each projected onto the current line (kept where they were dragged to). */
export function handlesOnLine(line: Line, handles: readonly [Point, Point]): [Point, Point] {
  return [projectOntoLine(line, handles[0]), projectOntoLine(line, handles[1])];
}

/** A handle moved by (dx, dy), kept inside the box. */
export function moveHandle(p: Point, dx: number, dy: number, box: Box): Point {
  const clamp = (v: number, range: readonly [number, number]) => Math.min(range[1], Math.max(range[0], v));
  return [clamp(p[0] + dx, box.x), clamp(p[1] + dy, box.y)];
}

/**
 * The handles where a drag left them, with the line the drag made. They stay (drawn projected onto
 * that line) until the line changes any other way — a slider, a box, a preset — which puts them
 * back at their default places.
 */
export interface Drag {
  readonly handles: readonly [Point, Point];
  readonly line: Line;
}

const sameLine = (a: Line, b: Line) => a.w1 === b.w1 && a.w2 === b.w2 && a.b === b.b;

/** Where the handles are for `line`: where the last drag left them if it made this line, else the defaults. */
export function currentHandles(line: Line, drag: Drag | null, box: Box): [Point, Point] | null {
  return drag && sameLine(drag.line, line) ? [drag.handles[0], drag.handles[1]] : defaultHandles(line, box);
}

/**
 * Handle k (0 or 1) dragged to p (kept inside the box): the line through it and the other handle, as
 * the new (w₁, w₂, b) with the drag that made it — or null when the two handles are too close to make
 * a line, or there are none.
 */
export function dragHandle(line: Line, handles: readonly [Point, Point] | null, k: 0 | 1, p: Point, box: Box, limit: number): (Line & { drag: Drag }) | null {
  if (!handles) return null;
  const moved: [Point, Point] = [handles[0], handles[1]];
  moved[k] = moveHandle(p, 0, 0, box);
  const next = lineThroughHandles(moved[0], moved[1], line, limit);
  return next && { ...next, drag: { handles: moved, line: next } };
}
