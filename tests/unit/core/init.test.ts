import { describe, expect, it } from 'vitest';
import {
  glorotInitializer,
  heInitializer,
  resolveInitializer,
  uniformInitializer,
  xavierInitializer,
  zerosInitializer,
} from '../../../src/core/init';
import { createRng } from '../../../src/core/random';

function meanAndVariance(values: Float64Array): [number, number] {
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length;
  return [mean, variance];
}

describe('initialisers', () => {
  it('uniformInitializer(−0.5, 0.5) stays in [−0.5, 0.5)', () => {
    const values = new Float64Array(10_000);
    uniformInitializer(-0.5, 0.5).fill(values, 3, 4, createRng(1));
    expect(Math.min(...values)).toBeGreaterThanOrEqual(-0.5);
    expect(Math.max(...values)).toBeLessThan(0.5);
  });

  it('xavier with fanIn 20, fanOut 30: U[−a, a), a = √(6/50) = 0.34641, variance 2/50 = 0.04', () => {
    const values = new Float64Array(100_000);
    xavierInitializer.fill(values, 20, 30, createRng(2));
    const a = Math.sqrt(6 / 50);
    expect(Math.max(...values.map(Math.abs))).toBeLessThanOrEqual(a);
    const [mean, variance] = meanAndVariance(values);
    expect(Math.abs(mean)).toBeLessThan(0.005);
    // SE of the variance ≈ 0.04·√(0.8/n) ≈ 1.1e-4; 0.001 is ~9 SE.
    expect(variance).toBeCloseTo(0.04, 2);
  });

  it('he with fanIn 50: N(0, 2/50), standard deviation 0.2', () => {
    const values = new Float64Array(100_000);
    heInitializer.fill(values, 50, 10, createRng(3));
    const [mean, variance] = meanAndVariance(values);
    expect(Math.abs(mean)).toBeLessThan(0.005);
    expect(Math.sqrt(variance)).toBeCloseTo(0.2, 2);
  });

  it('zeros fills 0 and draws nothing', () => {
    const values = new Float64Array(5).fill(3);
    const rng = createRng(4);
    zerosInitializer.fill(values, 2, 2, rng);
    expect(Array.from(values)).toEqual([0, 0, 0, 0, 0]);
    expect(rng.next()).toBe(createRng(4).next());
  });

  it('xavier with seed 9 (fanIn 4, fanOut 5): entry k is a·(2u_k − 1), a = √(6/9), u_k the k-th draw of createRng(9); seed 10 gives other weights', () => {
    const weights = new Float64Array(20);
    xavierInitializer.fill(weights, 4, 5, createRng(9));
    const draws = createRng(9);
    const a = Math.sqrt(6 / 9);
    const expected = Array.from({ length: 20 }, () => a * (2 * draws.next() - 1));
    for (let k = 0; k < 20; k++) expect(weights[k], `entry ${k}`).toBeCloseTo(expected[k], 14);
    const other = new Float64Array(20);
    xavierInitializer.fill(other, 4, 5, createRng(10));
    expect(Array.from(other)).not.toEqual(Array.from(weights));
  });

  it('he with seed 9 (fanIn 8): entry k is √(2/8)·z_k, z_k the k-th standard normal draw of createRng(9); seed 10 gives other weights', () => {
    const weights = new Float64Array(7);
    heInitializer.fill(weights, 8, 3, createRng(9));
    const draws = createRng(9);
    const expected = Array.from({ length: 7 }, () => 0.5 * draws.normal());
    for (let k = 0; k < 7; k++) expect(weights[k], `entry ${k}`).toBeCloseTo(expected[k], 14);
    const other = new Float64Array(7);
    heInitializer.fill(other, 8, 3, createRng(10));
    expect(Array.from(other)).not.toEqual(Array.from(weights));
  });

  it('resolveInitializer() maps names and { name: "uniform", low, high }', () => {
    expect(resolveInitializer('xavier')).toBe(xavierInitializer);
    expect(resolveInitializer('glorot')).toBe(glorotInitializer);
    expect(resolveInitializer('he')).toBe(heInitializer);
    expect(resolveInitializer('zeros')).toBe(zerosInitializer);
    expect(resolveInitializer({ name: 'uniform', low: -1, high: 1 }).name).toBe('uniform');
    expect(() => resolveInitializer('lecun' as never)).toThrow(/unknown initializer/);
    expect(() => uniformInitializer(1, -1)).toThrow(RangeError);
  });
});
