import { describe, expect, it } from 'vitest';
import { createPerceptron } from '../../../src/core/perceptron';
import { perceptronNetGrid } from '../../../src/core/perceptron-grid';

describe('perceptronNetGrid', () => {
  it('perceptronNetGrid(W = (0.2, 0.1), b = −0.3, [0, 1]², 3×2) is net at x₁ ∈ {0, 0.5, 1}, x₂ ∈ {0, 1}, row 0 = x₂ = 0', () => {
    // By hand, net = 0.2·x₁ + 0.1·x₂ − 0.3:
    //   x₂ = 0: x₁ = 0 → −0.3, x₁ = 0.5 → −0.2, x₁ = 1 → −0.1
    //   x₂ = 1: x₁ = 0 → −0.2, x₁ = 0.5 → −0.1, x₁ = 1 →  0   (the AND point (1, 1) lies on the line)
    const p = createPerceptron(2, { weights: [0.2, 0.1], bias: -0.3 });
    const grid = perceptronNetGrid(p, { x: [0, 1], y: [0, 1], nx: 3, ny: 2 });
    expect(Array.from(grid)).toEqual([-0.3, -0.2, -0.1, -0.2, -0.1, 0]);
  });

  it('with W = (0, 0) every value is b (no line: net never changes sign)', () => {
    const p = createPerceptron(2, { weights: [0, 0], bias: -0.1 });
    expect(Array.from(perceptronNetGrid(p, { x: [-0.5, 1.5], y: [-0.5, 1.5], nx: 4, ny: 4 }))).toEqual(new Array(16).fill(-0.1));
  });

  it('refuses a perceptron without exactly two inputs and a grid under 2×2', () => {
    expect(() => perceptronNetGrid(createPerceptron(3), { x: [0, 1], y: [0, 1], nx: 2, ny: 2 })).toThrow(RangeError);
    expect(() => perceptronNetGrid(createPerceptron(2), { x: [0, 1], y: [0, 1], nx: 1, ny: 2 })).toThrow(RangeError);
  });
});
