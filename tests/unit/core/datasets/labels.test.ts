import { describe, expect, it } from 'vitest';
import { classOf, classSizes } from '../../../../src/core/datasets';
import { fromRows } from '../../../../src/core/matrix';

describe('classSizes and classOf', () => {
  it('classSizes(10, 3) is [4, 3, 3]; classSizes(9, 3) is [3, 3, 3]', () => {
    expect(classSizes(10, 3)).toEqual([4, 3, 3]);
    expect(classSizes(9, 3)).toEqual([3, 3, 3]);
    expect(classSizes(7, 2)).toEqual([4, 3]);
  });

  it('classOf reads a 0/1 column and the hot index of a one-hot row', () => {
    const binary = fromRows([[0], [1]]);
    expect([classOf(binary, 0), classOf(binary, 1)]).toEqual([0, 1]);
    const oneHot = fromRows([
      [0, 0, 1],
      [1, 0, 0],
      [0, 1, 0],
    ]);
    expect([0, 1, 2].map((row) => classOf(oneHot, row))).toEqual([2, 0, 1]);
  });
});
