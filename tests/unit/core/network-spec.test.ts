import { describe, expect, it } from 'vitest';
import { SpecError, networkSizes, validateNetworkSpec } from '../../../src/core/network-spec';
import { TWO_TWO_ONE_PROBLEM } from '../../../src/core/examples';

const layer = (weights: unknown, bias: unknown, activation: unknown = 'sigmoid') => ({ weights, bias, activation });

/** The field named by the SpecError that validateNetworkSpec(value) throws. */
function fieldOf(value: unknown): string {
  try {
    validateNetworkSpec(value);
  } catch (error) {
    if (error instanceof SpecError) return error.field;
    throw error;
  }
  return '(valid)';
}

describe('validateNetworkSpec()', () => {
  it('accepts the 2-2-1 example and ignores other top-level fields', () => {
    const spec = validateNetworkSpec(TWO_TWO_ONE_PROBLEM);
    expect(spec.layers).toHaveLength(2);
    expect(spec.layers[1].activation).toBe('sigmoid');
  });

  it('names the bad field in each failure', () => {
    expect(fieldOf(null)).toBe('spec');
    expect(fieldOf({})).toBe('layers');
    expect(fieldOf({ layers: [] })).toBe('layers');
    expect(fieldOf({ layers: [5] })).toBe('layers[0]');
    expect(fieldOf({ layers: [layer([], [])] })).toBe('layers[0].weights');
    expect(fieldOf({ layers: [layer([[1, 2], [3]], [0, 0])] })).toBe('layers[0].weights[1]');
    expect(fieldOf({ layers: [layer([[1, 'a']], [0])] })).toBe('layers[0].weights[0][1]');
    expect(fieldOf({ layers: [layer([[1, 2]], [0, 0])] })).toBe('layers[0].bias');
    expect(fieldOf({ layers: [layer([[1, 2]], [Number.NaN])] })).toBe('layers[0].bias[0]');
    expect(fieldOf({ layers: [layer([[1, 2]], [0], 'gelu')] })).toBe('layers[0].activation');
    expect(fieldOf({ layers: [layer([[1, 2]], [0]), layer([[1, 2, 3]], [0])] })).toBe('layers[1].weights');
    expect(fieldOf({ layers: [{ ...layer([[1]], [0], 'leaky-relu'), leakySlope: 'x' }] })).toBe('layers[0].leakySlope');
  });

  it('the message is one line: "layers[0].activation: unknown activation "gelu"; expected one of …"', () => {
    expect(() => validateNetworkSpec({ layers: [layer([[1, 2]], [0], 'gelu')] })).toThrow(
      /^layers\[0\]\.activation: unknown activation "gelu"; expected one of step, sigmoid/,
    );
  });

  it('quotes a non-finite number as itself, not as JSON\'s null: "layers[0].bias[0]: … got Infinity"', () => {
    expect(() => validateNetworkSpec({ layers: [layer([[1, 2]], [Infinity])] })).toThrow('layers[0].bias[0]: expected a finite number, got Infinity');
    expect(() => validateNetworkSpec({ layers: [layer([[1, Number.NaN]], [0])] })).toThrow('got NaN');
    expect(() => validateNetworkSpec({ layers: [layer([[1, '2']], [0])] })).toThrow('got "2"');
  });
});

describe('networkSizes(spec)', () => {
  it('the 2-2-1 example: 2 inputs (columns of W⁽¹⁾), 2 hidden units (rows of W⁽¹⁾), 1 output (rows of W⁽²⁾)', () => {
    expect(networkSizes(TWO_TWO_ONE_PROBLEM)).toEqual([2, 2, 1]);
    expect(networkSizes({ layers: [{ weights: [[1, 2, 3]], bias: [0], activation: 'linear' }] })).toEqual([3, 1]);
  });
});
