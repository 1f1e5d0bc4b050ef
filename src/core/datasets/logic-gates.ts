/**
 * The logic gates as 4-example datasets: x = (0,0), (0,1), (1,0), (1,1) in that order, y one 0/1
 * column. AND, OR and NAND are linearly separable; XOR is not.
 */
import { fromRows } from '../matrix';
import type { Dataset } from './dataset';

export type LogicGateName = 'and' | 'or' | 'nand' | 'xor';

export const logicGateNames: readonly LogicGateName[] = ['and', 'or', 'nand', 'xor'];

const inputs = [
  [0, 0],
  [0, 1],
  [1, 0],
  [1, 1],
];

/** Truth tables, in the row order of `inputs`. */
const truthTables: Readonly<Record<LogicGateName, readonly number[]>> = {
  and: [0, 0, 0, 1],
  or: [0, 1, 1, 1],
  nand: [1, 1, 1, 0],
  xor: [0, 1, 1, 0],
};

/** A fresh copy of the gate's truth table as a dataset (x: 4×2, y: 4×1). */
export function makeLogicGate(name: LogicGateName): Dataset {
  if (!Object.prototype.hasOwnProperty.call(truthTables, name)) {
    throw new RangeError(`unknown logic gate '${String(name)}' (known: ${logicGateNames.join(', ')})`);
  }
  const table = truthTables[name];
  return { x: fromRows(inputs), y: fromRows(table.map((d) => [d])) };
}
