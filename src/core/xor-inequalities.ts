/**
 * Why one perceptron cannot compute XOR (chapter 1, #xor), as numbers. With y = step(w₁x₁ + w₂x₂ + b)
 * (1 when net ≥ 0), the four rows of XOR's table demand
 *
 *   (0,0): b < 0      (0,1): w₂ + b ≥ 0      (1,0): w₁ + b ≥ 0      (1,1): w₁ + w₂ + b < 0
 *
 * — each left side is the unit's net at that corner. The middle two added give S = w₁ + w₂ + 2b ≥ 0;
 * the first and last added give the same S < 0. So for any (w₁, w₂, b) at least one pair fails, and
 * at most three of the four hold. xorInequalities says which hold for one setting (every net from the
 * core's perceptron); xorRandomSearch counts, over random settings, how many hold — never four.
 */
import { createPerceptron, perceptronNet, perceptronOutput } from './perceptron';
import type { Rng } from './random';

/** The corners in the chapter's order, with XOR's target d. */
export const XOR_ROWS = [
  { x: [0, 0], d: 0 },
  { x: [0, 1], d: 1 },
  { x: [1, 0], d: 1 },
  { x: [1, 1], d: 0 },
] as const;

export interface XorRow {
  readonly x: readonly [number, number];
  /** XOR's target. */
  readonly d: 0 | 1;
  /** The inequality's left side: the net at this corner. */
  readonly net: number;
  /** The perceptron's output step(net). */
  readonly y: 0 | 1;
  /** The inequality holds: y = d (net ≥ 0 for d = 1, net < 0 for d = 0). */
  readonly holds: boolean;
}

export interface XorCheck {
  readonly rows: readonly XorRow[];
  readonly held: number;
  /** S = w₁ + w₂ + 2b: rows (0,1) and (1,0) need S ≥ 0, rows (0,0) and (1,1) need S < 0. */
  readonly s: number;
  /** The pair that cannot both hold at this S: the first and last rows when S ≥ 0, else the middle two. */
  readonly brokenPair: readonly [number, number];
}

export function xorInequalities(w1: number, w2: number, b: number): XorCheck {
  const unit = createPerceptron(2, { weights: [w1, w2], bias: b });
  const rows = XOR_ROWS.map(({ x, d }) => {
    const y = perceptronOutput(unit, x) as 0 | 1;
    return { x, d, net: perceptronNet(unit, x), y, holds: y === d };
  });
  // S is the sum of the middle two nets, which is also the sum of the first and last.
  const s = rows[1].net + rows[2].net;
  return { rows, held: rows.filter((r) => r.holds).length, s, brokenPair: s >= 0 ? [0, 3] : [1, 2] };
}

/**
 * How many of the four inequalities hold, over `count` settings with w₁, w₂, b drawn uniformly from
 * [−limit, limit]: tally[k] settings satisfy exactly k of them (k = 0…4; tally[4] is always 0).
 */
export function xorRandomSearch(count: number, limit: number, rng: Rng): number[] {
  const tally = [0, 0, 0, 0, 0];
  for (let n = 0; n < count; n++) {
    tally[xorInequalities(rng.uniform(-limit, limit), rng.uniform(-limit, limit), rng.uniform(-limit, limit)).held]++;
  }
  return tally;
}
