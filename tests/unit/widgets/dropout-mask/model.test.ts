import { describe, expect, it } from 'vitest';
import { createRng } from '../../../../src/core/random';
import { defaults } from '../../../../src/widgets/kit/url-state';
import { formatShort } from '../../../../src/widgets/dropout-mask/format';
import { drawnMask, formulaValues, reading, type MaskState } from '../../../../src/widgets/dropout-mask/model';
import { DROPOUT_MASK_TABLE } from '../../../../src/widgets/dropout-mask/state';

// The chapter's worked example: y = (0.8, 0.1, 0.5, 0.9, 0.3), w = (0.5, −1.0, 0.8, 0.3, 1.2),
// r = (1, 0, 1, 1, 0), p = 0.5.
const start = defaults(DROPOUT_MASK_TABLE) as MaskState;
const at = (patch: Partial<MaskState>) => reading({ ...start, ...patch });

describe('dropout-mask model, the chapter’s worked example', () => {
  it('training, original form: z = 0.5·0.8 + 0.8·0.5 + 0.3·0.9 = 0.4 + 0.4 + 0.27 = 1.07', () => {
    const now = at({});
    expect(now.unit.factor).toBe(1);
    expect(now.unit.passed).toEqual([0.8, 0, 0.5, 0.9, 0]);
    expect(now.unit.z).toBeCloseTo(1.07, 12);
    // Without dropout: 0.4 − 0.1 + 0.4 + 0.27 + 0.36 = 1.33
    expect(now.full).toBeCloseTo(1.33, 12);
    expect(now.kept).toBe(3);
    // 0.5⁵ = 1/32; 5 × 0.5 = 2.5 dropped on average
    expect(now.probability).toBe(1 / 32);
    expect(now.expectedDropped).toBe(2.5);
    expect(now.notes).toEqual([]);
  });

  it('training, inverted form: kept outputs ÷ (1 − 0.5) = × 2, z = 1.07 / 0.5 = 2.14', () => {
    const now = at({ form: 'inverted' });
    expect(now.unit.factor).toBe(2);
    expect(now.unit.z).toBeCloseTo(2.14, 12);
  });

  it('inference, original form: all units × (1 − p) = 0.5, z = 0.5 · 1.33 = 0.665', () => {
    const now = at({ mode: 'inference' });
    expect(now.unit.mask).toEqual([1, 1, 1, 1, 1]);
    expect(now.unit.z).toBeCloseTo(0.665, 12);
  });

  it('inference, inverted form: nothing applied, z = 1.33', () => {
    expect(at({ mode: 'inference', form: 'inverted' }).unit.z).toBeCloseTo(1.33, 12);
  });

  it('the live formula values: keep, r, w, values passed on, terms and z', () => {
    const values = formulaValues(at({}));
    expect(values.keep).toBe(0.5);
    expect([values.r1, values.r2, values.r3, values.r4, values.r5]).toEqual([1, 0, 1, 1, 0]);
    expect(values.w2).toBe(-1);
    expect(values.t2).toBe(-0); // w₂ · ỹ₂ = −1.0 · 0
    expect(formatShort(values.t4)).toBe('0.27');
    expect(formatShort(values.z)).toBe('1.07');
    // The mask's bits are written with no decimals: r₂ = 0 stays '0', not '' (r = (1, 0, 1, 1, 0)).
    expect([0, 1, 10].map((v) => formatShort(v, 0))).toEqual(['0', '1', '10']);
  });
});

describe('dropout-mask model, p at its edges', () => {
  it('p = 0: factor 1 in every case, the note says so; a mask with a dropped unit has probability 0', () => {
    const now = at({ p: 0 });
    expect(now.notes).toEqual(['noDropout', 'maskImpossible']);
    expect(now.table.inverted.train.factor).toBe(1);
    expect(now.table.deck.inference.factor).toBe(1);
    expect(at({ p: 0, r2: 1, r5: 1 }).notes).toEqual(['noDropout']);
  });

  it('p = 1: inverted training divides by 0 (undefined); original inference multiplies by 0', () => {
    const inverted = at({ p: 1, form: 'inverted', r1: 0, r3: 0, r4: 0 });
    expect(inverted.unit.defined).toBe(false);
    expect(inverted.unit.z).toBeNaN();
    expect(inverted.notes).toContain('inverseUndefined');
    expect(inverted.notes).toContain('allDropped');
    expect(formatShort(inverted.unit.z)).toBe('?');
    const deck = at({ p: 1, mode: 'inference' });
    expect(deck.unit.z).toBe(0);
    expect(deck.notes).toEqual(['inferenceZero']);
  });

  it('p outside [0, 1] never reaches the model quietly: the core throws', () => {
    expect(() => at({ p: 1.5 })).toThrow(RangeError);
    expect(() => at({ p: -0.1 })).toThrow(RangeError);
  });
});

describe('drawn masks', () => {
  it('the k-th mask of a seed is the k-th group of five draws (r_j = 0 when the draw < p)', () => {
    const rng = createRng(1);
    const draws = Array.from({ length: 10 }, () => rng.next());
    expect(drawnMask(1, 1, 0.5)).toEqual(draws.slice(0, 5).map((u) => (u < 0.5 ? 0 : 1)));
    expect(drawnMask(1, 2, 0.5)).toEqual(draws.slice(5, 10).map((u) => (u < 0.5 ? 0 : 1)));
    expect(drawnMask(1, 2, 0.5)).toEqual(drawnMask(1, 2, 0.5));
    expect(drawnMask(7, 3, 0)).toEqual([1, 1, 1, 1, 1]);
    expect(drawnMask(7, 3, 1)).toEqual([0, 0, 0, 0, 0]);
  });
});
