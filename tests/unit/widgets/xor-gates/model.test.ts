import { describe, expect, it } from 'vitest';
import { defaults } from '../../../../src/widgets/kit/url-state';
import { computesXor, layersOf, outputRegions, truthTable } from '../../../../src/widgets/xor-gates/model';
import { XOR_TABLE } from '../../../../src/widgets/xor-gates/state';
import { polygonArea } from '../../../../src/widgets/charts/half-planes';
import { toRows } from '../../../../src/core';

const working = defaults(XOR_TABLE);

describe('truthTable(layersOf(defaults)) — the chapter\'s NAND (−2, −2, 3), OR (2, 2, −1), AND (2, 2, −3)', () => {
  const rows = truthTable(layersOf(working));

  it('reproduces the chapter\'s table, nets included', () => {
    // (0,0): NAND net 3 → 1, OR net −1 → 0, AND net 2·1 + 2·0 − 3 = −1 → 0
    // (0,1): NAND net −2 + 3 = 1 → 1, OR net 2 − 1 = 1 → 1, AND net 2 + 2 − 3 = 1 → 1
    // (1,0): the same as (0,1) by symmetry
    // (1,1): NAND net −4 + 3 = −1 → 0, OR net 4 − 1 = 3 → 1, AND net 0 + 2 − 3 = −1 → 0
    expect(rows.map((r) => [r.x, r.hiddenNets, r.hidden, r.outputNet, r.y])).toEqual([
      [[0, 0], [3, -1], [1, 0], -1, 0],
      [[0, 1], [1, 1], [1, 1], 1, 1],
      [[1, 0], [1, 1], [1, 1], 1, 1],
      [[1, 1], [-1, 3], [0, 1], -1, 0],
    ]);
    expect(computesXor(rows)).toBe(true);
  });

  it("starts from the core's XOR_GATES_NETWORK, each of the nine numbers in its unit's place", () => {
    // h₁ = NAND: W = (−2, −2), b = 3;  h₂ = OR: W = (2, 2), b = −1;  y = AND: W = (2, 2), b = −3
    const widget = layersOf(working);
    expect(widget.map((layer) => toRows(layer.weights))).toEqual([[[-2, -2], [2, 2]], [[2, 2]]]);
    expect(widget.map((layer) => Array.from(layer.bias))).toEqual([[3, -1], [-3]]);
  });

  it('breaks when NAND\'s bias drops to 1: (0,1) then has NAND net −1 → 0, so AND gets (0, 1) → 0', () => {
    const broken = truthTable(layersOf({ ...working, h1b: 1 }));
    expect(computesXor(broken)).toBe(false);
    expect(broken.filter((r) => !r.correct).map((r) => r.x)).toEqual([[0, 1], [1, 0]]);
  });

  it('survives scaling a unit: NAND (−4, −4, 6) draws the same line', () => {
    expect(computesXor(truthTable(layersOf({ ...working, h1w1: -4, h1w2: -4, h1b: 6 })))).toBe(true);
  });
});

describe('outputRegions', () => {
  it('shades the band between x₁ + x₂ = 0.5 and 1.5 as output 1, area 1.75 of the 4 shown', () => {
    const regions = outputRegions(working, layersOf(working));
    const one = regions.filter((r) => r.cls === 1);
    expect(one).toHaveLength(1);
    expect(Math.abs(polygonArea(one[0].polygon))).toBeCloseTo(1.75, 12);
    expect(regions.filter((r) => r.cls === 0)).toHaveLength(2);
  });
});
