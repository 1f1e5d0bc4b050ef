import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { fillFormula } from '../../../src/numbers/formula-tex';

describe('fillFormula', () => {
  it('fillFormula("e^2 = \\num[4]{e2}", { e2: e² }) writes 7.3891 (e² = 7.389056…)', () => {
    expect(fillFormula(String.raw`e^2 = \num[4]{e2}`, { e2: Math.exp(2) })).toBe('e^2 = 7.3891');
  });

  it('defaults to four decimals and repeats a name as often as it appears', () => {
    expect(fillFormula(String.raw`\frac{\num{a}}{\num[0]{b}} = \num{a}`, { a: -1 / 3, b: 3 })).toBe(String.raw`\frac{-0.3333}{3} = -0.3333`);
  });

  it('throws on a missing value, an unused value and a malformed placeholder', () => {
    expect(() => fillFormula(String.raw`\num{a}`, {})).toThrow(/no value for "a"/);
    expect(() => fillFormula(String.raw`\num{a}`, { a: 1, b: 2 })).toThrow(/b have no placeholder/);
    expect(() => fillFormula(String.raw`\num[x]{a}`, { a: 1 })).toThrow(/number format/);
    expect(() => fillFormula(String.raw`\num{1a}`, {})).toThrow(/malformed/);
  });

  it('gives LaTeX that KaTeX typesets as the typed formula would be', () => {
    const filled = fillFormula(String.raw`\num[2,]{x} \approx \num[3g]{y}`, { x: 8733.333, y: 0.25 ** 10 });
    expect(filled).toBe(String.raw`8{,}733.33 \approx 9.54 \times 10^{-7}`);
    expect(katex.renderToString(filled, { throwOnError: true })).toBe(katex.renderToString(String.raw`8{,}733.33 \approx 9.54 \times 10^{-7}`));
  });
});
