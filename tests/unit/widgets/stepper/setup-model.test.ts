import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateTraceProblem } from '../../../../src/core';
import { DEFAULT_PROBLEM } from '../../../../src/widgets/stepper/problem-url';
import { problemToJson, readProblemJson, resizeProblem, sizesText } from '../../../../src/widgets/stepper/setup-model';
import { fixedValue, subscript, symbolText } from '../../../../src/widgets/stepper/format';

const exampleText = readFileSync(join(import.meta.dirname, '../../../../examples/trace/two-two-one.json'), 'utf8');

describe('resizeProblem', () => {
  const fresh = validateTraceProblem({
    layers: [
      { weights: [[9, 9], [9, 9], [9, 9]], bias: [9, 9, 9], activation: 'sigmoid' },
      { weights: [[9, 9, 9]], bias: [9], activation: 'sigmoid' },
    ],
    input: [9, 9],
    target: [9],
    learningRate: 0.1,
  });
  it('keeps every number that still exists and takes the new ones from the fresh draw', () => {
    const resized = resizeProblem(DEFAULT_PROBLEM, fresh);
    expect(resized.layers[0].weights).toEqual([[0.1, -0.2], [0.4, 0.3], [9, 9]]);
    expect(resized.layers[0].bias).toEqual([0.1, -0.1, 9]);
    expect(resized.layers[1].weights).toEqual([[0.7, -0.5, 9]]);
    expect(resized.target).toEqual([1]);
    expect(resized.input).toEqual([1, 0.5]);
    expect(resized.learningRate).toBe(0.5);
  });
  it('falls back to the fresh activations when the old ones no longer fit (softmax no longer last)', () => {
    const soft = { ...DEFAULT_PROBLEM, layers: [DEFAULT_PROBLEM.layers[0], { ...DEFAULT_PROBLEM.layers[1], activation: 'softmax' as const }], target: [1, 0] };
    const threeLayers = validateTraceProblem({
      layers: [
        { weights: [[1, 1], [1, 1]], bias: [0, 0], activation: 'sigmoid' },
        { weights: [[1, 1], [1, 1]], bias: [0, 0], activation: 'sigmoid' },
        { weights: [[1, 1]], bias: [0], activation: 'sigmoid' },
      ],
      input: [0, 0],
      target: [0],
      learningRate: 0.5,
    });
    expect(resizeProblem(soft, threeLayers).layers.map((l) => l.activation)).toEqual(['sigmoid', 'sigmoid', 'sigmoid']);
  });
});

describe('the set-up as JSON', () => {
  it('problemToJson writes what validateTraceProblem (the trace CLI) reads back unchanged', () => {
    const text = problemToJson(DEFAULT_PROBLEM);
    expect(validateTraceProblem(JSON.parse(text))).toEqual(DEFAULT_PROBLEM);
    expect(text).toContain('"weights": [[0.1, -0.2], [0.4, 0.3]]');
  });
  it('readProblemJson loads examples/trace/two-two-one.json', () => {
    const read = readProblemJson(exampleText);
    expect(read.ok).toBe(true);
    if (read.ok) expect(sizesText(read.problem)).toBe('2-2-1');
  });
  it('readProblemJson reports bad JSON and bad shapes with the field named', () => {
    expect(readProblemJson('{ "layers": [')).toMatchObject({ ok: false, syntax: true });
    const shape = readProblemJson(exampleText.replace('"input": [1.0, 0.5]', '"input": [1.0]'));
    expect(shape).toMatchObject({ ok: false, syntax: false });
    if (!shape.ok) expect(shape.message).toMatch(/^input: expected 2 numbers/);
    const text = readProblemJson(exampleText.replace('0.7, -0.5', '"a", -0.5'));
    if (!text.ok) expect(text.message).toMatch(/layers\[1\]\.weights\[0\]\[0\]/);
    expect(readProblemJson('[1, 2]')).toMatchObject({ ok: false, syntax: false });
  });
});

describe('format', () => {
  it('subscript and fixedValue', () => {
    expect(subscript(12)).toBe('₁₂');
    expect(fixedValue(-0.09271, 4)).toBe('−0.0927');
    expect(fixedValue(-0.00001, 4)).toBe('0.0000');
  });
  it('symbolText turns trace symbols into readable text', () => {
    expect(symbolText('\\delta^{(2)}_{1}')).toBe('δ⁽²⁾₁');
    expect(symbolText('\\frac{\\partial E}{\\partial w^{(1)}_{12}}')).toBe('∂E/∂w⁽¹⁾₁₂');
    expect(symbolText("y'_{1}")).toBe('y′₁');
    expect(symbolText('\\text{new}\\ b^{(2)}_{1}')).toBe('new b⁽²⁾₁');
    expect(symbolText('\\text{net}^{(1)}_{2}')).toBe('net⁽¹⁾₂');
  });
});
