import { describe, expect, it } from 'vitest';
import { coerce, decimalsOf, roundSignificant, roundToStep, sliderRange, sliderToValue, valueToSlider } from '../../../../../src/widgets/kit/controls/numeric';

describe('coerce(value, rule, fallback)', () => {
  const rule = { min: -1, max: 1 };
  it.each([
    [0.5, 0.5],
    [3, 1],
    [-3, -1],
    [NaN, 0.25], // the fallback
    [Infinity, 0.25],
  ])('coerce(%d) is %d', (value, expected) => {
    expect(coerce(value, rule, 0.25)).toBe(expected);
  });

  it('never returns −0', () => {
    expect(Object.is(coerce(-0, rule, 0), 0)).toBe(true);
    expect(Object.is(coerce(-0.4, { ...rule, integer: true }, 0), 0)).toBe(true);
  });

  it('rounds for integer rules, then clamps', () => {
    expect(coerce(2.6, { min: 0, max: 10, integer: true }, 0)).toBe(3);
    expect(coerce(12.6, { min: 0, max: 10, integer: true }, 0)).toBe(10);
  });
});

describe('decimalsOf, roundSignificant, roundToStep', () => {
  it.each([
    [1, 0],
    [0.1, 1],
    [0.05, 2],
    [1e-3, 3],
    [0.25, 2],
  ])('decimalsOf(%d) is %d', (step, d) => {
    expect(decimalsOf(step)).toBe(d);
  });

  it('roundSignificant(0.031622776601683794) is 0.0316', () => expect(roundSignificant(0.031622776601683794)).toBe(0.0316));
  it('roundToStep(0.1 + 0.2, 0.1) is 0.3, not 0.30000000000000004', () => expect(roundToStep(0.1 + 0.2, 0.1)).toBe(0.3));
  it('roundToStep counts from the origin: roundToStep(0.26, 0.1, 0.05) is 0.25', () => expect(roundToStep(0.26, 0.1, 0.05)).toBe(0.25));
});

describe('slider scales', () => {
  const eta = { min: 0.001, max: 10 };

  it('a log slider runs over exponents, 100 positions per decade', () => {
    expect(sliderRange(eta, 'log')).toEqual({ min: -3, max: 1, step: 0.01 });
  });

  it('a linear slider defaults to 1/100 of the range, 1 for integers', () => {
    expect(sliderRange({ min: 0, max: 2 }, 'linear')).toEqual({ min: 0, max: 2, step: 0.02 });
    expect(sliderRange({ min: 0, max: 50, integer: true }, 'linear').step).toBe(1);
    expect(sliderRange({ min: 0, max: 2 }, 'linear', 0.5).step).toBe(0.5);
  });

  it('a log slider needs min > 0', () => {
    expect(() => sliderRange({ min: 0, max: 1 }, 'log')).toThrow(RangeError);
  });

  it('log position −1.5 is η = 10^−1.5 ≈ 0.0316 (three significant digits)', () => {
    expect(sliderToValue(-1.5, eta, 'log')).toBe(0.0316);
  });

  it('round trip: valueToSlider then sliderToValue gives the value back (3 digits)', () => {
    for (const v of [0.001, 0.003, 0.01, 0.13, 1, 2.5, 10]) expect(sliderToValue(valueToSlider(v, eta, 'log'), eta, 'log')).toBe(v);
    for (const v of [-2, -0.3, 0, 1.7]) expect(sliderToValue(valueToSlider(v, { min: -2, max: 2 }, 'linear'), { min: -2, max: 2 }, 'linear', 0.1)).toBe(v);
  });

  it('positions beyond the track are clamped into the rule', () => {
    expect(sliderToValue(5, eta, 'log')).toBe(10);
    expect(sliderToValue(-9, { min: -2, max: 2 }, 'linear')).toBe(-2);
  });
});
