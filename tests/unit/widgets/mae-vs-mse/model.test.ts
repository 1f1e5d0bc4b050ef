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
