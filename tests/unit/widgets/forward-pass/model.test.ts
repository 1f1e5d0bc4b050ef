import { describe, expect, it } from 'vitest';
import { EXAMPLE_NUMBERS, forwardModel } from '../../../../src/widgets/forward-pass/model';

describe('forwardModel({ x1, x2 }) on the chapter’s 2-2-1 example', () => {
  it('the example’s parameters, row-major: W⁽¹⁾ = [[0.1, −0.2], [0.4, 0.3]], b⁽¹⁾ = [0.1, −0.1], W⁽²⁾ = [[0.7, −0.5]], b⁽²⁾ = [0.2]', () => {
    expect(Array.from(EXAMPLE_NUMBERS.weights[0])).toEqual([0.1, -0.2, 0.4, 0.3]);
    expect(Array.from(EXAMPLE_NUMBERS.biases[0])).toEqual([0.1, -0.1]);
    expect(Array.from(EXAMPLE_NUMBERS.weights[1])).toEqual([0.7, -0.5]);
    expect(Array.from(EXAMPLE_NUMBERS.biases[1])).toEqual([0.2]);
  });

  it('x = (1, 0.5): the nets and outputs of the chapter’s worked example', () => {
    // net(h₁) = 0.1·1 + (−0.2)·0.5 + 0.1 = 0.1          h₁ = sig(0.1)  = 1/(1 + e^−0.1)  ≈ 0.524979
    // net(h₂) = 0.4·1 + 0.3·0.5 − 0.1 = 0.45            h₂ = sig(0.45) = 1/(1 + e^−0.45) ≈ 0.610639
    // net(y)  = 0.7·0.524979 − 0.5·0.610639 + 0.2 ≈ 0.262166,   y = sig(0.262166) ≈ 0.565169
    const { nets, outputs } = forwardModel({ x1: 1, x2: 0.5 });
    expect([...outputs[0]]).toEqual([1, 0.5]);
    expect(nets[0][0]).toBeCloseTo(0.1, 12);
    expect(nets[0][1]).toBeCloseTo(0.45, 12);
    expect(outputs[1][0]).toBeCloseTo(0.524979, 6);
    expect(outputs[1][1]).toBeCloseTo(0.610639, 6);
    expect(nets[1][0]).toBeCloseTo(0.262166, 6);
    expect(outputs[2][0]).toBeCloseTo(0.565169, 6);
  });

  it('a different input gives a different pass: x = (0, 0) leaves only the biases, net(h) = b⁽¹⁾', () => {
    // net(h₁) = 0.1, net(h₂) = −0.1; h = (sig(0.1), sig(−0.1)) ≈ (0.524979, 0.475021)
    // net(y) = 0.7·0.524979 − 0.5·0.475021 + 0.2 ≈ 0.329975
    const { nets, outputs } = forwardModel({ x1: 0, x2: 0 });
    expect(nets[0][0]).toBeCloseTo(0.1, 12);
    expect(nets[0][1]).toBeCloseTo(-0.1, 12);
    expect(outputs[1][1]).toBeCloseTo(0.475021, 6);
    expect(nets[1][0]).toBeCloseTo(0.329975, 6);
  });
});
