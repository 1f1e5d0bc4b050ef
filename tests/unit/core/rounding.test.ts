import { describe, expect, it } from 'vitest';
import { roundTo, STEP_UNIT_DECIMALS } from '../../../src/core/rounding';

describe('roundTo(v, decimals)', () => {
  it('roundTo(0.56516862, 4) returns 0.5652; roundTo(-0.10686, 4) returns -0.1069', () => {
    expect(roundTo(0.56516862, 4)).toBe(0.5652);
    expect(roundTo(-0.10686, 4)).toBe(-0.1069);
  });

  it('roundTo(0.1 + 0.2 − 0.3, 12) is 0 and roundTo(−0.3 + 0.1, 12) is −0.2 (the step units’ hand arithmetic)', () => {
    // In doubles 0.1 + 0.2 − 0.3 = 5.55e-17 and −0.3 + 0.1 = −0.19999999999999998.
    expect(0.1 + 0.2 - 0.3).not.toBe(0);
    expect(-0.3 + 0.1).not.toBe(-0.2);
    expect(STEP_UNIT_DECIMALS).toBe(12);
    expect(roundTo(0.1 + 0.2 - 0.3, STEP_UNIT_DECIMALS)).toBe(0);
    expect(roundTo(-0.3 + 0.1, STEP_UNIT_DECIMALS)).toBe(-0.2);
    expect(roundTo(1234.5678, STEP_UNIT_DECIMALS)).toBe(1234.5678);
  });

  it('roundTo(-0.00004, 4) and roundTo(-0, 12) return 0, not -0', () => {
    expect(Object.is(roundTo(-0.00004, 4), 0)).toBe(true);
    expect(Object.is(roundTo(-0, 12), 0)).toBe(true);
  });

  it('roundTo(Infinity, 4), roundTo(NaN, 4) and roundTo(1e22, 4) return their argument', () => {
    expect(roundTo(Infinity, 4)).toBe(Infinity);
    expect(roundTo(Number.NaN, 4)).toBeNaN();
    expect(roundTo(1e22, 4)).toBe(1e22);
  });
});
