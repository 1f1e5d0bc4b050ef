import { scaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { formatFixed, linearScale, logScale, niceDomain } from '../../../../src/widgets/charts/scale';

describe('linearScale(domain, range)', () => {
  const x = linearScale([0, 10], [0, 500]);

  it('maps and inverts: x(2) = 100, x.invert(250) = 5; extrapolates beyond the domain', () => {
    expect(x(2)).toBe(100);
    expect(x.invert(250)).toBe(5);
    expect(x(-1)).toBe(-50);
  });

  it('a reversed range (y up): linearScale([0, 1], [300, 0])(0.25) is 225', () => {
    expect(linearScale([0, 1], [300, 0])(0.25)).toBe(225);
  });

  it('an empty domain maps to the middle of the range instead of dividing by zero', () => {
    const flat = linearScale([3, 3], [0, 100]);
    expect(flat(3)).toBe(50);
    expect(flat.invert(70)).toBe(3);
  });

  it('ticks are d3\'s: the same as d3-scale\'s scaleLinear().ticks', () => {
    for (const [a, b, n] of [[0, 1, 10], [-3.7, 4.2, 5], [0, 2.2, 6], [1e-4, 3e-4, 4]] as const) {
      expect(linearScale([a, b], [0, 1]).ticks(n)).toEqual(scaleLinear().domain([a, b]).ticks(n));
    }
  });

  it('tickFormat writes the decimals the step needs, with a true minus', () => {
    const y = linearScale([-1, 1], [0, 1]);
    expect(y.ticks(4).map(y.tickFormat(4))).toEqual(['−1.0', '−0.5', '0.0', '0.5', '1.0']);
    const big = linearScale([0, 500], [0, 1]);
    expect(big.ticks(5).map(big.tickFormat(5))).toEqual(['0', '100', '200', '300', '400', '500']);
  });

  it('copy() is an independent equal scale (d3-axis copies its scale)', () => {
    const c = x.copy();
    expect(c(7)).toBe(x(7));
    expect(c.domain()).toEqual([0, 10]);
  });
});

describe('logScale(domain, range)', () => {
  const y = logScale([0.01, 100], [400, 0]);

  it('maps decades evenly: 0.01 → 400, 1 → 200, 100 → 0', () => {
    expect(y(0.01)).toBeCloseTo(400, 9);
    expect(y(1)).toBeCloseTo(200, 9);
    expect(y(100)).toBeCloseTo(0, 9);
    expect(y.invert(300)).toBeCloseTo(0.1, 12);
  });

  it('a value ≤ 0 maps to NaN (the line breaks there)', () => {
    expect(y(0)).toBeNaN();
    expect(y(-1)).toBeNaN();
  });

  it('refuses a domain that is not positive', () => {
    expect(() => logScale([0, 1], [0, 1])).toThrow(RangeError);
  });
});

describe('niceDomain and formatFixed', () => {
  it('niceDomain matches d3\'s scale.nice()', () => {
    for (const [a, b] of [[0, 2.03], [-0.37, 4.2], [0.013, 0.097]] as const) {
      expect(niceDomain([a, b])).toEqual(scaleLinear().domain([a, b]).nice().domain());
    }
  });

  it('niceDomain leaves an empty or non-finite domain alone', () => {
    expect(niceDomain([2, 2])).toEqual([2, 2]);
    expect(niceDomain([0, NaN])).toEqual([0, NaN]);
  });

  it('formatFixed never writes −0.00', () => {
    expect(formatFixed(-0.001, 2)).toBe('0.00');
    expect(formatFixed(-0.5, 1)).toBe('−0.5');
  });
});
