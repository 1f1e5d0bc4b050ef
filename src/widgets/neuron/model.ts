/**
 * The one-neuron widget's model, pure (tests/unit/widgets/neuron/model.test.ts): what the state
 * (w₁, w₂, b, x₁, x₂ and the last drag) means. Every output — net, y, the corners' outputs, each
 * region's output — is the core's (perceptronNet, perceptronOutput); the rest is drawing geometry
 * (charts/half-planes.ts) and where the line's two handles sit (charts/line-drag.ts).
 */
import { createPerceptron, perceptronNet, perceptronOutput } from '../../core';
import { boxPolygon, clipToSide, isLine, polygonCentroid, segmentInBox, type Line, type Point } from '../charts/half-planes';
import type { PlaneRegion } from '../charts/input-plane';
import { currentHandles, dragHandle as dragLineHandle, handlesOnLine, type Drag } from '../charts/line-drag';
import { gateOf, PARAM_LIMIT, PLANE, type NeuronState } from './state';

/** The inputs the chapter tabulates, in the core's order: (0,0), (0,1), (1,0), (1,1). */
export const CORNERS: readonly Point[] = [
  [0, 0],
  [0, 1],
  [1, 0],
  [1, 1],
];

export type { Drag };

/** The widget's state: the URL's numbers and the last drag, which stays out of the URL. */
export type NeuronModelState = NeuronState & { readonly drag: Drag | null };

export interface NeuronModel {
  readonly line: Line;
  /** net = w₁x₁ + w₂x₂ + b at the input. */
  readonly net: number;
  /** y = step(net). */
  readonly y: 0 | 1;
  /** The outputs at CORNERS. */
  readonly pattern: readonly (0 | 1)[];
  /** The gate the corners' outputs make, if one the chapter names. */
  readonly gate: ReturnType<typeof gateOf>;
  /** The plane cut by the line, each part labelled with the neuron's output at its centroid. */
  readonly regions: readonly PlaneRegion[];
  /** Where the handles are (for the next drag), or null when the line misses the plane. */
  readonly handles: readonly [Point, Point] | null;
  /** The handles as drawn: projected onto the line. */
  readonly shownHandles: readonly [Point, Point] | null;
  /** Why no line is drawn across the plane: w = 0 (no line at all), or the line misses the plane shown. */
  readonly lineNote: 'no-line' | 'off-plane' | null;
}

const lineOf = (s: NeuronState): Line => ({ w1: s.w1, w2: s.w2, b: s.b });

export function neuronModel(state: NeuronModelState): NeuronModel {
  const line = lineOf(state);
  const neuron = createPerceptron(2, { weights: [state.w1, state.w2], bias: state.b });
  const outputAt = (p: Point) => perceptronOutput(neuron, p) as 0 | 1;
  const pattern = CORNERS.map(outputAt);

  const box = boxPolygon(PLANE);
  const polygons = isLine(line) ? [clipToSide(box, line, 0), clipToSide(box, line, 1)].filter((p) => p.length >= 3) : [box];
  const handles = currentHandles(line, state.drag, PLANE);

  return {
    line,
    net: perceptronNet(neuron, [state.x1, state.x2]),
    y: outputAt([state.x1, state.x2]),
    pattern,
    gate: gateOf(pattern),
    regions: polygons.map((polygon) => ({ polygon, cls: outputAt(polygonCentroid(polygon)) })),
    handles,
    shownHandles: handles ? handlesOnLine(line, handles) : null,
    lineNote: !isLine(line) ? 'no-line' : !segmentInBox(line, PLANE) ? 'off-plane' : null,
  };
}

/** Handle k (0 or 1) dragged to p: the new line and drag, or null (charts/line-drag.ts). */
export function dragHandle(model: NeuronModel, k: 0 | 1, p: Point): (Line & { drag: Drag }) | null {
  return dragLineHandle(model.line, model.handles, k, p, PLANE, PARAM_LIMIT);
}
