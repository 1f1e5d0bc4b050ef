import { describe, expect, it } from 'vitest';
import { createNag } from '../../../../src/core/optimizers/nag';

describe('createNag', () => {
  it('createNag({ lr: 0.1, gamma: 0.9 }) on J = θ², θ₀ = 1: gradAt is called at θ − γv_{t−1}', () => {
    // v_t = γv_{t−1} + η∇J(θ − γv_{t−1});  θ = θ − v_t;  ∇J(p) = 2p
    // t1: look-ahead = 1   − 0.9·0     = 1,      g = 2,      v = 0.9·0     + 0.1·2      = 0.2,     θ = 1     − 0.2     = 0.8
    // t2: look-ahead = 0.8 − 0.9·0.2   = 0.62,   g = 1.24,   v = 0.9·0.2   + 0.1·1.24   = 0.304,   θ = 0.8   − 0.304   = 0.496
    // t3: look-ahead = 0.496 − 0.9·0.304 = 0.2224, g = 0.4448, v = 0.9·0.304 + 0.1·0.4448 = 0.31808, θ = 0.496 − 0.31808 = 0.17792
    const nag = createNag({ lr: 0.1, gamma: 0.9 });
    const theta = Float64Array.of(1);
    const evaluatedAt: number[] = [];
    const gradAt = (p: Float64Array) => {
      evaluatedAt.push(p[0]);
      return Float64Array.of(2 * p[0]);
    };
    const expected = [
      { lookAhead: 1, g: 2, v: 0.2, theta: 0.8 },
      { lookAhead: 0.62, g: 1.24, v: 0.304, theta: 0.496 },
      { lookAhead: 0.2224, g: 0.4448, v: 0.31808, theta: 0.17792 },
    ];
    expected.forEach((row, i) => {
      nag.step(theta, gradAt);
      expect(evaluatedAt[i]).toBeCloseTo(row.lookAhead, 14);
      const state = nag.state();
      expect((state.lookAhead as Float64Array)[0]).toBeCloseTo(row.lookAhead, 14);
      expect((state.gradient as Float64Array)[0]).toBeCloseTo(row.g, 14);
      expect((state.v as Float64Array)[0]).toBeCloseTo(row.v, 14);
      expect(theta[0]).toBeCloseTo(row.theta, 14);
    });
    expect(evaluatedAt).toHaveLength(3);
  });

  it('createNag() reuses one scratch buffer for the look-ahead point and never passes params itself', () => {
    const nag = createNag();
    const theta = Float64Array.of(1, -1);
    const points: Float64Array[] = [];
    const gradAt = (p: Float64Array) => {
      points.push(p);
      return p.map((x) => 2 * x);
    };
    for (let i = 0; i < 4; i++) nag.step(theta, gradAt);
    expect(points.every((p) => p === points[0])).toBe(true);
    expect(points[0]).not.toBe(theta);
  });
});
