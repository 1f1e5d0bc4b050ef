import { describe, expect, it } from 'vitest';
import { mathml } from '../../../../src/widgets/stepper/math';

describe('mathml', () => {
  it('adds the LaTeX, without operand marks, as the text alternative', () => {
    const markup = mathml('y = \\htmlData{step=out.1.1}{-0.5} \\cdot 2', true);
    expect(markup).toMatch(/^<math alttext="y = -0.5 \\cdot 2" aria-label="y = -0.5 \\cdot 2" /);
    expect(markup).toContain('data-step="out.1.1"');
    expect(markup).toContain('<mn>−0.5</mn>');
  });
});
