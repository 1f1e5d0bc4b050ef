import { describe, expect, it } from 'vitest';
import { SpecError } from '../../../../src/core/network-spec';
import { validateTraceProblem } from '../../../../src/core/trace/problem';
import { TWO_TWO_ONE_PROBLEM } from '../../../../src/core/examples';

/** The course's 2-2-1 example as parsed JSON: a copy each test may edit. */
function example(): Record<string, unknown> {
  return structuredClone(TWO_TWO_ONE_PROBLEM) as unknown as Record<string, unknown>;
}

/** The SpecError thrown for `value`, as 'field: message'. */
function error(value: unknown): string {
  try {
    validateTraceProblem(value);
  } catch (e) {
    expect(e).toBeInstanceOf(SpecError);
    return (e as SpecError).message;
  }
  return 'no error';
}

function edit(change: (problem: Record<string, any>) => void): Record<string, unknown> {
  const problem = example();
  change(problem);
  return problem;
}

describe('validateTraceProblem', () => {
  it('accepts the issue’s example and fills in the defaults loss and updateBias', () => {
    expect(validateTraceProblem(example())).toEqual(example());
    const minimal = edit((p) => {
      delete p.loss;
      delete p.updateBias;
    });
    expect(validateTraceProblem(minimal)).toMatchObject({ loss: 'half-squared-error', updateBias: true });
  });

  it.each([
    ['not an object', [1, 2], /^problem: /],
    ['missing layers', edit((p) => delete p.layers), /^layers: missing/],
    ['missing input', edit((p) => delete p.input), /^input: missing/],
    ['missing target', edit((p) => delete p.target), /^target: missing/],
    ['missing learningRate', edit((p) => delete p.learningRate), /^learningRate: missing/],
    ['an unknown field', edit((p) => (p.learningrate = 0.5)), /^learningrate: unknown field/],
    ['an unknown layer field', edit((p) => (p.layers[0].activaton = 'tanh')), /^layers\[0\]\.activaton: unknown field/],
    ['empty layers', edit((p) => (p.layers = [])), /^layers: expected a non-empty array/],
    ['a layer that is not an object', edit((p) => (p.layers[1] = 3)), /^layers\[1\]: expected an object/],
    ['weights not rows', edit((p) => (p.layers[0].weights = [1, 2])), /^layers\[0\]\.weights\[0\]: expected a non-empty array of numbers/],
    [
      'a row of 3 weights after a 2-unit layer',
      edit((p) => (p.layers[1].weights = [[0.7, -0.5, 0.1]])),
      /^layers\[1\]\.weights\[0\]: expected 2 numbers \(one per unit of layer 1, which has 2\), got 3$/,
    ],
    ['ragged first-layer rows', edit((p) => (p.layers[0].weights[1] = [0.4])), /^layers\[0\]\.weights\[1\]: expected 2 numbers \(as many as weights\[0\]\), got 1$/],
    ['a bias of the wrong length', edit((p) => (p.layers[0].bias = [0.1])), /^layers\[0\]\.bias: expected 2 numbers \(one per unit: weights has 2 rows\), got 1$/],
    ['a string weight', edit((p) => (p.layers[0].weights[0][1] = '-0.2')), /^layers\[0\]\.weights\[0\]\[1\]: expected a finite number, got "-0.2"$/],
    ['an infinite weight (1e999 in JSON)', edit((p) => (p.layers[1].weights[0][0] = Infinity)), /^layers\[1\]\.weights\[0\]\[0\]: expected a finite number, got Infinity$/],
    ['a NaN bias', edit((p) => (p.layers[1].bias[0] = NaN)), /^layers\[1\]\.bias\[0\]: expected a finite number, got NaN$/],
    ['an unknown activation', edit((p) => (p.layers[0].activation = 'swish')), /^layers\[0\]\.activation: unknown activation "swish"/],
    ['softmax on a hidden layer', edit((p) => (p.layers[0].activation = 'softmax')), /^layers\[0\]\.activation: softmax is only supported on the last layer$/],
    ['a bad leakySlope', edit((p) => (p.layers[0].leakySlope = 'x')), /^layers\[0\]\.leakySlope: expected a finite number$/],
    ['an input of the wrong length', edit((p) => (p.input = [1, 0.5, 2])), /^input: expected 2 numbers \(layer 1 takes 2 inputs\), got 3$/],
    ['a non-finite input', edit((p) => (p.input = [1, null])), /^input\[1\]: expected a finite number, got null$/],
    ['a target of the wrong length', edit((p) => (p.target = [1, 0])), /^target: expected 1 number \(layer 2, the output layer, has 1 unit\), got 2$/],
    ['an unknown loss', edit((p) => (p.loss = 'hinge')), /^loss: unknown loss "hinge"; expected one of half-squared-error, mae, mse, cross-entropy$/],
    ['a learningRate of 0', edit((p) => (p.learningRate = 0)), /^learningRate: expected a positive finite number \(η\), got 0$/],
    ['a string learningRate', edit((p) => (p.learningRate = '0.5')), /^learningRate: expected a positive finite number \(η\), got "0.5"$/],
    ['a non-boolean updateBias', edit((p) => (p.updateBias = 'no')), /^updateBias: expected true or false, got "no"$/],
    [
      'softmax + cross-entropy with a target summing to 0.5',
      edit((p) => {
        p.layers[1] = { weights: [[0.7, -0.5], [0.1, 0.2]], bias: [0, 0], activation: 'softmax' };
        p.target = [0.5, 0];
        p.loss = 'cross-entropy';
      }),
      /^target: softmax with cross-entropy needs a target that sums to 1, got a sum of 0.5$/,
    ],
  ])('rejects %s, naming the field', (_, value, message) => {
    expect(error(value)).toMatch(message);
  });
});
