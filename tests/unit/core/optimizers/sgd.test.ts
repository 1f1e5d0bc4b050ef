import { describe, expect, it } from 'vitest';
import { createGd } from '../../../../src/core/optimizers/gd';
import { createSgd } from '../../../../src/core/optimizers/sgd';

describe('createSgd', () => {
  it('createSgd({ lr: 0.5 }) with one sample at a time of J = ½Σ(θ − x⁽ⁱ⁾)², x = (1, 3): θ = 0.5, then 1.75', () => {
    // Per-sample gradient: ∇θ ½(θ − x⁽ⁱ⁾)² = θ − x⁽ⁱ⁾.
    // θ₀ = 0
    // sample 1 (x = 1): g = 0 − 1 = −1,      θ = 0   − 0.5·(−1)   = 0.5
    // sample 2 (x = 3): g = 0.5 − 3 = −2.5,  θ = 0.5 − 0.5·(−2.5) = 1.75
    const samples = [1, 3];
    const sgd = createSgd({ lr: 0.5 });
    const theta = Float64Array.of(0);
    const expected = [0.5, 1.75];
    samples.forEach((x, i) => {
      sgd.step(theta, (p) => Float64Array.of(p[0] - x));
      expect(theta[0]).toBe(expected[i]);
    });
  });

  it('createSgd() and createGd() do the same arithmetic given the same gradient', () => {
    const gradient = (p: Float64Array) => Float64Array.of(3 * p[0] - 1, p[1] * p[1]);
    const a = Float64Array.of(0.7, -0.4);
    const b = Float64Array.of(0.7, -0.4);
    const sgd = createSgd({ lr: 0.05 });
    const gd = createGd({ lr: 0.05 });
    for (let i = 0; i < 5; i++) {
      sgd.step(a, gradient);
      gd.step(b, gradient);
    }
    expect(Array.from(a)).toEqual(Array.from(b));
    expect(sgd.name).toBe('sgd');
    expect(gd.name).toBe('gd');
  });
});
