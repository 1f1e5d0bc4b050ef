import { describe, expect, it } from 'vitest';
import { Network, forwardValues } from '../../../../src/core';
import { EXAMPLE_SPEC } from '../../../../src/widgets/forward-pass/state';
import { compact, fixed, forwardSteps, isShown, stepFormula, unitName } from '../../../../src/widgets/forward-pass/steps';

describe('forwardSteps(layers)', () => {
  it('2-2-1: net then output of h₁, h₂, then y — six steps', () => {
    expect(forwardSteps([2, 2, 1])).toEqual([
      { layer: 1, unit: 0, phase: 'net' },
      { layer: 1, unit: 0, phase: 'out' },
      { layer: 1, unit: 1, phase: 'net' },
      { layer: 1, unit: 1, phase: 'out' },
      { layer: 2, unit: 0, phase: 'net' },
      { layer: 2, unit: 0, phase: 'out' },
    ]);
  });

  it('isShown: after 3 steps h₁ is complete and only h₂’s net is known', () => {
    const steps = forwardSteps([2, 2, 1]);
    expect(isShown(steps, 3, 1, 0, 'out')).toBe(true);
    expect(isShown(steps, 3, 1, 1, 'net')).toBe(true);
    expect(isShown(steps, 3, 1, 1, 'out')).toBe(false);
    expect(isShown(steps, 0, 1, 0, 'net')).toBe(false);
  });
});

describe('names and numbers', () => {
  it('unitName: x₁, h₂, y; h⁽²⁾₁ with two hidden layers', () => {
    expect(unitName([2, 2, 1], 0, 0)).toBe('x₁');
    expect(unitName([2, 2, 1], 1, 1)).toBe('h₂');
    expect(unitName([2, 2, 1], 2, 0)).toBe('y');
    expect(unitName([2, 4, 4, 1], 2, 0)).toBe('h⁽²⁾₁');
  });

  it('compact drops trailing zeros, fixed keeps four decimals; both with a true minus', () => {
    expect(compact(-0.2)).toBe('−0.2');
    expect(compact(0.52497918)).toBe('0.525');
    expect(fixed(0.1)).toBe('0.1000');
    expect(fixed(-0.00001)).toBe('0.0000');
    expect(fixed(-0.25)).toBe('−0.2500');
  });
});

describe('stepFormula(network, values, step)', () => {
  const network = Network.fromSpec(EXAMPLE_SPEC);
  const numbers = {
    layers: [2, 2, 1],
    weights: [network.parameter('layer1.W').data, network.parameter('layer2.W').data],
    biases: [network.parameter('layer1.b').data, network.parameter('layer2.b').data],
  };
  const values = forwardValues(network, [1, 0.5]);

  it('net(h₁) at x = (1, 0.5): 0.1·1 + (−0.2)·0.5 + 0.1 = 0.1000', () => {
    expect(stepFormula(numbers, values, { layer: 1, unit: 0, phase: 'net' })).toEqual({
      symbols: 'net(h₁) = W⁽¹⁾₁₁·x₁ + W⁽¹⁾₁₂·x₂ + b⁽¹⁾₁',
      numbers: '= 0.1·1 + (−0.2)·0.5 + 0.1 = 0.1000',
    });
  });

  it('y = sig(0.2622) = 0.5652, the chapter’s table', () => {
    // net(y) = 0.7·0.5250 − 0.5·0.6106 + 0.2 = 0.2622; sig(0.2622) = 0.5652
    expect(stepFormula(numbers, values, { layer: 2, unit: 0, phase: 'net' }).numbers).toBe('= 0.7·0.525 + (−0.5)·0.6106 + 0.2 = 0.2622');
    expect(stepFormula(numbers, values, { layer: 2, unit: 0, phase: 'out' }).numbers).toBe('= 1 / (1 + e^(−0.2622)) = 0.5652');
  });
});
