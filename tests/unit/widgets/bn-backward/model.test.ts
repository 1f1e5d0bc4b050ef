import { describe, expect, it } from 'vitest';
import { backward, centralDifferences, encodeGradient, formulaValues, readGradient } from '../../../../src/widgets/bn-backward/model';
import { BNB_TABLE, INPUTS, WEIGHT } from '../../../../src/widgets/bn-backward/state';

const base = { u: INPUTS, w: WEIGHT, b: 0, gamma: 1.5, beta: 0.5, eps: 1e-5, dy: [0.1, -0.2, 0.3, 0.0] };

describe('bn-backward model: m = 2 by hand', () => {
  // x = (1, 3) (u = (0.5, 1.5), W = 2): μ_B = 2, deviations (−1, 1), σ²_B = 1. With ε = 0.5,
  // s = √(σ²_B + ε) = √1.5 and x̂ = (−1, 1)/√1.5. γ = 1, g = ∂ℓ/∂y = (1, 0).
  //   ∂ℓ/∂x̂ = g·γ = (1, 0)
  //   ∂ℓ/∂σ²_B = (1·(−1) + 0·1) · (−½) · 1.5^(−3/2) = 0.5 / 1.5^1.5
  //   ∂ℓ/∂μ_B = (1 + 0) · (−1/√1.5) + ∂ℓ/∂σ²_B · (−2(−1) − 2(1))/2 = −1/√1.5 + 0
  //   ∂ℓ/∂x₁ = 1/√1.5 + ∂ℓ/∂σ²_B · 2(−1)/2 + ∂ℓ/∂μ_B / 2 = 1/√1.5 − 0.5/1.5^1.5 − 0.5/√1.5
  //          = 0.5/√1.5 − 0.5/1.5^1.5 = (0.5 · 1.5 − 0.5)/1.5^1.5 = 0.25/1.5^1.5
  // In closed form, with r = 1/s: x̂ = (−r, r), and ∂ℓ/∂x₁ = γ/(2s) · (g₁ − g₂)(1 − r²) = γ ε (g₁ − g₂)/(2 s³):
  // the same 0.5/(2 · 1.5^1.5). ∂ℓ/∂x₂ = −∂ℓ/∂x₁. As ε → 0, x̂ = ±1 whatever x is, and every ∂ℓ/∂x → 0.
  const model = backward({ u: [0.5, 1.5], w: 2, b: 0, gamma: 1, beta: 0, eps: 0.5, dy: [1, 0] });
  it('forward: μ, σ², x̂', () => {
    expect(model.xs).toEqual([1, 3]);
    expect(model.mean).toBe(2);
    expect(model.variance).toBe(1);
    expect(model.xHat[0]).toBeCloseTo(-1 / Math.sqrt(1.5), 12);
    expect(model.xHat[1]).toBeCloseTo(1 / Math.sqrt(1.5), 12);
  });
  it('the six lines', () => {
    expect(model.dxHat).toEqual([1, 0]);
    expect(model.sumDevs).toBeCloseTo(-1, 12);
    expect(model.dVariance).toBeCloseTo(0.5 / 1.5 ** 1.5, 12);
    expect(model.meanFactor).toBe(0);
    expect(model.dMean).toBeCloseTo(-1 / Math.sqrt(1.5), 12);
    expect(model.paths[0].direct).toBeCloseTo(1 / Math.sqrt(1.5), 12);
    expect(model.paths[0].variance).toBeCloseTo(-0.5 / 1.5 ** 1.5, 12);
    expect(model.paths[0].mean).toBeCloseTo(-0.5 / Math.sqrt(1.5), 12);
    expect(model.dx[0]).toBeCloseTo(0.25 / 1.5 ** 1.5, 12);
    expect(model.dx[1]).toBeCloseTo(-0.25 / 1.5 ** 1.5, 12);
    // ∂ℓ/∂γ = 1 · x̂₁ + 0 · x̂₂, ∂ℓ/∂β = 1 + 0.
    expect(model.dGamma).toBeCloseTo(-1 / Math.sqrt(1.5), 12);
    expect(model.dBeta).toBe(1);
  });
  it('tiny ε: x̂ = ±1 and no gradient reaches x (γ ε (g₁ − g₂)/(2 s³) with s = 1)', () => {
    const tiny = backward({ u: [0.5, 1.5], w: 2, b: 0, gamma: 1, beta: 0, eps: 1e-8, dy: [1, 0] });
    expect(tiny.xHat[0]).toBeCloseTo(-1, 7);
    expect(tiny.dx[0]).toBeCloseTo(1e-8 / 2, 12);
    expect(tiny.dx[1]).toBeCloseTo(-1e-8 / 2, 12);
  });
});

describe('bn-backward model: the chapter’s worked example', () => {
  // x = 2·(1, 2, 3, 4) = (2, 4, 6, 8): μ_B = 5, deviations (−3, −1, 1, 3), σ²_B = 20/4 = 5.
  // ∂ℓ/∂x̂ = 1.5·(0.1, −0.2, 0.3, 0) = (0.15, −0.3, 0.45, 0).
  // Σ ∂ℓ/∂x̂_i (x_i − μ_B) = −0.45 + 0.3 + 0.45 + 0 = 0.3, so ∂ℓ/∂σ²_B = 0.3 · (−½) · 5.00001^(−3/2).
  // Σ ∂ℓ/∂x̂_i = 0.3, so ∂ℓ/∂μ_B = −0.3/√5.00001 (the second term's factor Σ −2(x_i − μ_B)/4 is 0).
  // Closed form (ε → 0, s = √5): ∂ℓ/∂x_i = γ/(m s) · (m g_i − Σg − x̂_i Σ g x̂) with Σg = 0.2,
  // Σ g x̂ = (−0.3 + 0.2 + 0.3)/√5 = 0.2/√5, x̂_i Σ g x̂ = 0.04 · (x_i − μ_B):
  //   i = 1: 0.4 − 0.2 + 0.12 = 0.32; i = 2: −0.8 − 0.2 + 0.04 = −0.96; i = 3: 1.2 − 0.2 − 0.04 = 0.96;
  //   i = 4: 0 − 0.2 − 0.12 = −0.32; each times 1.5/(4√5). ∂ℓ/∂γ = 0.2/√5, ∂ℓ/∂β = 0.2.
  const model = backward(base);
  const scale = 1.5 / (4 * Math.sqrt(5));
  it('the paper’s lines', () => {
    expect(model.xs).toEqual([2, 4, 6, 8]);
    model.dxHat.forEach((v, i) => expect(v).toBeCloseTo([0.15, -0.3, 0.45, 0][i], 12));
    expect(model.sumDevs).toBeCloseTo(0.3, 12);
    expect(model.dVariance).toBeCloseTo(-0.15 * 5.00001 ** -1.5, 12);
    expect(model.meanFactor).toBeCloseTo(0, 12);
    expect(model.dMean).toBeCloseTo(-0.3 / Math.sqrt(5.00001), 12);
  });
  it('∂ℓ/∂x, ∂ℓ/∂γ, ∂ℓ/∂β against the closed form', () => {
    [0.32, -0.96, 0.96, -0.32].forEach((c, i) => expect(model.dx[i]).toBeCloseTo(c * scale, 6));
    expect(model.dGamma).toBeCloseTo(0.2 / Math.sqrt(5), 6);
    expect(model.dBeta).toBeCloseTo(0.2, 12);
  });
  it('the three paths add up to the layer’s ∂ℓ/∂x_i', () => {
    model.paths.forEach((p, i) => expect(p.direct + p.variance + p.mean).toBeCloseTo(model.dx[i], 12));
    // i = 1 by hand: 0.15/√5 + ∂ℓ/∂σ² · 2(−3)/4 + ∂ℓ/∂μ / 4 (ε → 0): 0.15/√5 + 0.225/5^1.5 − 0.075/√5.
    expect(model.paths[0].direct).toBeCloseTo(0.15 / Math.sqrt(5), 6);
    expect(model.paths[0].variance).toBeCloseTo(0.225 / 5 ** 1.5, 6);
    expect(model.paths[0].mean).toBeCloseTo(-0.075 / Math.sqrt(5), 6);
  });
  it('Σ ∂ℓ/∂x_i = 0 and ∂ℓ/∂x · x̂ ≈ 0 (exactly 0 as ε → 0; here of order ε)', () => {
    expect(Math.abs(model.sumDx)).toBeLessThan(1e-15);
    expect(Math.abs(model.dotXHat)).toBeLessThan(1e-6);
    expect(Math.abs(backward({ ...base, eps: 0.5 }).dotXHat)).toBeGreaterThan(1e-3);
  });
  it('central differences agree with backprop (a second check)', () => {
    model.numeric.forEach((v, i) => expect(Math.abs(v - model.dx[i])).toBeLessThan(1e-8));
    // A different case: a negative γ, large ε, another g.
    const other = backward({ ...base, gamma: -2, eps: 0.3, dy: [1, 2, -3, 0.5] });
    other.numeric.forEach((v, i) => expect(Math.abs(v - other.dx[i])).toBeLessThan(1e-7));
    expect(centralDifferences([2, 4, 6, 8], [0, 0, 0, 0], 1, 0, 1e-5)).toEqual([0, 0, 0, 0]);
  });
});

describe('bn-backward model: the bias is redundant', () => {
  it('b moves every x_i by b and changes nothing after the normalization', () => {
    const a = backward(base);
    const moved = backward({ ...base, b: 3.7 });
    moved.xs.forEach((x, i) => expect(x).toBeCloseTo(a.xs[i] + 3.7, 12));
    expect(moved.mean).toBeCloseTo(a.mean + 3.7, 12);
    for (const key of ['xHat', 'y', 'dx', 'deviations'] as const) moved[key].forEach((v, i) => expect(v).toBeCloseTo(a[key][i], 10));
    for (const key of ['variance', 'dVariance', 'dMean', 'dGamma', 'dBeta'] as const) expect(moved[key]).toBeCloseTo(a[key], 10);
  });
});

describe('bn-backward formula values and ∂ℓ/∂y text', () => {
  it('formulaValues picks the i-th entries', () => {
    const model = backward(base);
    const v = formulaValues(model, 2);
    expect(v.dyi).toBe(-0.2);
    expect(v.dxhati).toBeCloseTo(-0.3, 12);
    expect(v.dev).toBe(-1);
    expect(v.dxi).toBe(model.dx[1]);
    expect(v.t1 + v.t2 + v.t3).toBeCloseTo(model.dx[1], 12);
  });
  it('reads four numbers within ±10, else says why', () => {
    expect(readGradient('0.1, −0.2 0.3;0')).toEqual({ ok: true, values: [0.1, -0.2, 0.3, 0] });
    expect(readGradient(BNB_TABLE.find((f) => f.key === 'dy')!.default as string)).toEqual({ ok: true, values: [0.1, -0.2, 0.3, 0] });
    expect(readGradient('1 2 3')).toEqual({ ok: false, reason: 'count', token: '3' });
    expect(readGradient('1 2 3 4 5')).toMatchObject({ ok: false, reason: 'count' });
    expect(readGradient('1 x 3 4')).toEqual({ ok: false, reason: 'notNumber', token: 'x' });
    expect(readGradient('1 2 3 11')).toEqual({ ok: false, reason: 'outOfRange', token: '11' });
    expect(readGradient('1 2 3 Infinity')).toMatchObject({ ok: false, reason: 'notNumber' });
    expect(encodeGradient([0.1, -0.2, 0.3, -0])).toBe('0.1_-0.2_0.3_0');
  });
});
