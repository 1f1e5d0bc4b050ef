/**
 * A blank worksheet must be solvable on its own: every number the trace starts from is on it. The
 * check reads the given values back out of the blank Markdown and CSV sheets of the stepper's default
 * 2-2-2 network, rebuilds the problem from them alone, and traces it: the answers equal the answer
 * key's. (A sheet missing one weight, a bias, x, y′ or η fails to rebuild.)
 */
import { describe, expect, it } from 'vitest';
import { traceToCsv, traceToMarkdown, traceTrainingStep, WORKSHEET_LABELS, type TraceProblem } from '../../../../src/core';
import { TWO_TWO_TWO_PROBLEM } from '../../../../src/core/examples/two-two-two';

const problem = TWO_TWO_TWO_PROBLEM;
const answers = traceTrainingStep(problem, problem, { learningRate: problem.learningRate }).steps;

/** The problem rebuilt from `symbol → value` pairs and the sizes 2-2-2 (the sheet's layer lines give the activations). */
function rebuild(values: Map<string, number>, activation: string): TraceProblem {
  const need = (symbol: string) => {
    const v = values.get(symbol);
    if (v === undefined) throw new Error(`the sheet does not give ${symbol}`);
    return v;
  };
  const layer = (l: number) => ({
    weights: [1, 2].map((j) => [1, 2].map((i) => need(`w^{(${l})}_{${j}${i}}`))),
    bias: [1, 2].map((j) => need(`b^{(${l})}_{${j}}`)),
    activation: activation as 'sigmoid',
  });
  return {
    layers: [layer(1), layer(2)],
    input: [need('x_{1}'), need('x_{2}')],
    target: [need("y'_{1}"), need("y'_{2}")],
    learningRate: need('\\eta'),
    loss: problem.loss,
    updateBias: problem.updateBias,
  };
}

function expectSameAnswers(rebuilt: TraceProblem): void {
  const steps = traceTrainingStep(rebuilt, rebuilt, { learningRate: rebuilt.learningRate }).steps;
  expect(steps.map((s) => [s.id, s.value])).toEqual(answers.map((s) => [s.id, s.value]));
}

describe('the given values of a blank worksheet', () => {
  for (const lang of ['en', 'ko'] as const) {
    it(`${lang}: the Markdown sheet lists every number the trace needs`, () => {
      const sheet = traceToMarkdown(answers, 4, { blank: true, labels: WORKSHEET_LABELS[lang], problem });
      const given = sheet.slice(0, sheet.indexOf('| '));
      expect(given.startsWith(`**${WORKSHEET_LABELS[lang].given}**`)).toBe(true);
      const values = new Map([...given.matchAll(/\$([^$=]+?) = (-?[\d.]+)\$/g)].map((m) => [m[1], Number(m[2])]));
      // 2 x, 2 y′, η, 8 weights, 4 biases
      expect(values.size).toBe(17);
      expect(given).toContain('(sigmoid)');
      expectSameAnswers(rebuild(values, 'sigmoid'));
    });
  }

  it('the CSV sheet has a given row for every number, in the sheet’s own columns', () => {
    const rows = traceToCsv(answers, 4, { blank: true, problem }).trimEnd().split('\r\n').map((row) => row.split(','));
    const given = rows.filter((row) => row[0] === 'given');
    const values = new Map(given.filter((row) => row[2] !== '' && row[1] !== 'loss').map((row) => [row[2], Number(row[4])]));
    expect(values.size).toBe(17);
    expect(given.find((row) => row[1] === 'act.1')?.[4]).toBe('sigmoid');
    expectSameAnswers(rebuild(values, 'sigmoid'));
    // the blank sheet's step rows still have no values
    expect(rows.filter((row) => row[0] !== 'given').slice(1).every((row) => row.at(-1) === '')).toBe(true);
  });

  it('without a problem the sheets are the table alone, as before', () => {
    expect(traceToMarkdown(answers, 4).startsWith('| quantity |')).toBe(true);
    expect(traceToCsv(answers, 4).split('\r\n')[1]).toMatch(/^forward,net\.1\.1,/);
  });
});
