import { describe, expect, it } from 'vitest';
import { nextSeed, SEED_MAX } from '../../../../../src/widgets/kit/controls/seed';

describe('nextSeed(seed)', () => {
  it('is fmix32(s + 0x9e3779b9 mod 2³²), checked against the same rule in BigInt arithmetic: 42 → 939911724', () => {
    // MurmurHash3's finaliser written again here with BigInt (no Math.imul, no >>> 0), so a slip in
    // the 32-bit arithmetic of seed.ts shows as a mismatch, not as the same slip twice.
    const M = 0xffffffffn;
    const reference = (seed: number): number => {
      let z = (BigInt(seed) + 0x9e3779b9n) & M;
      z = ((z ^ (z >> 16n)) * 0x85ebca6bn) & M;
      z = ((z ^ (z >> 13n)) * 0xc2b2ae35n) & M;
      return Number(z ^ (z >> 16n));
    };
    expect(nextSeed(42)).toBe(939911724);
    expect(nextSeed(0)).toBe(2462723854);
    for (const s of [0, 1, 2, 42, 43, 1000, 2 ** 31, SEED_MAX - 1, SEED_MAX]) expect(nextSeed(s), `seed ${s}`).toBe(reference(s));
    // fmix32(0) = 0, so the seed whose increment wraps to 0 (2³² − 0x9e3779b9 = 0x61c88647) maps to 0;
    // fmix32(1) = 0x514e28b7.
    expect(nextSeed(0x61c88647)).toBe(0);
    expect(nextSeed(0x61c88648)).toBe(0x514e28b7);
  });

  it('a different seed gives a different next seed: 42 and 43 do not share a successor', () => {
    expect(nextSeed(43)).toBe(398311375);
    expect(nextSeed(43)).not.toBe(nextSeed(42));
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
