import { describe, expect, it } from 'vitest';
import { createRng } from '../../../../src/core/random';
import { constantFit, lossAt } from '../../../../src/widgets/mae-vs-mse/model';
import { leastAbsolute, leastSquares, levelled, lineFit, lineGradient, lineLoss, linePredictions, middle } from '../../../../src/widgets/mae-vs-mse/line-model';
import { M_MAX, M_MIN, Y_MAX, Y_MIN } from '../../../../src/widgets/mae-vs-mse/state';

const THREE = [500, 300, 200];
const OUTLIER = [500, 300, 200, 2000];

describe('the line y_i^p = c + m(x_i − x̄), x_i = i', () => {
  it('x̄ and the predictions by hand', () => {
    // n = 3: x̄ = (1 + 2 + 3)/3 = 2; n = 4: x̄ = 2.5
    expect(middle(3)).toBe(2);
    expect(middle(4)).toBe(2.5);
    // c = 350, m = −150: 350 + 150, 350, 350 − 150
    expect(linePredictions(3, { c: 350, m: -150 })).toEqual([500, 350, 200]);
    // n = 4, c = 250, m = −100: 250 + 150, 250 + 50, 250 − 50, 250 − 150
    expect(linePredictions(4, { c: 250, m: -100 })).toEqual([400, 300, 200, 100]);
  });

  it('m = 0 is the constant predictor: lineFit equals constantFit', () => {
    const line = lineFit(THREE, { c: 350, m: 0 });
    const constant = constantFit(THREE, 350);
    for (const k of ['residuals', 'sumAbs', 'sumSq', 'mae', 'mse', 'gradMae', 'gradMse', 'below', 'above', 'mean', 'median'] as const) {
      expect(line[k]).toEqual(constant[k]);
    }
  });

  it('L(c) at a fixed m is the constant predictor’s loss on the levelled points z_i = y_i − m(x_i − x̄)', () => {
    // m = −150 on 500, 300, 200: z = 500 − 150, 300, 200 + 150 = 350, 300, 350
    expect(levelled(THREE, -150)).toEqual([350, 300, 350]);
    for (const c of [0, 310, 333, 2000]) {
      for (const name of ['mae', 'mse'] as const) {
        expect(lineLoss(name, THREE, { c, m: -150 })).toBeCloseTo(lossAt(name, [350, 300, 350], c), 9);
      }
    }
    // …so the best c at m = −150 is the median of z (350) for MAE and the mean ȳ = 333.33 for MSE
    const f = lineFit(THREE, { c: 0, m: -150 });
    expect(f.median).toBe(350);
    expect(f.mean).toBeCloseTo(1000 / 3, 10);
  });
});

describe('leastSquares: m = Σ(x − x̄)(y − ȳ)/Σ(x − x̄)², c = ȳ', () => {
  it('(1,500), (2,300), (3,200): x̄ = 2, ȳ = 333.33, m = −150', () => {
    // m = (−1·(500 − 333.33) + 0·(300 − 333.33) + 1·(200 − 333.33))/(1 + 0 + 1) = (−166.67 − 133.33)/2 = −150
    const ls = leastSquares(THREE);
    expect(ls.m).toBeCloseTo(-150, 10);
    expect(ls.c).toBeCloseTo(1000 / 3, 10);
    // residuals 500 − 483.33 = 16.67, 300 − 333.33 = −33.33, 200 − 183.33 = 16.67:
    // MSE = (2500 + 10000 + 2500)/9/3 = 5000/9 = 555.56
    expect(lineLoss('mse', THREE, ls)).toBeCloseTo(5000 / 9, 8);
  });

  it('with the outlier (4, 2000): x̄ = 2.5, ȳ = 750, m = 440', () => {
    // Σ(x − x̄)(y − ȳ) = (−1.5)(−250) + (−0.5)(−450) + (0.5)(−550) + (1.5)(1250) = 375 + 225 − 275 + 1875 = 2200
    // Σ(x − x̄)² = 2.25 + 0.25 + 0.25 + 2.25 = 5 → m = 440
    const ls = leastSquares(OUTLIER);
    expect(ls.m).toBeCloseTo(440, 10);
    expect(ls.c).toBe(750);
    // The normal equations: both MSE gradients vanish there.
    const g = lineGradient('mse', OUTLIER, ls);
    expect(g.dc).toBeCloseTo(0, 9);
    expect(g.dm).toBeCloseTo(0, 9);
  });

  it('the outlier pulls it: y₄ = Y gives m = (1.5Y − 800)/5 = 0.3Y − 160', () => {
    // Σ(x − x̄)y = −1.5·500 − 0.5·300 + 0.5·200 + 1.5·Y = 1.5Y − 800 (Σ(x − x̄)ȳ = 0)
    for (const [y4, m] of [[1000, 140], [2000, 440]] as const) expect(leastSquares([500, 300, 200, y4]).m).toBeCloseTo(m, 10);
  });
});

describe('leastAbsolute: the best of the lines through two points', () => {
  it('(1,500), (2,300), (3,200): the line through points 1 and 3, c = 350, m = −150, MAE 16.67', () => {
    // pair (1,2): m = −200, ŷ₃ = 100, Σ|r| = 100
    // pair (1,3): m = −150, ŷ₂ = 350, Σ|r| = 50   ← lowest
    // pair (2,3): m = −100, ŷ₁ = 400, Σ|r| = 100
    // c = the line at x̄ = 2: 500 − 150·(2 − 1) = 350
    const lad = leastAbsolute(THREE);
    expect(lad.m).toBe(-150);
    expect(lad.c).toBe(350);
    expect(lineLoss('mae', THREE, lad)).toBeCloseTo(50 / 3, 10);
  });

  it('with the outlier (4, 2000): four pair lines tie at MAE 500; the flattest, through points 2 and 3, is kept', () => {
    // x̄ = 2.5. Σ|r| for the line through each pair:
    // (1,2): m = −200, ŷ = 500, 300, 100, −100 → 0 + 0 + 100 + 2100 = 2200
    // (1,3): m = −150, ŷ = 500, 350, 200, 50   → 0 + 50 + 0 + 1950  = 2000
    // (1,4): m = 500,  ŷ = 500, 1000, 1500, 2000 → 0 + 700 + 1300 + 0 = 2000
    // (2,3): m = −100, ŷ = 400, 300, 200, 100  → 100 + 0 + 0 + 1900 = 2000
    // (2,4): m = 850,  ŷ = −550, 300, 1150, 2000 → 1050 + 0 + 950 + 0 = 2000
    // (3,4): m = 1800, ŷ = −3400, −1600, 200, 2000 → 3900 + 1900 = 5800
    // Lowest 2000 (MAE 500) four times; smallest |m| is −100: c = 300 − 100·(2.5 − 2) = 250.
    const lad = leastAbsolute(OUTLIER);
    expect(lad.m).toBe(-100);
    expect(lad.c).toBe(250);
    expect(lineLoss('mae', OUTLIER, lad)).toBe(500);
  });

  it('the outlier does not pull it: y₄ = 1000 or 2000 leave it at c = 250, m = −100 (least squares: 140, 440)', () => {
    // (2,3) keeps Σ|r| = 100 + (Y − 100) = Y, as low as any pair line (e.g. (1,3): 50 + (Y − 50) = Y)
    for (const y4 of [1000, 2000]) expect(leastAbsolute([500, 300, 200, y4])).toEqual({ c: 250, m: -100 });
  });

  it('is no worse than any line nearby, and lands inside the URL ranges, for random points', () => {
    const rng = createRng(11);
    for (let trial = 0; trial < 300; trial++) {
      const n = 3 + Math.floor(rng.next() * 5);
      const ys = Array.from({ length: n }, () => Math.round(rng.uniform(Y_MIN, Y_MAX) / 10) * 10);
      const lad = leastAbsolute(ys);
      const best = lineLoss('mae', ys, lad);
      for (let k = 0; k < 20; k++) {
        const other = { c: lad.c + rng.uniform(-50, 50), m: lad.m + rng.uniform(-50, 50) };
        expect(lineLoss('mae', ys, other)).toBeGreaterThanOrEqual(best - 1e-9);
      }
      expect(lineLoss('mae', ys, leastSquares(ys))).toBeGreaterThanOrEqual(best - 1e-9);
      for (const line of [lad, leastSquares(ys)]) {
        expect(line.c).toBeGreaterThanOrEqual(Y_MIN);
        expect(line.c).toBeLessThanOrEqual(Y_MAX);
        expect(line.m).toBeGreaterThanOrEqual(M_MIN);
        expect(line.m).toBeLessThanOrEqual(M_MAX);
      }
    }
  });
});

describe('lineGradient: (∂L/∂c, ∂L/∂m) from the core’s ∂L/∂ŷ', () => {
  it('by hand at the outlier’s LAD line c = 250, m = −100', () => {
    // ŷ = 400, 300, 200, 100; ŷ − y = −100, 0, 0, −1900; signs −1, 0, 0, −1 (0 on a kink, the core's convention)
    // ∂MAE/∂c = (−1 − 1)/4 = −0.5; ∂MAE/∂m = (1/4)(−1·(−1.5) − 1·1.5) = 0
    const g = lineGradient('mae', OUTLIER, { c: 250, m: -100 });
    expect(g.dc).toBe(-0.5);
    expect(g.dm).toBe(0);
    // ∂MSE/∂c = (2/4)(−100 − 1900) = −1000; ∂MSE/∂m = (2/4)(−100·(−1.5) − 1900·1.5) = (150 − 2850)/2 = −1350
    const h = lineGradient('mse', OUTLIER, { c: 250, m: -100 });
    expect(h.dc).toBe(-1000);
    expect(h.dm).toBe(-1350);
  });

  it('matches central finite differences in c and in m away from kinks', () => {
    const ys = [120, 870, 400, 1510, 930];
    const h = 1e-4;
    for (const line of [{ c: 600, m: 37 }, { c: 1234, m: -211 }, { c: 75, m: 402 }]) {
      for (const name of ['mae', 'mse'] as const) {
        const g = lineGradient(name, ys, line);
        const dc = (lineLoss(name, ys, { ...line, c: line.c + h }) - lineLoss(name, ys, { ...line, c: line.c - h })) / (2 * h);
        const dm = (lineLoss(name, ys, { ...line, m: line.m + h }) - lineLoss(name, ys, { ...line, m: line.m - h })) / (2 * h);
        expect(g.dc).toBeCloseTo(dc, 5);
        expect(g.dm).toBeCloseTo(dm, 5);
      }
    }
  });

  it('lineFit carries them, with the counts below and above the line', () => {
    // c = 350, m = −150 on 500, 300, 200: ŷ = 500, 350, 200; only 300 is off the line, below it
    const f = lineFit(THREE, { c: 350, m: -150 });
    expect(f.residuals).toEqual([0, -50, 0]);
    expect([f.below, f.above]).toEqual([1, 0]);
    // ∂MAE/∂c = sign(350 − 300)/3 = 1/3; ∂MAE/∂m = (1/3)·1·(2 − 2) = 0
    expect(f.gradMae).toBeCloseTo(1 / 3, 12);
    expect(f.gradMaeM).toBe(0);
    // ∂MSE/∂c = (2/3)·50 = 33.33 = 2(c − ȳ) = 2(350 − 333.33); ∂MSE/∂m = (2/3)·50·0 = 0
    expect(f.gradMse).toBeCloseTo(100 / 3, 10);
    expect(f.gradMseM).toBe(0);
  });
});
