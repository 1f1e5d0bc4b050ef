import { describe, expect, it } from 'vitest';
import { lineValue, polygonCentroid } from '../../../../src/widgets/charts/half-planes';
import { defaults } from '../../../../src/widgets/kit/url-state';
import { dragHandle, formulaValues, xorLineModel } from '../../../../src/widgets/xor-line/model';
import { SEARCH_COUNT, XOR_LINE_TABLE } from '../../../../src/widgets/xor-line/state';

const start = () => ({ ...defaults(XOR_LINE_TABLE), drag: null, searches: 0 });

describe('xor-line model', () => {
  it('opens on OR’s line x₁ + x₂ − 0.5 = 0: nets −0.5, 0.5, 0.5, 1.5 and S = 1 + 1 − 1 = 1', () => {
    const model = xorLineModel(start());
    expect(model.line).toEqual({ w1: 1, w2: 1, b: -0.5 });
    expect(formulaValues(model)).toEqual({ w1: 1, w2: 1, b: -0.5, n00: -0.5, n01: 0.5, n10: 0.5, n11: 1.5, s: 1 });
    expect(model.check.held).toBe(3);
    expect(model.search).toBeNull();
  });

  it('colours each region by the side of the line it is on: output 1 where w·x + b ≥ 0', () => {
    const model = xorLineModel(start());
    expect(model.regions.map((r) => r.cls).sort()).toEqual([0, 1]);
    for (const region of model.regions) {
      expect(lineValue(model.line, polygonCentroid(region.polygon)) >= 0 ? 1 : 0).toBe(region.cls);
    }
  });

  it('w = (0, 0): no line; the plane is one region, output step(b)', () => {
    const model = xorLineModel({ ...start(), w1: 0, w2: 0, b: 0.5 });
    expect(model.lineNote).toBe('no-line');
    expect(model.regions.map((r) => r.cls)).toEqual([1]);
  });

  it('a search press tallies SEARCH_COUNT random lines: none satisfies all four', () => {
    const tally = xorLineModel({ ...start(), searches: 1 }).search!;
    expect(tally.reduce((a, b) => a + b, 0)).toBe(SEARCH_COUNT);
    expect(tally[4]).toBe(0);
  });

  it('dragging a handle keeps the line through the other handle', () => {
    const model = xorLineModel(start());
    const moved = dragHandle(model, 0, [0, 0.2])!;
    expect(moved).not.toBeNull();
    // The untouched handle stays on the new line (to the 0.01 rounding of w₁, w₂, b).
    expect(Math.abs(lineValue(moved, model.handles![1]))).toBeLessThan(0.02);
    expect(Math.abs(lineValue(moved, [0, 0.2]))).toBeLessThan(0.02);
  });
});
