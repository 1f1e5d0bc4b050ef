/**
 * What a worksheet gives its reader before the first question: x, y′, η, the loss, and every
 * layer's activation, weights and biases. Every format carries it — a blank sheet without the numbers
 * it starts from cannot be solved. The LaTeX and Markdown sheets list it (givenItems: plain words
 * through the format's own escaping, math in $…$); the CSV has a row per value (givenRows).
 */

import type { LossName } from '../losses';
import { givenText } from './numbers';
import type { TraceProblem } from './problem';
import { ETA, biasSymbol, inputSymbol, targetSymbol, weightSymbol } from './symbols';
import type { WorksheetLabels } from './worksheet-labels';

/** Decimals of the given numbers (enough for any number a person types). */
const GIVEN_DECIMALS = 9;

/** Each loss as the trace's E step defines it. */
export const LOSS_FORMULAS: Record<LossName, string> = {
  'half-squared-error': "E = \\frac{1}{2}\\sum_{j} (y_{j} - y'_{j})^2",
  mse: "E = \\frac{1}{K}\\sum_{j} (y'_{j} - y_{j})^2",
  mae: "E = \\frac{1}{K}\\sum_{j} \\lvert y'_{j} - y_{j} \\rvert",
  'cross-entropy': "E = -\\sum_{j} y'_{j} \\log y_{j}",
};

function given(symbol: string, value: number): string {
  return `$${symbol} = ${givenText(value, GIVEN_DECIMALS)}$`;
}

/**
 * The "Given" list, one item per line of it: input, target, learning rate, loss, each layer (its
 * activation, weights, biases), whether biases are updated. Activation and loss names stay the
 * JSON's keys (sigmoid, half-squared-error), as the CLI reads them.
 */
export function givenItems(problem: TraceProblem, labels: WorksheetLabels, text: (words: string) => string): string[] {
  return [
    `${text(labels.input)}: ${problem.input.map((v, i) => given(inputSymbol(i + 1), v)).join(', ')}.`,
    `${text(labels.target)}: ${problem.target.map((v, j) => given(targetSymbol(j + 1), v)).join(', ')}.`,
    `${text(labels.learningRate)}: ${given(ETA, problem.learningRate)}.`,
    `${text(labels.loss)}: $${LOSS_FORMULAS[problem.loss]}$ (${text(problem.loss)}).`,
    ...problem.layers.map((layer, l) => {
      const slope = layer.activation === 'leaky-relu' ? `, ${text(labels.slope)} ${givenText(layer.leakySlope ?? 0.01, GIVEN_DECIMALS)}` : '';
      const weights = layer.weights.flatMap((row, j) => row.map((w, i) => given(weightSymbol(l + 1, j + 1, i + 1), w)));
      const biases = layer.bias.map((b, j) => given(biasSymbol(l + 1, j + 1), b));
      return `${text(labels.layer.replace('{layer}', String(l + 1)))} (${text(layer.activation)}${slope}): ${weights.join(', ')}; ${biases.join(', ')}.`;
    }),
    text(problem.updateBias ? labels.biasesUpdated : labels.biasesFixed),
  ];
}

/**
 * The CSV's given rows, in the sheet's columns (phase, id, quantity, formula, value) with phase
 * 'given': ids in the trace's style (x.1, t.1, eta, W.1.2.1, b.1.2), then the loss and each layer's
 * activation by name, and whether biases are updated.
 */
export function givenRows(problem: TraceProblem): string[][] {
  const number = (v: number) => givenText(v, GIVEN_DECIMALS);
  return [
    ...problem.input.map((v, i) => ['given', `x.${i + 1}`, inputSymbol(i + 1), '', number(v)]),
    ...problem.target.map((v, j) => ['given', `t.${j + 1}`, targetSymbol(j + 1), '', number(v)]),
    ['given', 'eta', ETA, '', number(problem.learningRate)],
    ['given', 'loss', 'E', LOSS_FORMULAS[problem.loss], problem.loss],
    ...problem.layers.flatMap((layer, l) => [
      ['given', `act.${l + 1}`, '', '', layer.activation],
      ...(layer.activation === 'leaky-relu' ? [['given', `slope.${l + 1}`, '', '', number(layer.leakySlope ?? 0.01)]] : []),
      ...layer.weights.flatMap((row, j) => row.map((w, i) => ['given', `W.${l + 1}.${j + 1}.${i + 1}`, weightSymbol(l + 1, j + 1, i + 1), '', number(w)])),
      ...layer.bias.map((b, j) => ['given', `b.${l + 1}.${j + 1}`, biasSymbol(l + 1, j + 1), '', number(b)]),
    ]),
    ['given', 'updateBias', '', '', String(problem.updateBias)],
  ];
}
