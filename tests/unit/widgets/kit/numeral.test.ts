import { describe, expect, it } from 'vitest';
import { readNumeral, showNumeral, writeNumeral } from '../../../../src/widgets/kit/numeral';

describe('readNumeral(text)', () => {
  it.each([
    ['1', 1],
    ['-2.5', -2.5],
    ['.5', 0.5],
    ['5.', 5],
    ['+3', 3],
    ['1e-3', 0.001],
    ['2E+4', 20000],
    [' 0.5 ', 0.5],
    ['\t7\n', 7],
    ['1e-999', 0], // underflows to zero: finite, so a number (range checks judge it)
  ])('readNumeral(%j) is the number %d', (text, value) => {
    expect(readNumeral(text)).toEqual({ kind: 'number', value });
  });

  it('readNumeral("-0") is +0, not −0 (Object.is tells them apart)', () => {
    const n = readNumeral('-0');
    expect(n.kind).toBe('number');
    expect(Object.is(n.kind === 'number' && n.value, 0)).toBe(true);
    expect(Object.is((readNumeral('-0.0e5') as { value: number }).value, 0)).toBe(true);
  });

  it('the minus sign U+2212 (as printed in formulas) and full-width digits (０．５) are read', () => {
    expect(readNumeral('\u22120.25')).toEqual({ kind: 'number', value: -0.25 });
    expect(readNumeral('０．５')).toEqual({ kind: 'number', value: 0.5 });
  });

  it.each(['', '   ', '\n'])('readNumeral(%j) is empty (Number() would say 0)', (text) => {
    expect(readNumeral(text)).toEqual({ kind: 'empty' });
  });

  it.each(['abc', 'NaN', 'Infinity', '-Infinity', '∞', '0x10', '0b1', '1_000', '1.2.3', '1e', 'e5', '--1', '1 2', '.', '-', '1e1.5'])(
    'readNumeral(%j) is invalid',
    (text) => {
      expect(readNumeral(text)).toEqual({ kind: 'invalid' });
    },
  );

  it.each(['0,5', '-0,25', ',5', '1,000'])('readNumeral(%j) is a decimal comma (refused, not guessed)', (text) => {
    expect(readNumeral(text)).toEqual({ kind: 'comma' });
  });

  it('readNumeral("1e999") and ("-1e999") are infinite, with their sign', () => {
    expect(readNumeral('1e999')).toEqual({ kind: 'infinite', sign: 1 });
    expect(readNumeral('-1e999')).toEqual({ kind: 'infinite', sign: -1 });
  });
});

describe('writeNumeral: a value as a field shows it for editing', () => {
  it('prints at most 6 decimals without trailing zeros, and reads back as the rounded value', () => {
    // 0.1 + 0.2 = 0.30000000000000004 → rounded to 6 decimals: 0.3; 1/3 → 0.333333; 2/3 → 0.666667.
    expect(writeNumeral(0.1 + 0.2)).toBe('0.3');
    expect(writeNumeral(1 / 3)).toBe('0.333333');
    expect(writeNumeral(2 / 3)).toBe('0.666667');
    expect(writeNumeral(-0.3)).toBe('-0.3');
    expect(writeNumeral(4)).toBe('4');
    for (const v of [0.5, -0.3, 1 / 3, 1234.5]) expect(readNumeral(writeNumeral(v))).toEqual({ kind: 'number', value: Number(v.toFixed(6)) });
  });

  it('writes −0 and values rounding to zero as 0, never "-0"', () => {
    expect(writeNumeral(-0)).toBe('0');
    expect(writeNumeral(-0.0000001)).toBe('0');
  });
});

describe('showNumeral: the same text in a sentence', () => {
  it('prints the true minus sign U+2212 and reads back', () => {
    expect(showNumeral(-0.3)).toBe('−0.3');
    expect(showNumeral(0.5)).toBe('0.5');
    expect(readNumeral(showNumeral(-1 / 3))).toEqual({ kind: 'number', value: -0.333333 });
  });
});
