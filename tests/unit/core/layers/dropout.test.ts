import { describe, expect, it } from 'vitest';
import { type DropoutMaskScope, DropoutLayer, type DropoutVariant, drawDropoutMask, dropoutFactor, dropoutNextUnit, maskProbability } from '../../../../src/core/layers/dropout';
import { createMatrix, fromRows } from '../../../../src/core/matrix';
import { createRng } from '../../../../src/core/random';
import { checkLayerGradients } from './layer-gradient-check';

const VARIANTS: DropoutVariant[] = ['deck', 'inverted'];
const SCOPES: DropoutMaskScope[] = ['batch', 'example'];

describe('DropoutLayer forward', () => {
  it('deck variant: train out = mask ⊙ x; inference out = (1 − p)·x', () => {
    const layer = new DropoutLayer({ size: 4, p: 0.25, rng: createRng(1), variant: 'deck' });
    const x = fromRows([[1, 2, 3, 4]]);
    const train = Array.from(layer.forward(x, 'train').data);
    const mask = Array.from(layer.mask.data);
    expect(train).toEqual(mask.map((m, i) => m * x.data[i]));
    // (1 − 0.25)·(1, 2, 3, 4) = (0.75, 1.5, 2.25, 3)
    expect(Array.from(layer.forward(x, 'inference').data)).toEqual([0.75, 1.5, 2.25, 3]);
  });

  it('inverted variant: train out = mask ⊙ x / (1 − p); inference out = x', () => {
    const layer = new DropoutLayer({ size: 4, p: 0.5, rng: createRng(1), variant: 'inverted' });
    const x = fromRows([[1, 2, 3, 4]]);
    const train = Array.from(layer.forward(x, 'train').data);
    const mask = Array.from(layer.mask.data);
    // kept units are doubled: x / (1 − 0.5) = 2x
    expect(train).toEqual(mask.map((m, i) => m * 2 * x.data[i]));
    expect(Array.from(layer.forward(x, 'inference').data)).toEqual([1, 2, 3, 4]);
  });

  it('the same seed gives the same mask; each train forward draws a new one', () => {
    const x = createMatrix(3, 20);
    x.data.fill(1);
    const a = new DropoutLayer({ size: 20, p: 0.5, rng: createRng(42) });
    const b = new DropoutLayer({ size: 20, p: 0.5, rng: createRng(42) });
    a.forward(x, 'train');
    b.forward(x, 'train');
    const first = Array.from(a.mask.data);
    expect(Array.from(b.mask.data)).toEqual(first);
    a.forward(x, 'train');
    expect(Array.from(a.mask.data)).not.toEqual(first);
  });

  it('maskPer "example" (default, as the chapter says frameworks do): rows differ; "batch": every example shares the mask', () => {
    const x = createMatrix(4, 16);
    x.data.fill(1);
    const own = new DropoutLayer({ size: 16, p: 0.5, rng: createRng(3) });
    expect(own.maskPer).toBe('example');
    own.forward(x, 'train');
    const rows = [0, 1, 2, 3].map((r) => Array.from(own.mask.data.subarray(r * 16, r * 16 + 16)).join());
    // Four rows of 16 fair coins: two equal rows would have probability 6 · 2⁻¹⁶ ≈ 0.0001.
    expect(new Set(rows).size).toBe(4);
    const shared = new DropoutLayer({ size: 16, p: 0.5, rng: createRng(3), maskPer: 'batch' });
    shared.forward(x, 'train');
    const row0 = Array.from(shared.mask.data.subarray(0, 16));
    for (let r = 1; r < 4; r++) expect(Array.from(shared.mask.data.subarray(r * 16, r * 16 + 16))).toEqual(row0);
    // Both draw in the same order: the shared row is the first example's own row.
    expect(row0.join()).toBe(rows[0]);
  });

  it('drops a fraction ≈ p of the units (p = 0.3 over 100 000 draws)', () => {
    const layer = new DropoutLayer({ size: 1000, p: 0.3, rng: createRng(5), maskPer: 'example' });
    const x = createMatrix(100, 1000);
    layer.forward(x, 'train');
    const dropped = layer.mask.data.reduce((n, m) => n + (m === 0 ? 1 : 0), 0) / 100_000;
    // SE = √(0.3·0.7/100000) ≈ 0.0014
    expect(dropped).toBeCloseTo(0.3, 2);
  });

  it('setFrozen(true) keeps the last mask across train forwards', () => {
    const layer = new DropoutLayer({ size: 30, p: 0.5, rng: createRng(8) });
    const x = createMatrix(2, 30);
    layer.forward(x, 'train');
    const mask = Array.from(layer.mask.data);
    layer.setFrozen(true);
    layer.forward(x, 'train');
    expect(Array.from(layer.mask.data)).toEqual(mask);
    layer.setFrozen(false);
    layer.forward(x, 'train');
    expect(Array.from(layer.mask.data)).not.toEqual(mask);
  });

  it('rejects p outside [0, 1)', () => {
    expect(() => new DropoutLayer({ size: 2, p: 1, rng: createRng(1) })).toThrow(/0 ≤ p < 1/);
    expect(() => new DropoutLayer({ size: 2, p: -0.1, rng: createRng(1) })).toThrow(RangeError);
  });
});

describe('expected activation: train (averaged over masks) equals inference', () => {
  for (const variant of VARIANTS) {
    for (const maskPer of SCOPES) {
      it(`${variant}, mask per ${maskPer}: mean over 20 000 seeded masks ≈ inference output`, () => {
        // E[mask] = 1 − p. deck: E[mask·x] = (1 − p)x = inference. inverted: E[mask·x/(1 − p)] = x = inference.
        const p = 0.4;
        const layer = new DropoutLayer({ size: 5, p, rng: createRng(2024), variant, maskPer });
        const x = fromRows([[1, -2, 0.5, 3, -1.5]]);
        const inference = Array.from(layer.forward(x, 'inference').data);
        const sum = new Float64Array(5);
        const draws = 20_000;
        for (let t = 0; t < draws; t++) {
          const out = layer.forward(x, 'train').data;
          for (let i = 0; i < 5; i++) sum[i] += out[i];
        }
        // SE of the mean per unit: |x|·√(p(1 − p))·scale/√draws ≤ 3·0.49·1.67/141 ≈ 0.006
        for (let i = 0; i < 5; i++) expect(Math.abs(sum[i] / draws - inference[i])).toBeLessThan(0.03);
      });
    }
  }
});

describe('DropoutLayer backward by central differences', () => {
  for (const variant of VARIANTS) {
    for (const mode of ['train', 'inference'] as const) {
      it(`${variant}, ${mode} mode: ∂L/∂x matches finite differences (mask held fixed)`, () => {
        const layer = new DropoutLayer({ size: 6, p: 0.5, rng: createRng(9), variant, maskPer: 'example' });
        const x = createMatrix(3, 6);
        const rng = createRng(10);
        for (let k = 0; k < x.data.length; k++) x.data[k] = rng.uniform(-1, 1);
        expect(checkLayerGradients(layer, x, mode).input).toBeLessThan(1e-7);
      });
    }
  }

  it('train-mode backward passes the gradient only through kept units', () => {
    const layer = new DropoutLayer({ size: 8, p: 0.5, rng: createRng(4), variant: 'inverted' });
    const x = createMatrix(1, 8);
    layer.forward(x, 'train');
    const g = createMatrix(1, 8);
    g.data.fill(1);
    const gradInput = Array.from(layer.backward(g).data);
    expect(gradInput).toEqual(Array.from(layer.mask.data).map((m) => m * 2));
  });
});

describe('one unit of the next layer, by hand (the chapter’s worked example)', () => {
  // y = (0.8, 0.1, 0.5, 0.9, 0.3), w = (0.5, −1.0, 0.8, 0.3, 1.2), r = (1, 0, 1, 1, 0), p = 0.5.
  const y = [0.8, 0.1, 0.5, 0.9, 0.3];
  const w = [0.5, -1.0, 0.8, 0.3, 1.2];
  const r = [1, 0, 1, 1, 0];

  it('deck form, training: ỹ = r ⊙ y, z = 0.5·0.8 + 0.8·0.5 + 0.3·0.9 = 0.4 + 0.4 + 0.27 = 1.07', () => {
    const unit = dropoutNextUnit(y, w, r, 0.5, 'deck', 'train');
    expect(unit.factor).toBe(1);
    expect(unit.passed).toEqual([0.8, 0, 0.5, 0.9, 0]);
    const terms = [0.4, 0, 0.4, 0.27, 0];
    unit.terms.forEach((t, j) => expect(t).toBeCloseTo(terms[j], 12));
    expect(unit.z).toBeCloseTo(1.07, 12);
  });

  it('inverted form, training: factor 1/(1 − 0.5) = 2, ỹ = (1.6, 0, 1.0, 1.8, 0), z = 1.07 / 0.5 = 2.14', () => {
    const unit = dropoutNextUnit(y, w, r, 0.5, 'inverted', 'train');
    expect(unit.factor).toBe(2);
    expect(unit.passed).toEqual([1.6, 0, 1, 1.8, 0]);
    // 0.5·1.6 + 0.8·1.0 + 0.3·1.8 = 0.8 + 0.8 + 0.54 = 2.14
    expect(unit.z).toBeCloseTo(2.14, 12);
  });

  it('deck form, inference: every unit, times 1 − p = 0.5: z = 0.5 · 1.33 = 0.665', () => {
    // Full sum: 0.4 − 0.1 + 0.4 + 0.27 + 0.36 = 1.33; the mask is not used at inference.
    const unit = dropoutNextUnit(y, w, r, 0.5, 'deck', 'inference');
    expect(unit.mask).toEqual([1, 1, 1, 1, 1]);
    expect(unit.factor).toBe(0.5);
    unit.passed.forEach((v, j) => expect(v).toBeCloseTo([0.4, 0.05, 0.25, 0.45, 0.15][j], 12));
    expect(unit.z).toBeCloseTo(0.665, 12);
  });

  it('inverted form, inference: nothing applied, z = the full sum 1.33', () => {
    const unit = dropoutNextUnit(y, w, r, 0.5, 'inverted', 'inference');
    expect(unit.factor).toBe(1);
    expect(unit.passed).toEqual(y);
    expect(unit.z).toBeCloseTo(1.33, 12);
  });

  it('p = 0: both forms apply factor 1 everywhere (no dropout, 1/(1 − 0) = 1)', () => {
    for (const variant of VARIANTS) for (const mode of ['train', 'inference'] as const) expect(dropoutFactor(0, variant, mode)).toBe(1);
    expect(drawDropoutMask(5, 0, createRng(1))).toEqual([1, 1, 1, 1, 1]);
  });

  it('p = 1: every unit dropped; deck inference factor 1 − 1 = 0; inverted training divides by 0 (undefined)', () => {
    expect(drawDropoutMask(5, 1, createRng(1))).toEqual([0, 0, 0, 0, 0]);
    expect(dropoutFactor(1, 'deck', 'inference')).toBe(0);
    expect(dropoutFactor(1, 'deck', 'train')).toBe(1);
    expect(dropoutFactor(1, 'inverted', 'inference')).toBe(1);
    const inverted = dropoutNextUnit(y, w, [0, 0, 0, 0, 0], 1, 'inverted', 'train');
    expect(inverted.defined).toBe(false);
    expect(inverted.z).toBeNaN();
    expect(dropoutNextUnit(y, w, [0, 0, 0, 0, 0], 1, 'deck', 'train').z).toBe(0);
  });

  it('p outside [0, 1], NaN, a non-0/1 mask or mismatched lengths are refused', () => {
    for (const p of [-0.1, 1.5, Number.NaN]) {
      expect(() => dropoutFactor(p, 'deck', 'train')).toThrow(RangeError);
      expect(() => drawDropoutMask(5, p, createRng(1))).toThrow(RangeError);
      expect(() => maskProbability(r, p)).toThrow(RangeError);
    }
    expect(() => dropoutNextUnit(y, w, [1, 0, 2, 1, 0], 0.5, 'deck', 'train')).toThrow(/only 0 and 1/);
    expect(() => dropoutNextUnit(y, w.slice(1), r, 0.5, 'deck', 'train')).toThrow(RangeError);
  });

  it('mask probability: (1, 0, 1, 1, 0) at p = 0.5 is 0.5⁵ = 1/32; at p = 0.2 it is 0.8³ · 0.2² = 0.02048', () => {
    expect(maskProbability(r, 0.5)).toBe(1 / 32);
    expect(maskProbability(r, 0.2)).toBeCloseTo(0.02048, 15);
  });

  it('drawDropoutMask makes the same draws as the layer (same seed, same mask)', () => {
    const layer = new DropoutLayer({ size: 5, p: 0.5, rng: createRng(77) });
    layer.forward(fromRows([[1, 1, 1, 1, 1]]), 'train');
    expect(drawDropoutMask(5, 0.5, createRng(77))).toEqual(Array.from(layer.mask.data));
  });
});
