import { describe, expect, it } from 'vitest';
import { fixedText, givenText } from '../../../../src/core/trace/numbers';

describe('fixedText and givenText', () => {
  it('fixedText(0.00955, 6) returns "0.009550"; fixedText(-0.00001, 4) returns "0.0000"', () => {
    expect(fixedText(0.00955, 6)).toBe('0.009550');
    expect(fixedText(-0.00001, 4)).toBe('0.0000');
    expect(fixedText(-0.3, 4)).toBe('-0.3000');
  });

  it('givenText drops trailing zeros: 0.5 → "0.5", 1 → "1", -0.3 → "-0.3", 10 → "10", 0.123456 → "0.1235"', () => {
    expect(givenText(0.5, 4)).toBe('0.5');
    expect(givenText(1, 4)).toBe('1');
    expect(givenText(-0.3, 6)).toBe('-0.3');
    expect(givenText(10, 4)).toBe('10');
    expect(givenText(0.123456, 4)).toBe('0.1235');
  });
});
