import { contours } from 'd3-contour';
import { describe, expect, it } from 'vitest';
import { arrowHead, contourLevels, gridToData, multiPolygonPath } from '../../../../src/widgets/charts/contour-levels';

describe('contourLevels(values, count, scale)', () => {
  it('linear: evenly spaced strictly inside (min, max): contourLevels([0, 10], 4) is 2, 4, 6, 8', () => {
    expect(contourLevels([0, 10], 4)).toEqual([2, 4, 6, 8]);
  });

  it('log: geometric between the smallest positive and the max — contourLevels([0, 0.01, 100], 3, "log")', () => {
    // 0 is skipped; 0.01 · (1e4)^(k/4) for k = 1, 2, 3 → 0.1, 1, 10
    const levels = contourLevels([0, 0.01, 100], 3, 'log');
    expect(levels.map((v) => Number(v.toPrecision(12)))).toEqual([0.1, 1, 10]);
  });

  it('ignores non-finite values; a flat or empty surface has no levels', () => {
    expect(contourLevels([1, NaN, 3, Infinity], 1)).toEqual([2]);
    expect(contourLevels([5, 5, 5], 3)).toEqual([]);
    expect(contourLevels([], 3)).toEqual([]);
  });
});

describe('gridToData(grid) — d3-contour coordinates to data', () => {
  // 5 × 3 grid over x ∈ [0, 4], y ∈ [10, 30]: samples at x = 0…4 step 1, y = 10, 20, 30
  const toData = gridToData({ nx: 5, ny: 3, x: [0, 4], y: [10, 30] });

  it('a sample (i, j) sits at (i + ½, j + ½) in d3-contour\'s coordinates', () => {
    expect(toData(0.5, 0.5)).toEqual([0, 10]);
    expect(toData(4.5, 2.5)).toEqual([4, 30]);
    expect(toData(2.5, 1.5)).toEqual([2, 20]);
  });

  it('agrees with d3-contour: a single peak at sample (2, 1) is ringed around data (2, 20)', () => {
    const values = new Array(15).fill(0);
    values[1 * 5 + 2] = 1;
    const [ring] = contours().size([5, 3]).thresholds([0.5])(values)[0].coordinates[0];
    const points = ring.slice(0, -1).map(([gx, gy]) => toData(gx, gy)); // the last point closes the ring
    const cx = points.reduce((s, p) => s + p[0], 0) / points.length;
    const cy = points.reduce((s, p) => s + p[1], 0) / points.length;
    expect(cx).toBeCloseTo(2, 1);
    expect(cy).toBeCloseTo(20, 0);
  });
});

describe('multiPolygonPath(coordinates, map)', () => {
  it('writes M/L/Z per ring, rounded to 0.1 px, through the mapping', () => {
    const square = [[[[0, 0], [1, 0], [1, 1], [0, 0]]]];
    expect(multiPolygonPath(square, (x, y) => [x * 10.04, y * 20])).toBe('M0,0L10,0L10,20L0,0Z');
  });
});

describe('arrowHead(x1, y1, x2, y2, size)', () => {
  it('puts the tip at the end and the base `size` behind it, `size` wide', () => {
    // pointing right: tip (10, 0), base at x = 6, from y = −2 to 2
    expect(arrowHead(0, 0, 10, 0, 4)).toBe('10,0 6,2 6,-2');
  });

  it('is empty for a zero-length arrow', () => {
    expect(arrowHead(3, 3, 3, 3, 4)).toBe('');
  });
});
