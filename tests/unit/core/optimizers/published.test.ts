import { describe, expect, it } from 'vitest';
import { createOptimizer, descentPath, valleySurface, type OptimizerName } from '../../../../src/core';

/**
 * Published numbers from outside the project: the d2l.ai optimization chapter's code ("Gradient
 * Descent", "Momentum", "Adagrad", "RMSProp"), rerun by the author and quoted to six decimals.
 * d2l's functions:
 *   f(x) = x² from x₀ = 10, 10 steps: x ← x − η·2x, so x₁₀ = 10·(1 − 2η)¹⁰;
 *   f(x₁, x₂) = 0.1x₁² + 2x₂² from (−5, −2), 20 steps: the core's valley a·θ₁² + b·θ₂² with a = 0.1, b = 2.
 *
 * Conventions, converted where d2l's differ from the seminar's:
 * - d2l's momentum is v ← βv + g, x ← x − ηv; the seminar's is v ← γv + η·g, θ ← θ − v. With a constant
 *   η the seminar's v is η times d2l's, so the paths are the same with γ = β.
 * - d2l's Adagrad (s ← s + g²) and RMSProp (s ← γs + (1 − γ)g²) divide by √(s + ε) with ε = 10⁻⁶ INSIDE the
 *   root — the seminar's form; ε = 10⁻⁶ is passed here to match d2l's digits.
 */
const square = valleySurface(1, 1);
const d2lValley = valleySurface(0.1, 2);

function endpoint(surface: ReturnType<typeof valleySurface>, name: OptimizerName, hyper: Record<string, number>, theta0: number[], steps: number): number[] {
  const path = descentPath(surface, createOptimizer(name, hyper), theta0, steps);
  return [...path.thetas[steps]];
}

describe('optimizers against the d2l.ai chapter’s published numbers', () => {
  it.each([
    [0.05, 3.486784],
    [0.2, 0.060466],
    [1.1, 61.917364],
  ])('gradient descent on x² from 10, η = %s: x₁₀ = %s', (eta, published) => {
    // By hand: 10·0.9¹⁰ = 3.4867844, 10·0.6¹⁰ = 0.0604662, 10·(−1.2)¹⁰ = 61.9173642.
    const [x] = endpoint(square, 'gd', { lr: eta }, [10, 0], 10);
    expect(x).toBeCloseTo(published, 6);
  });

  it.each<[string, OptimizerName, Record<string, number>, [number, number]]>([
    // By hand: x₁ = −5·(1 − 0.08)²⁰ = −5·0.188693 = −0.943467; x₂ = −2·(1 − 1.6)²⁰ = −2·0.6²⁰ = −0.000073.
    ['GD, η = 0.4', 'gd', { lr: 0.4 }, [-0.943467, -0.000073]],
    // x₂ = −2·(1 − 2.4)²⁰ = −2·836.68 = −1673.365: η = 0.6 > 2/4 diverges along x₂.
    ['GD, η = 0.6', 'gd', { lr: 0.6 }, [-0.387814, -1673.365109]],
    ['momentum, η = 0.6, γ = β = 0.5', 'momentum', { lr: 0.6, gamma: 0.5 }, [0.007188, 0.002553]],
    ['Adagrad, η = 0.4', 'adagrad', { lr: 0.4, eps: 1e-6 }, [-2.382563, -0.158591]],
    ['RMSProp, η = 0.4, γ = 0.9', 'rmsprop', { lr: 0.4, gamma: 0.9, eps: 1e-6 }, [-0.010599, 0]],
  ])('%s on 0.1x₁² + 2x₂² from (−5, −2), 20 steps', (_label, name, hyper, published) => {
    const [x1, x2] = endpoint(d2lValley, name, hyper, [-5, -2], 20);
    expect(x1).toBeCloseTo(published[0], 6);
    expect(x2).toBeCloseTo(published[1], 6);
  });
});
