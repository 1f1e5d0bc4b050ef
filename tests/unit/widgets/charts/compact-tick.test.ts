import { describe, expect, it } from 'vitest';
import { compactTick } from '../../../../src/widgets/charts/compact-tick';

describe('compactTick', () => {
  it('thousands as k, millions as M, small values as they are', () => {
    expect(compactTick(0)).toBe('0');
    expect(compactTick(150)).toBe('150');
    expect(compactTick(1000)).toBe('1k');
    expect(compactTick(80000)).toBe('80k');
    expect(compactTick(12500)).toBe('12.5k');
    expect(compactTick(2500000)).toBe('2.5M');
    expect(compactTick(4000000)).toBe('4M');
  });
});
