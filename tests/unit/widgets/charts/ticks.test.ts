import { describe, expect, it } from 'vitest';
import { finiteExtent, formatLogTick, growingMax, isPowerOfTen, logDomain, logTicks, superscript } from '../../../../src/widgets/charts/ticks';

describe('logTicks(min, max, maxCount)', () => {
  it('logTicks(1e-3, 10) labels the decades: 0.001, 0.01, 0.1, 1, 10', () => {
    expect(logTicks(1e-3, 10)).toEqual([0.001, 0.01, 0.1, 1, 10]);
  });

  it('across two decades or less adds the 2s and 5s: logTicks(0.1, 10)', () => {
    expect(logTicks(0.1, 10)).toEqual([0.1, 0.2, 0.5, 1, 2, 5, 10]);
  });

  it('logTicks(0.3, 4) keeps only what lies in the range', () => {
    expect(logTicks(0.3, 4)).toEqual([0.5, 1, 2]);
  });

  it('across many decades keeps every k-th so there are at most maxCount: logTicks(1e-12, 1e4, 8)', () => {
    // 17 decades, every ⌈17/8⌉ = 3rd: 1e-12, 1e-9, …, 1e3
    const ticks = logTicks(1e-12, 1e4, 8);
    expect(ticks).toEqual([1e-12, 1e-9, 1e-6, 1e-3, 1, 1e3]);
    expect(ticks.length).toBeLessThanOrEqual(8);
  });

  it('accepts the ends in either order and refuses a non-positive range', () => {
    expect(logTicks(10, 0.001)).toEqual(logTicks(0.001, 10));
    expect(logTicks(0, 10)).toEqual([]);
    expect(logTicks(-1, 10)).toEqual([]);
    expect(logTicks(1, Infinity)).toEqual([]);
  });

  it('ticks are exact decimals (1e-7, not 1.0000000000000001e-7)', () => {
    for (const t of logTicks(1e-8, 1e8, 20)) expect(String(t)).toMatch(/^1(e[+-]\d+|0*)$|^0\.0*1$/);
  });
});

describe('formatLogTick(v)', () => {
  it.each([
    [0.001, '0.001'],
    [0.05, '0.05'],
    [1, '1'],
    [200, '200'],
    [1e4, '10000'],
    [1e-5, '10⁻⁵'],
    [2e-5, '2×10⁻⁵'],
    [1e6, '10⁶'],
  ])('formatLogTick(%d) is %j', (v, text) => {
    expect(formatLogTick(v)).toBe(text);
  });

  it('superscript(−12) is ⁻¹²', () => expect(superscript(-12)).toBe('⁻¹²'));
  it('isPowerOfTen', () => {
    expect([1e-9, 0.1, 1, 1000].every(isPowerOfTen)).toBe(true);
    expect([0, -10, 2, 0.5].some(isPowerOfTen)).toBe(false);
  });
});

describe('growingMax(needed, floor)', () => {
  it.each([
    [1, 1],
    [3, 5],
    [7, 10],
    [11, 20],
    [401, 500],
    [501, 1000],
    [1000, 1000],
    [0.3, 1], // the floor
  ])('growingMax(%d) is %d', (needed, max) => {
    expect(growingMax(needed)).toBe(max);
  });

  it('changes only a few times while a curve grows from 1 to 10 000 steps', () => {
    const seen = new Set<number>();
    for (let n = 1; n <= 10_000; n++) seen.add(growingMax(n, 10));
    expect([...seen]).toEqual([10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000]);
  });
});

describe('logDomain(values) and finiteExtent(values)', () => {
  it('logDomain covers the positive finite values with whole decades', () => {
    expect(logDomain([2, 0.03, 0, -1, NaN, Infinity, 0.5])).toEqual([0.01, 10]);
  });

  it('logDomain of one decade-exact value still spans a decade', () => {
    expect(logDomain([1])).toEqual([1, 10]);
  });

  it('logDomain of no positive value is null', () => {
    expect(logDomain([0, -1, NaN])).toBeNull();
  });

  it('finiteExtent skips non-finite values', () => {
    expect(finiteExtent([3, NaN, -1, Infinity])).toEqual([-1, 3]);
    expect(finiteExtent([NaN])).toBeNull();
  });
});
