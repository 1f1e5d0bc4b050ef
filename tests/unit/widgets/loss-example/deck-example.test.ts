import { describe, expect, it } from 'vitest';
import { getLoss } from '../../../../src/core/losses';

// Hand derivations for the planned `loss-example` widget (chapter 4, #what-a-loss-measures).
// The deck's example: actual value y = 500, predicted ŷ = 350 (deck line ≈ 313: "500 − 350 = 150").
describe('the deck’s example and cancellation, through the core', () => {
  it('two predictions off by +150 and −150 sum to 0, yet MAE = 150 and MSE = 22500', () => {
    // ŷ = [500, 200], y = [350, 350]: differences ŷ − y = +150, −150; signed sum 150 − 150 = 0.
    // MAE = (|150| + |−150|)/2 = 300/2 = 150; MSE = (150² + 150²)/2 = (22500 + 22500)/2 = 22500.
    const yHat = [500, 200];
    const y = [350, 350];
    const signed = yHat[0] - y[0] + (yHat[1] - y[1]);
    expect(signed).toBe(0);
    expect(getLoss('mae').value(yHat, y)).toBe(150);
    expect(getLoss('mse').value(yHat, y)).toBe(22500);
  });

  it('mixed signs of unequal size: ŷ − y = +150, −100, −50 sum to 0; MAE 100, MSE 35000/3', () => {
    // ŷ = [350, 400, 250], y = [200, 500, 300]: differences +150, −100, −50, signed sum 0.
    // MAE = (150 + 100 + 50)/3 = 300/3 = 100; MSE = (22500 + 10000 + 2500)/3 = 35000/3 ≈ 11666.67.
    const yHat = [350, 400, 250];
    const y = [200, 500, 300];
    expect(getLoss('mae').value(yHat, y)).toBe(100);
    expect(getLoss('mse').value(yHat, y)).toBeCloseTo(35000 / 3, 9);
  });
});
