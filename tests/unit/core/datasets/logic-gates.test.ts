import { describe, expect, it } from 'vitest';
import { logicGateNames, makeLogicGate } from '../../../../src/core/datasets';
import { toRows } from '../../../../src/core/matrix';

describe('makeLogicGate(name)', () => {
  it("logicGateNames is ['and', 'or', 'nand', 'xor']", () => {
    expect(logicGateNames).toEqual(['and', 'or', 'nand', 'xor']);
  });

  it('every gate has x = (0,0), (0,1), (1,0), (1,1) in that order: 4×2 and y 4×1', () => {
    for (const name of logicGateNames) {
      const { x, y } = makeLogicGate(name);
      expect([x.rows, x.cols, y.rows, y.cols]).toEqual([4, 2, 4, 1]);
      expect(toRows(x)).toEqual([
        [0, 0],
        [0, 1],
        [1, 0],
        [1, 1],
      ]);
    }
  });

  it('the truth tables: AND 0001, OR 0111, NAND 1110, XOR 0110', () => {
    const column = (name: 'and' | 'or' | 'nand' | 'xor') => Array.from(makeLogicGate(name).y.data);
    expect(column('and')).toEqual([0, 0, 0, 1]);
    expect(column('or')).toEqual([0, 1, 1, 1]);
    expect(column('nand')).toEqual([1, 1, 1, 0]);
    expect(column('xor')).toEqual([0, 1, 1, 0]);
  });

  it('returns a fresh copy each time (mutating one does not change the next)', () => {
    makeLogicGate('and').y.data[0] = 7;
    expect(makeLogicGate('and').y.data[0]).toBe(0);
  });

  it("makeLogicGate('nor') throws a RangeError", () => {
    expect(() => makeLogicGate('nor' as 'and')).toThrow(RangeError);
  });
});
