import { describe, expect, it } from 'vitest';
import { descentStep, valleyStepFactors, valleySurface } from '../../../src/core';

describe('descentStep(valley, θ, η)', () => {
  it('gives the chapter’s first step from θ₀ = (−4, 1) with η = 0.03', () => {
    // J = θ₁² + 10θ₂²: ∇J = (2θ₁, 20θ₂) = (−8, 20) at (−4, 1).
    // θ₁ = −4 − 0.03·(−8) = −4 + 0.24 = −3.76;  θ₂ = 1 − 0.03·20 = 1 − 0.6 = 0.4.
    const { gradient, next } = descentStep(valleySurface(), [-4, 1], 0.03);
    expect(gradient).toEqual([-8, 20]);
    expect(next[0]).toBeCloseTo(-3.76, 12);
    expect(next[1]).toBeCloseTo(0.4, 12);
  });
});

describe('valleyStepFactors(η)', () => {
  it('is (1 − 2η, 1 − 20η): η = 0.03 → (0.94, 0.4); η = 0.13 → (0.74, −1.6), which grows θ₂', () => {
    const [a, b] = valleyStepFactors(0.03);
    expect(a).toBeCloseTo(0.94, 12);
    expect(b).toBeCloseTo(0.4, 12);
    const [, unstable] = valleyStepFactors(0.13);
    expect(unstable).toBeCloseTo(-1.6, 12);
    expect(Math.abs(unstable)).toBeGreaterThan(1);
  });

  it('multiplies θ exactly as one descent step does (a = 3, b = 0.5 on a valley of the same shape)', () => {
    // J = 3θ₁² + 0.5θ₂², η = 0.1: factors 1 − 0.6 = 0.4 and 1 − 0.1 = 0.9; θ = (2, −2) → (0.8, −1.8).
    const [fa, fb] = valleyStepFactors(0.1, 3, 0.5);
    expect([fa, fb].map((f) => Number(f.toFixed(12)))).toEqual([0.4, 0.9]);
    const { next } = descentStep(valleySurface(3, 0.5), [2, -2], 0.1);
    expect(next[0]).toBeCloseTo(0.8, 12);
    expect(next[1]).toBeCloseTo(-1.8, 12);
  });
});
