/**
 * Values sampled on a rectangle of a 2-D plane — a loss surface over two parameters, a network's output
 * over its input plane — in the layout the widget kit's contour and decision-map charts draw:
 * nx × ny samples, both ends of each range included, row-major with row 0 at the lowest y, so
 * values[row · nx + col] belongs to (x₀ + col·(x₁ − x₀)/(nx − 1), y₀ + row·(y₁ − y₀)/(ny − 1)).
 */
export interface PlaneGrid {
  readonly nx: number;
  readonly ny: number;
  readonly values: Float64Array;
  /** [x₀, x₁]: x of the first and the last column. */
  readonly x: readonly [number, number];
  /** [y₀, y₁]: y of the first and the last row. */
  readonly y: readonly [number, number];
}
