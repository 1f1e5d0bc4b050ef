/**
 * A perceptron's net input over a rectangle of the input plane, for drawing its decision line:
 * the line net = w₁x₁ + w₂x₂ + b = 0 is the zero level of this grid (net is linear, so the level line
 * a contour tracer finds on the grid is exactly the straight line), and the sign of net is the class.
 *
 * Grid convention (the widget kit's decision map and contour plot share it): values[j · nx + i] is
 * net at x₁ = x0 + i·(x1 − x0)/(nx − 1), x₂ = y0 + j·(y1 − y0)/(ny − 1); row 0 is the lowest x₂,
 * the corners are sampled exactly.
 */
import { perceptronNet, type Perceptron } from './perceptron';

export interface PlaneRect {
  /** [x0, x1]: x₁ of the first and last column. */
  readonly x: readonly [number, number];
  /** [y0, y1]: x₂ of the first and last row. */
  readonly y: readonly [number, number];
  /** Columns, ≥ 2. */
  readonly nx: number;
  /** Rows, ≥ 2. */
  readonly ny: number;
}

/** net = Σᵢ Wᵢxᵢ + b (perceptronNet, rounded to 12 places) at each grid point; length nx·ny, row-major. */
export function perceptronNetGrid(perceptron: Perceptron, rect: PlaneRect): Float64Array {
  const { nx, ny } = rect;
  if (perceptron.weights.length !== 2) throw new RangeError(`the input plane needs 2 weights, got ${perceptron.weights.length}`);
  if (!Number.isInteger(nx) || !Number.isInteger(ny) || nx < 2 || ny < 2) throw new RangeError(`grid must be at least 2×2 whole cells, got ${nx}×${ny}`);
  const values = new Float64Array(nx * ny);
  const point = new Float64Array(2);
  for (let j = 0; j < ny; j++) {
    point[1] = rect.y[0] + (j * (rect.y[1] - rect.y[0])) / (ny - 1);
    for (let i = 0; i < nx; i++) {
      point[0] = rect.x[0] + (i * (rect.x[1] - rect.x[0])) / (nx - 1);
      values[j * nx + i] = perceptronNet(perceptron, point);
    }
  }
  return values;
}
