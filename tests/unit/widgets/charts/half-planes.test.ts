import { describe, expect, it } from 'vitest';
import { boxPolygon, cells, clipToSide, labelPoint, lineValue, polygonArea, polygonCentroid, projectOntoLine, segmentInBox } from '../../../../src/widgets/charts/half-planes';

const BOX = { x: [-0.5, 1.5], y: [-0.5, 1.5] } as const;
/** The chapter's AND line: x₁ + x₂ − 1.5 = 0. */
const AND = { w1: 1, w2: 1, b: -1.5 };

describe('clipToSide(box, line, side)', () => {
  it('cuts the 2 × 2 box along x₁ + x₂ = 1.5 into a triangle (side 1) and the rest (side 0)', () => {
    // The line meets the box's top edge (x₂ = 1.5) at x₁ = 0 and its right edge (x₁ = 1.5) at x₂ = 0.
    // Side 1 (net ≥ 0) is the triangle (0, 1.5), (1.5, 0), (1.5, 1.5): area ½ · 1.5 · 1.5 = 1.125.
    const one = clipToSide(boxPolygon(BOX), AND, 1);
    const zero = clipToSide(boxPolygon(BOX), AND, 0);
    expect(Math.abs(polygonArea(one))).toBeCloseTo(1.125, 12);
    // The box is 2 × 2 = 4, so side 0 has 4 − 1.125 = 2.875.
    expect(Math.abs(polygonArea(zero))).toBeCloseTo(2.875, 12);
    for (const p of one) expect(lineValue(AND, p)).toBeGreaterThanOrEqual(-1e-12);
    for (const p of zero) expect(lineValue(AND, p)).toBeLessThanOrEqual(1e-12);
  });

  it('keeps the whole box when the line misses it, and nothing on the other side', () => {
    const far = { w1: 1, w2: 0, b: -3 }; // x₁ = 3, right of the box: all of it has net < 0
    expect(Math.abs(polygonArea(clipToSide(boxPolygon(BOX), far, 0)))).toBeCloseTo(4, 12);
    expect(clipToSide(boxPolygon(BOX), far, 1)).toEqual([]);
  });
});

describe('polygonCentroid', () => {
  it('of the triangle (0,0), (3,0), (0,3) is (1, 1), the vertex mean', () => {
    expect(polygonCentroid([[0, 0], [3, 0], [0, 3]])).toEqual([1, 1]);
  });
});

describe('segmentInBox(line, box)', () => {
  it('gives the two points where x₁ + x₂ = 1.5 crosses the box: (1.5, 0) and (0, 1.5)', () => {
    const seg = segmentInBox(AND, BOX)!;
    const sorted = [...seg].sort((a, b) => a[0] - b[0]);
    expect(sorted[0][0]).toBeCloseTo(0, 12);
    expect(sorted[0][1]).toBeCloseTo(1.5, 12);
    expect(sorted[1][0]).toBeCloseTo(1.5, 12);
    expect(sorted[1][1]).toBeCloseTo(0, 12);
  });

  it('is null for a line outside the box and for w = (0, 0)', () => {
    expect(segmentInBox({ w1: 1, w2: 1, b: -5 }, BOX)).toBeNull();
    expect(segmentInBox({ w1: 0, w2: 0, b: 1 }, BOX)).toBeNull();
  });
});

describe('cells(lines, box)', () => {
  it('two parallel lines (OR x₁ + x₂ = 0.5, NAND x₁ + x₂ = 1.5) make three cells: below, the band, above', () => {
    const or = { w1: 2, w2: 2, b: -1 };
    const nand = { w1: -2, w2: -2, b: 3 };
    const found = cells([nand, or], BOX);
    // (NAND side, OR side): below both lines (1, 0); the band (1, 1); above both (0, 1). (0, 0) is empty.
    expect(found.map((c) => c.sides.join('')).sort()).toEqual(['01', '10', '11']);
    const band = found.find((c) => c.sides.join('') === '11')!;
    // The band between x₁ + x₂ = 0.5 and 1.5 inside the box: 4 − 2 · 1.125 (two corner triangles of legs 1.5) = 1.75.
    expect(Math.abs(polygonArea(band.polygon))).toBeCloseTo(1.75, 12);
    const total = found.reduce((s, c) => s + Math.abs(polygonArea(c.polygon)), 0);
    expect(total).toBeCloseTo(4, 12);
  });

  it('a line with w = (0, 0) cuts nothing: every cell is on its side step(b)', () => {
    const found = cells([{ w1: 0, w2: 0, b: -1 }], BOX);
    expect(found).toHaveLength(1);
    expect(found[0].sides).toEqual([0]);
  });
});

describe('projectOntoLine', () => {
  it('projects (0, 0) onto x₁ + x₂ = 1.5 at (0.75, 0.75)', () => {
    const [x, y] = projectOntoLine(AND, [0, 0]);
    expect(x).toBeCloseTo(0.75, 12);
    expect(y).toBeCloseTo(0.75, 12);
  });
});

describe('labelPoint(polygon, avoid)', () => {
  it('in the 2 × 2 box with nothing to avoid, picks the centre (0.5, 0.5), farthest from every edge', () => {
    const [x, y] = labelPoint(boxPolygon(BOX), []);
    expect(x).toBeCloseTo(0.5, 12);
    expect(y).toBeCloseTo(0.5, 12);
  });

  it('moves off a mark at the centre, staying inside the polygon', () => {
    const p = labelPoint(boxPolygon(BOX), [[0.5, 0.5]]);
    expect(Math.hypot(p[0] - 0.5, p[1] - 0.5)).toBeGreaterThan(0.3);
    expect(p[0]).toBeGreaterThan(-0.5);
    expect(p[0]).toBeLessThan(1.5);
  });
});
