import { describe, expect, it } from 'vitest';
import { parseNumberInput } from '../../../../src/widgets/kit/validate';
import { formatMessage } from '../../../../src/widgets/kit/strings';

const eta = { min: 0.0001, max: 10, fallback: 0.1 };

describe('parseNumberInput(text, rule)', () => {
  it.each([
    ['1e-3', 0.001],
    [' 0.5 ', 0.5],
    ['10', 10],
    ['0.0001', 0.0001],
  ])('parseNumberInput(%j, η rule) is ok with %d', (text, value) => {
    expect(parseNumberInput(text, eta)).toEqual({ ok: true, value });
  });

  it('parseNumberInput("-0", { min: -1, max: 1 }) is ok with +0', () => {
    const r = parseNumberInput('-0', { min: -1, max: 1 });
    expect(r.ok).toBe(true);
    expect(Object.is(r.value, 0)).toBe(true);
  });

  it('"abc" is refused, the fallback kept, message notANumber', () => {
    expect(parseNumberInput('abc', eta)).toEqual({
      ok: false,
      value: 0.1,
      message: { key: 'notANumber', params: { raw: 'abc', min: 0.0001, max: 10, value: 0.1 } },
    });
  });

  it('"NaN" and "Infinity" are not numbers', () => {
    expect(parseNumberInput('NaN', eta)).toMatchObject({ ok: false, value: 0.1, message: { key: 'notANumber' } });
    expect(parseNumberInput('Infinity', eta)).toMatchObject({ ok: false, value: 0.1, message: { key: 'notANumber' } });
  });

  it('"1e999" is refused as notFinite and clamped to max; "-1e999" to min', () => {
    expect(parseNumberInput('1e999', eta)).toMatchObject({ ok: false, value: 10, message: { key: 'notFinite' } });
    expect(parseNumberInput('-1e999', eta)).toMatchObject({ ok: false, value: 0.0001, message: { key: 'notFinite' } });
  });

  it('"0,5" is refused with decimalComma, the fallback kept', () => {
    expect(parseNumberInput('0,5', eta)).toMatchObject({ ok: false, value: 0.1, message: { key: 'decimalComma' } });
  });

  it('empty is refused by default (message empty, fallback kept) …', () => {
    expect(parseNumberInput('', eta)).toMatchObject({ ok: false, value: 0.1, message: { key: 'empty' } });
    expect(parseNumberInput('  ', eta)).toMatchObject({ ok: false, value: 0.1, message: { key: 'empty' } });
  });

  it('… and with allowEmpty it is ok with value null', () => {
    expect(parseNumberInput('', { ...eta, allowEmpty: true })).toEqual({ ok: true, value: null });
    expect(parseNumberInput('3', { ...eta, allowEmpty: true })).toEqual({ ok: true, value: 3 });
  });

  it('out of range is clamped, with a message naming the range', () => {
    const high = parseNumberInput('11', eta);
    expect(high).toEqual({
      ok: false,
      value: 10,
      message: { key: 'outOfRange', params: { raw: '11', min: 0.0001, max: 10, value: 10 } },
    });
    expect(formatMessage(high.ok ? never() : high.message, 'en')).toBe('11 is outside 0.0001 to 10; using 10.');
    expect(formatMessage(high.ok ? never() : high.message, 'ko')).toBe('11은(는) 0.0001~10 범위를 벗어납니다. 10 값을 씁니다.');
    expect(parseNumberInput('-3', eta)).toMatchObject({ ok: false, value: 0.0001, message: { key: 'outOfRange' } });
    expect(parseNumberInput('1e-999', eta)).toMatchObject({ ok: false, value: 0.0001, message: { key: 'outOfRange' } });
  });

  it('integer: whole numbers in any notation are ok ("2.0", "1e3"); fractions round, then clamp', () => {
    const seed = { min: 0, max: 5000, integer: true };
    expect(parseNumberInput('2.0', seed)).toEqual({ ok: true, value: 2 });
    expect(parseNumberInput('1e3', seed)).toEqual({ ok: true, value: 1000 });
    expect(parseNumberInput('2.5', seed)).toMatchObject({ ok: false, value: 3, message: { key: 'notInteger' } });
    expect(parseNumberInput('9999.5', seed)).toMatchObject({ ok: false, value: 5000, message: { key: 'notInteger' } });
    const negative = parseNumberInput('-0.4', { min: -5, max: 5, integer: true });
    expect(Object.is(negative.value, 0)).toBe(true); // Math.round(-0.4) is −0; it must not escape
  });

  it('without a fallback, a non-number keeps 0 clamped into range', () => {
    expect(parseNumberInput('abc', { min: 1, max: 3 }).value).toBe(1);
    expect(parseNumberInput('abc', { min: -3, max: 3 }).value).toBe(0);
  });

  it('a fallback outside the range is clamped too: the result is always in range', () => {
    expect(parseNumberInput('abc', { min: 1, max: 3, fallback: 50 }).value).toBe(3);
  });

  it('min > max is the programmer’s mistake: RangeError', () => {
    expect(() => parseNumberInput('1', { min: 2, max: 1 })).toThrow(RangeError);
  });
});

function never(): never {
  throw new Error('unreachable');
}
