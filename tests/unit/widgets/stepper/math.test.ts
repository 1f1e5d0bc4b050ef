import { describe, expect, it } from 'vitest';
import { joinSigns, mathml, plainTex } from '../../../../src/widgets/stepper/math';

describe('joinSigns', () => {
  it('joins a sign to its number at the start, after an operator and after an opening bracket', () => {
    expect(joinSigns('<math><mo>−</mo><mn>0.5</mn></math>')).toBe('<math><mn>−0.5</mn></math>');
    expect(joinSigns('<mi>x</mi><mo>=</mo><mo>−</mo><mn>0.0561</mn>')).toBe('<mi>x</mi><mo>=</mo><mn>−0.0561</mn>');
    expect(joinSigns('<mo stretchy="false">(</mo><mo>−</mo><mn>0.3</mn>')).toBe('<mo stretchy="false">(</mo><mn>−0.3</mn>');
    expect(joinSigns('<mrow data-step="a"><mo>−</mo><mn>0.1</mn></mrow>')).toBe('<mrow data-step="a"><mn>−0.1</mn></mrow>');
  });
  it('leaves a subtraction alone (after a number, an identifier or a closing bracket)', () => {
    const minus = '<mn>1</mn><mo>−</mo><mn>0.5</mn>';
    expect(joinSigns(minus)).toBe(minus);
    const afterParen = '<mo stretchy="false">)</mo><mo>−</mo><mn>2</mn>';
    expect(joinSigns(afterParen)).toBe(afterParen);
  });
});

describe('mathml', () => {
  it('adds the LaTeX, without operand marks, as the text alternative', () => {
    const markup = mathml('y = \\htmlData{step=out.1.1}{-0.5} \\cdot 2', true);
    expect(markup).toMatch(/^<math alttext="y = -0.5 \\cdot 2" aria-label="y = -0.5 \\cdot 2" /);
    expect(markup).toContain('data-step="out.1.1"');
    expect(markup).toContain('<mn>−0.5</mn>');
  });
  it('plainTex drops nested marks', () => {
    expect(plainTex('\\htmlData{step=a}{1} + \\htmlData{step=b}{-2}')).toBe('1 + -2');
  });
});
