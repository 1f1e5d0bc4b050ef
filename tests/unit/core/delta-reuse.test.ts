/**
 * The delta-reuse counts, derived by hand. Conventions (src/core/delta-reuse.ts): forward values are
 * known; a slope a(1 − a) costs 1 multiplication; joining two factors costs 1; additions are free.
 *
 * Chain 1–1–1 (x → h → y), the long way:
 *   ∂E/∂w₂ = (y − y′)·[y(1 − y)]·h                       1 slope + 2 products = 3
 *   ∂E/∂w₁ = (y − y′)·[y(1 − y)]·w₂·[h(1 − h)]·x         2 slopes + 4 products = 6      N = 9
 * with δ:
 *   δ_y = (y − y′)·[y(1 − y)]                            1 + 1 = 2
 *   ∂E/∂w₂ = δ_y·h                                        1
 *   δ_h = (δ_y·w₂)·[h(1 − h)]                             1 (the sum of one term) + 1 slope + 1 = 3
 *   ∂E/∂w₁ = δ_h·x                                        1                              B = 7
 *
 * Chain 1–1–1–1: the long way 3 + 6 + 9 = 18 (w₁'s chain: 3 slopes, 7 factors, 6 products);
 * with δ: δ_y 2, δ₂ 3, δ₁ 3, three gradients 3: B = 11.
 *
 * 2–2–1 (two inputs, two hidden, one output; 4 + 2 weights):
 *   with δ: δ_y 2; each hidden δ_j = (δ_y w_j)·h_j(1 − h_j): 3, twice; 6 gradients: B = 2 + 6 + 6 = 14.
 *   long way: a hidden unit has one path to y; each of the 2 output weights 3, each of the 4 first-layer
 *   weights 6 (as w₁ in the chain): N = 6 + 24 = 30.
 *
 * 2–3–3–1 (6 + 9 + 3 = 18 weights):
 *   with δ: δ_y 2; layer 2: 3 δ's of (1 + 2) = 9; layer 1: 3 δ's of (3 + 2) = 15; 18 gradients: B = 44.
 *   long way: layer 3: 3 weights × 1 path × 3 = 9; layer 2: 9 × 1 path × 6 = 54;
 *   layer 1: 6 × 3 paths × 9 = 162: N = 225.
 *
 * 3–4–4–2 (12 + 16 + 8 = 36 weights):
 *   with δ: 2 output δ's of 2 = 4; layer 2: 4 × (2 + 2) = 16; layer 1: 4 × (4 + 2) = 24; 36 gradients: B = 80.
 *   long way: layer 3: 8 × 1 × 3 = 24; layer 2: 16 × 2 paths × 6 = 192; layer 1: 12 × 8 paths × 9 = 864: N = 1080.
 */
import { describe, expect, it } from 'vitest';
import {
  DELTA_REUSE_SHAPES,
  backwardUnits,
  deltaReuseProblem,
  finiteDifferenceCheck,
  multiplicationCounts,
  pathsToOutputs,
  shapeSizes,
  traceTrainingStep,
} from '../../../src/core';

describe('delta-reuse counts', () => {
  it('match the hand derivations for every shape offered', () => {
    const expected: Record<string, [number, number, number]> = {
      '1-1-1': [7, 9, 2],
      '1-1-1-1': [11, 18, 3],
      '2-2-1': [14, 30, 6],
      '2-3-3-1': [44, 225, 18],
      '3-4-4-2': [80, 1080, 36],
    };
    for (const shape of DELTA_REUSE_SHAPES) {
      const { backprop, naive, weights } = multiplicationCounts(shapeSizes(shape));
      expect([backprop, naive, weights], shape).toEqual(expected[shape]);
    }
  });

  it('split per unit in backward order, summing to the totals', () => {
    const units = backwardUnits([2, 3, 3, 1]);
    // y first (δ 2 + 3 gradients; the long way 3 weights × 3), then h⁽²⁾ (1 + 2 + 3 | 3 × 6), then h⁽¹⁾ (3 + 2 + 2 | 2 × 3 × 9).
    expect(units.map((u) => `${u.layer}.${u.unit}:${u.backprop}/${u.naive}`)).toEqual([
      '3.1:5/9',
      '2.1:6/18', '2.2:6/18', '2.3:6/18',
      '1.1:7/54', '1.2:7/54', '1.3:7/54',
    ]);
    expect(units.reduce((s, u) => s + u.backprop, 0)).toBe(44);
    expect(units.reduce((s, u) => s + u.naive, 0)).toBe(225);
    expect(pathsToOutputs([3, 4, 4, 2], 1)).toBe(8);
  });

  it('the long way, done by enumerating every path of 2–3–3–1: same count, same gradients as the trace', () => {
    const sizes = [2, 3, 3, 1];
    const problem = deltaReuseProblem(sizes);
    const { summary } = traceTrainingStep(problem, problem, { learningRate: problem.learningRate, updateBias: false });
    const a = [problem.input, ...summary.forward.map((f) => f.out)]; // a[l][j], a[L] = y
    const L = sizes.length - 1;
    const W = problem.layers.map((layer) => layer.weights); // W[l − 1][k][j]
    let multiplications = 0;
    let paths = 0;
    // Every path from unit j of layer l to an output, as the list of units it visits.
    const walk = (l: number, j: number): number[][] =>
      l === L ? [[j]] : Array.from({ length: sizes[l + 1] }, (_, k) => walk(l + 1, k).map((rest) => [j, ...rest])).flat();
    for (let l = 1; l <= L; l++) {
      for (let j = 0; j < sizes[l]; j++) {
        for (let i = 0; i < sizes[l - 1]; i++) {
          let gradient = 0;
          for (const path of walk(l, j)) {
            paths++;
            const out = path[path.length - 1];
            const factors: number[] = [a[L][out] - problem.target[out]];
            let slopes = 0;
            // From the output back to unit j: slope, weight, slope, … , slope.
            for (let m = L; m >= l; m--) {
              const unit = path[m - l];
              factors.push(a[m][unit] * (1 - a[m][unit]));
              slopes++;
              if (m > l) factors.push(W[m - 1][unit][path[m - l - 1]]);
            }
            factors.push(a[l - 1][i]);
            multiplications += slopes + factors.length - 1;
            gradient += factors.reduce((p, f) => p * f, 1);
          }
          expect(gradient).toBeCloseTo(summary.backward[l - 1].gradWeights[j][i], 12);
        }
      }
    }
    // 6 weights × 3 paths + 9 × 1 + 3 × 1 = 30 paths.
    expect(paths).toBe(30);
    expect(multiplications).toBe(225);
  });

  it('uses the chapter’s chain for 1–1–1 and fixed seeded numbers otherwise', () => {
    const chain = deltaReuseProblem([1, 1, 1]);
    expect(chain.layers.map((l) => l.weights[0][0])).toEqual([0.5, -0.3]);
    expect([chain.input, chain.target]).toEqual([[1], [1]]);
    const a = deltaReuseProblem([3, 4, 4, 2]);
    const b = deltaReuseProblem([3, 4, 4, 2]);
    expect(a).toEqual(b);
    expect(a.target).toEqual([1, 0]);
    for (const layer of a.layers) for (const row of layer.weights) for (const w of row) expect(Math.abs(w)).toBeLessThanOrEqual(1);
    expect(a.layers.every((l) => l.bias.every((v) => v === 0))).toBe(true);
  });

  it('every backprop gradient agrees with a central finite difference', () => {
    for (const shape of DELTA_REUSE_SHAPES) {
      const rows = finiteDifferenceCheck(deltaReuseProblem(shapeSizes(shape)));
      expect(rows.length).toBe(multiplicationCounts(shapeSizes(shape)).weights);
      for (const row of rows) expect(row.relativeError, `${shape} ${row.id}`).toBeLessThan(1e-6);
    }
  });

  it('rejects a malformed shape', () => {
    expect(() => shapeSizes('2-x-1')).toThrow(RangeError);
    expect(() => shapeSizes('3')).toThrow(RangeError);
    expect(() => multiplicationCounts([2, 0, 1])).toThrow(RangeError);
  });
});
