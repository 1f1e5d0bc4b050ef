import { describe, expect, it } from 'vitest';
import { Network } from '../../../src/core/network';
import { predictGrid } from '../../../src/core/predict-grid';

describe('predictGrid(network, xRange, yRange, n)', () => {
  // A linear "network" out = 1·x + 10·y + 0 (identity activation) shows where each sample sits.
  const linear = Network.fromSpec({ layers: [{ weights: [[1, 10]], bias: [0], activation: 'linear' }] });

  it('3 × 3 over [0, 1] × [0, 2]: row-major, row 0 at the lowest y, ends included', () => {
    // x = 0, 0.5, 1 (columns); y = 0, 1, 2 (rows) → value = x + 10y
    const grid = predictGrid(linear, [0, 1], [0, 2], 3);
    expect(grid.nx).toBe(3);
    expect(grid.ny).toBe(3);
    expect(grid.x).toEqual([0, 1]);
    expect(grid.y).toEqual([0, 2]);
    expect(Array.from(grid.values)).toEqual([0, 0.5, 1, 10, 10.5, 11, 20, 20.5, 21]);
  });

  it('a sigmoid network: each cell equals predict() at that point', () => {
    const network = Network.fromSpec({
      layers: [
        { weights: [[0.1, -0.2], [0.4, 0.3]], bias: [0.1, -0.1], activation: 'sigmoid' },
        { weights: [[0.7, -0.5]], bias: [0.2], activation: 'sigmoid' },
      ],
    });
    const grid = predictGrid(network, [-0.5, 1.5], [-0.5, 1.5], 5);
    // column 3, row 1: x = −0.5 + 3·0.5 = 1, y = −0.5 + 1·0.5 = 0
    expect(grid.values[1 * 5 + 3]).toBe(network.predict([1, 0])[0]);
    expect(grid.values[0]).toBe(network.predict([-0.5, -0.5])[0]);
    expect(grid.values[24]).toBe(network.predict([1.5, 1.5])[0]);
  });

  it('returns a new array each call', () => {
    expect(predictGrid(linear, [0, 1], [0, 1], 2).values).not.toBe(predictGrid(linear, [0, 1], [0, 1], 2).values);
  });

  it('refuses n < 2, a fraction, non-finite ranges and networks without 2 inputs', () => {
    expect(() => predictGrid(linear, [0, 1], [0, 1], 1)).toThrow(RangeError);
    expect(() => predictGrid(linear, [0, 1], [0, 1], 2.5)).toThrow(RangeError);
    expect(() => predictGrid(linear, [0, Infinity], [0, 1], 3)).toThrow(RangeError);
    const three = Network.fromSpec({ layers: [{ weights: [[1, 1, 1]], bias: [0], activation: 'linear' }] });
    expect(() => predictGrid(three, [0, 1], [0, 1], 3)).toThrow(RangeError);
  });
});
