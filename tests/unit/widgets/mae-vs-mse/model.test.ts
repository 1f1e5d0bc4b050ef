import { describe, expect, it } from 'vitest';
import { gradientAt, lossAt, mean, median, sampleLoss } from '../../../../src/widgets/mae-vs-mse/model';

const ys = [1, 2, 3, 10];

describe('mae-vs-mse model', () => {
  it('mean and median by hand', () => {
    expect(mean(ys)).toBe(4); // (1+2+3+10)/4 = 16/4
    expect(median(ys)).toBe(2.5); // even N: midpoint of the middle pair 2 and 3 (documented convention)
    expect(median([5, 1, 3])).toBe(3);
  });
  it('losses by hand', () => {
    // MAE(2.5) = (1.5+0.5+0.5+7.5)/4 = 10/4
    expect(lossAt('mae', ys, 2.5)).toBeCloseTo(2.5, 12);
    // MSE(4) = (9+4+1+36)/4 = 50/4
    expect(lossAt('mse', ys, 4)).toBeCloseTo(12.5, 12);
  });
  it('gradients match finite differences away from kinks', () => {
    const h = 1e-6;
    for (const c of [-3, 0.4, 2.7, 5.5, 12]) {
      for (const name of ['mae', 'mse'] as const) {
        const fd = (lossAt(name, ys, c + h) - lossAt(name, ys, c - h)) / (2 * h);
        expect(gradientAt(name, ys, c)).toBeCloseTo(fd, 5);
      }
    }
    // by hand at c = 0: MSE' = (2/4)(−1−2−3−10) = −8; MAE' = (1/4)(−4) = −1
    expect(gradientAt('mse', ys, 0)).toBeCloseTo(-8, 12);
    expect(gradientAt('mae', ys, 0)).toBeCloseTo(-1, 12);
  });
  it('mean minimises MSE and median minimises MAE on a grid', () => {
    const pts = [1, 2, 3, 10, 4.5];
    for (const name of ['mae', 'mse'] as const) {
      const best = name === 'mse' ? mean(pts) : median(pts);
      const grid = sampleLoss(name, pts, -5, 15, 2000);
      for (const p of grid) expect(p.l).toBeGreaterThanOrEqual(lossAt(name, pts, best) - 1e-12);
    }
  });
});

import { constantFit, lossCurve } from '../../../../src/widgets/mae-vs-mse/model';
import { CHAPTER_OUTLIER, CHAPTER_THREE, MAE_TABLE, Y_KEYS } from '../../../../src/widgets/mae-vs-mse/state';
import { defaults } from '../../../../src/widgets/kit/url-state';

describe('constantFit: everything the widget shows, by hand', () => {
  it('the chapter three 500, 300, 200 at the default c = 350', () => {
    const f = constantFit(CHAPTER_THREE, 350);
    // residuals y − c: 150, −50, −150
    expect(f.residuals).toEqual([150, -50, -150]);
    // Σ|r| = 150 + 50 + 150 = 350, MAE = 350/3 = 116.67
    expect(f.sumAbs).toBe(350);
    expect(f.mae).toBeCloseTo(350 / 3, 10);
    // Σr² = 22500 + 2500 + 22500 = 47500, MSE = 47500/3 = 15833.33
    expect(f.sumSq).toBe(47500);
    expect(f.mse).toBeCloseTo(47500 / 3, 8);
    // below c: 300, 200 (2); above: 500 (1). dMAE/dc = (2 − 1)/3 = 0.3333
    expect([f.below, f.above]).toEqual([2, 1]);
    expect(f.gradMae).toBeCloseTo(1 / 3, 12);
    // mean = 1000/3 = 333.33; dMSE/dc = 2(350 − 333.33) = 33.33
    expect(f.mean).toBeCloseTo(1000 / 3, 10);
    expect(f.gradMse).toBeCloseTo(2 * (350 - 1000 / 3), 9);
    expect(f.median).toBe(300);
  });

  it('the chapter outlier 500, 300, 200, 2000: mean 750 and median 400, as #mse states', () => {
    // mean = 3000/4 = 750; sorted 200, 300, 500, 2000 → midpoint of 300 and 500 = 400
    const f = constantFit(CHAPTER_OUTLIER, 400);
    expect(f.mean).toBe(750);
    expect(f.median).toBe(400);
    // At the median the sign count balances: 2 below (200, 300), 2 above (500, 2000) → slope 0
    expect(f.gradMae).toBe(0);
    // MSE pulls c up towards the mean: 2(400 − 750) = −700
    expect(f.gradMse).toBeCloseTo(-700, 9);
  });

  it('moving the outlier moves the mean but not the median', () => {
    // 200, 300, 500, y4: the median stays 400 for any y4 ≥ 500; the mean is (1000 + y4)/4
    for (const y4 of [600, 1000, 2000]) {
      const f = constantFit([500, 300, 200, y4], 0);
      expect(f.median).toBe(400);
      expect(f.mean).toBeCloseTo((1000 + y4) / 4, 10);
    }
  });

  it('a point exactly at c counts neither below nor above (sign 0, the course’s convention)', () => {
    const f = constantFit([100, 200, 300], 200);
    expect([f.below, f.above]).toEqual([1, 1]);
    expect(f.gradMae).toBe(0);
  });
});

describe('lossCurve: the sampled L(c) includes the kinks', () => {
  it('samples the grid and every point, sorted, with the core’s values', () => {
    const ys = [505, 300, 200];
    const { cs, ls } = lossCurve('mae', ys, 0, 2000, 4); // grid 0, 500, 1000, 1500, 2000 plus 505, 300, 200
    expect(cs).toEqual([0, 200, 300, 500, 505, 1000, 1500, 2000]);
    // MAE(505) = (0 + 205 + 305)/3 = 170
    expect(ls[4]).toBeCloseTo(170, 10);
    // MAE(0) = (505 + 300 + 200)/3 = 335
    expect(ls[0]).toBeCloseTo(335, 10);
  });
});

describe('the URL table defaults are the chapter’s worked example', () => {
  it('n = 3 points 500, 300, 200 and c = 350', () => {
    const s = defaults(MAE_TABLE);
    expect(Y_KEYS.slice(0, s.n).map((k) => s[k])).toEqual([500, 300, 200]);
    expect(s.c).toBe(350);
  });
});

import { lossWindow } from '../../../../src/widgets/mae-vs-mse/model';

describe('lossWindow: the L(c) charts’ range', () => {
  it('points 500, 300, 200 and c = 350: spread 300, pad max(100, 90) = 100 → [100, 600]', () => {
    expect(lossWindow([500, 300, 200], 350, 0, 2000, 100, 100)).toEqual([100, 600]);
  });
  it('with the outlier 2000: spread 1800, pad 540 → [200 − 540, 2000 + 540] clamped to [0, 2000]', () => {
    expect(lossWindow([500, 300, 200, 2000], 400, 0, 2000, 100, 100)).toEqual([0, 2000]);
  });
  it('c outside the points widens the window to include it: c = 1000, spread 800, pad 240 → [−40, 1240] → [0, 1300]', () => {
    expect(lossWindow([500, 300, 200], 1000, 0, 2000, 100, 100)).toEqual([0, 1300]);
  });
});

import { descendStep } from '../../../../src/widgets/mae-vs-mse/model';

describe('descendStep: c ← c − η·dL/dc', () => {
  const ys = [500, 300, 200];
  it('MSE with η = ¼ halves the distance to the mean 1000/3', () => {
    // 350 − ¼·2(350 − 333.33) = 350 − 8.33 = 341.67
    expect(descendStep('mse', ys, 350, 0.25, 0, 2000)).toBeCloseTo(350 - 0.5 * (350 - 1000 / 3), 9);
  });
  it('MAE with η = 100 moves by 100·(below − above)/n and keeps jumping across the median 300', () => {
    // c = 350: below 300, 200; above 500 → slope 1/3 → 350 − 33.33 = 316.67
    const c1 = descendStep('mae', ys, 350, 100, 0, 2000);
    expect(c1).toBeCloseTo(350 - 100 / 3, 9);
    // c = 316.67: still 2 below, 1 above → 283.33 (past the median)
    const c2 = descendStep('mae', ys, c1, 100, 0, 2000);
    expect(c2).toBeCloseTo(350 - 200 / 3, 9);
    // c = 283.33: 1 below (200), 2 above → slope −1/3 → back up to 316.67
    expect(descendStep('mae', ys, c2, 100, 0, 2000)).toBeCloseTo(c1, 9);
  });
  it('stays inside the axis', () => {
    // c = 2000 with MSE: 2000 − ¼·2(2000 − 333.33) = 1166.67 (inside); with η = 1 it would overshoot to below 0
    expect(descendStep('mse', ys, 2000, 1, 0, 2000)).toBe(0);
  });
});
