import { describe, expect, it } from 'vitest';
import { addValue, fromPixel, keyStep, moveValue, removeValue, snapX, STRIP, toPixel } from '../../../../src/widgets/bn-algorithm/model';

/**
 * The x number line's two maps and the dot's moves. The line is 600 units wide, from left = 40 to
 * 600 − 20 = 580, so 540 units span the 20 of the domain −10 … 10: 27 units per unit of x, and x = 0
 * sits at 40 + 270 = 310.
 */
describe('dragging and stepping an x dot', () => {
  it('value → pixel: −10 at 40, 0 at 310, 10 at 580, 2 at 310 + 2 · 27 = 364', () => {
    expect(STRIP).toEqual({ width: 600, left: 40, right: 20 });
    expect(toPixel(-10, [-10, 10])).toBe(40);
    expect(toPixel(0, [-10, 10])).toBe(310);
    expect(toPixel(10, [-10, 10])).toBe(580);
    expect(toPixel(2, [-10, 10])).toBe(364);
    // x̂'s line at ±3: 540 units over 6, 90 a unit; x̂ = −1 at 40 + 2 · 90 = 220.
    expect(toPixel(-1, [-3, 3])).toBe(220);
  });

  it('pixel → value: the inverse, snapped to 0.1 and kept within ±10', () => {
    expect(fromPixel(364)).toBe(2);
    // 370 is 60 units right of 310: 60/27 = 2.2222… → 2.2.
    expect(fromPixel(370)).toBe(2.2);
    // 100 is 210 left of 310: −210/27 = −7.777… → −7.8.
    expect(fromPixel(100)).toBe(-7.8);
    // Past the ends: clamped.
    expect(fromPixel(0)).toBe(-10);
    expect(fromPixel(700)).toBe(10);
    // 309 is 1/27 = 0.037 left of 0: snapped to 0, not −0.
    expect(Object.is(fromPixel(309), 0)).toBe(true);
  });

  it('snapping gives the decimal itself (so the URL reads 2.3, not 2.3000000000000003)', () => {
    expect(String(snapX(2.3000000000000003))).toBe('2.3');
    expect(snapX(0.1 + 0.2)).toBe(0.3);
    expect(snapX(-10.04)).toBe(-10);
    expect(snapX(12)).toBe(10);
  });

  it('keys: ← → by 0.1, Shift by 1, PageUp/PageDown by 1, Home/End to the ends, others nothing', () => {
    expect(keyStep(2, 'ArrowRight', false)).toBe(2.1);
    expect(keyStep(2, 'ArrowLeft', false)).toBe(1.9);
    expect(keyStep(2, 'ArrowRight', true)).toBe(3);
    expect(keyStep(2, 'ArrowLeft', true)).toBe(1);
    expect(keyStep(0.2, 'ArrowRight', false)).toBe(0.3); // 0.2 + 0.1 = 0.30000000000000004 snapped
    expect(keyStep(2, 'PageUp', false)).toBe(3);
    expect(keyStep(2, 'PageDown', false)).toBe(1);
    expect(keyStep(9.95, 'ArrowRight', true)).toBe(10); // 10.95 clamped
    expect(keyStep(-9.5, 'PageDown', false)).toBe(-10);
    expect(keyStep(2, 'Home', false)).toBe(-10);
    expect(keyStep(2, 'End', false)).toBe(10);
    expect(keyStep(2, 'ArrowUp', false)).toBeNull();
    expect(keyStep(2, 'a', false)).toBeNull();
  });

  it('moving, adding and removing values keeps m within 1 … 64', () => {
    expect(moveValue([2, 4, 6, 8], 1, 7.5)).toEqual([2, 7.5, 6, 8]);
    expect(addValue([2, 4], 5.04)).toEqual([2, 4, 5]);
    expect(addValue(Array(64).fill(1), 3)).toHaveLength(64);
    expect(removeValue([2, 4, 6, 8], 0)).toEqual([4, 6, 8]);
    expect(removeValue([7], 0)).toEqual([7]);
  });
});
