import { describe, expect, it } from 'vitest';
import { judgeStuck, PLATEAU_WINDOW } from '../../../../src/widgets/training-loop/plateau';

const XOR = [0, 1, 1, 0];
/** A loss history of n epochs falling linearly from `from` to `to`. */
const history = (n: number, from: number, to: number) => Float64Array.from({ length: n }, (_, t) => from + ((to - from) * t) / (n - 1));

describe('judgeStuck(losses, count, outputs, targets, tolerance)', () => {
  it('the 2-2-1 plateau (no local minimum, but gradient descent cannot leave it): (0,0) and (1,0) learned, (0,1) and (1,1) both at 0.5 → stuck', () => {
    // Outputs 0.003, 0.5, 0.997, 0.5: E = mean of ½(y − d)² ≈ (0 + ½·0.25 + 0 + ½·0.25)/4 = 0.0625.
    // Loss 0.0630 → 0.0626 over the window: a drop of 0.0004 < 5 % of 0.0626 = 0.00313.
    const losses = history(PLATEAU_WINDOW + 100, 0.063, 0.0626);
    const verdict = judgeStuck(losses, losses.length, [0.003, 0.5, 0.997, 0.5], XOR, 0.01);
    expect(verdict?.pair).toEqual([1, 3]);
    expect(verdict?.output).toBeCloseTo(0.5, 12);
  });

  it('three points at 2/3 (targets 1, 1, 0) → stuck', () => {
    const losses = history(PLATEAU_WINDOW + 10, 0.0835, 0.0834);
    expect(judgeStuck(losses, losses.length, [0.004, 0.667, 0.667, 0.667], XOR, 0.01)?.pair).toEqual([1, 3]);
  });

  it('the starting saddle, every output ≈ 0.5 and nothing learned → not stuck (it usually escapes)', () => {
    const losses = history(PLATEAU_WINDOW + 100, 0.125, 0.12497);
    expect(judgeStuck(losses, losses.length, [0.49, 0.51, 0.5, 0.5], XOR, 0.01)).toBeNull();
  });

  it('still falling by 5 % or more over the window → not stuck', () => {
    // 0.07 − 0.0625 = 0.0075 ≥ 5 % of 0.0625 = 0.003125
    const losses = history(PLATEAU_WINDOW + 1, 0.07, 0.0625);
    expect(judgeStuck(losses, losses.length, [0.003, 0.5, 0.997, 0.5], XOR, 0.01)).toBeNull();
  });

  it('too early to tell, or already within the tolerance → null', () => {
    const losses = history(PLATEAU_WINDOW, 0.0626, 0.0625);
    expect(judgeStuck(losses, losses.length, [0.003, 0.5, 0.997, 0.5], XOR, 0.01)).toBeNull();
    const longer = history(PLATEAU_WINDOW + 10, 0.0626, 0.0625);
    expect(judgeStuck(longer, longer.length, [0.003, 0.5, 0.997, 0.5], XOR, 0.1)).toBeNull();
  });

  it('reads only the first `count` losses (a preallocated buffer)', () => {
    const buffer = new Float64Array(2000).fill(Number.NaN);
    buffer.set(history(PLATEAU_WINDOW + 1, 0.0627, 0.0626));
    expect(judgeStuck(buffer, PLATEAU_WINDOW + 1, [0.003, 0.5, 0.997, 0.5], XOR, 0.01)).not.toBeNull();
  });
});
