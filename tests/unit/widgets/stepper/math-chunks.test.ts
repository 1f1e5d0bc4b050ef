/**
 * Where the formula panel may break a long formula: before a binary =, +, − or ·, outside every
 * bracket. Each expectation below is read off the trace's own TeX for the default 2-2-2 network.
 */
import { describe, expect, it } from 'vitest';
import { mathChunks } from '../../../../src/widgets/stepper/math-chunks';

describe('mathChunks', () => {
  it('breaks a hidden δ before the slope factor, keeping the bracketed sum and each \\htmlData mark whole', () => {
    const tex =
      '= \\left(\\htmlData{step=delta.2.1}{-0.1069} \\cdot 0.7 + \\htmlData{step=delta.2.2}{0.1314} \\cdot (-0.3)\\right) \\cdot \\htmlData{step=out.1.1}{0.5250} \\cdot (1 - \\htmlData{step=out.1.1}{0.5250})';
    expect(mathChunks(tex)).toEqual([
      '= \\left(\\htmlData{step=delta.2.1}{-0.1069} \\cdot 0.7 + \\htmlData{step=delta.2.2}{0.1314} \\cdot (-0.3)\\right)',
      '\\cdot \\htmlData{step=out.1.1}{0.5250}',
      '\\cdot (1 - \\htmlData{step=out.1.1}{0.5250})',
    ]);
  });

  it('breaks the general formula at its = and its top-level product', () => {
    expect(mathChunks('\\delta^{(1)}_{1} = \\left(\\delta^{(2)}_{1} w^{(2)}_{11} + \\delta^{(2)}_{2} w^{(2)}_{21}\\right) \\cdot h^{(1)}_{1} (1 - h^{(1)}_{1})')).toEqual([
      '\\delta^{(1)}_{1}',
      '= \\left(\\delta^{(2)}_{1} w^{(2)}_{11} + \\delta^{(2)}_{2} w^{(2)}_{21}\\right)',
      '\\cdot h^{(1)}_{1} (1 - h^{(1)}_{1})',
    ]);
  });

  it('breaks before a binary minus but not after a sign: "-0.1 - 0.5 · g"', () => {
    expect(mathChunks('-0.1 - 0.5 \\cdot 0.1314')).toEqual(['-0.1', '- 0.5', '\\cdot 0.1314']);
    expect(mathChunks('0.1 \\cdot 1 + (-0.2) \\cdot 0.5')).toEqual(['0.1', '\\cdot 1', '+ (-0.2)', '\\cdot 0.5']);
  });

  it('leaves a formula with nothing outside brackets whole, and treats \\{ \\} as characters', () => {
    expect(mathChunks('\\frac{1}{2}\\left[(y_{1} - y\'_{1})^2 + (y_{2} - y\'_{2})^2\\right]')).toEqual(['\\frac{1}{2}\\left[(y_{1} - y\'_{1})^2 + (y_{2} - y\'_{2})^2\\right]']);
    expect(mathChunks('\\{a + b\\} + c')).toEqual(['\\{a', '+ b\\}', '+ c']);
  });
});
