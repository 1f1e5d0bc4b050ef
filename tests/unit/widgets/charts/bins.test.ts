import { describe, expect, it } from 'vitest';
import { binEdges, binValues } from '../../../../src/widgets/charts/bins';

describe('binEdges(lo, hi, count)', () => {
  it('binEdges(0, 1, 10) is 0, 0.1, …, 1 — exact decimals', () => {
    expect(binEdges(0, 1, 10)).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);
  });

  it('widens an odd range to nice edges: binEdges(-3.7, 4.2, 8) steps by 1 from −4 to 5', () => {
    expect(binEdges(-3.7, 4.2, 8)).toEqual([-4, -3, -2, -1, 0, 1, 2, 3, 4, 5]);
  });

  it('a single value gets one bin of width 1 around it', () => {
    expect(binEdges(2, 2, 10)).toEqual([1.5, 2.5]);
  });

  it('non-finite ends give no edges', () => {
    expect(binEdges(NaN, 1, 10)).toEqual([]);
  });
});

describe('binValues(values, options)', () => {
  it('counts [x0, x1) with the last bin closed', () => {
    const { bins, total } = binValues([0, 0.5, 1, 1.5, 2], { domain: [0, 2], count: 2 });
    expect(bins).toEqual([
      { x0: 0, x1: 1, count: 2 },
      { x0: 1, x1: 2, count: 3 }, // 1, 1.5 and 2 (closed end)
    ]);
    expect(total).toBe(5);
  });

  it('counts values outside a fixed domain in the end bins and says how many', () => {
    const { bins, clamped } = binValues([-10, 0.5, 10], { domain: [0, 1], count: 2 });
    // edges 0, 0.5, 1: −10 counts in [0, 0.5), 0.5 and 10 in [0.5, 1]
    expect(bins.map((b) => b.count)).toEqual([1, 2]);
    expect(clamped).toBe(2);
    expect(bins.reduce((s, b) => s + b.count, 0)).toBe(3); // nothing lost
  });

  it('skips NaN and ±Infinity', () => {
    const r = binValues([1, NaN, Infinity, -Infinity, 2], { count: 1 });
    expect(r.skipped).toBe(3);
    expect(r.total).toBe(2);
  });

  it('no finite values: no bins', () => {
    expect(binValues([NaN]).bins).toEqual([]);
    expect(binValues([]).bins).toEqual([]);
  });

  it('a fixed domain keeps the edges while the values move', () => {
    const a = binValues([0.1, 0.2], { domain: [-1, 1], count: 10 }).bins.map((b) => b.x0);
    const b = binValues([-0.9, 0.95, 0.3], { domain: [-1, 1], count: 10 }).bins.map((b) => b.x0);
    expect(a).toEqual(b);
  });
});
