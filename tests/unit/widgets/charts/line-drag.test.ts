import { describe, expect, it } from 'vitest';
import { lineValue } from '../../../../src/widgets/charts/half-planes';
import { defaultHandles, handlesOnLine, lineThroughHandles, moveHandle } from '../../../../src/widgets/charts/line-drag';
import { formatShort } from '../../../../src/widgets/kit/format-short';
import { gateOf } from '../../../../src/widgets/neuron/state';

const BOX = { x: [-0.5, 1.5], y: [-0.5, 1.5] } as const;
const AND = { w1: 1, w2: 1, b: -1.5 };

describe('lineThroughHandles(p, q, previous, limit)', () => {
  it('handles (0, 0.5) and (0.5, 0) with previous AND give the OR line x₁ + x₂ − 0.5 = 0 at |w| = √2', () => {
    // Q − P = (0.5, −0.5), |Q − P| = √0.5; n̂ = (0.5, 0.5)/√0.5 = (1/√2, 1/√2), which points like AND's w.
    // L = |(1, 1)| = √2, so w = √2 · (1/√2, 1/√2) = (1, 1) and b = −w·P = −(0 + 0.5) = −0.5.
    expect(lineThroughHandles([0, 0.5], [0.5, 0], AND, 5)).toEqual({ w1: 1, w2: 1, b: -0.5 });
  });

  it('keeps the output-1 side: the same handles in the other order give the same line', () => {
    expect(lineThroughHandles([0.5, 0], [0, 0.5], AND, 5)).toEqual({ w1: 1, w2: 1, b: -0.5 });
  });

  it('turns w with the line: a vertical line through x₁ = 0.5 from w = (1, 1) gives w = (√2, 0), b = −√2/2', () => {
    // n̂ = (±1, 0); (1, 0)·(1, 1) > 0 so n̂ = (1, 0); L = √2 ≈ 1.414 → w = (1.41, 0), b = −0.707 → −0.71.
    expect(lineThroughHandles([0.5, 0], [0.5, 1], AND, 5)).toEqual({ w1: 1.41, w2: 0, b: -0.71 });
  });

  it('scales w and b down together when b would pass the limit, leaving the line where it was', () => {
    // Horizontal line x₂ = 1.4 with L = 5: w = (0, 5), b = −7 > 5 in size → × 5/7: w = (0, 3.57), b = −5.
    const line = lineThroughHandles([0, 1.4], [1, 1.4], { w1: 0, w2: 5, b: -1 }, 5)!;
    expect(line).toEqual({ w1: 0, w2: 3.57, b: -5 });
    expect(lineValue(line, [0.3, 1.4])).toBeCloseTo(0, 1);
  });

  it('refuses handles closer than 0.1', () => {
    expect(lineThroughHandles([0, 0], [0.05, 0], AND, 5)).toBeNull();
  });

  it('lifts a short w to length 0.5', () => {
    // w = (0.1, 0) → L = 0.5; vertical line x₁ = 1: w = (0.5, 0), b = −0.5.
    expect(lineThroughHandles([1, 0], [1, 1], { w1: 0.1, w2: 0, b: -0.1 }, 5)).toEqual({ w1: 0.5, w2: 0, b: -0.5 });
  });
});

describe('defaultHandles and handlesOnLine', () => {
  it('puts the handles a quarter and three quarters along the visible line', () => {
    // AND's line crosses the box from (0, 1.5) to (1.5, 0): the handles are (0.375, 1.125), (1.125, 0.375).
    const [p, q] = defaultHandles(AND, BOX)!;
    const pts = [p, q].sort((a, b) => a[0] - b[0]);
    expect(pts[0][0]).toBeCloseTo(0.375, 12);
    expect(pts[0][1]).toBeCloseTo(1.125, 12);
    expect(pts[1][0]).toBeCloseTo(1.125, 12);
  });

  it('has no handles when the line misses the box', () => {
    expect(defaultHandles({ w1: 1, w2: 1, b: -4 }, BOX)).toBeNull();
  });

  it('draws handles on the line: (0, 0.5) projected onto x₁ + x₂ = 0.6 is (0.05, 0.55)', () => {
    const [p] = handlesOnLine({ w1: 1, w2: 1, b: -0.6 }, [[0, 0.5], [1, 1]]);
    expect(p[0]).toBeCloseTo(0.05, 12);
    expect(p[1]).toBeCloseTo(0.55, 12);
  });

  it('moveHandle keeps a handle inside the box', () => {
    expect(moveHandle([1.45, 0], 0.1, -1, BOX)).toEqual([1.5, -0.5]);
  });
});

describe('formatShort and gateOf', () => {
  it('writes at most two decimals with a true minus and no −0', () => {
    expect(formatShort(-1.5)).toBe('−1.5');
    expect(formatShort(2)).toBe('2');
    expect(formatShort(0.125)).toBe('0.13');
    expect(formatShort(-0.001)).toBe('0');
  });

  it('names the gates of the corner patterns (0,0), (0,1), (1,0), (1,1)', () => {
    expect(gateOf([0, 0, 0, 1])).toBe('AND');
    expect(gateOf([0, 1, 1, 1])).toBe('OR');
    expect(gateOf([1, 1, 1, 0])).toBe('NAND');
    expect(gateOf([0, 1, 0, 0])).toBeNull();
  });
});
