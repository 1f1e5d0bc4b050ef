import { describe, expect, it } from 'vitest';
import { sumRows } from '../../../../src/widgets/charts/sum-rows';

describe('sumRows: a sum term by term', () => {
  it('runs each bar from the total before it to the total after it, then the total from 0', () => {
    // 0.8, then −0.2 (0.8 → 0.6), −0.3 (0.6 → 0.3), −0.2 (0.3 → 0.1); the total 0.1 from 0.
    const rows = sumRows({
      terms: [
        { id: 'a', label: 'a', value: 0.8 },
        { id: 'b', label: 'b', value: -0.2 },
        { id: 'c', label: 'c', value: -0.3 },
        { id: 'd', label: 'd', value: -0.2 },
      ],
      totalLabel: 'net',
    });
    expect(rows.map((r) => [r.id, Number(r.from.toFixed(12)), Number(r.to.toFixed(12)), r.total])).toEqual([
      ['a', 0, 0.8, false],
      ['b', 0.8, 0.6, false],
      ['c', 0.6, 0.3, false],
      ['d', 0.3, 0.1, false],
      ['total', 0, 0.1, true],
    ]);
  });

  it('an empty sum is a total of 0', () => {
    expect(sumRows({ terms: [], totalLabel: 's' })).toEqual([{ id: 'total', label: 's', value: 0, from: 0, to: 0, total: true }]);
  });
});
