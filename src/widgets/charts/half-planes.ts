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

/**
 * A spot inside a convex polygon for its label: of a 15 × 15 grid of candidates over the polygon's
 * bounding box, the inside point farthest from the polygon's edges and from the `avoid` points
 * (marks already drawn there), each distance scaled by `weights` (edges, points). Falls back to the
 * centroid when no candidate is inside.
 */
export function labelPoint(polygon: readonly Point[], avoid: readonly Point[], weights: { edges: number; points: number } = { edges: 1, points: 1 }): Point {
  const xs = polygon.map((p) => p[0]);
  const ys = polygon.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const orientation = Math.sign(polygonArea(polygon)) || 1;
  const edgeDistance = (p: Point) => {
    let least = Infinity;
    for (let k = 0; k < polygon.length; k++) {
      const a = polygon[k];
      const c = polygon[(k + 1) % polygon.length];
      const length = Math.hypot(c[0] - a[0], c[1] - a[1]);
      if (length === 0) continue;
      // Signed distance, positive inside (left of each edge for a counter-clockwise polygon).
      least = Math.min(least, (orientation * ((c[0] - a[0]) * (p[1] - a[1]) - (c[1] - a[1]) * (p[0] - a[0]))) / length);
    }
    return least;
  };
  let best: Point | null = null;
  let bestScore = -Infinity;
  const n = 16;
  for (let i = 1; i < n; i++) {
    for (let j = 1; j < n; j++) {
      const p: Point = [x0 + ((x1 - x0) * i) / n, y0 + ((y1 - y0) * j) / n];
      const inside = edgeDistance(p);
      if (inside <= 0) continue;
      const near = avoid.reduce((m, q) => Math.min(m, Math.hypot(p[0] - q[0], p[1] - q[1])), Infinity);
      const score = Math.min(weights.edges * inside, weights.points * near);
      if (score > bestScore) {
        bestScore = score;
        best = p;
      }
    }
  }
  return best ?? polygonCentroid(polygon);
}
