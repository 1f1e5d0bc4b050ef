/**
 * A network's first output over a square-sampled rectangle of the input plane, for a decision map:
 * n × n samples, x from xRange[0] to xRange[1] (columns), y from yRange[0] to yRange[1] (rows), both
 * ends included, row-major with row 0 at the lowest y — the Grid layout of the widget kit's charts
 * (values[row · n + column] is the output at (x_column, y_row)).
 *
 *   x_c = x₀ + c · (x₁ − x₀)/(n − 1),   y_r = y₀ + r · (y₁ − y₀)/(n − 1)
 *
 * One batched forward pass (inference mode) over all n² points. The network must take 2 inputs.
 */
import { createMatrix } from './matrix';
import type { Network } from './network';
import type { PlaneGrid } from './plane-grid';

export function predictGrid(
  network: Network,
  xRange: readonly [number, number],
  yRange: readonly [number, number],
  n: number,
): PlaneGrid {
  if (network.inputSize !== 2) throw new RangeError(`predictGrid: the network takes ${network.inputSize} inputs, not 2`);
  if (!(Number.isInteger(n) && n >= 2)) throw new RangeError(`predictGrid: n must be a whole number ≥ 2, got ${n}`);
  for (const v of [...xRange, ...yRange]) if (!Number.isFinite(v)) throw new RangeError('predictGrid: ranges must be finite');
  const [x0, x1] = xRange;
  const [y0, y1] = yRange;
  const input = createMatrix(n * n, 2);
  for (let r = 0; r < n; r++) {
    const y = y0 + (r * (y1 - y0)) / (n - 1);
    for (let c = 0; c < n; c++) {
      const k = 2 * (r * n + c);
      input.data[k] = x0 + (c * (x1 - x0)) / (n - 1);
      input.data[k + 1] = y;
    }
  }
  const output = network.forward(input, 'inference');
  const values = new Float64Array(n * n);
  const cols = output.cols;
  for (let k = 0; k < n * n; k++) values[k] = output.data[k * cols];
  return { nx: n, ny: n, values, x: [x0, x1], y: [y0, y1] };
}
