import { describe, expect, it } from 'vitest';
import { defaults } from '../../../../src/widgets/kit/url-state';
import { cancellingPrediction, lossExample } from '../../../../src/widgets/loss-example/model';
import { examplesOf, LX_TABLE, ROW_DEFAULTS } from '../../../../src/widgets/loss-example/state';

// The widget's model against hand derivations. Notation as the deck's MAE/MSE: yᵢ real value,
// yᵢᵖ prediction, dᵢ = yᵢ − yᵢᵖ.
describe('loss-example model', () => {
  it('the deck’s example alone: 500 − 350 = 150, |150| = 150, 150² = 22500', () => {
    // n = 1: MAE = 150/1 = 150, MSE = 22500/1 = 22500; the signed sum is the difference itself.
    const m = lossExample([{ y: 500, p: 350 }]);
    expect(m.rows[0]).toEqual({ y: 500, p: 350, d: 150, abs: 150, sq: 22500 });
    expect(m.signedSum).toBe(150);
    expect(m.signedMean).toBe(150);
    expect(m.absSum).toBe(150);
    expect(m.sqSum).toBe(22500);
    expect(m.mae).toBe(150);
    expect(m.mse).toBe(22500);
    expect(m.cancels).toBe(false);
    expect(m.scale).toBeNull(); // one miss: nothing to compare
  });

  it('the chapter’s second example cancels the first: +150 − 150 = 0, yet MAE 150 and MSE 22500', () => {
    // d = (500 − 350, 350 − 500) = (150, −150); Σd = 0; Σ|d| = 300, MAE = 300/2 = 150;
    // Σd² = 22500 + 22500 = 45000, MSE = 45000/2 = 22500.
    const m = lossExample([
      { y: 500, p: 350 },
      { y: 350, p: 500 },
    ]);
    expect(m.rows.map((r) => r.d)).toEqual([150, -150]);
    expect(m.signedSum).toBe(0);
    expect(m.signedMean).toBe(0);
    expect(m.absSum).toBe(300);
    expect(m.sqSum).toBe(45000);
    expect(m.mae).toBe(150);
    expect(m.mse).toBe(22500);
    expect(m.cancels).toBe(true);
    expect(m.scale).toBeNull(); // both miss by 150: same size
  });

  it('the chapter’s MAE worked example: differences 150, −10, −60 sum to 80; MAE 220/3, MSE 26200/3', () => {
    // d = (500 − 350, 300 − 310, 200 − 260) = (150, −10, −60); Σd = 80 (partly cancelled);
    // Σ|d| = 220, MAE = 73.33…; Σd² = 22500 + 100 + 3600 = 26200, MSE = 8733.33…
    const m = lossExample([
      { y: 500, p: 350 },
      { y: 300, p: 310 },
      { y: 200, p: 260 },
    ]);
    expect(m.signedSum).toBe(80);
    expect(m.absSum).toBeCloseTo(220, 12);
    expect(m.sqSum).toBeCloseTo(26200, 9);
    expect(m.mae).toBeCloseTo(220 / 3, 12);
    expect(m.mse).toBeCloseTo(26200 / 3, 9);
    expect(m.cancels).toBe(false);
  });

  it('the scale question: a miss of 150 against one of 10 is 15× by |·| and 225× by (·)²', () => {
    // |150|/|−10| = 15; 150²/(−10)² = 22500/100 = 225 = 15².
    const m = lossExample([
      { y: 500, p: 350 },
      { y: 300, p: 310 },
    ]);
    expect(m.scale).toEqual({ far: 0, near: 1, absRatio: 15, sqRatio: 225 });
  });

  it('exact predictions are left out of the scale comparison and cost nothing', () => {
    // d = (0, 40, −20): the largest non-zero miss is 40 (row 2), the smallest 20 (row 3): 2× and 4×.
    const m = lossExample([
      { y: 100, p: 100 },
      { y: 540, p: 500 },
      { y: 0, p: 20 },
    ]);
    expect(m.rows[0].abs).toBe(0);
    expect(m.scale).toEqual({ far: 1, near: 2, absRatio: 2, sqRatio: 4 });
    expect(lossExample([{ y: 7, p: 7 }]).cancels).toBe(false); // no miss: nothing is hidden
  });

  it('“make them cancel” sets yₙᵖ = yₙ + Σ_{i<n} dᵢ, which makes the signed sum 0', () => {
    // Rows (500, 350), (300, 310), last y = 200: others' Σd = 150 − 10 = 140, so y₃ᵖ = 200 + 140 = 340
    // and d₃ = 200 − 340 = −140: 150 − 10 − 140 = 0.
    const rows = [
      { y: 500, p: 350 },
      { y: 300, p: 310 },
      { y: 200, p: 0 },
    ];
    const p = cancellingPrediction(rows, 0, 1000);
    expect(p).toBe(340);
    const after = lossExample([...rows.slice(0, 2), { y: 200, p: 340 }]);
    expect(after.signedSum).toBe(0);
    expect(after.cancels).toBe(true);
    // Out of range: (1000, 0) then y = 900 would need 900 + 1000 = 1900 > 1000.
    expect(cancellingPrediction([{ y: 1000, p: 0 }, { y: 900, p: 0 }], 0, 1000)).toBeNull();
  });

  it('the URL defaults are the deck’s example, and the added rows are the chapter’s', () => {
    const state = defaults(LX_TABLE);
    expect(examplesOf(state)).toEqual([{ y: 500, p: 350 }]);
    expect(examplesOf({ ...state, n: 3 })).toEqual([ROW_DEFAULTS[0], ROW_DEFAULTS[1], ROW_DEFAULTS[2]]);
    expect(ROW_DEFAULTS[1]).toEqual({ y: 350, p: 500 }); // the chapter's second example
    expect(() => lossExample([])).toThrow(RangeError);
  });
});
