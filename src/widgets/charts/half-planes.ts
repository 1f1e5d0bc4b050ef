/**
 * Geometry of straight decision lines on a rectangular input plane, pure
 * (tests/unit/widgets/charts/half-planes.test.ts). A line is the set of points p = (x₁, x₂) with
 * w₁x₁ + w₂x₂ + b = 0; its side 1 is { p : w·p + b ≥ 0 } (where a step unit outputs 1, the tie
 * included), its side 0 the rest. Everything here is drawing geometry — what a unit outputs is the
 * core's to say; a cell's class comes from the core, evaluated by the widget.
 *
 * Polygons are convex, listed as vertices in order; clipping is Sutherland–Hodgman against one
 * half-plane at a time.
 */

export type Point = readonly [number, number];

export interface Line {
  readonly w1: number;
  readonly w2: number;
  readonly b: number;
}

export interface Box {
  readonly x: readonly [number, number];
  readonly y: readonly [number, number];
}

/** w·p + b */
export function lineValue(line: Line, p: Point): number {
  return line.w1 * p[0] + line.w2 * p[1] + line.b;
}

/** The box's corners, counter-clockwise from (x₀, y₀). */
export function boxPolygon(box: Box): Point[] {
  return [
    [box.x[0], box.y[0]],
    [box.x[1], box.y[0]],
    [box.x[1], box.y[1]],
    [box.x[0], box.y[1]],
  ];
}

/** A line with w = (0, 0) is no line: the whole plane is on one side. */
export function isLine(line: Line): boolean {
  return Math.hypot(line.w1, line.w2) > 1e-12;
}

/**
 * The part of a convex polygon on one side of the line: side 1 keeps w·p + b ≥ 0, side 0 keeps
 * w·p + b ≤ 0 (the line itself belongs to both, so the two parts share the edge and tile the polygon).
 */
export function clipToSide(polygon: readonly Point[], line: Line, side: 0 | 1): Point[] {
  const sign = side === 1 ? 1 : -1;
  const out: Point[] = [];
  const n = polygon.length;
  for (let k = 0; k < n; k++) {
    const a = polygon[k];
    const c = polygon[(k + 1) % n];
    const fa = sign * lineValue(line, a);
    const fc = sign * lineValue(line, c);
    if (fa >= 0) out.push(a);
    if ((fa > 0 && fc < 0) || (fa < 0 && fc > 0)) {
      const t = fa / (fa - fc);
      out.push([a[0] + t * (c[0] - a[0]), a[1] + t * (c[1] - a[1])]);
    }
  }
  return out;
}

/** Signed area (positive counter-clockwise). */
export function polygonArea(polygon: readonly Point[]): number {
  let sum = 0;
  for (let k = 0; k < polygon.length; k++) {
    const a = polygon[k];
    const c = polygon[(k + 1) % polygon.length];
    sum += a[0] * c[1] - c[0] * a[1];
  }
  return sum / 2;
}

/** The centroid of a polygon (the vertex mean when its area is zero). */
export function polygonCentroid(polygon: readonly Point[]): Point {
  const area = polygonArea(polygon);
  if (Math.abs(area) < 1e-12) {
    const n = Math.max(1, polygon.length);
    return [polygon.reduce((s, p) => s + p[0], 0) / n, polygon.reduce((s, p) => s + p[1], 0) / n];
  }
  let cx = 0;
  let cy = 0;
  for (let k = 0; k < polygon.length; k++) {
    const a = polygon[k];
    const c = polygon[(k + 1) % polygon.length];
    const cross = a[0] * c[1] - c[0] * a[1];
    cx += (a[0] + c[0]) * cross;
    cy += (a[1] + c[1]) * cross;
  }
  return [cx / (6 * area), cy / (6 * area)];
}

/** One cell of the arrangement of several lines inside the box: which side of each line it is on. */
export interface Cell {
  /** sides[k] = 1 or 0 for line k. */
  readonly sides: readonly (0 | 1)[];
  readonly polygon: Point[];
}

/**
 * The box cut by every line: one cell per combination of sides that has area (at most 2ⁿ, usually
 * fewer). Lines with w = (0, 0) cut nothing: their side is the side of the whole plane (b ≥ 0 → 1).
 */
export function cells(lines: readonly Line[], box: Box): Cell[] {
  let current: Cell[] = [{ sides: [], polygon: boxPolygon(box) }];
  const minArea = 1e-9 * (box.x[1] - box.x[0]) * (box.y[1] - box.y[0]);
  for (const line of lines) {
    const next: Cell[] = [];
    for (const cell of current) {
      if (!isLine(line)) {
        next.push({ sides: [...cell.sides, line.b >= 0 ? 1 : 0], polygon: cell.polygon });
        continue;
      }
      for (const side of [0, 1] as const) {
        const polygon = clipToSide(cell.polygon, line, side);
        if (polygon.length >= 3 && Math.abs(polygonArea(polygon)) > minArea) next.push({ sides: [...cell.sides, side], polygon });
      }
    }
    current = next;
  }
  return current;
}

/** The visible piece of the line inside the box, or null when it misses the box (or is no line). */
export function segmentInBox(line: Line, box: Box): [Point, Point] | null {
  if (!isLine(line)) return null;
  const corners = boxPolygon(box);
  const found: Point[] = [];
  for (let k = 0; k < 4; k++) {
    const a = corners[k];
    const c = corners[(k + 1) % 4];
    const fa = lineValue(line, a);
    const fc = lineValue(line, c);
    if (fa === 0) found.push(a);
    else if ((fa > 0 && fc < 0) || (fa < 0 && fc > 0)) {
      const t = fa / (fa - fc);
      found.push([a[0] + t * (c[0] - a[0]), a[1] + t * (c[1] - a[1])]);
    }
  }
  let best: [Point, Point] | null = null;
  let bestLength = 0;
  for (let i = 0; i < found.length; i++) {
    for (let j = i + 1; j < found.length; j++) {
      const length = Math.hypot(found[j][0] - found[i][0], found[j][1] - found[i][1]);
      if (length > bestLength) {
        bestLength = length;
        best = [found[i], found[j]];
      }
    }
  }
  return bestLength > 0 ? best : null;
}

/** The point of the line nearest to p (p itself when the line is no line). */
export function projectOntoLine(line: Line, p: Point): Point {
  const norm2 = line.w1 * line.w1 + line.w2 * line.w2;
  if (norm2 < 1e-24) return p;
  const f = lineValue(line, p) / norm2;
  return [p[0] - f * line.w1, p[1] - f * line.w2];
}
