import { describe, expect, it } from 'vitest';
import { FRESH, chainModel, resetTrail, takeStep, trailPath } from '../../../../src/widgets/backprop-chain/model';

// The chapter's worked example: x = 1, y′ = 1, from w₁ = 0.5, w₂ = −0.3 with η = 0.5.
const model = chainModel({ x: 1, yt: 1 });
const start = { w1: 0.5, w2: -0.3, eta: 0.5, ...FRESH };

describe('takeStep(surface, state) — one step of the chain widget', () => {
  it('moves both weights by −η∂E/∂w and records the old point and E before and after', () => {
    // lines.test.ts: ∂E/∂w₁ = 0.009550, ∂E/∂w₂ = −0.084314, so w₁ = 0.5 − 0.5·0.009550 = 0.495225 and
    // w₂ = −0.3 + 0.5·0.084314 = −0.257843. E before = 0.149358; after: h = sig(0.495225) = 0.621337,
    // y = sig(−0.257843·0.621337) = sig(−0.160207) = 0.460034, E = ½(0.460034 − 1)² = 0.145782.
    const patch = takeStep(model.surface, start);
    expect(patch.w1).toBeCloseTo(0.495225, 6);
    expect(patch.w2).toBeCloseTo(-0.257843, 6);
    expect(patch.trail).toEqual([[0.5, -0.3]]);
    expect(patch.outcome).toMatchObject({ kind: 'down', step: 1, eta: 0.5 });
    const outcome = patch.outcome as { before: number; after: number };
    expect(outcome.before).toBeCloseTo(0.149358, 6);
    expect(outcome.after).toBeCloseTo(0.145782, 6);
  });

  it('numbers the steps of a trail: the third step is step 3 and the trail holds the three points before it', () => {
    let state = { ...start };
    for (let k = 0; k < 3; k++) state = { ...state, ...takeStep(model.surface, state) };
    expect(state.trail).toHaveLength(3);
    expect(state.trail[0]).toEqual([0.5, -0.3]);
    expect(state.outcome).toMatchObject({ kind: 'down', step: 3 });
  });

  it('refuses a step that would leave ±4 (w₂ = 3.99, η = 10): the weights and the trail stay', () => {
    const state = { ...start, w2: 3.99, eta: 10 };
    const patch = takeStep(model.surface, state);
    expect(patch).toEqual({ outcome: { kind: 'refused', w1: expect.any(Number), w2: expect.any(Number) } });
    const refused = patch.outcome as { w1: number; w2: number };
    expect(Math.max(Math.abs(refused.w1), Math.abs(refused.w2))).toBeGreaterThan(4);
  });
});

describe('resetTrail and trailPath', () => {
  it('Reset returns to the trail\'s first point with a fresh trail; without a trail it stays and clears the outcome', () => {
    const stepped = { ...start, ...takeStep(model.surface, start) };
    expect(resetTrail(stepped)).toEqual({ w1: 0.5, w2: -0.3, trail: [], outcome: null });
    const refused = { ...start, outcome: { kind: 'refused' as const, w1: 9, w2: 9 } };
    expect(resetTrail(refused)).toEqual({ w1: 0.5, w2: -0.3, trail: [], outcome: null });
  });

  it('the path drawn is the trail, then the current weights', () => {
    expect(trailPath({ w1: 3, w2: 4, eta: 1, trail: [[1, 2], [2, 3]], outcome: null })).toEqual({ xs: [1, 2, 3], ys: [2, 3, 4] });
    expect(trailPath(start)).toEqual({ xs: [0.5], ys: [-0.3] });
  });
});
