import { describe, expect, it } from 'vitest';
import { edgeStyle, edgeWeight, layoutNetwork, maxAbsWeight, pathEdges } from '../../../../src/widgets/charts/network-layout';

describe('layoutNetwork(layers, box)', () => {
  const layout = layoutNetwork([2, 3, 1], { width: 600, height: 400, padding: 50 });

  it('gives one unit per neuron and one edge per weight: 2·3 + 3·1 = 9 edges', () => {
    expect(layout.units.map((u) => u.id)).toEqual(['u0.0', 'u0.1', 'u1.0', 'u1.1', 'u1.2', 'u2.0']);
    expect(layout.edges).toHaveLength(9);
    expect(layout.edges[0]).toMatchObject({ id: 'e1.0.0', layer: 1, from: 0, to: 0, source: 'u0.0', target: 'u1.0' });
  });

  it('puts layers in columns from padding to width − padding', () => {
    expect(layout.units.filter((u) => u.layer === 0).every((u) => u.x === 50)).toBe(true);
    expect(layout.units.find((u) => u.id === 'u1.0')?.x).toBe(300);
    expect(layout.units.find((u) => u.id === 'u2.0')?.x).toBe(550);
  });

  it('centres every column on the middle line (a 2-3-1 net is symmetric)', () => {
    for (const layer of [0, 1, 2]) {
      const ys = layout.units.filter((u) => u.layer === layer).map((u) => u.y);
      expect(ys.reduce((a, b) => a + b, 0) / ys.length).toBeCloseTo(200, 9);
    }
    // the tallest column spans the inner height: 50 … 350
    expect(layout.units.filter((u) => u.layer === 1).map((u) => u.y)).toEqual([50, 200, 350]);
  });

  it('keeps paddingY above and below when given: the tallest column spans 80 … 320, columns as before', () => {
    const tall = layoutNetwork([2, 3, 1], { width: 600, height: 400, padding: 50, paddingY: 80 });
    expect(tall.units.filter((u) => u.layer === 1).map((u) => u.y)).toEqual([80, 200, 320]);
    expect(tall.units.find((u) => u.id === 'u2.0')?.x).toBe(550);
  });

  it('edges stop at the circles\' rims', () => {
    const e = layout.edges[0];
    const a = layout.units.find((u) => u.id === e.source)!;
    expect(Math.hypot(e.x1 - a.x, e.y1 - a.y)).toBeCloseTo(layout.radius, 9);
  });

  it('a single layer sits in the middle', () => {
    expect(layoutNetwork([1], { width: 100, height: 80 }).units[0]).toMatchObject({ x: 50, y: 40 });
  });

  it('refuses layers that are not positive integers', () => {
    expect(() => layoutNetwork([2, 0, 1], { width: 10, height: 10 })).toThrow(RangeError);
    expect(() => layoutNetwork([], { width: 10, height: 10 })).toThrow(RangeError);
  });
});

describe('edgeWeight(weights, layers, edge)', () => {
  it('reads W[j][i] row-major: edge e1.1.2 (input 1 → unit 2) is weights[0][2·2 + 1]', () => {
    const layers = [2, 3];
    const W = Float64Array.from([0.1, 0.2, 0.3, 0.4, 0.5, 0.6]); // rows: units of layer 1
    const edge = layoutNetwork(layers, { width: 1, height: 1 }).edges.find((e) => e.id === 'e1.1.2')!;
    expect(edgeWeight([W], layers, edge)).toBe(0.6);
  });

  it('is NaN when the matrix is missing', () => {
    const edge = layoutNetwork([1, 1], { width: 1, height: 1 }).edges[0];
    expect(edgeWeight([], [1, 1], edge)).toBeNaN();
  });
});

describe('edgeStyle(w, maxAbs) and maxAbsWeight', () => {
  it('sign picks the colour class; width grows with √|w|', () => {
    expect(edgeStyle(2, 2, 1, 9)).toEqual({ sign: 'positive', width: 9 });
    expect(edgeStyle(-0.5, 2, 1, 9)).toEqual({ sign: 'negative', width: 1 + Math.sqrt(0.25) * 8 });
    expect(edgeStyle(5, 2, 1, 9).width).toBe(9); // beyond the max: capped
  });

  it('zero and non-finite weights are neutral and thin', () => {
    expect(edgeStyle(0, 1)).toEqual({ sign: 'zero', width: 1 });
    expect(edgeStyle(1e-12, 1)).toEqual({ sign: 'zero', width: 1 });
    expect(edgeStyle(NaN, 1)).toEqual({ sign: 'zero', width: 1 });
  });

  it('maxAbsWeight skips non-finite values and has a floor', () => {
    expect(maxAbsWeight([[0.5, -3, NaN], [Infinity, 2]])).toBe(3);
    expect(maxAbsWeight([[0, 0]])).toBe(1e-6);
  });
});

describe('pathEdges(unitIds)', () => {
  it("pathEdges(['u0.1', 'u1.0', 'u2.0']) is ['e1.1.0', 'e2.0.0']", () => {
    expect(pathEdges(['u0.1', 'u1.0', 'u2.0'])).toEqual(['e1.1.0', 'e2.0.0']);
  });

  it('a single unit or none has no edges', () => {
    expect(pathEdges(['u1.0'])).toEqual([]);
    expect(pathEdges([])).toEqual([]);
  });

  it('throws on a pair that skips or reverses a layer, or on a bad id', () => {
    expect(() => pathEdges(['u0.0', 'u2.0'])).toThrow(/skips or reverses/);
    expect(() => pathEdges(['u1.0', 'u0.0'])).toThrow(/skips or reverses/);
    expect(() => pathEdges(['x'])).not.toThrow(); // one id: no pair to check
    expect(() => pathEdges(['u0.0', 'e1.0.0'])).toThrow(/not a unit id/);
  });
});
