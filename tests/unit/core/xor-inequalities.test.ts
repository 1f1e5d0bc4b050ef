import { describe, expect, it } from 'vitest';
import { GATE_LINES, createRng, xorInequalities, xorRandomSearch } from '../../../src/core';

const holds = (w1: number, w2: number, b: number) => xorInequalities(w1, w2, b).rows.map((r) => r.holds);

describe('xorInequalities', () => {
  it('OR’s line x₁ + x₂ − 0.5: nets −0.5, 0.5, 0.5, 1.5 — three hold, (1,1) breaks', () => {
    // (0,0): b = −0.5 < 0 ✓; (0,1): 1 − 0.5 = 0.5 ≥ 0 ✓; (1,0): 0.5 ≥ 0 ✓; (1,1): 1 + 1 − 0.5 = 1.5 < 0 ✗.
    const { w1, w2, b } = GATE_LINES.or;
    const check = xorInequalities(w1, w2, b);
    expect(check.rows.map((r) => r.net)).toEqual([-0.5, 0.5, 0.5, 1.5]);
    expect(holds(w1, w2, b)).toEqual([true, true, true, false]);
    expect(check.held).toBe(3);
    // S = w₁ + w₂ + 2b = 1 + 1 − 1 = 1 ≥ 0: the first and last rows cannot both hold.
    expect(check.s).toBe(1);
    expect(check.brokenPair).toEqual([0, 3]);
  });

  it('NAND’s line: nets 1.5, 0.5, 0.5, −0.5 — three hold, (0,0) breaks', () => {
    const { w1, w2, b } = GATE_LINES.nand;
    expect(xorInequalities(w1, w2, b).rows.map((r) => r.net)).toEqual([1.5, 0.5, 0.5, -0.5]);
    expect(holds(w1, w2, b)).toEqual([false, true, true, true]);
  });

  it('AND’s line: nets −1.5, −0.5, −0.5, 0.5 — only (0,0) holds; S = −1 < 0 breaks the middle pair', () => {
    const { w1, w2, b } = GATE_LINES.and;
    const check = xorInequalities(w1, w2, b);
    expect(holds(w1, w2, b)).toEqual([true, false, false, false]);
    expect(check.held).toBe(1);
    expect(check.s).toBe(-1);
    expect(check.brokenPair).toEqual([1, 2]);
  });

  it('all zero: every net is 0, step(0) = 1 — the middle two hold, S = 0 ≥ 0', () => {
    expect(holds(0, 0, 0)).toEqual([false, true, true, false]);
    expect(xorInequalities(0, 0, 0).brokenPair).toEqual([0, 3]);
  });
});

describe('xorRandomSearch', () => {
  it('finds no setting out of 20 000 where all four hold, but many where three do', () => {
    // S = w₁ + w₂ + 2b is both the middle pair's sum and the outer pair's: four can never hold.
    const tally = xorRandomSearch(20_000, 5, createRng(1));
    expect(tally.reduce((a, b) => a + b, 0)).toBe(20_000);
    expect(tally[4]).toBe(0);
    expect(tally[3]).toBeGreaterThan(1000);
  });
});
