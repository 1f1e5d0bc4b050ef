/**
 * The one sampler of a rectangle of a 2-D plane — a loss surface over two parameters, a perceptron's
 * net input or a network's output over its input plane — in the layout the widget kit's contour and
 * decision-map charts draw: nx × ny samples, both ends of each range included, row-major with row 0
 * at the lowest y (the layout of d3-contour's values[y · dx + x]):
 *
 *   values[r·nx + c] = f(x_c, y_r),   x_c = x₀ + c·(x₁ − x₀)/(nx − 1),   y_r = y₀ + r·(y₁ − y₀)/(ny − 1)
 */
import { createMatrix, type Matrix } from './matrix';
import type { Network } from './network';

/** Where to sample: the ranges and the number of samples along each. */
export interface PlaneRect {
  /** [x₀, x₁]: x of the first and the last column. */
  readonly x: readonly [number, number];
  /** [y₀, y₁]: y of the first and the last row. */
  readonly y: readonly [number, number];
  /** Columns, a whole number ≥ 2. */
  readonly nx: number;
  /** Rows, a whole number ≥ 2. */
  readonly ny: number;
}

/** A sampled rectangle: values[r·nx + c] belongs to (x_c, y_r); length nx·ny. */
export interface PlaneGrid extends PlaneRect {
  readonly values: Float64Array;
}

function checkRect({ x, y, nx, ny }: PlaneRect): void {
  if (!(Number.isInteger(nx) && Number.isInteger(ny) && nx >= 2 && ny >= 2)) {
    throw new RangeError(`plane grid: need whole numbers of samples, at least 2 × 2, got ${nx} × ${ny}`);
  }
  if (![...x, ...y].every(Number.isFinite)) throw new RangeError(`plane grid: ranges must be finite, got x = [${x}], y = [${y}]`);
}

/** The i-th of n samples of [v₀, v₁], ends included: v₀ + i·(v₁ − v₀)/(n − 1). */
function sample(range: readonly [number, number], i: number, n: number): number {
  return range[0] + (i * (range[1] - range[0])) / (n - 1);
}

/** The nx·ny sample points as an (nx·ny) × 2 matrix: row k = r·nx + c holds (x_c, y_r). */
export function planePoints(rect: PlaneRect): Matrix {
  checkRect(rect);
  const { x, y, nx, ny } = rect;
  const points = createMatrix(nx * ny, 2);
  for (let r = 0; r < ny; r++) {
    for (let c = 0; c < nx; c++) {
      const k = 2 * (r * nx + c);
      points.data[k] = sample(x, c, nx);
      points.data[k + 1] = sample(y, r, ny);
    }
  }
  return points;
}

/** f at every sample point; f receives the point (x_c, y_r) in one length-2 array, refilled for each call. */
export function samplePlane(rect: PlaneRect, f: (point: Float64Array) => number): PlaneGrid {
  checkRect(rect);
  const { x, y, nx, ny } = rect;
  const values = new Float64Array(nx * ny);
  const point = new Float64Array(2);
  for (let r = 0; r < ny; r++) {
    point[1] = sample(y, r, ny);
    for (let c = 0; c < nx; c++) {
      point[0] = sample(x, c, nx);
      values[r * nx + c] = f(point);
    }
  }
  return { x, y, nx, ny, values };
}

/** The sample point (x_c, y_r) with the smallest value: the first in row-major order on a tie. */
export function lowestSample(grid: PlaneGrid): [number, number] {
  let k = 0;
  for (let i = 1; i < grid.values.length; i++) if (grid.values[i] < grid.values[k]) k = i;
  return [sample(grid.x, k % grid.nx, grid.nx), sample(grid.y, Math.floor(k / grid.nx), grid.ny)];
}

/**
 * A network's first output over an n × n grid of its input plane: one batched forward pass
 * (inference mode) over all n² points of planePoints. The network must take 2 inputs.
 */
export function predictGrid(network: Network, x: readonly [number, number], y: readonly [number, number], n: number): PlaneGrid {
  if (network.inputSize !== 2) throw new RangeError(`predictGrid: the network takes ${network.inputSize} inputs, not 2`);
  const rect = { x, y, nx: n, ny: n };
  const output = network.forward(planePoints(rect), 'inference');
  const values = new Float64Array(n * n);
  for (let k = 0; k < values.length; k++) values[k] = output.data[k * output.cols];
  return { ...rect, values };
}
