import { describe, expect, it } from 'vitest';
import { linePath, range, symbolPath } from '../../../../src/widgets/charts/paths';

describe('linePath(indices, x, y, defined)', () => {
  const ys = [1, 2, NaN, 4, 5];

  it('draws M then L through the points, rounded to 0.1 px', () => {
    expect(linePath(range(2), (k) => k * 10.04, (k) => ys[k] * 3.333)).toBe('M0,3.3L10,6.7');
  });

  it('a NaN breaks the line and starts a new subpath after it', () => {
    expect(linePath(range(5), (k) => k, (k) => ys[k])).toBe('M0,1L1,2M3,4L4,5');
  });

  it('a point that is not defined breaks it too (values ≤ 0 on a log axis)', () => {
    expect(linePath(range(5), (k) => k, (k) => ys[k], (k) => k !== 1)).toBe('M0,1M3,4L4,5');
  });

  it('draws a subset of indices in the order given', () => {
    expect(linePath([0, 4], (k) => k, (k) => ys[k])).toBe('M0,1L4,5');
  });

  it('nothing to draw is an empty path', () => {
    expect(linePath(range(0), (k) => k, (k) => k)).toBe('');
  });
});

describe('symbolPath(shape, area)', () => {
  it('a circle of area π·10² has radius 10', () => {
    expect(symbolPath('circle', Math.PI * 100)).toBe('M10,0A10,10 0 1,1 -10,0A10,10 0 1,1 10,0Z');
  });

  it('a triangle of the same area points up, centroid at the origin', () => {
    const d = symbolPath('triangle', Math.PI * 100);
    const points = [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(points).toHaveLength(3);
    expect(points[0][0]).toBe(0);
    expect(points[0][1]).toBeLessThan(0); // apex above (SVG y down)
    const cy = points.reduce((s, p) => s + p[1], 0) / 3;
    expect(Math.abs(cy)).toBeLessThan(0.1);
    // shoelace area ≈ π·100
    const [a, b, c] = points;
    const area = Math.abs((b[0] - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (b[1] - a[1])) / 2;
    expect(area).toBeCloseTo(Math.PI * 100, -1);
  });
});
