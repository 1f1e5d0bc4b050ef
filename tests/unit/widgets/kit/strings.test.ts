import { describe, expect, it } from 'vitest';
import { fill, formatMessage, formatNumber } from '../../../../src/widgets/kit/strings';
import { langFromTag } from '../../../../src/widgets/kit/lang';



describe('formatting', () => {
  it('fill replaces known placeholders and leaves unknown ones visible', () => {
    expect(fill('{a} and {b}', { a: 'x' })).toBe('x and {b}');
  });

  it('formatNumber: six significant digits, exponents when very large or small, ∞ and NaN', () => {
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatNumber(37)).toBe('37');
    expect(formatNumber(0.0001)).toBe('0.0001');
    expect(formatNumber(1.23456789e13)).toBe('1.23e+13');
    expect(formatNumber(2e-7)).toBe('2.00e-7');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(Infinity)).toBe('∞');
    expect(formatNumber(-Infinity)).toBe('−∞');
    expect(formatNumber(NaN)).toBe('NaN');
    // a true minus, as in running text: the range message reads "−5 to 5"
    expect(formatNumber(-5)).toBe('−5');
    expect(formatNumber(-2e-7)).toBe('−2.00e-7');
    expect(formatNumber(-0)).toBe('0');
    expect(formatMessage({ key: 'outOfRange', params: { raw: '9', min: -5, max: 5, value: 5 } }, 'en')).toBe('9 is outside −5 to 5; using 5.');
  });

  it('formatMessage picks the language', () => {
    const m = { key: 'divergedRunaway', params: { step: 12, loss: 3.4e13 } } as const;
    expect(formatMessage(m, 'en')).toBe('Diverged at step 12: the loss grew to 3.40e+13.');
    expect(formatMessage(m, 'ko')).toBe('12번째 단계에서 발산했습니다. 손실이 3.40e+13까지 커졌습니다.');
  });
});

describe('langFromTag', () => {
  it.each([
    ['ko', 'ko'],
    ['ko-KR', 'ko'],
    ['KO', 'ko'],
    ['en', 'en'],
    ['en-GB', 'en'],
    ['kok', 'en'], // Konkani, not Korean
    ['', 'en'],
    [null, 'en'],
    [undefined, 'en'],
  ])('langFromTag(%j) is %s', (tag, lang) => {
    expect(langFromTag(tag)).toBe(lang);
  });
});
