import { describe, expect, it } from 'vitest';
import { makeRegression1d, trainTestSplit } from '../../../../src/core/datasets';
import { createRng } from '../../../../src/core/random';

describe('trainTestSplit(dataset, testFraction, rng)', () => {
  const dataset = makeRegression1d({ n: 50, curve: 'line' }, createRng(1));

  it('trainTestSplit(50 examples, 0.2) gives 40 train and 10 test, disjoint, covering every row', () => {
    const split = trainTestSplit(dataset, 0.2, createRng(2));
    expect(split.train.x.rows).toBe(40);
    expect(split.train.y.rows).toBe(40);
    expect(split.test.x.rows).toBe(10);
    expect(split.test.y.rows).toBe(10);
    const all = [...split.trainIndices, ...split.testIndices].sort((a, b) => a - b);
    expect(all).toEqual(Array.from({ length: 50 }, (_, i) => i));
  });

  it('each part keeps the original rows, x with its own y, in increasing row order', () => {
    const split = trainTestSplit(dataset, 0.3, createRng(3));
    split.testIndices.forEach((row, k) => {
      expect(split.test.x.data[k]).toBe(dataset.x.data[row]);
      expect(split.test.y.data[k]).toBe(dataset.y.data[row]);
    });
    expect(Array.from(split.trainIndices)).toEqual(Array.from(split.trainIndices).sort((a, b) => a - b));
  });

  it('the test size is round(n·fraction): 0 → none, 1 → all, 0.25 of 50 → 13', () => {
    expect(trainTestSplit(dataset, 0, createRng(0)).test.x.rows).toBe(0);
    expect(trainTestSplit(dataset, 1, createRng(0)).train.x.rows).toBe(0);
    expect(trainTestSplit(dataset, 0.25, createRng(0)).test.x.rows).toBe(13);
  });

  it('the same seed picks the same rows; another seed other rows', () => {
    const a = trainTestSplit(dataset, 0.2, createRng(5));
    const b = trainTestSplit(dataset, 0.2, createRng(5));
    const c = trainTestSplit(dataset, 0.2, createRng(6));
    expect(Array.from(a.testIndices)).toEqual(Array.from(b.testIndices));
    expect(Array.from(a.testIndices)).not.toEqual(Array.from(c.testIndices));
  });

  it('rejects a fraction outside [0, 1]', () => {
    expect(() => trainTestSplit(dataset, 1.5, createRng(0))).toThrow(/testFraction/);
    expect(() => trainTestSplit(dataset, Number.NaN, createRng(0))).toThrow(RangeError);
  });
});
