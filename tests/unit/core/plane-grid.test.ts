import { describe, expect, it } from 'vitest';
import { Network } from '../../../src/core/network';
import { createPerceptron, perceptronNet } from '../../../src/core/perceptron';
import { lowestSample, planePoints, predictGrid, samplePlane } from '../../../src/core/plane-grid';
import { sampleSurface, valleySurface } from '../../../src/core/surfaces';
import { TWO_TWO_ONE } from '../../../src/core/examples';

describe('planePoints(rect)', () => {
  it('planePoints({ x: [0, 1], y: [0, 2], nx: 3, ny: 2 }): row k = r·3 + c holds (c/2, 2r), ends included', () => {
    // x_c = 0 + c·(1 − 0)/2 = 0, 0.5, 1;  y_r = 0 + r·(2 − 0)/1 = 0, 2
    const points = planePoints({ x: [0, 1], y: [0, 2], nx: 3, ny: 2 });
    expect([points.rows, points.cols]).toEqual([6, 2]);
    expect(Array.from(points.data)).toEqual([0, 0, 0.5, 0, 1, 0, 0, 2, 0.5, 2, 1, 2]);
  });

  it('refuses fewer than 2 × 2 samples, a fraction and a non-finite range', () => {
    expect(() => planePoints({ x: [0, 1], y: [0, 1], nx: 1, ny: 2 })).toThrow(RangeError);
    expect(() => planePoints({ x: [0, 1], y: [0, 1], nx: 2, ny: 2.5 })).toThrow(RangeError);
    expect(() => planePoints({ x: [0, Infinity], y: [0, 1], nx: 3, ny: 3 })).toThrow(RangeError);
  });
});

describe('samplePlane(rect, f): surfaces and perceptron regions', () => {
  it('f = x + 10y on 3 × 3 over [0, 1] × [0, 2]: row-major, row 0 at the lowest y', () => {
    // x = 0, 0.5, 1 (columns); y = 0, 1, 2 (rows) → value = x + 10y
    const grid = samplePlane({ x: [0, 1], y: [0, 2], nx: 3, ny: 3 }, ([x, y]) => x + 10 * y);
    expect([grid.nx, grid.ny, grid.x, grid.y]).toEqual([3, 3, [0, 1], [0, 2]]);
    expect(Array.from(grid.values)).toEqual([0, 0.5, 1, 10, 10.5, 11, 20, 20.5, 21]);
  });

  it('sampleSurface(θ₁² + 10θ₂², [−1, 1], [0, 1], 3, 2) is samplePlane of J', () => {
    // row 0 (θ₂ = 0): 1, 0, 1;  row 1 (θ₂ = 1): 11, 10, 11
    const grid = sampleSurface(valleySurface(), [-1, 1], [0, 1], 3, 2);
    expect(Array.from(grid.values)).toEqual([1, 0, 1, 11, 10, 11]);
    expect(() => sampleSurface(valleySurface(), [0, 1], [0, 1], 1)).toThrow(RangeError);
  });

  it('a perceptron’s net W = (0.2, 0.1), b = −0.3 over [0, 1]², 3 × 2: the AND point (1, 1) lies on the line', () => {
    // By hand, net = 0.2·x₁ + 0.1·x₂ − 0.3:
    //   x₂ = 0: x₁ = 0 → −0.3, x₁ = 0.5 → −0.2, x₁ = 1 → −0.1
    //   x₂ = 1: x₁ = 0 → −0.2, x₁ = 0.5 → −0.1, x₁ = 1 →  0
    const p = createPerceptron(2, { weights: [0.2, 0.1], bias: -0.3 });
    const grid = samplePlane({ x: [0, 1], y: [0, 1], nx: 3, ny: 2 }, (x) => perceptronNet(p, x));
    expect(Array.from(grid.values)).toEqual([-0.3, -0.2, -0.1, -0.2, -0.1, 0]);
  });

  it('lowestSample finds the smallest value’s point, the first on a tie', () => {
    // (x − 0.5)² + y² on x ∈ {0, 0.5, 1}, y ∈ {−1, 0, 1}: smallest 0 at (0.5, 0);
    // |y| alone ties along the row y = 0, and the first of it is x = 0.
    const rect = { x: [0, 1], y: [-1, 1], nx: 3, ny: 3 } as const;
    expect(lowestSample(samplePlane(rect, ([x, y]) => (x - 0.5) ** 2 + y * y))).toEqual([0.5, 0]);
    expect(lowestSample(samplePlane(rect, ([, y]) => Math.abs(y)))).toEqual([0, 0]);
  });
});

describe('predictGrid(network, xRange, yRange, n): network predictions', () => {
  const linear = Network.fromSpec({ layers: [{ weights: [[1, 10]], bias: [0], activation: 'linear' }] });

  it('a linear network out = x + 10y: the same layout as samplePlane', () => {
    const grid = predictGrid(linear, [0, 1], [0, 2], 3);
    expect([grid.nx, grid.ny, grid.x, grid.y]).toEqual([3, 3, [0, 1], [0, 2]]);
    expect(Array.from(grid.values)).toEqual([0, 0.5, 1, 10, 10.5, 11, 20, 20.5, 21]);
  });

  it('the perceptron chapter’s 2-2-1 network at (1, 0.5): y = 0.5652 (the chapter’s hand calculation)', () => {
    // net⁽¹⁾ = (0.1·1 − 0.2·0.5 + 0.1, 0.4·1 + 0.3·0.5 − 0.1) = (0.1, 0.45), h = (0.5250, 0.6106);
    // net⁽²⁾ = 0.7·0.5250 − 0.5·0.6106 + 0.2 = 0.2622, y = sig(0.2622) = 0.5652.
    // Over x ∈ [0, 2], y ∈ [0.5, 2.5] with n = 3, column 1 of row 0 is (0 + 1·1, 0.5 + 0·1) = (1, 0.5).
    const grid = predictGrid(Network.fromSpec(TWO_TWO_ONE.network), [0, 2], [0.5, 2.5], 3);
    expect(grid.values[0 * 3 + 1]).toBeCloseTo(0.5652, 4);
  });

  it('refuses n < 2 and networks without 2 inputs', () => {
    expect(() => predictGrid(linear, [0, 1], [0, 1], 1)).toThrow(RangeError);
    const three = Network.fromSpec({ layers: [{ weights: [[1, 1, 1]], bias: [0], activation: 'linear' }] });
    expect(() => predictGrid(three, [0, 1], [0, 1], 3)).toThrow(RangeError);
  });
});
