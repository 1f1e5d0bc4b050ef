import { describe, expect, it } from 'vitest';
import { STEP_CURVES } from '../../../../src/core';
import { formatSignificantLive as formatLive, formatSignificant as formatStepNumber } from '../../../../src/widgets/kit/format-significant';
import { formulaValues, reading, sampleCurve, verdict } from '../../../../src/widgets/one-step/model';
import { CURVE_STARTS, ONE_STEP_TABLE } from '../../../../src/widgets/one-step/state';
import { defaults } from '../../../../src/widgets/kit/url-state';

const quadratic = STEP_CURVES.quadratic;

describe('one-step model', () => {
  it('opens on the chapter’s example: (w − 3)² from w = 1 with η = 0.1', () => {
    expect(defaults(ONE_STEP_TABLE)).toEqual({ curve: 'quadratic', w: 1, eta: 0.1 });
    expect(CURVE_STARTS.quadratic).toEqual({ w: 1, eta: 0.1 });
  });

  it('samples (w − 3)² over −1 ≤ w ≤ 7: 16 at both ends, 0 at the valley w = 3 (the middle sample)', () => {
    const { xs, ys } = sampleCurve('quadratic');
    expect(xs.length).toBe(161);
    expect([xs[0], ys[0]]).toEqual([-1, 16]);
    expect([xs[80], ys[80]]).toEqual([3, 0]);
    expect([xs[160], ys[160]]).toEqual([7, 16]);
  });

  it('η = 0.1 at w = 1: η axis to its default 1.25; E axis [0, 16]; the sweep’s line reaches 4 − 1.25·16 = −16', () => {
    const r = reading('quadratic', quadratic, 1, 0.1);
    expect(r.etaMax).toBe(1.25);
    expect(r.eDomain).toEqual([0, 16]);
    expect(r.sweepDomain).toEqual([-16, 16]);
    // The sweep ends at η = 1.25: w − ηg = 1 + 5 = 6, E = 9.
    expect(r.sweep.etas[r.sweep.etas.length - 1]).toBe(1.25);
    expect(r.sweep.actual[r.sweep.actual.length - 1]).toBe(9);
  });

  it('η = 2 at w = 1: the η axis grows to 2.5; the promise 4 − 2·16 = −28 is held at one plot height below 0', () => {
    const r = reading('quadratic', quadratic, 1, 2);
    expect(r.etaMax).toBe(2.5);
    expect(r.step.predicted).toBe(-28);
    expect(r.eDomain).toEqual([-16, 16]);
  });

  it('formulaValues: the fall E − E(w − ηg) = 4 − 2.56 = 1.44 against the promised ηg² = 1.6', () => {
    const v = formulaValues(reading('quadratic', quadratic, 1, 0.1).step);
    expect(v.fall).toBeCloseTo(1.44, 12);
    expect(v.promised).toBeCloseTo(1.6, 12);
    expect(v.gap).toBeCloseTo(0.16, 12);
  });
});

describe('formatStepNumber', () => {
  it('keeps four significant digits without trailing zeros, with the true minus sign', () => {
    expect(formatStepNumber(2.56)).toBe('2.56');
    expect(formatStepNumber(-4)).toBe('−4');
    expect(formatStepNumber(0.03955325182274239)).toBe('0.03955');
    expect(formatStepNumber(1.4000000000000001)).toBe('1.4');
    expect(formatStepNumber(-0)).toBe('0');
  });

  it('writes sizes under 10⁻⁴ as powers of ten: 1.6e−6 → 1.6 × 10⁻⁶; 9.96e−5 rounds to 1 × 10⁻⁴', () => {
    expect(formatStepNumber(1.6e-6)).toBe('1.6 × 10⁻⁶');
    expect(formatStepNumber(-2.5e-5)).toBe('−2.5 × 10⁻⁵');
    expect(formatStepNumber(9.96e-5)).toBe('1 × 10⁻⁴');
  });

  it('puts a negative in parentheses when the formula asks', () => {
    expect(formatLive('g', -4, 3, true)).toBe('(−4)');
    expect(formatLive('g', -4, 3, false)).toBe('−4');
    expect(formatLive('g', 4, 3, true)).toBe('4');
  });

  it('judges the step by the share of the promised fall ηg² it keeps', () => {
    const judge = (w: number, eta: number) => verdict(reading('quadratic', quadratic, w, eta).step);
    // w = 1, η = 0.1: g = 2(1 − 3) = −4, promised ηg² = 1.6; E falls from 4 to (1.4 − 3)² = 2.56, by 1.44 = 90%.
    expect(judge(1, 0.1)).toEqual({ key: 'osClose', share: 90 });
    // η = 0.5: the step lands on the valley w = 3, E falls by 4 of the promised 0.5·16 = 8: 50%.
    expect(judge(1, 0.5)).toEqual({ key: 'osApart', share: 50 });
    // η = 1.1: w = 1 + 4.4 = 5.4, past the valley, E = 5.76 > 4.
    expect(judge(1, 1.1).key).toBe('osOvershoot');
    // At the valley the slope is 0: nothing to take.
    expect(judge(3, 0.1)).toEqual({ key: 'osFlat', share: 100 });
  });
});
