/**
 * The arithmetic of the contour plot, pure (tests/unit/widgets/charts/contour-levels.test.ts):
 * which levels to draw, and how d3-contour's grid coordinates become the plot's data coordinates.
 *
 * Grid convention (shared with the decision map): `values[j · nx + i]` is the surface at
 * x = x0 + i · (x1 − x0)/(nx − 1), y = y0 + j · (y1 − y0)/(ny − 1) — row 0 is the lowest y, the
 * corners are sampled exactly. d3-contour places the sample (i, j) at the centre of its pixel,
 * (i + ½, j + ½), so its coordinates are shifted by ½ before scaling.
 *
 * Levels: loss surfaces span orders of magnitude (a valley at 0.01 under walls at 100), so evenly
 * spaced levels would all crowd the walls; `log` spaces them geometrically between the smallest
 * positive and the largest value. `linear` spaces them evenly, strictly inside (min, max).
 */

export type LevelScale = 'linear' | 'log';

export interface Grid {
  readonly nx: number;
  readonly ny: number;
  /** Row-major, row 0 = lowest y; length nx · ny. */
  readonly values: ArrayLike<number>;
  /** [x0, x1]: x of the first and last column. */
  readonly x: readonly [number, number];
  /** [y0, y1]: y of the first and last row. */
  readonly y: readonly [number, number];
}

/** `count` levels strictly between the finite min and max (log: of the positive values). Ascending. */
export function contourLevels(values: ArrayLike<number>, count: number, scale: LevelScale = 'linear'): number[] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let k = 0; k < values.length; k++) {
    const v = values[k];
    if (!Number.isFinite(v) || (scale === 'log' && !(v > 0))) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (!(hi > lo) || count < 1) return [];
  const levels: number[] = [];
  for (let k = 1; k <= count; k++) {
    const t = k / (count + 1);
    levels.push(scale === 'log' ? lo * (hi / lo) ** t : lo + t * (hi - lo));
  }
  return levels;
}

/** Maps a d3-contour coordinate (grid pixels) to data x, y. */
export function gridToData(grid: Pick<Grid, 'nx' | 'ny' | 'x' | 'y'>): (gx: number, gy: number) => [number, number] {
  const sx = grid.nx > 1 ? (grid.x[1] - grid.x[0]) / (grid.nx - 1) : 0;
  const sy = grid.ny > 1 ? (grid.y[1] - grid.y[0]) / (grid.ny - 1) : 0;
  return (gx, gy) => [grid.x[0] + (gx - 0.5) * sx, grid.y[0] + (gy - 0.5) * sy];
}

/**
 * An SVG path for a GeoJSON-style MultiPolygon (d3-contour's output) through a point mapping,
 * rounded to 0.1 px — contour paths are long, and finer digits only add bytes.
 */
export function multiPolygonPath(coordinates: readonly (readonly (readonly (readonly number[])[])[])[], map: (x: number, y: number) => [number, number]): string {
  const parts: string[] = [];
  for (const polygon of coordinates) {
    for (const ring of polygon) {
      ring.forEach(([gx, gy], k) => {
        const [px, py] = map(gx, gy);
        parts.push(`${k === 0 ? 'M' : 'L'}${round(px)},${round(py)}`);
      });
      parts.push('Z');
    }
  }
  return parts.join('');
}

const round = (v: number) => Math.round(v * 10) / 10;

/**
 * An arrowhead for the segment (x1, y1) → (x2, y2): a triangle with its tip at (x2, y2), `size` long
 * and `size` wide at the base, as an SVG points list. Empty for a zero-length segment.
 */
export function arrowHead(x1: number, y1: number, x2: number, y2: number, size: number): string {
  const d = Math.hypot(x2 - x1, y2 - y1);
  if (!(d > 0)) return '';
  const ux = (x2 - x1) / d;
  const uy = (y2 - y1) / d;
  const bx = x2 - ux * size;
  const by = y2 - uy * size;
  const h = size / 2;
  return [
    [x2, y2],
    [bx - uy * h, by + ux * h],
    [bx + uy * h, by - ux * h],
  ]
    .map(([x, y]) => `${round(x)},${round(y)}`)
    .join(' ');
}
