import { describe, expect, it } from 'vitest';
import { traceTrainingStep } from '../../../../src/core';
import { DEFAULT_PROBLEM } from '../../../../src/widgets/stepper/problem-url';
import { diagramNumbers, highlightOf, parseStepId, phaseStarts } from '../../../../src/widgets/stepper/step-model';

const problem = DEFAULT_PROBLEM;
const { steps } = traceTrainingStep({ layers: problem.layers }, { input: problem.input, target: problem.target }, { learningRate: 0.5 });
const step = (id: string) => steps.find((s) => s.id === id);
const sizes = [2, 2, 2];

describe('parseStepId', () => {
  it('takes every id form of the trace apart (1-based)', () => {
    expect(parseStepId('net.1.2')).toEqual({ kind: 'net', layer: 1, unit: 2, input: 0 });
    expect(parseStepId('E')).toEqual({ kind: 'E', layer: 0, unit: 0, input: 0 });
    expect(parseStepId('grad.W.2.1.2')).toEqual({ kind: 'grad.W', layer: 2, unit: 1, input: 2 });
    expect(parseStepId('new.b.1.2')).toEqual({ kind: 'new.b', layer: 1, unit: 2, input: 0 });
  });
});

describe('the default 2-2-2 trace', () => {
  it('has 37 steps: 8 forward, E, 4 δ, 12 gradients, 12 updates', () => {
    expect(steps).toHaveLength(37);
    expect(Object.fromEntries(phaseStarts(steps))).toEqual({ forward: 0, loss: 8, delta: 9, gradient: 13, update: 25 });
  });
});

describe('highlightOf', () => {
  it('net: the unit, its inputs and the edges into it', () => {
    expect(highlightOf(step('net.2.1'), sizes)).toEqual({ units: ['u2.0', 'u1.0', 'u1.1'], edges: ['e2.0.0', 'e2.1.0'] });
  });
  it('a hidden δ: the unit, the units above and the edges back from them', () => {
    expect(highlightOf(step('delta.1.2'), sizes)).toEqual({ units: ['u1.1', 'u2.0', 'u2.1'], edges: ['e2.1.0', 'e2.1.1'] });
  });
  it('an output δ, an output, a bias: the unit alone; E: the output units', () => {
    expect(highlightOf(step('delta.2.2'), sizes)).toEqual({ units: ['u2.1'] });
    expect(highlightOf(step('out.1.1'), sizes)).toEqual({ units: ['u1.0'] });
    expect(highlightOf(step('new.b.2.1'), sizes)).toEqual({ units: ['u2.0'] });
    expect(highlightOf(step('E'), sizes)).toEqual({ units: ['u2.0', 'u2.1'] });
  });
  it('a weight’s gradient or update: its edge (input i → unit j) and both ends', () => {
    expect(highlightOf(step('grad.W.1.2.1'), sizes)).toEqual({ units: ['u0.0', 'u1.1'], edges: ['e1.0.1'] });
    expect(highlightOf(step('new.W.2.1.2'), sizes)).toEqual({ units: ['u1.1', 'u2.0'], edges: ['e2.1.0'] });
  });
  it('nothing before the first step', () => expect(highlightOf(undefined, sizes)).toEqual({}));
});

describe('diagramNumbers', () => {
  const weights = problem.layers.map((l) => l.weights);
  const biases = problem.layers.map((l) => l.bias);
  it('shows the inputs at once and each output once revealed', () => {
    const start = diagramNumbers(steps, 0, sizes, weights, problem.input, biases);
    expect(start.unitValues).toEqual([[1, 0.5], [undefined, undefined], [undefined, undefined]]);
    const after = diagramNumbers(steps, 2, sizes, weights, problem.input, biases); // net.1.1, out.1.1
    expect(after.unitValues[1][0]).toBe(step('out.1.1')?.value);
    expect(after.unitValues[1][1]).toBeUndefined();
  });
  it('replaces a weight by its updated value once the update is revealed (row-major W[j][i])', () => {
    const index = steps.findIndex((s) => s.id === 'new.W.2.1.2');
    const numbers = diagramNumbers(steps, index + 1, sizes, weights, problem.input, biases);
    expect(numbers.weights[1][1]).toBe(steps[index].value);
    expect(numbers.weights[1][0]).toBe(steps[index - 1].value); // new.W.2.1.1 came just before
    expect(numbers.weights[0]).toEqual([0.1, -0.2, 0.4, 0.3]);
    expect([...numbers.updatedEdges]).toEqual(['e2.0.0', 'e2.1.0']);
  });
  it('writes each bias as given, and its updated value once the update is revealed', () => {
    const start = diagramNumbers(steps, 0, sizes, weights, problem.input, biases);
    expect(start.biases).toEqual([[0.1, -0.1], [0.2, -0.1]]); // examples/two-two-two.ts
    // new b⁽²⁾₁ = b⁽²⁾₁ − η δ⁽²⁾₁ = 0.2 − 0.5 · δ⁽²⁾₁, revealed at its own step; b⁽²⁾₂ not yet.
    const index = steps.findIndex((s) => s.id === 'new.b.2.1');
    const numbers = diagramNumbers(steps, index + 1, sizes, weights, problem.input, biases);
    expect(numbers.biases[1][0]).toBeCloseTo(0.2 - 0.5 * step('delta.2.1')!.value, 12);
    expect(numbers.biases[1][1]).toBe(-0.1);
    expect(start.biases[1][0]).toBe(0.2); // the problem's own arrays are left alone
  });
});
