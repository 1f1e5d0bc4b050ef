import { describe, expect, it } from 'vitest';
import { type Operand, type Template, constant, renderNumbers, renderSymbols } from '../../../../src/core/trace/render';

const delta: Operand = { symbol: '\\delta_y', text: '-0.1355', value: -0.1355, id: 'delta.2.1' };
const w: Operand = { symbol: 'w_2', text: '-0.3', value: -0.3 };
const h: Operand = { symbol: 'h^{(1)}_{1}', text: '0.6225', value: 0.6225, id: 'out.1.1' };

describe('one template, two renderings', () => {
  const template: Template = (r) => r.times(r.juxtapose(r.lead(delta), r.at(w)), r.juxtapose(r.lead(h), `(1 - ${r.at(h)})`));

  it('renderSymbols gives δ_y w_2 \\cdot h(1 − h) and the step ids used, in order', () => {
    expect(renderSymbols(template)).toEqual({
      latex: '\\delta_y w_2 \\cdot h^{(1)}_{1} (1 - h^{(1)}_{1})',
      dependsOn: ['delta.2.1', 'out.1.1'],
    });
  });

  it('renderNumbers puts a negative number in parentheses except at the start', () => {
    expect(renderNumbers(template)).toBe('-0.1355 \\cdot (-0.3) \\cdot 0.6225 \\cdot (1 - 0.6225)');
  });

  it('square() brackets a symbol with a superscript and a negative number', () => {
    expect(renderSymbols((r) => r.square(h)).latex).toBe('(h^{(1)}_{1})^2');
    expect(renderSymbols((r) => r.square(w)).latex).toBe('w_2^2');
    expect(renderNumbers((r) => r.square(w))).toBe('(-0.3)^2');
  });

  it('wrap() brackets an expression that starts with a minus sign', () => {
    expect(renderNumbers((r) => `2 - ${r.wrap('-\\frac{1}{2}')}`)).toBe('2 - \\left(-\\frac{1}{2}\\right)');
    expect(renderNumbers((r) => r.wrap('(0.5 - 1)'))).toBe('(0.5 - 1)');
  });

  it('constant(1) reads "1" in both', () => {
    expect(renderSymbols((r) => r.lead(constant(1))).latex).toBe('1');
    expect(renderNumbers((r) => r.lead(constant(1)))).toBe('1');
  });
});
