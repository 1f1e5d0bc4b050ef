import { describe, expect, it } from 'vitest';
import { DenseLayer, DropoutLayer, Network, createRng, voteDisagreement } from '../../../../src/core';
import { DEFAULT_K, DEFAULT_SEED, VOTE_TABLE } from '../../../../src/widgets/dropout-vote/state';
import {
  K_MAX,
  THUMBS,
  VOTE_RECT,
  drawVote,
  keptCount,
  maskMarks,
  meanOfFirst,
  voteModel,
  voteNet,
  voteNetOf,
} from '../../../../src/widgets/dropout-vote/model';
import { defaults } from '../../../../src/widgets/kit/url-state';

/**
 * Hand-made networks whose hidden outputs do not depend on the input (first layer: weights 0, ReLU of
 * a positive bias), so every grid point gives the same numbers and they can be worked out on paper.
 */
function handNetwork(hiddenBias: number[], v: number[], c: number, output: 'sigmoid' | 'linear'): Network {
  const n = hiddenBias.length;
  return new Network([
    new DenseLayer({ inputSize: 2, units: n, activation: 'relu', weights: hiddenBias.map(() => [0, 0]), bias: hiddenBias }),
    new DropoutLayer({ size: n, p: 0.5, rng: createRng(1) }),
    new DenseLayer({ inputSize: n, units: 1, activation: output, weights: [v], bias: [c] }),
  ]);
}
const points = VOTE_RECT.nx * VOTE_RECT.ny;

describe('one hidden unit (h = 1, v = 3, c = −1, p = ½): two thinned networks', () => {
  // Mask [1]: z = 3·1 − 1 = 2, σ(2) = 0.880797. Mask [0]: z = −1, σ(−1) = 0.268941.
  // Both masks have probability ½, so the exact vote is (0.880797 + 0.268941)/2 = 0.574869.
  // The test-time network scales h by 1 − p = ½: z = 3·0.5 − 1 = 0.5, σ(0.5) = 0.622459.
  // The sigmoid leaves |0.574869 − 0.622459| = 0.047590; both are ≥ ½, so no decision differs.
  const net = voteNetOf(handNetwork([1], [3], -1, 'sigmoid'), 0.5, 1);

  it('the scaled network gives σ(0.5) = 0.622459 everywhere', () => {
    expect(net.scaled.length).toBe(points);
    for (const value of net.scaled) expect(value).toBeCloseTo(0.622459, 6);
  });

  it('the exact vote over both masks gives 0.574869, and the residue is 0.047590 with no decision changed', () => {
    for (const value of net.exact) expect(value).toBeCloseTo(0.574869, 6);
    expect(net.residue.meanAbs).toBeCloseTo(0.04759, 5);
    expect(net.residue.decisionShare).toBe(0);
  });

  it('each drawn thinned network is σ(2) = 0.880797 (kept) or σ(−1) = 0.268941 (dropped)', () => {
    const draw = drawVote(net, 5, 20);
    draw.masks.forEach((mask, k) => {
      const expected = mask[0] ? 0.880797 : 0.268941;
      expect(draw.outputs[k][0]).toBeCloseTo(expected, 6);
      expect(draw.outputs[k][points - 1]).toBeCloseTo(expected, 6);
    });
  });
});

describe('the same unit with a linear output: the vote over all masks is the scaled network exactly', () => {
  // Mask [1]: 3 − 1 = 2; mask [0]: −1; exact vote ½·2 + ½·(−1) = 0.5 = 3·(1 − p)·1 − 1 = 0.5.
  const net = voteNetOf(handNetwork([1], [3], -1, 'linear'), 0.5, 1);
  it('exact vote = scaled = 0.5, residue 0', () => {
    for (const value of net.exact) expect(value).toBeCloseTo(0.5, 12);
    for (const value of net.scaled) expect(value).toBeCloseTo(0.5, 12);
    expect(net.residue.meanAbs).toBeCloseTo(0, 12);
  });
});

describe('two hidden units (h = (1, 2), v = (1, −1), c = 0.5): the vote of drawn masks', () => {
  // z = v₁r₁h₁ + v₂r₂h₂ + c = r₁ − 2r₂ + 0.5 for the four masks (r₁r₂):
  //   00: σ(0.5) = 0.622459   10: σ(1.5) = 0.817574   01: σ(−1.5) = 0.182426   11: σ(−0.5) = 0.377541
  // exact vote (¼ each) = (0.622459 + 0.817574 + 0.182426 + 0.377541)/4 = 0.5 (σ(a) + σ(−a) = 1 pairs up);
  // scaled network: z = 0.5·(1 − 2) + 0.5 = 0, σ(0) = 0.5 — here the two agree exactly by symmetry.
  const table: Record<string, number> = { '00': 0.622459, '10': 0.817574, '01': 0.182426, '11': 0.377541 };
  const net = voteNetOf(handNetwork([1, 2], [1, -1], 0.5, 'sigmoid'), 0.5, 2);
  const draw = drawVote(net, 3, 12);

  it('every thinned network matches the table for its mask', () => {
    draw.masks.forEach((mask, k) => expect(draw.outputs[k][7]).toBeCloseTo(table[`${mask[0]}${mask[1]}`], 6));
  });

  it('the vote of the first k is the mean of their table values, and its disagreement is |vote − 0.5|', () => {
    for (const k of [1, 2, 5, 12]) {
      const expected = draw.masks.slice(0, k).reduce((s, mask) => s + table[`${mask[0]}${mask[1]}`], 0) / k;
      expect(meanOfFirst(draw.outputs, k)[0]).toBeCloseTo(expected, 6);
      expect(draw.toScaled[k - 1].meanAbs).toBeCloseTo(Math.abs(expected - 0.5), 6);
      expect(draw.toExact[k - 1].meanAbs).toBeCloseTo(Math.abs(expected - 0.5), 6);
    }
  });

  it('the exact vote and the scaled network are both 0.5', () => {
    expect(net.exact[0]).toBeCloseTo(0.5, 12);
    expect(net.scaled[0]).toBeCloseTo(0.5, 12);
  });
});

describe('disagreement', () => {
  it('of identical outputs is 0 and 0', () => {
    const a = Float64Array.of(0.1, 0.7, 0.5);
    expect(voteDisagreement(a, a)).toEqual({ meanAbs: 0, decisionShare: 0 });
  });
});

describe('masks as marks', () => {
  it('●○ for kept/dropped, unit 1 first, and the kept count', () => {
    expect(maskMarks([1, 0, 1, 1, 0])).toBe('●○●●○');
    expect(keptCount([1, 0, 1, 1, 0])).toBe(3);
  });
});

describe('the widget’s network (2–10–1, p = ½, trained on the noisy moons)', () => {
  const net = voteNet();
  const model = voteModel(defaults(VOTE_TABLE));

  it('the defaults: K and seed from the URL table', () => {
    expect(model.k).toBe(DEFAULT_K);
    expect(model.draw.seed).toBe(DEFAULT_SEED);
    expect(model.thumbs).toHaveLength(THUMBS);
    expect(model.draw.outputs).toHaveLength(K_MAX);
  });

  it('it learned the training set (at least 75 % right with the scaled network)', () => {
    expect(net.trainAccuracy).toBeGreaterThanOrEqual(0.75);
  });

  it('through the sigmoid a residue is left (the exact vote of all 1,024 masks is not the scaled network), yet no decision differs', () => {
    expect(net.residue.meanAbs).toBeGreaterThan(0.01);
    expect(net.residue.decisionShare).toBeLessThan(0.01);
  });

  it('the vote approaches the exact vote as K grows, and its decisions approach the scaled network’s', () => {
    const { toExact, toScaled } = model.draw;
    expect(toExact[K_MAX - 1].meanAbs).toBeLessThan(toExact[0].meanAbs / 2);
    expect(toScaled[K_MAX - 1].decisionShare).toBeLessThan(toScaled[0].decisionShare);
    // The triangle inequality: |vote − scaled| is within |vote − exact| of the residue.
    expect(Math.abs(toScaled[K_MAX - 1].meanAbs - net.residue.meanAbs)).toBeLessThanOrEqual(toExact[K_MAX - 1].meanAbs + 1e-12);
  });

  it('the chapter’s linear step: all 32 masks average z to 0.665 = 0.5 × 1.33 exactly', () => {
    // Each unit is kept in 16 of the 32 masks: (1/32) Σ z = (16/32) Σ w_j y_j = 0.5 · 1.33.
    expect(model.linear.count).toBe(32);
    expect(model.linear.average).toBeCloseTo(0.665, 12);
    expect(model.linear.scaled).toBeCloseTo(0.665, 12);
  });

  it('K is kept within 1 … K_MAX, and moving K reuses the drawn masks', () => {
    expect(voteModel({ k: 0, seed: DEFAULT_SEED }).k).toBe(1);
    expect(voteModel({ k: 999, seed: DEFAULT_SEED }).k).toBe(K_MAX);
    expect(voteModel({ k: 3, seed: DEFAULT_SEED }).draw).toBe(voteModel({ k: 9, seed: DEFAULT_SEED }).draw);
  });
});
