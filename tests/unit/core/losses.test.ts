import { describe, expect, it } from 'vitest';
import { CROSS_ENTROPY_CLIP, LOSS_NAMES, getLoss, isLossName } from '../../../src/core/losses';
import { createMatrix, fromRows } from '../../../src/core/matrix';

describe('loss values', () => {
  it('the deck’s example, target 500 and prediction 350: MAE 150, MSE 22500, ½-squared 11250', () => {
    // |500 − 350| = 150; (500 − 350)² = 22500; ½·22500 = 11250
    expect(getLoss('mae').value([350], [500])).toBe(150);
    expect(getLoss('mse').value([350], [500])).toBe(22500);
    expect(getLoss('half-squared-error').value([350], [500])).toBe(11250);
  });

  it('half-squared-error([0.5652], [1]) is the deck’s E = ½(y − y′)² = ½·0.4348² = 0.09453', () => {
    expect(getLoss('half-squared-error').value([0.5652], [1])).toBeCloseTo(0.5 * 0.4348 ** 2, 12);
  });

  it('mae and mse average over the n values: ([1, 2, 4] vs [2, 2, 1])', () => {
    // MAE = (|2−1| + |2−2| + |1−4|)/3 = 4/3; MSE = (1 + 0 + 9)/3 = 10/3
    expect(getLoss('mae').value([1, 2, 4], [2, 2, 1])).toBeCloseTo(4 / 3, 15);
    expect(getLoss('mse').value([1, 2, 4], [2, 2, 1])).toBeCloseTo(10 / 3, 15);
  });

  it('cross-entropy([0.7, 0.2, 0.1], one-hot class 1) = −log 0.7 = 0.356675', () => {
    expect(getLoss('cross-entropy').value([0.7, 0.2, 0.1], [1, 0, 0])).toBeCloseTo(0.35667494394, 10);
  });

  it('cross-entropy is safe at ŷ = 0: −log(1e-12) = 27.631, with a finite gradient', () => {
    const ce = getLoss('cross-entropy');
    expect(ce.value([0, 1], [1, 0])).toBeCloseTo(-Math.log(CROSS_ENTROPY_CLIP), 10);
    expect(ce.value([0, 1], [1, 0])).toBeCloseTo(27.6310211159, 8);
    const g = new Float64Array(2);
    ce.gradient([0, 1], [1, 0], g);
    expect(Number.isFinite(g[0])).toBe(true);
    expect(g[0]).toBeLessThan(0);
    expect(g[1]).toBe(0);
  });

  it('batchValue() is the mean over rows of the per-example loss', () => {
    // row 1: ½(0.5 − 1)² = 0.125; row 2: ½(3 − 1)² = 2; mean = (0.125 + 2)/2 = 1.0625
    const prediction = fromRows([[0.5], [3]]);
    const target = fromRows([[1], [1]]);
    expect(getLoss('half-squared-error').batchValue(prediction, target)).toBeCloseTo((0.125 + 2) / 2, 15);
  });

  it('batch mae over m rows × K outputs equals Σ|y − ŷ| / (m·K), the deck’s n = m·K', () => {
    const prediction = fromRows([
      [1, 2],
      [0, -1],
    ]);
    const target = fromRows([
      [0, 2],
      [3, 1],
    ]);
    // |1| + 0 + |3| + |2| = 6; 6 / 4 = 1.5
    expect(getLoss('mae').batchValue(prediction, target)).toBeCloseTo(1.5, 15);
    // 1 + 0 + 9 + 4 = 14; 14 / 4 = 3.5
    expect(getLoss('mse').batchValue(prediction, target)).toBeCloseTo(3.5, 15);
  });

  it('isLossName() and getLoss() reject unknown names', () => {
    expect(isLossName('mse')).toBe(true);
    expect(isLossName('hinge')).toBe(false);
    expect(() => getLoss('hinge' as never)).toThrow(/unknown loss "hinge"/);
  });
});

describe('loss gradients by central differences', () => {
  const prediction = fromRows([
    [0.2, 0.5, 0.3],
    [0.6, 0.1, 0.3],
  ]);
  const target = fromRows([
    [0, 1, 0],
    [0.7, 0.1, 0.2],
  ]);

  for (const name of LOSS_NAMES) {
    it(`${name}: batchGradient() matches (E(ŷ + h) − E(ŷ − h))/2h of batchValue()`, () => {
      const loss = getLoss(name);
      const analytic = createMatrix(2, 3);
      loss.batchGradient(prediction, target, analytic);
      for (let k = 0; k < 6; k++) {
        const plus = { ...prediction, data: prediction.data.slice() };
        const minus = { ...prediction, data: prediction.data.slice() };
        plus.data[k] += 1e-6;
        minus.data[k] -= 1e-6;
        const numeric = (loss.batchValue(plus, target) - loss.batchValue(minus, target)) / 2e-6;
        expect(analytic.data[k]).toBeCloseTo(numeric, 7);
      }
    });

    it(`${name}: gradient() for one example equals batchGradient() of a 1-row batch`, () => {
      const loss = getLoss(name);
      const one = new Float64Array(3);
      loss.gradient(prediction.data.subarray(0, 3), target.data.subarray(0, 3), one);
      const batch = createMatrix(1, 3);
      loss.batchGradient(fromRows([[0.2, 0.5, 0.3]]), fromRows([[0, 1, 0]]), batch);
      expect(Array.from(one)).toEqual(Array.from(batch.data));
    });
  }

  it('half-squared-error gradient is ŷ − y: at ŷ = 0.5652, y = 1 it is −0.4348', () => {
    const g = new Float64Array(1);
    getLoss('half-squared-error').gradient([0.5652], [1], g);
    expect(g[0]).toBeCloseTo(-0.4348, 15);
  });

  it('mae gradient is sign(ŷ − y)/K, 0 where ŷ = y', () => {
    const g = new Float64Array(3);
    getLoss('mae').gradient([1, 2, 4], [2, 2, 1], g);
    expect(Array.from(g)).toEqual([-1 / 3, 0, 1 / 3]);
  });
});
