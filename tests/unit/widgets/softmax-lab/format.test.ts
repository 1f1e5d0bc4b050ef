import { describe, expect, it } from 'vitest';
import { formatLogit, formatSoftmaxNumber } from '../../../../src/widgets/softmax-lab/format';

describe('formatSoftmaxNumber', () => {
  it('fixed decimals between 10⁻⁴ and 10⁵', () => {
    expect(formatSoftmaxNumber(Math.E)).toBe('2.7183');
    expect(formatSoftmaxNumber(-0.5)).toBe('−0.5000');
    expect(formatSoftmaxNumber(0)).toBe('0.0000');
    expect(formatSoftmaxNumber(-0)).toBe('0.0000');
  });
  it('m×10ⁿ outside: e^709 ≈ 8.22×10³⁰⁷, e^−20 ≈ 2.06×10⁻⁹', () => {
    expect(formatSoftmaxNumber(Math.exp(709))).toBe('8.22×10³⁰⁷');
    expect(formatSoftmaxNumber(Math.exp(-20))).toBe('2.06×10⁻⁹');
    expect(formatSoftmaxNumber(123456)).toBe('1.23×10⁵');
  });
  it('∞ and NaN spelled out', () => {
    expect(formatSoftmaxNumber(Math.exp(1000))).toBe('∞');
    expect(formatSoftmaxNumber(Infinity / Infinity)).toBe('NaN');
  });
});

describe('formatLogit', () => {
  it('two decimals at most, true minus', () => {
    expect(formatLogit(1000)).toBe('1000');
    expect(formatLogit(0.1 + 0.2)).toBe('0.3');
    expect(formatLogit(-1.5)).toBe('−1.5');
    expect(formatLogit(-0.001)).toBe('0');
  });
});
