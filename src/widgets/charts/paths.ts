/**
 * SVG path data for the marks, pure (tests/unit/widgets/charts/paths.test.ts): polylines with gaps,
 * and the two point symbols. Written here rather than taken from d3-shape because its single-file
 * module keeps every curve and symbol type in a bundle (about 6 KB gzip) for two small functions.
 * Coordinates are rounded to 0.1 px: finer digits are invisible and only lengthen long paths.
 */

const r = (v: number) => Math.round(v * 10) / 10;

/**
 * A polyline through points k = 0 … n − 1 (given by index, the way the charts read flat arrays):
 * `x(k)`, `y(k)` in pixels; a point that is not `defined` (or maps to a non-finite pixel) breaks the
 * line, so NaN losses and values ≤ 0 on a log axis leave gaps rather than plunging to an edge.
 * `indices` lets a caller draw a subset (decimated points) in order.
 */
export function linePath(
  indices: ArrayLike<number>,
  x: (k: number) => number,
  y: (k: number) => number,
  defined: (k: number) => boolean = () => true,
): string {
  let d = '';
  let open = false;
  for (let n = 0; n < indices.length; n++) {
    const k = indices[n];
    const px = defined(k) ? x(k) : NaN;
    const py = defined(k) ? y(k) : NaN;
    if (!(Number.isFinite(px) && Number.isFinite(py))) {
      open = false;
      continue;
    }
    d += `${open ? 'L' : 'M'}${r(px)},${r(py)}`;
    open = true;
  }
  return d;
}

/** 0 … n − 1, for linePath over a whole series. */
export function range(n: number): Uint32Array {
  return Uint32Array.from({ length: Math.max(0, n) }, (_, k) => k);
}

/**
 * A point symbol centred at the origin with about the same area `area` (px²) for both shapes, so
 * neither class looks heavier: class 0 a circle, class 1 an upward triangle (centroid at the origin).
 */
export function symbolPath(shape: 'circle' | 'triangle', area: number): string {
  if (shape === 'circle') {
    const radius = Math.sqrt(area / Math.PI);
    return `M${r(radius)},0A${r(radius)},${r(radius)} 0 1,1 ${r(-radius)},0A${r(radius)},${r(radius)} 0 1,1 ${r(radius)},0Z`;
  }
  // Equilateral triangle of area A: side s = √(4A/√3); centroid to apex 2h/3, to base h/3.
  const side = Math.sqrt((4 * area) / Math.sqrt(3));
  const height = (side * Math.sqrt(3)) / 2;
  return `M0,${r((-2 * height) / 3)}L${r(side / 2)},${r(height / 3)}L${r(-side / 2)},${r(height / 3)}Z`;
}
