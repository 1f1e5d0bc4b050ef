import { describe, expect, it } from 'vitest';
import { Network } from '../../../src/core/network';
import { forwardValues } from '../../../src/core/forward-values';
import { TWO_TWO_ONE } from '../../../src/core/examples';

// The chapter's 2-2-1 example (content/en/perceptron.mdx, "A worked example").
const spec = TWO_TWO_ONE.network;

describe('forwardValues(network, x)', () => {
  it('the chapter example x = (1, 0.5), by hand', () => {
    // h₁: net = 0.1·1 + (−0.2)·0.5 + 0.1 = 0.1;   out = 1/(1 + e^−0.1) = 0.524979…
    // h₂: net = 0.4·1 + 0.3·0.5 − 0.1 = 0.45;     out = 1/(1 + e^−0.45) = 0.610639…
    // y:  net = 0.7·0.524979 − 0.5·0.610639 + 0.2 = 0.262166…;  out = 1/(1 + e^−0.262166) = 0.565169…
    const { nets, outputs } = forwardValues(Network.fromSpec(spec), [1, 0.5]);
    expect(Array.from(outputs[0])).toEqual([1, 0.5]);
    expect(nets[0][0]).toBeCloseTo(0.1, 12);
    expect(nets[0][1]).toBeCloseTo(0.45, 12);
    expect(outputs[1][0]).toBeCloseTo(0.524979, 6);
    expect(outputs[1][1]).toBeCloseTo(0.610639, 6);
    expect(nets[1][0]).toBeCloseTo(0.262166, 6);
    expect(outputs[2][0]).toBeCloseTo(0.565169, 6);
  });

  it('returns copies: a later forward pass does not change them', () => {
    const network = Network.fromSpec(spec);
    const first = forwardValues(network, [1, 0.5]);
    forwardValues(network, [0, 0]);
    expect(first.nets[0][0]).toBeCloseTo(0.1, 12);
  });

  it('x = (0, 0) leaves only the biases: net⁽¹⁾ = b⁽¹⁾ = (0.1, −0.1)', () => {
    const { nets } = forwardValues(Network.fromSpec(spec), [0, 0]);
    expect(Array.from(nets[0])).toEqual([0.1, -0.1]);
  });

  it('refuses the wrong number of inputs', () => {
    expect(() => forwardValues(Network.fromSpec(spec), [1])).toThrow(RangeError);
  });
});
