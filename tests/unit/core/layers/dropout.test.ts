import { describe, expect, it } from 'vitest';
import { type DropoutMaskScope, DropoutLayer, type DropoutVariant } from '../../../../src/core/layers/dropout';
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

  it('maskPer "batch" (default): every example shares the mask; "example": rows differ', () => {
    const x = createMatrix(4, 16);
    x.data.fill(1);
    const shared = new DropoutLayer({ size: 16, p: 0.5, rng: createRng(3) });
    shared.forward(x, 'train');
    const row0 = Array.from(shared.mask.data.subarray(0, 16));
    for (let r = 1; r < 4; r++) expect(Array.from(shared.mask.data.subarray(r * 16, r * 16 + 16))).toEqual(row0);
    const own = new DropoutLayer({ size: 16, p: 0.5, rng: createRng(3), maskPer: 'example' });
    own.forward(x, 'train');
    const rows = [0, 1, 2, 3].map((r) => Array.from(own.mask.data.subarray(r * 16, r * 16 + 16)).join());
    expect(new Set(rows).size).toBe(4);
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
