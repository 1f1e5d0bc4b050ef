import { describe, expect, it } from 'vitest';
import { curves, formulaValues, peakSlopes, reading, sampleCurve, sigmoidSlopeHalfWidth, slopeProducts } from '../../../../src/widgets/activation-bench/model';
import { BENCH_FUNCTIONS, BENCH_TABLE, type BenchFunction } from '../../../../src/widgets/activation-bench/state';
import { defaults } from '../../../../src/widgets/kit/url-state';

/** The deck's defaults: w = 1 (the plain sigmoid), Leaky ReLU's slope 0.01. */
const DECK = { w: 1, slope: 0.01 };

describe('reading(fn, x): f(x) and f′(x), derived by hand', () => {
  it('sigmoid(0) = 1/(1 + e⁰) = 1/2, and sigmoid′(0) = ½ · (1 − ½) = 0.25', () => {
    expect(reading('sigmoid', 0, DECK)).toEqual({ f: 0.5, df: 0.25 });
  });

  it('tanh(0) = (e⁰ − 1)/(e⁰ + 1) = 0 and tanh′(0) = 1 − 0² = 1: four times the sigmoid’s 0.25', () => {
    expect(reading('tanh', 0, DECK)).toEqual({ f: 0, df: 1 });
    expect(peakSlopes()).toEqual({ sigmoid: 0.25, tanh: 1 });
    expect(peakSlopes().tanh / peakSlopes().sigmoid).toBe(4);
  });

  it('tanh(1) = 0.7616 and tanh′(1) = 1 − 0.7616² = 0.4200 (the chapter’s table, 4 decimals)', () => {
    // tanh(1) = (e² − 1)/(e² + 1) = 6.389056/8.389056 = 0.761594.
    const { f, df } = reading('tanh', 1, DECK);
    expect(f).toBeCloseTo(0.7616, 4);
    expect(df).toBeCloseTo(0.42, 4);
  });

  it('the steep sigmoid: w = 10 at x = 0.1 is sigmoid(1) = e/(e + 1) = 0.731059, slope 10 · 0.731059 · 0.268941 = 1.966119', () => {
    // e = 2.718282: e/(e + 1) = 2.718282/3.718282 = 0.7310586; 1 − that = 1/(e + 1) = 0.2689414;
    // their product 0.1966119 (sigmoid′(1), the chapter's 0.1966), times w = 10.
    const { f, df } = reading('sigmoid', 0.1, { ...DECK, w: 10 });
    expect(f).toBeCloseTo(0.7310586, 7);
    expect(df).toBeCloseTo(1.966119, 6);
  });

  it('as w grows, sigmoid(wx) becomes step(x) and its slope 0 away from 0', () => {
    // w = 100 at x = ±0.5: sigmoid(±50); e^(−50) ≈ 1.9 × 10⁻²², so the values are 1 and 0 to double
    // precision and the slope 100 · e^(−50)/(1 + e^(−50))² ≈ 1.9 × 10⁻²⁰.
    for (const x of [0.5, -0.5]) {
      const steep = reading('sigmoid', x, { ...DECK, w: 100 });
      expect(steep.f).toBeCloseTo(reading('step', x, DECK).f, 15);
      expect(steep.df).toBeLessThan(1e-19);
    }
    // …while at 0 the slope grows as w/4: 100 · ¼ = 25.
    expect(reading('sigmoid', 0, { ...DECK, w: 100 }).df).toBe(25);
  });

  it('softmax’s two-class slice: σ₁ of [ln 3, 0] is 3/(3 + 1) = 0.75, slope 0.75 · 0.25 = 0.1875 — the sigmoid', () => {
    const { f, df } = reading('softmax2', Math.log(3), DECK);
    expect(f).toBeCloseTo(0.75, 15);
    expect(df).toBeCloseTo(0.1875, 15);
    // e^x/(e^x + 1) = 1/(1 + e^(−x)): the same numbers as the sigmoid at every x.
    for (const x of [-4, -1.3, 0, 2.2]) {
      expect(reading('softmax2', x, DECK).f).toBeCloseTo(reading('sigmoid', x, DECK).f, 14);
      expect(reading('softmax2', x, DECK).df).toBeCloseTo(reading('sigmoid', x, DECK).df, 14);
    }
  });

  it('ReLU: ReLU(−3) = 0, ReLU(2) = 2; the course takes ReLU′(0) = 1 (the deck’s x ≥ 0 branch)', () => {
    expect(reading('relu', -3, DECK)).toEqual({ f: 0, df: 0 });
    expect(reading('relu', 2, DECK)).toEqual({ f: 2, df: 1 });
    expect(reading('relu', 0, DECK)).toEqual({ f: 0, df: 1 });
  });

  it('Leaky ReLU: −3 gives 0.01 · (−3) = −0.03 with slope 0.01; slope 0.3 (Keras’s layer) gives −0.9', () => {
    expect(reading('leaky-relu', -3, DECK).f).toBeCloseTo(-0.03, 15);
    expect(reading('leaky-relu', -3, DECK).df).toBe(0.01);
    expect(reading('leaky-relu', -3, { ...DECK, slope: 0.3 }).f).toBeCloseTo(-0.9, 15);
    expect(reading('leaky-relu', 0, DECK)).toEqual({ f: 0, df: 1 });
  });

  it('step: 1 from 0 on, 0 below, slope 0 (nothing flows back); linear: x with slope 1', () => {
    expect(reading('step', 0, DECK)).toEqual({ f: 1, df: 0 });
    expect(reading('step', -0.5, DECK)).toEqual({ f: 0, df: 0 });
    expect(reading('linear', -2.5, DECK)).toEqual({ f: -2.5, df: 1 });
  });

  it('formulaValues carries x, f, f′ and both parameters', () => {
    expect(formulaValues('sigmoid', 0, DECK)).toEqual({ x: 0, f: 0.5, df: 0.25, w: 1, slope: 0.01 });
  });
});

describe('every derivative against a central difference, away from the kinks', () => {
  // (f(x + h) − f(x − h))/(2h) has error ≈ h²f‴/6: with h = 10⁻⁵, far below 10⁻⁷ for these functions.
  const h = 1e-5;
  const points = [-3.7, -1.2, -0.35, 0.4, 1.15, 2.9];
  for (const fn of BENCH_FUNCTIONS) {
    for (const params of [DECK, { w: 3, slope: 0.2 }]) {
      it(`${fn} (w = ${params.w}, slope = ${params.slope})`, () => {
        for (const x of points) {
          const numeric = (reading(fn, x + h, params).f - reading(fn, x - h, params).f) / (2 * h);
          expect(reading(fn, x, params).df).toBeCloseTo(numeric, 7);
        }
      });
    }
  }
});

describe('sigmoidSlopeHalfWidth(w, 0.01): where sigmoid(wx) still has slope ≥ 0.01', () => {
  it('w = 1: s(1 − s) = 0.01 at s = (1 + √0.96)/2 = 0.989898, x = ln(0.989898/0.010102) = 4.5849 (the chapter’s “about 4.6”)', () => {
    expect(sigmoidSlopeHalfWidth(1, 0.01)).toBeCloseTo(4.584863, 6);
    expect(reading('sigmoid', 4.584863, DECK).df).toBeCloseTo(0.01, 7);
  });

  it('w = 10: c = 0.001, s = (1 + √0.996)/2 = 0.998999, x = ln(998.0)/10 = 0.6906 — ten times narrower', () => {
    expect(sigmoidSlopeHalfWidth(10, 0.01)).toBeCloseTo(0.690575, 6);
  });

  it('is 0 when even the peak w/4 is below the threshold (w = 0.02 < 0.04)', () => {
    expect(sigmoidSlopeHalfWidth(0.02, 0.01)).toBe(0);
  });
});

describe('slopeProducts(L): the product of L slopes (weights 1)', () => {
  it('L = 3: sigmoid 0.25³ = 1/64 = 0.015625, tanh 1, ReLU 1 or 0, Leaky ReLU 0.01³ = 10⁻⁶', () => {
    const rows = Object.fromEntries(slopeProducts(3, 'sigmoid', 0, DECK).map((r) => [r.id, r.product]));
    expect(rows.sigmoid).toBe(0.015625);
    expect(rows.tanh).toBe(1);
    expect(rows['relu-active']).toBe(1);
    expect(rows['relu-inactive']).toBe(0);
    expect(rows['leaky-inactive']).toBeCloseTo(1e-6, 18);
    // Every unit of the chosen sigmoid at x = 0: the best case again.
    expect(rows.here).toBe(0.015625);
  });

  it('L = 10: 0.25¹⁰ = 2⁻²⁰ = 9.54 × 10⁻⁷ (the chapter’s table); tanh at x = 2: 0.0707¹⁰ = 3.10 × 10⁻¹²', () => {
    expect(slopeProducts(10, 'tanh', 2, DECK)[0].product).toBe(2 ** -20);
    const here = slopeProducts(10, 'tanh', 2, DECK).find((r) => r.id === 'here');
    expect(here?.product).toBeCloseTo(3.1e-12, 13);
  });
});

describe('sampled curves', () => {
  it('the step function is broken at 0: a gap (NaN) between its left piece at 0 and its right piece at 1', () => {
    const { f } = curves('step', DECK);
    const gap = f.ys.findIndex((y) => Number.isNaN(y));
    expect(gap).toBeGreaterThan(0);
    expect([f.ys[gap - 1], f.xs[gap], f.ys[gap + 1]]).toEqual([0, 0, 1]);
  });

  it('ReLU′ is broken at 0, ReLU and the sigmoid are not', () => {
    const relu = curves('relu', DECK);
    expect(relu.df.ys.some(Number.isNaN)).toBe(true);
    expect(relu.f.ys.some(Number.isNaN)).toBe(false);
    expect(curves('sigmoid', DECK).df.ys.some(Number.isNaN)).toBe(false);
  });

  it('covers −5 … 5 with 0 sampled exactly (the sigmoid’s peak slope, w/4, is on the curve)', () => {
    const { xs, ys } = sampleCurve((x) => reading('sigmoid', x, { ...DECK, w: 100 }).df);
    expect(xs[0]).toBe(-5);
    expect(xs[xs.length - 1]).toBe(5);
    expect(Math.max(...ys)).toBe(25);
  });
});

describe('URL table', () => {
  it('defaults to the plain sigmoid at x = 1 with the deck’s Leaky slope 0.01 and depth 3', () => {
    expect(defaults(BENCH_TABLE)).toEqual({ fn: 'sigmoid', x: 1, slope: 0.01, w: 1, L: 3 });
  });

  it('lists the deck’s six in its order, then linear', () => {
    expect(BENCH_FUNCTIONS).toEqual(['step', 'sigmoid', 'tanh', 'relu', 'leaky-relu', 'softmax2', 'linear'] satisfies BenchFunction[]);
  });
});

describe('formatProduct: 3 significant digits, powers of ten below 0.01', () => {
  it('prints the chapter’s values', async () => {
    const { formatProduct } = await import('../../../../src/widgets/activation-bench/format');
    expect(formatProduct(1)).toBe('1');
    expect(formatProduct(0)).toBe('0');
    expect(formatProduct(0.0625)).toBe('0.0625');
    expect(formatProduct(0.015625)).toBe('0.0156');
    // 0.25¹⁰ = 2⁻²⁰ = 9.5367 × 10⁻⁷; 0.25⁵ = 9.765625 × 10⁻⁴.
    expect(formatProduct(0.25 ** 10)).toBe('9.54 × 10⁻⁷');
    expect(formatProduct(0.25 ** 5)).toBe('9.77 × 10⁻⁴');
    expect(formatProduct(2.5 ** 30)).toBe('8.67 × 10¹¹');
    expect(formatProduct(-0.5)).toBe('−0.5');
  });
});
