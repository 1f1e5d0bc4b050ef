/**
 * Seeded randomness. Every random draw in the course comes from an `Rng` made here and passed in
 * explicitly (initialisers, shuffles, dropout masks, dataset makers) — never from Math.random —
 * so a run is reproduced exactly by its seed.
 *
 * Generator: sfc32 (Doty-Humphrey's Small Fast Chaotic PRNG, 128-bit state, passes PractRand),
 * seeded from one 32-bit integer through splitmix32 and warmed up by 12 rounds.
 */

export interface Rng {
  /** The seed this generator was created from. */
  readonly seed: number;
  /** Uniform on [0, 1). */
  next(): number;
  /** Uniform on [low, high). */
  uniform(low: number, high: number): number;
  /** Normal with the given mean and standard deviation (Box–Muller; the spare value is kept). */
  normal(mean?: number, sd?: number): number;
  /** Uniform integer on [0, n). */
  int(n: number): number;
  /** true with probability p. */
  bernoulli(p: number): boolean;
  /** Fisher–Yates shuffle, in place; returns the same array. */
  shuffle<T extends { length: number; [i: number]: unknown }>(items: T): T;
}

function splitmix32(state: number): () => number {
  let s = state | 0;
  return () => {
    s = (s + 0x9e3779b9) | 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return z ^ (z >>> 16);
  };
}

/** A seeded generator. Seeds are taken modulo 2³²; non-integers are truncated. */
export function createRng(seed: number): Rng {
  if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}`);
  const normalizedSeed = Math.trunc(seed) >>> 0;
  const mix = splitmix32(normalizedSeed);
  let a = mix(), b = mix(), c = mix(), d = mix();

  /**
   * sfc32: one 32-bit output, unsigned. The state is kept as int32 (`| 0`), not uint32 (`>>> 0`):
   * the bits are the same, but V8 keeps int32 values unboxed, so a draw allocates nothing.
   */
  function next32(): number {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  }
  for (let i = 0; i < 12; i++) next32();

  const next = () => next32() / 4294967296;
  let spare: number | null = null;

  const rng: Rng = {
    seed: normalizedSeed,
    next,
    uniform: (low, high) => low + (high - low) * next(),
    normal(mean = 0, sd = 1) {
      if (spare !== null) {
        const z = spare;
        spare = null;
        return mean + sd * z;
      }
      // Box–Muller: u1 in (0, 1] keeps log finite.
      const u1 = 1 - next();
      const u2 = next();
      const r = Math.sqrt(-2 * Math.log(u1));
      spare = r * Math.sin(2 * Math.PI * u2);
      return mean + sd * r * Math.cos(2 * Math.PI * u2);
    },
    int: (n) => Math.floor(next() * n),
    bernoulli: (p) => next() < p,
    shuffle(items) {
      for (let i = items.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        const tmp = items[i];
        items[i] = items[j];
        items[j] = tmp;
      }
      return items;
    },
  };
  return rng;
}
