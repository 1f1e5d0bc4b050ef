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

  it('the same seed gives the same weights', () => {
    const a = new Float64Array(20);
    const b = new Float64Array(20);
    xavierInitializer.fill(a, 4, 5, createRng(9));
    xavierInitializer.fill(b, 4, 5, createRng(9));
    expect(Array.from(a)).toEqual(Array.from(b));
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
