import { describe, expect, it } from 'vitest';
import { formatNumber, formatTexNumber } from '../../../src/numbers/format';

describe('formatNumber (prose text)', () => {
  it("formatNumber(e²/(e²+e+e^0.1), '4') rounds to four fixed decimals, padding zeros kept", () => {
    // softmax(2, 1, 0.1)₁ = 7.389056 / 11.212509 = 0.659001… → 0.6590
    expect(formatNumber(0.659001, '4')).toBe('0.6590');
    expect(formatNumber(1, '4')).toBe('1.0000');
    expect(formatNumber(150, '0')).toBe('150');
  });

  it('prints negatives with the true minus sign, and a negative that rounds to 0 without one', () => {
    expect(formatNumber(-0.159787, '4')).toBe('−0.1598');
    expect(formatNumber(-100, '0')).toBe('−100');
    expect(formatNumber(-0.00004, '4')).toBe('0.0000');
  });

  it("formatNumber(26200/3, '2,') groups thousands: 8,733.33", () => {
    expect(formatNumber(26200 / 3, '2,')).toBe('8,733.33');
    expect(formatNumber(729050, '0,')).toBe('729,050');
    expect(formatNumber(-1234.5, '1,')).toBe('−1,234.5');
  });

  it("formatNumber(0.25¹⁰, '3e') is 9.54 × 10⁻⁷ (0.25¹⁰ = 9.5367…e−7)", () => {
    expect(formatNumber(0.25 ** 10, '3e')).toBe('9.54 × 10⁻⁷');
    expect(formatNumber(0.25 ** 10, '2e')).toBe('9.5 × 10⁻⁷');
    expect(formatNumber(-12345, '2e')).toBe('−1.2 × 10⁴');
  });

  it("'3g': exact values lose their padding zeros, rounded ones keep them, below 0.01 scientific", () => {
    expect(formatNumber(0.25, '3g')).toBe('0.25');
    expect(formatNumber(0.0625, '3g')).toBe('0.0625');
    expect(formatNumber(1, '3g')).toBe('1');
    expect(formatNumber(0, '3g')).toBe('0');
    // sigmoid′(2)² = 0.104994² = 0.0110238… → 0.0110 (rounded: the zero stays)
    expect(formatNumber(0.0110238, '3g')).toBe('0.0110');
    // tanh′(2)² = 0.0706508² = 0.00499154… → 4.99 × 10⁻³
    expect(formatNumber(0.00499154, '3g')).toBe('4.99 × 10⁻³');
    expect(formatNumber(3.1e-12, '3g')).toBe('3.10 × 10⁻¹²');
  });

  it('refuses ±∞, NaN and malformed formats', () => {
    expect(() => formatNumber(Infinity, '2')).toThrow();
    expect(() => formatNumber(NaN, '2')).toThrow();
    expect(() => formatNumber(1, 'x' as never)).toThrow(/number format/);
    expect(() => formatNumber(1, '0e')).toThrow(/significant/);
  });
});

describe('formatTexNumber (math mode)', () => {
  it('uses the ASCII minus, {,} between thousands and \\times 10^{…}', () => {
    expect(formatTexNumber(-0.159787, '4')).toBe('-0.1598');
    expect(formatTexNumber(729050, '0,')).toBe('729{,}050');
    expect(formatTexNumber(0.25 ** 5, '3g')).toBe('9.77 \\times 10^{-4}');
    expect(formatTexNumber(-0.0000001, '2')).toBe('0.00');
  });
});
