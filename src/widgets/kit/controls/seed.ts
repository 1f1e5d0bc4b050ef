/**
 * Seeds: whole numbers 0 … 2³² − 1 (what the core's seeded generator takes), and the "new seed"
 * rule. A new seed is a function of the current one — never Math.random — so a class that starts
 * from the same seed and presses "new seed" three times sees the same three runs.
 *
 * nextSeed(s) = fmix32(s + φ·2³²): MurmurHash3's finaliser after a golden-ratio increment. Both
 * steps are bijections of the 32-bit integers, so nextSeed is a permutation (no two seeds share a
 * successor) and consecutive seeds look unrelated (1, 2, 3 do not give similar runs).
 */

export const SEED_MIN = 0;
export const SEED_MAX = 2 ** 32 - 1;

export function nextSeed(seed: number): number {
  let z = (seed + 0x9e3779b9) >>> 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
  return (z ^ (z >>> 16)) >>> 0;
}
