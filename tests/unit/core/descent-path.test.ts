import { describe, expect, it } from 'vitest';
import { descentPath } from '../../../src/core/descent-path';
import { VALLEY_EXAMPLE } from '../../../src/core/examples';
import { createOptimizer } from '../../../src/core/optimizers';
import { valleySurface } from '../../../src/core/surfaces';

describe('descentPath(surface, optimizer, θ₀, T)', () => {
  it('gd η = 0.03 on θ₁² + 10θ₂² from the chapter’s θ₀ = (−4, 1): one step by hand', () => {
    // ∇J(−4, 1) = (2·(−4), 20·1) = (−8, 20); θ₁ = (−4 − 0.03·(−8), 1 − 0.03·20) = (−3.76, 0.4)
    // J(θ₀) = 16 + 10 = 26; J(θ₁) = 14.1376 + 1.6 = 15.7376
    const path = descentPath(valleySurface(), createOptimizer('gd', { lr: 0.03 }), VALLEY_EXAMPLE.theta0, 1);
    expect(path.thetas.map((t) => Array.from(t))).toEqual([[-4, 1], [expect.closeTo(-3.76, 12), expect.closeTo(0.4, 12)]]);
    expect(path.gradients.map((g) => Array.from(g))).toEqual([[-8, 20]]);
    expect(path.losses[0]).toBe(26);
    expect(path.losses[1]).toBeCloseTo(15.7376, 12);
  });

  it('gd η = 0.13 multiplies θ₂ by 1 − 0.13·20 = −1.6 each step: 1, −1.6, 2.56, −4.096', () => {
    const path = descentPath(valleySurface(), createOptimizer('gd', { lr: 0.13 }), [-4, 1], 3);
    expect(path.thetas.map((t) => t[1])).toEqual([1, expect.closeTo(-1.6, 12), expect.closeTo(2.56, 12), expect.closeTo(-4.096, 12)]);
    expect(path.gradients).toHaveLength(3);
    expect(path.losses).toHaveLength(4);
  });

  it('leaves θ₀ alone and refuses a fractional step count or a θ₀ of the wrong length', () => {
    const theta0 = Float64Array.of(-4, 1);
    descentPath(valleySurface(), createOptimizer('gd', { lr: 0.03 }), theta0, 5);
    expect(Array.from(theta0)).toEqual([-4, 1]);
    expect(() => descentPath(valleySurface(), createOptimizer('gd'), [-4, 1], 1.5)).toThrow(RangeError);
    expect(() => descentPath(valleySurface(), createOptimizer('gd'), [-4, 1, 0], 1)).toThrow(RangeError);
  });
});
