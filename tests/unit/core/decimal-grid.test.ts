import { describe, expect, it } from 'vitest';
import { toDecimalGrid } from '../../../src/core/decimal-grid';

describe('toDecimalGrid(v)', () => {
  it('toDecimalGrid(0.1 + 0.2 − 0.3) is 0 and toDecimalGrid(−0.3 + 0.1) is −0.2', () => {
    expect(0.1 + 0.2 - 0.3).not.toBe(0);
    expect(toDecimalGrid(0.1 + 0.2 - 0.3)).toBe(0);
    expect(toDecimalGrid(-0.3 + 0.1)).toBe(-0.2);
  });

  it('turns −0 into 0 and leaves non-finite and huge values alone', () => {
    expect(Object.is(toDecimalGrid(-0), 0)).toBe(true);
    expect(toDecimalGrid(Infinity)).toBe(Infinity);
    expect(toDecimalGrid(Number.NaN)).toBeNaN();
    expect(toDecimalGrid(3e22)).toBe(3e22);
    expect(toDecimalGrid(1234.5678)).toBe(1234.5678);
  });
});
