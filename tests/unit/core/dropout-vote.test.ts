import { describe, expect, it } from 'vitest';
import {
  DenseLayer,
  DropoutLayer,
  Network,
  createRng,
  enumerateMasks,
  fromRows,
  linearMaskAverage,
  maskChance,
  maskVote,
  thinnedNetworkCount,
  thinnedOutputs,
  voteDisagreement,
  voteMasks,
} from '../../../src/core';

/**
 * The hand-built network: x = (1, 2) → dense 2→2 ReLU, W₁ = [[1, 1], [2, −0.5]], b₁ = 0
 *   net = (1 + 2, 2 − 1) = (3, 1), y = ReLU(net) = (3, 1)
 * → dropout p = ½ (the deck's form, ỹ = r ⊙ y) → dense 2→1, w₂ = (0.5, 2), b₂ = 0.1:
 *   r = (1, 0): 0.5·3 + 0.1 = 1.6      r = (0, 1): 2·1 + 0.1 = 2.1
 *   r = (1, 1): 1.5 + 2 + 0.1 = 3.6    r = (0, 0): 0.1
 */
function handNetwork(output: 'linear' | 'sigmoid', variant: 'deck' | 'inverted' = 'deck', p = 0.5): Network {
  return new Network([
    new DenseLayer({ inputSize: 2, units: 2, activation: 'relu', weights: [[1, 1], [2, -0.5]], bias: [0, 0] }),
    new DropoutLayer({ size: 2, p, rng: createRng(1), variant }),
    new DenseLayer({ inputSize: 2, units: 1, activation: output, weights: [[0.5, 2]], bias: [0.1] }),
  ]);
}
const x = fromRows([[1, 2]]);

describe('thinned networks', () => {
  it('runs one mask through the hand-built network (hand-derived outputs)', () => {
    const net = handNetwork('linear');
    const [a, b, both, none] = thinnedOutputs(net, x, [[[1, 0]], [[0, 1]], [[1, 1]], [[0, 0]]]);
    expect(a[0]).toBeCloseTo(1.6, 12);
    expect(b[0]).toBeCloseTo(2.1, 12);
    expect(both[0]).toBeCloseTo(3.6, 12);
    expect(none[0]).toBeCloseTo(0.1, 12);
  });

  it('inverted dropout divides a kept unit by 1 − p: r = (1, 0) gives 0.5 · 3 / 0.5 + 0.1 = 3.1', () => {
    expect(thinnedOutputs(handNetwork('linear', 'inverted'), x, [[[1, 0]]])[0][0]).toBeCloseTo(3.1, 12);
  });

  it('the vote of all four masks of a linear last step is the scaled full network exactly', () => {
    // Vote: (1.6 + 2.1 + 3.6 + 0.1) / 4 = 1.85. Scaled: 0.5·(0.5·3 + 2·1) + 0.1 = 1.85.
    const net = handNetwork('linear');
    const masks = enumerateMasks(2).map((m) => [m]);
    expect(maskVote(net, x, masks)[0]).toBeCloseTo(1.85, 12);
    expect(net.forward(x, 'inference').data[0]).toBeCloseTo(1.85, 12);
  });

  it('weighted by their chances, all masks of a linear step give the scaled network at any p', () => {
    // p = 0.2: E[r] = 0.8, so the vote is 0.8·(0.5·3 + 2·1) + 0.1 = 2.9.
    const net = handNetwork('linear', 'deck', 0.2);
    const masks = enumerateMasks(2);
    const vote = maskVote(net, x, masks.map((m) => [m]), masks.map((m) => maskChance(m, 0.2)));
    expect(vote[0]).toBeCloseTo(2.9, 12);
    expect(net.forward(x, 'inference').data[0]).toBeCloseTo(2.9, 12);
  });

  it('through a sigmoid the vote is not the scaled network (Jensen): the gap the vote never closes', () => {
    // mean(sig 1.6, sig 2.1, sig 3.6, sig 0.1) = (0.83202 + 0.89090 + 0.97340 + 0.52498) / 4 = 0.80532;
    // sig(1.85) = 0.86410.
    const net = handNetwork('sigmoid');
    const vote = maskVote(net, x, enumerateMasks(2).map((m) => [m]))[0];
    expect(vote).toBeCloseTo(0.80532, 4);
    expect(net.forward(x, 'inference').data[0]).toBeCloseTo(0.8641, 4);
  });
});

describe('the chapter worked example over all 32 masks', () => {
  const y = [0.8, 0.1, 0.5, 0.9, 0.3];
  const w = [0.5, -1.0, 0.8, 0.3, 1.2];
  it('z = 1.33 in full, 0.665 averaged over the 32 masks at p = ½', () => {
    // Full: 0.4 − 0.1 + 0.4 + 0.27 + 0.36 = 1.33. Each unit is kept in 16 of the 32 masks, so
    // (1/32) Σ z = (16/32) · 1.33 = 0.665.
    const r = linearMaskAverage(y, w, 0.5);
    expect(r.count).toBe(32);
    expect(r.full).toBeCloseTo(1.33, 12);
    expect(r.average).toBeCloseTo(0.665, 12);
    expect(r.scaled).toBeCloseTo(0.665, 12);
  });
  it('at p = 0.2 the probability-weighted average is 0.8 · 1.33 = 1.064', () => {
    expect(linearMaskAverage(y, w, 0.2).average).toBeCloseTo(1.064, 12);
  });
});

describe('masks', () => {
  it('enumerates 2ⁿ distinct masks, bit j of m keeping unit j', () => {
    const masks = enumerateMasks(3);
    expect(masks).toHaveLength(8);
    expect(Array.from(masks[5])).toEqual([1, 0, 1]);
    expect(new Set(masks.map((m) => m.join(''))).size).toBe(8);
  });
  it('a mask has chance (1 − p)^kept · p^dropped: (1, 0, 1) at p = 0.2 is 0.8 · 0.2 · 0.8 = 0.128', () => {
    expect(maskChance([1, 0, 1], 0.2)).toBeCloseTo(0.128, 12);
  });
  it('draws the same masks for the same seed and others for another', () => {
    const a = voteMasks(8, 10, 0.5, createRng(7));
    const b = voteMasks(8, 10, 0.5, createRng(7));
    const c = voteMasks(8, 10, 0.5, createRng(8));
    expect(a.map((m) => m.join(''))).toEqual(b.map((m) => m.join('')));
    expect(a.map((m) => m.join(''))).not.toEqual(c.map((m) => m.join('')));
  });
  it('keeps about 1 − p of the units', () => {
    const masks = voteMasks(1000, 10, 0.3, createRng(3));
    const kept = masks.reduce((s, m) => s + m.reduce((t, v) => t + v, 0), 0) / 10000;
    // 10,000 Bernoulli(0.7) draws: standard error √(0.21/10000) ≈ 0.0046; 4 of them is 0.018.
    expect(Math.abs(kept - 0.7)).toBeLessThan(0.018);
  });
  it('rejects a bad count, size or p', () => {
    expect(() => voteMasks(-1, 3, 0.5, createRng(1))).toThrow(RangeError);
    expect(() => voteMasks(1, 0, 0.5, createRng(1))).toThrow(RangeError);
    expect(() => voteMasks(1, 3, 1.5, createRng(1))).toThrow(RangeError);
    expect(() => enumerateMasks(17)).toThrow(RangeError);
  });
});

describe('voteDisagreement', () => {
  it('mean |a − b| and the share of differing decisions', () => {
    // |0.2 − 0.4| + |0.6 − 0.4| + 0 = 0.4 over 3 points = 0.1333…; only the second point changes side of ½.
    const d = voteDisagreement([0.2, 0.6, 0.9], [0.4, 0.4, 0.9]);
    expect(d.meanAbs).toBeCloseTo(0.4 / 3, 12);
    expect(d.decisionShare).toBeCloseTo(1 / 3, 12);
  });
});

describe('thinnedNetworkCount', () => {
  it('is 2ⁿ: the masks enumerateMasks lists, and 2¹⁰⁰⁰ ≈ 1.0715 × 10³⁰¹ for a layer of 1,000 units', () => {
    expect(thinnedNetworkCount(10)).toBe(enumerateMasks(10).length);
    expect(thinnedNetworkCount(10)).toBe(1024);
    // log₁₀ 2¹⁰⁰⁰ = 1000 · 0.30103 = 301.03 → 10^0.0300 · 10³⁰¹ = 1.0715 × 10³⁰¹.
    expect(thinnedNetworkCount(1000) / 1e301).toBeCloseTo(1.0715, 4);
    expect(() => thinnedNetworkCount(-1)).toThrow(RangeError);
    expect(() => thinnedNetworkCount(2.5)).toThrow(RangeError);
  });
});
