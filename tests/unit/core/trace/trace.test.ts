import { describe, expect, it } from 'vitest';
import { gradientCheck } from '../../../../src/core/gradcheck';
import { fromRows } from '../../../../src/core/matrix';
import { Network } from '../../../../src/core/network';
import { SpecError } from '../../../../src/core/network-spec';
import { traceTrainingStep } from '../../../../src/core/trace/trace';
import type { Trace, TraceOptions } from '../../../../src/core/trace/types';
import { CASES, DECK_CHAIN, TWO_TWO_ONE, type TraceCase } from './cases';
import { fastPathStep, summaryNumbers } from './fast-path';

function trace(c: TraceCase, options: Partial<TraceOptions> = {}): Trace {
  return traceTrainingStep(c.spec, c, { learningRate: c.learningRate, loss: c.loss, updateBias: c.updateBias, ...options });
}

function value(t: Trace, id: string): number {
  const step = t.steps.find((s) => s.id === id);
  if (step === undefined) throw new Error(`no step ${id}`);
  return step.value;
}

describe('traceTrainingStep(spec, example, options) equals the fast path', () => {
  it.each(CASES.map((c) => [c.name, c]))('%s: every net, out, E, δ, gradient and update within 1e-12', (_, c) => {
    const traced = summaryNumbers(trace(c).summary);
    const fast = summaryNumbers(fastPathStep(c));
    expect(traced.map(([label]) => label)).toEqual(fast.map(([label]) => label));
    traced.forEach(([label, v], k) => {
      expect(Math.abs(v - fast[k][1]), label).toBeLessThanOrEqual(1e-12);
    });
  });

  it.each(CASES.map((c) => [c.name, c]))('%s: the summary is the steps’ values, by layer', (_, c) => {
    const t = trace(c);
    t.summary.forward.forEach(({ layer, net, out }) => {
      net.forEach((v, j) => expect(v).toBe(value(t, `net.${layer}.${j + 1}`)));
      out.forEach((v, j) => expect(v).toBe(value(t, `out.${layer}.${j + 1}`)));
    });
    expect(t.summary.loss).toBe(value(t, 'E'));
    t.summary.backward.forEach(({ layer, delta, gradWeights }) => {
      delta.forEach((v, j) => expect(v).toBe(value(t, `delta.${layer}.${j + 1}`)));
      gradWeights.forEach((row, j) => row.forEach((v, i) => expect(v).toBe(value(t, `grad.W.${layer}.${j + 1}.${i + 1}`))));
    });
    t.summary.updated.forEach(({ layer, weights }) => {
      weights.forEach((row, j) => row.forEach((v, i) => expect(v).toBe(value(t, `new.W.${layer}.${j + 1}.${i + 1}`))));
    });
  });

  // Smooth cases only: the ReLU case has a unit at net = 0 exactly, where the slope jumps.
  it.each(CASES.filter((c) => !c.name.includes('relu hidden')).map((c) => [c.name, c]))(
    '%s: ∂E/∂W and ∂E/∂b agree with central finite differences (relative error < 1e-6)',
    (_, c) => {
      const t = trace(c);
      const network = Network.fromSpec(c.spec, { loss: c.loss });
      const check = gradientCheck(network, fromRows([c.input]), fromRows([c.target]));
      for (const entry of check.entries) {
        const layer = Number(entry.name.slice('layer'.length, entry.name.indexOf('.')));
        const backward = t.summary.backward[layer - 1];
        const traced = entry.name.endsWith('.W') ? backward.gradWeights.flat()[entry.index] : backward.gradBias[entry.index];
        const error = Math.abs(traced - entry.numeric) / Math.max(Math.abs(traced), Math.abs(entry.numeric), 1e-6);
        expect(error, `${entry.name}[${entry.index}]`).toBeLessThan(1e-6);
      }
    },
  );
});

describe('the deck’s chain x → h → y, worked by hand (x = 1, w₁ = 0.5, w₂ = −0.3, y′ = 1, η = 0.5, no bias)', () => {
  // Forward:  net¹ = w₁x = 0.5;  h = sig(0.5) = 1/(1 + e^−0.5) = 0.6224593312
  //           net² = w₂h = −0.3 · 0.6224593312 = −0.1867377994;  y = sig(−0.1867377994) = 0.4534507399
  // Loss:     E = ½(y − y′)² = ½(0.4534507399 − 1)² = ½ · 0.2987160... = 0.1493580469
  // Backward: δ_y = (y − y′)·y(1 − y) = −0.5465492601 · 0.2478331664 = −0.1354530337
  //           δ_h = δ_y · w₂ · h(1 − h) = −0.1354530337 · (−0.3) · 0.2350037122 = 0.0095495897
  // Gradient: ∂E/∂w₂ = δ_y · h = −0.1354530337 · 0.6224593312 = −0.0843140048;  ∂E/∂w₁ = δ_h · x = 0.0095495897
  // Update:   w₂ = −0.3 − 0.5 · (−0.0843140048) = −0.2578429976;  w₁ = 0.5 − 0.5 · 0.0095495897 = 0.4952252051
  const t = trace(DECK_CHAIN, { rounding: { decimals: 6 } });

  it('forward: h = 0.622459, y = 0.453451; loss E = 0.149358', () => {
    expect(value(t, 'net.1.1')).toBe(0.5);
    expect(value(t, 'out.1.1')).toBeCloseTo(0.6224593312, 10);
    expect(value(t, 'net.2.1')).toBeCloseTo(-0.1867377994, 10);
    expect(value(t, 'out.2.1')).toBeCloseTo(0.4534507399, 10);
    expect(value(t, 'E')).toBeCloseTo(0.1493580469, 10);
  });

  it('backward: δ_y = −0.135453, δ_h = 0.009550; ∂E/∂w₂ = −0.084314, ∂E/∂w₁ = 0.009550', () => {
    expect(value(t, 'delta.2.1')).toBeCloseTo(-0.1354530337, 10);
    expect(value(t, 'delta.1.1')).toBeCloseTo(0.0095495897, 10);
    expect(value(t, 'grad.W.2.1.1')).toBeCloseTo(-0.0843140048, 10);
    expect(value(t, 'grad.W.1.1.1')).toBeCloseTo(0.0095495897, 10);
  });

  it('update with η = 0.5: new w₂ = −0.257843, new w₁ = 0.495225; biases fixed: no bias steps', () => {
    expect(value(t, 'new.W.2.1.1')).toBeCloseTo(-0.2578429976, 10);
    expect(value(t, 'new.W.1.1.1')).toBeCloseTo(0.4952252051, 10);
    expect(t.steps.filter((s) => s.id.includes('.b.'))).toEqual([]);
    expect(t.summary.updated.map((u) => u.bias)).toEqual([[0], [0]]);
  });

  it('formulas in the deck’s form: net¹ = w₁x (a fixed zero bias left out), δ_h = δ_y · w₂ · h(1 − h)', () => {
    const step = (id: string) => t.steps.find((s) => s.id === id);
    expect(step('net.1.1')?.generalFormula).toBe('w^{(1)}_{11} x_{1}');
    expect(step('net.1.1')?.formula).toBe('0.5 \\cdot 1');
    expect(step('delta.2.1')?.formula).toBe('(0.453451 - 1) \\cdot 0.453451 \\cdot (1 - 0.453451)');
    expect(step('delta.1.1')?.generalFormula).toBe('\\delta^{(2)}_{1} w^{(2)}_{11} \\cdot h^{(1)}_{1} (1 - h^{(1)}_{1})');
    expect(step('delta.1.1')?.formula).toBe('-0.135453 \\cdot (-0.3) \\cdot 0.622459 \\cdot (1 - 0.622459)');
    expect(step('new.W.2.1.1')?.formula).toBe('-0.3 - 0.5 \\cdot (-0.084314)');
  });

  it('from rounded values (6 decimals) every value is the paper calculation’s', () => {
    // Each step from the previous ones rounded to 6 places: the chapter's table, digit for digit.
    const paper = trace(DECK_CHAIN, { rounding: { decimals: 6, fromRounded: true } });
    expect(paper.steps.map((s) => [s.id, s.value])).toEqual([
      ['net.1.1', 0.5],
      ['out.1.1', 0.622459],
      ['net.2.1', -0.186738],
      ['out.2.1', 0.453451],
      ['E', 0.149358],
      ['delta.2.1', -0.135453],
      ['delta.1.1', 0.00955],
      ['grad.W.2.1.1', -0.084314],
      ['grad.W.1.1.1', 0.00955],
      ['new.W.2.1.1', -0.257843],
      ['new.W.1.1.1', 0.495225],
    ]);
  });
});

describe('the issue’s 2-2-1 example: x = (1, 0.5), y′ = 1, η = 0.5, biases updated', () => {
  // net¹ = (0.1·1 − 0.2·0.5 + 0.1, 0.4·1 + 0.3·0.5 − 0.1) = (0.1, 0.45);  h = sig(net¹) = (0.5249791875, 0.6106392339)
  // net² = 0.7·0.5249791875 − 0.5·0.6106392339 + 0.2 = 0.2621658143;  y = sig(0.2621658143) = 0.5651686222
  // E = ½(0.5651686222 − 1)² = 0.0945391636
  // δ² = (y − 1)·y(1 − y) = −0.4348313778 · 0.2457530507 = −0.1068611376
  // δ¹₁ = δ²·0.7·h₁(1 − h₁) = −0.1068611376 · 0.7 · 0.2493760402 = −0.0186540251
  // δ¹₂ = δ²·(−0.5)·h₂(1 − h₂) = −0.1068611376 · (−0.5) · 0.2377589599 = 0.0127035965
  // ∂E/∂W² = δ²·h = (−0.0560998732, −0.0652536032);  ∂E/∂b² = δ² = −0.1068611376
  // ∂E/∂W¹ = δ¹·xᵀ = [[−0.0186540251, −0.0093270126], [0.0127035965, 0.0063517982]];  ∂E/∂b¹ = δ¹
  // W² ← (0.7, −0.5) − 0.5·(−0.0560998732, −0.0652536032) = (0.7280499366, −0.4673731984);  b² ← 0.2 + 0.0534305688 = 0.2534305688
  // W¹ ← [[0.1 + 0.0093270126, −0.2 + 0.0046635063], [0.4 − 0.0063517982, 0.3 − 0.0031758991]]
  //     = [[0.1093270126, −0.1953364937], [0.3936482018, 0.2968241009]];  b¹ ← (0.1093270126, −0.1063517982)
  const { summary, steps } = trace(TWO_TWO_ONE);

  it('summary numbers, layers numbered from 1, matrices with rows = units', () => {
    expect(summary.forward.map((f) => f.layer)).toEqual([1, 2]);
    const close = (actual: number[] | number[][], expected: number[] | number[][]) =>
      actual.flat().forEach((v, k) => expect(v).toBeCloseTo(expected.flat()[k], 10));
    close(summary.forward[0].net, [0.1, 0.45]);
    close(summary.forward[0].out, [0.5249791875, 0.6106392339]);
    close(summary.forward[1].net, [0.2621658143]);
    close(summary.forward[1].out, [0.5651686222]);
    expect(summary.loss).toBeCloseTo(0.0945391636, 10);
    close(summary.backward[1].delta, [-0.1068611376]);
    close(summary.backward[1].gradWeights, [[-0.0560998732, -0.0652536032]]);
    close(summary.backward[1].gradBias, [-0.1068611376]);
    close(summary.backward[0].delta, [-0.0186540251, 0.0127035965]);
    close(summary.backward[0].gradWeights, [[-0.0186540251, -0.0093270126], [0.0127035965, 0.0063517982]]);
    close(summary.updated[1].weights, [[0.7280499366, -0.4673731984]]);
    close(summary.updated[1].bias, [0.2534305688]);
    close(summary.updated[0].weights, [[0.1093270126, -0.1953364937], [0.3936482018, 0.2968241009]]);
    close(summary.updated[0].bias, [0.1093270126, -0.1063517982]);
  });

  it('δ of the output unit reads (0.5652 - 1) \\cdot 0.5652 \\cdot (1 - 0.5652)', () => {
    const delta = steps.find((s) => s.id === 'delta.2.1');
    expect(delta?.symbol).toBe('\\delta^{(2)}_{1}');
    expect(delta?.generalFormula).toBe("(y_{1} - y'_{1}) \\cdot y_{1} (1 - y_{1})");
    expect(delta?.formula).toBe('(0.5652 - 1) \\cdot 0.5652 \\cdot (1 - 0.5652)');
    expect(delta?.dependsOn).toEqual(['out.2.1']);
  });

  it('a hidden δ sums over the units above: one term here, δ² w²₁₂ · h₂(1 − h₂)', () => {
    const delta = steps.find((s) => s.id === 'delta.1.2');
    expect(delta?.formula).toBe('-0.1069 \\cdot (-0.5) \\cdot 0.6106 \\cdot (1 - 0.6106)');
    expect(delta?.dependsOn).toEqual(['delta.2.1', 'out.1.2']);
  });

  it('the gradient symbol of w²₁₂ is \\frac{\\partial E}{\\partial w^{(2)}_{12}}', () => {
    const gradient = steps.find((s) => s.id === 'grad.W.2.1.2');
    expect(gradient).toMatchObject({ phase: 'gradient', layer: 2, unit: 1, input: 2 });
    expect(gradient?.symbol).toBe('\\frac{\\partial E}{\\partial w^{(2)}_{12}}');
    expect(gradient?.formula).toBe('-0.1069 \\cdot 0.6106');
  });

  it('net¹₂ shows a negative bias in parentheses: 0.4 \\cdot 1 + 0.3 \\cdot 0.5 + (-0.1)', () => {
    expect(steps.find((s) => s.id === 'net.1.2')?.formula).toBe('0.4 \\cdot 1 + 0.3 \\cdot 0.5 + (-0.1)');
  });
});

describe('traceTrainingStep(network, …) and its errors', () => {
  it('takes a Network, uses its loss, and leaves its parameters alone', () => {
    const network = Network.fromSpec(TWO_TWO_ONE.spec, { loss: 'mse' });
    const before = network.getParameters();
    const t = traceTrainingStep(network, TWO_TWO_ONE, { learningRate: 0.5 });
    // MSE for one output: (y′ − y)² = 0.4348313778² = 0.1890782
    expect(t.summary.loss).toBeCloseTo(0.4348313778 ** 2, 9);
    expect(network.getParameters()).toEqual(before);
  });

  it('throws a SpecError naming the field: input length, softmax on a hidden layer, η', () => {
    const field = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        expect(error).toBeInstanceOf(SpecError);
        return (error as SpecError).field;
      }
      return 'no error';
    };
    expect(field(() => traceTrainingStep(TWO_TWO_ONE.spec, { input: [1], target: [1] }, { learningRate: 0.5 }))).toBe('input');
    const softmaxFirst = { layers: [{ ...TWO_TWO_ONE.spec.layers[0], activation: 'softmax' as const }, TWO_TWO_ONE.spec.layers[1]] };
    expect(field(() => traceTrainingStep(softmaxFirst, TWO_TWO_ONE, { learningRate: 0.5 }))).toBe('layers[0].activation');
    expect(field(() => traceTrainingStep(TWO_TWO_ONE.spec, TWO_TWO_ONE, { learningRate: Number.NaN }))).toBe('learningRate');
  });

  it('rejects decimals other than 4, 6 or 9', () => {
    expect(() => trace(TWO_TWO_ONE, { rounding: { decimals: 5 as 4 } })).toThrow(/decimals/);
  });
});
