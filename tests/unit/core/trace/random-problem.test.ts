import { describe, expect, it } from 'vitest';
import { finiteDifferenceCheck } from '../../../../src/core/trace/finite-difference';
import { randomTraceProblem } from '../../../../src/core/trace/random-problem';
import { traceTrainingStep } from '../../../../src/core/trace/trace';

/** v is k/10 for a whole k (to within the double nearest k/10). */
const isTenth = (v: number) => Math.abs(v * 10 - Math.round(v * 10)) < 1e-9 && String(v).length <= 4;

describe('randomTraceProblem(seed, sizes, options)', () => {
  it('randomTraceProblem(7, [2, 2, 2]) is the same problem every time; another seed gives another', () => {
    expect(randomTraceProblem(7, [2, 2, 2])).toEqual(randomTraceProblem(7, [2, 2, 2]));
    expect(randomTraceProblem(8, [2, 2, 2])).not.toEqual(randomTraceProblem(7, [2, 2, 2]));
  });

  it('shapes follow sizes: [3, 4, 2, 1] is 3 inputs → 4 → 2 → 1, sigmoid, ½(y − y′)², η = 0.5, biases updated', () => {
    const problem = randomTraceProblem(1, [3, 4, 2, 1]);
    expect(problem.layers.map((l) => [l.weights.length, l.weights[0].length, l.bias.length, l.activation])).toEqual([
      [4, 3, 4, 'sigmoid'],
      [2, 4, 2, 'sigmoid'],
      [1, 2, 1, 'sigmoid'],
    ]);
    expect(problem.input).toHaveLength(3);
    expect(problem.target).toHaveLength(1);
    expect(problem).toMatchObject({ loss: 'half-squared-error', learningRate: 0.5, updateBias: true });
  });

  it('numbers are friendly over 200 seeds: weights non-zero tenths in [−1, 1], biases tenths in [−1, 1], x ∈ {0, 0.5, 1} not all 0, y′ tenths in [0, 1]', () => {
    for (let seed = 0; seed < 200; seed++) {
      const problem = randomTraceProblem(seed, [4, 3, 4]);
      for (const layer of problem.layers) {
        for (const w of layer.weights.flat()) {
          expect(isTenth(w) && w !== 0 && Math.abs(w) <= 1, `w = ${w}`).toBe(true);
        }
        for (const b of layer.bias) expect(isTenth(b) && Math.abs(b) <= 1, `b = ${b}`).toBe(true);
      }
      for (const x of problem.input) expect([0, 0.5, 1]).toContain(x);
      expect(problem.input.some((x) => x !== 0)).toBe(true);
      for (const t of problem.target) expect(isTenth(t) && t >= 0 && t <= 1, `y' = ${t}`).toBe(true);
    }
  });

  it('over 200 seeds every weight value −1.0 … 1.0 (but 0) turns up', () => {
    const seen = new Set<number>();
    for (let seed = 0; seed < 200; seed++) randomTraceProblem(seed, [2, 2, 2]).layers.forEach((l) => l.weights.flat().forEach((w) => seen.add(w)));
    expect(seen.size).toBe(20);
  });

  it('options: learningRate and updateBias are kept', () => {
    expect(randomTraceProblem(3, [1, 1], { learningRate: 0.1, updateBias: false })).toMatchObject({ learningRate: 0.1, updateBias: false });
  });

  it('every shape from [1, 1] to [4, 4, 4, 4, 4] traces, and its gradients pass the finite-difference check', () => {
    const shapes = [[1, 1], [4, 4], [2, 2, 2], [1, 4, 1], [4, 1, 4], [2, 3, 2, 1], [4, 4, 4, 4], [4, 4, 4, 4, 4], [1, 1, 1, 1, 1]];
    for (const sizes of shapes) {
      const problem = randomTraceProblem(42, sizes);
      const { steps } = traceTrainingStep(problem, problem, { learningRate: problem.learningRate });
      expect(steps.every((s) => Number.isFinite(s.value))).toBe(true);
      for (const row of finiteDifferenceCheck(problem)) expect(row.relativeError, `${sizes} ${row.id}`).toBeLessThanOrEqual(1e-7);
    }
  });

  it.each([
    [[2], /^sizes: expected 2 to 5 entries \(inputs, then 1 to 4 layers\), got 1$/],
    [[2, 2, 2, 2, 2, 2], /^sizes: expected 2 to 5 entries .*got 6$/],
    [[2, 5, 1], /^sizes\[1\]: expected a whole number from 1 to 4, got 5$/],
    [[0, 2], /^sizes\[0\]: expected a whole number from 1 to 4, got 0$/],
    [[2, 2, 1.5], /^sizes\[2\]: .*got 1.5$/],
    [[2, Number.NaN], /^sizes\[1\]: .*got NaN$/],
  ])('randomTraceProblem(1, %j) throws a RangeError naming the bad size', (sizes, message) => {
    expect(() => randomTraceProblem(1, sizes)).toThrow(RangeError);
    expect(() => randomTraceProblem(1, sizes)).toThrow(message);
  });

  it('a bad η or seed is a RangeError', () => {
    expect(() => randomTraceProblem(1, [2, 1], { learningRate: 0 })).toThrow(/^learningRate: /);
    expect(() => randomTraceProblem(Number.NaN, [2, 1])).toThrow(RangeError);
  });
});
