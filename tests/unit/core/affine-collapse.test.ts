import { describe, expect, it } from 'vitest';
import { applyAffine, collapseAffine, createNetwork, createRng, fromRows } from '../../../src/core';

describe('collapseAffine: y = W₂(W₁x + b₁) + b₂ = (W₂W₁)x + (W₂b₁ + b₂)', () => {
  it('the chapter’s numeric check: A = [2, 1], c = −0.5, and x = (1, 1) gives 2.5', () => {
    // W₁ = [[1, 2], [−1, 1]], b₁ = (0, 1), W₂ = [1, −1], b₂ = 0.5 (content/en/activation-functions.mdx):
    // A = [1·1 + (−1)(−1), 1·2 + (−1)·1] = [2, 1]; c = 1·0 + (−1)·1 + 0.5 = −0.5;
    // at x = (1, 1): h = (1 + 2 + 0, −1 + 1 + 1) = (3, 1), y = 3 − 1 + 0.5 = 2.5 = 2 + 1 − 0.5.
    const map = collapseAffine(fromRows([[1, 2], [-1, 1]]), [0, 1], fromRows([[1, -1]]), [0.5]);
    expect(Array.from(map.a.data)).toEqual([2, 1]);
    expect([map.a.rows, map.a.cols]).toEqual([1, 2]);
    expect(Array.from(map.c)).toEqual([-0.5]);
    expect(Array.from(applyAffine(map, [1, 1]))).toEqual([2.5]);
  });

  it('a 2-3-2 pair by hand: A = [[5, −1], [2, 2]], c = (7, −1)', () => {
    // W₁ (3×2) = [[1, 0], [2, 1], [0, −1]], b₁ = (1, 0, 2); W₂ (2×3) = [[1, 2, 3], [0, 1, −1]], b₂ = (0, 1).
    // Row 1 of A = 1·[1, 0] + 2·[2, 1] + 3·[0, −1] = [5, −1]; row 2 = 0·[1, 0] + 1·[2, 1] − 1·[0, −1] = [2, 2].
    // c₁ = 1·1 + 2·0 + 3·2 + 0 = 7; c₂ = 0·1 + 1·0 − 1·2 + 1 = −1.
    const map = collapseAffine(fromRows([[1, 0], [2, 1], [0, -1]]), [1, 0, 2], fromRows([[1, 2, 3], [0, 1, -1]]), [0, 1]);
    expect(Array.from(map.a.data)).toEqual([5, -1, 2, 2]);
    expect(Array.from(map.c)).toEqual([7, -1]);
    // x = (1, −2): A x + c = (5 + 2 + 7, 2 − 4 − 1) = (14, −3).
    expect(Array.from(applyAffine(map, [1, -2]))).toEqual([14, -3]);
  });

  it('a linear 2-3-2 network from the core computes Ax + c at random inputs', () => {
    const rng = createRng(11);
    const network = createNetwork({ sizes: [2, 3, 2], activations: 'linear', rng, biasInitializer: { name: 'uniform', low: -1, high: 1 } });
    const [one, two] = network.toSpec().layers;
    const map = collapseAffine(fromRows(one.weights), one.bias, fromRows(two.weights), two.bias);
    for (let k = 0; k < 20; k++) {
      const x = [4 * rng.next() - 2, 4 * rng.next() - 2];
      const expected = applyAffine(map, x);
      const actual = network.predict(x);
      expect(actual[0]).toBeCloseTo(expected[0], 12);
      expect(actual[1]).toBeCloseTo(expected[1], 12);
    }
  });

  it('refuses layers that do not chain', () => {
    expect(() => collapseAffine(fromRows([[1, 2]]), [0], fromRows([[1, 2]]), [0])).toThrow(/W₂ is 1×2/);
    expect(() => collapseAffine(fromRows([[1, 2]]), [0, 1], fromRows([[1]]), [0])).toThrow(/b₁ needs 1/);
    expect(() => applyAffine(collapseAffine(fromRows([[1, 2]]), [0], fromRows([[1]]), [0]), [1])).toThrow(/x needs 2/);
  });
});
