import { describe, expect, it } from 'vitest';
import { nextSeed, SEED_MAX } from '../../../../../src/widgets/kit/controls/seed';

describe('nextSeed(seed)', () => {
  it('is deterministic: the same seed always gives the same next seed', () => {
    expect(nextSeed(42)).toBe(nextSeed(42));
    expect(nextSeed(0)).toBe(nextSeed(0));
  });

  it('stays a whole number in 0 … 2³² − 1, including from the ends', () => {
    for (const s of [0, 1, 42, SEED_MAX, 2 ** 31]) {
      const n = nextSeed(s);
      expect(Number.isInteger(n) && n >= 0 && n <= SEED_MAX).toBe(true);
    }
  });

  it('does not repeat within the first 100 000 presses from 42', () => {
    const seen = new Set<number>();
    let s = 42;
    for (let k = 0; k < 100_000; k++) {
      s = nextSeed(s);
      seen.add(s);
    }
    expect(seen.size).toBe(100_000);
  });

  it('makes neighbouring seeds unrelated: 1, 2, 3 map far apart', () => {
    const [a, b, c] = [1, 2, 3].map(nextSeed);
    expect(Math.abs(a - b)).toBeGreaterThan(1000);
    expect(Math.abs(b - c)).toBeGreaterThan(1000);
  });
});
