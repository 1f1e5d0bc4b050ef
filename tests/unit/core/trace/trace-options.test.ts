import { describe, expect, it } from 'vitest';
import { roundTo } from '../../../../src/core/rounding';
import { traceTrainingStep } from '../../../../src/core/trace/trace';
import type { Trace, TraceDecimals, TraceOptions } from '../../../../src/core/trace/types';
import { CASES, TWO_TWO_ONE, type TraceCase } from './cases';

function trace(c: TraceCase, options: Partial<TraceOptions> = {}): Trace {
  return traceTrainingStep(c.spec, c, { learningRate: c.learningRate, loss: c.loss, updateBias: c.updateBias, ...options });
}

const ALL = CASES.map((c) => [c.name, c] as const);

describe('rounding: { decimals, fromRounded }', () => {
  it.each(ALL)('%s: fromRounded values sit on the decimal grid and differ from full precision only at the rounding level', (_, c) => {
    for (const decimals of [4, 6, 9] as TraceDecimals[]) {
      const exact = trace(c, { rounding: { decimals } }).steps;
      const rounded = trace(c, { rounding: { decimals, fromRounded: true } }).steps;
      rounded.forEach((step, k) => {
        expect(step.value, step.id).toBe(roundTo(step.value, decimals));
        // Rounding errors of ½·10^−d per step, carried through a few multiplications by numbers ≲ 1:
        // a bound of 10 units of the last place holds for these small nets.
        expect(Math.abs(step.value - exact[k].value), `${step.id} at ${decimals} decimals`).toBeLessThanOrEqual(10 * 10 ** -decimals);
      });
    }
  });

  it('fromRounded changes values, not ids, symbols or dependencies', () => {
    const exact = trace(TWO_TWO_ONE);
    const rounded = trace(TWO_TWO_ONE, { rounding: { decimals: 4, fromRounded: true } });
    const shape = (t: Trace) => t.steps.map(({ id, phase, symbol, generalFormula, dependsOn }) => ({ id, phase, symbol, generalFormula, dependsOn }));
    expect(shape(rounded)).toEqual(shape(exact));
    expect(rounded.steps.some((s, k) => s.value !== exact.steps[k].value)).toBe(true);
  });

  it('from rounded values, 2-2-1 at 4 decimals: each step is computed from the rounded numbers its formula shows', () => {
    // h₁ = 0.5250, h₂ = 0.6106 (rounded); net² = 0.7·0.5250 − 0.5·0.6106 + 0.2 = 0.3675 − 0.3053 + 0.2 = 0.2622
    // y = sig(0.2622) = 0.565177… → 0.5652;  δ² = (0.5652 − 1)·0.5652·(1 − 0.5652) = −0.1068516… → −0.1069
    // (at full precision δ² = −0.10686113…, also shown as −0.1069)
    const { steps } = trace(TWO_TWO_ONE, { rounding: { decimals: 4, fromRounded: true } });
    const value = (id: string) => steps.find((s) => s.id === id)?.value;
    expect(value('out.1.1')).toBe(0.525);
    expect(value('out.1.2')).toBe(0.6106);
    expect(value('net.2.1')).toBe(0.2622);
    expect(value('out.2.1')).toBe(0.5652);
    expect(value('delta.2.1')).toBe(roundTo(-0.4348 * 0.5652 * 0.4348, 4));
    expect(value('delta.2.1')).toBe(-0.1069);
  });

  it('decimals set the digits formulas show: 9 decimals', () => {
    const delta = trace(TWO_TWO_ONE, { rounding: { decimals: 9 } }).steps.find((s) => s.id === 'delta.2.1');
    // y = 0.5651686221914851 → 0.565168622
    expect(delta?.formula).toBe('(0.565168622 - 1) \\cdot 0.565168622 \\cdot (1 - 0.565168622)');
  });
});

describe("notation: 'partial' writes δ as ∂E/∂net and changes nothing else", () => {
  it.each(ALL)('%s', (_, c) => {
    const delta = trace(c).steps;
    const partial = trace(c, { notation: 'partial' }).steps;
    expect(partial.map((s) => [s.id, s.value, s.formula, s.dependsOn])).toEqual(delta.map((s) => [s.id, s.value, s.formula, s.dependsOn]));
    partial.forEach((step, k) => {
      const deltaStep = delta[k];
      const rewrite = (latex: string) => latex.replace(/\\delta\^\{\((\d+)\)\}_\{(\d+)\}/g, '\\frac{\\partial E}{\\partial \\text{net}^{($1)}_{$2}}');
      expect(step.symbol).toBe(rewrite(deltaStep.symbol));
      expect(step.generalFormula).toBe(rewrite(deltaStep.generalFormula));
      expect(step.symbol + step.generalFormula).not.toContain('\\delta');
    });
  });

  it('the output δ of the 2-2-1 example is \\frac{\\partial E}{\\partial \\text{net}^{(2)}_{1}}', () => {
    const step = trace(TWO_TWO_ONE, { notation: 'partial' }).steps.find((s) => s.id === 'delta.2.1');
    expect(step?.symbol).toBe('\\frac{\\partial E}{\\partial \\text{net}^{(2)}_{1}}');
  });
});

describe('updateBias', () => {
  it('false: no bias gradient or update steps, biases kept, weights updated as before', () => {
    const fixed = trace({ ...TWO_TWO_ONE, updateBias: false });
    const free = trace(TWO_TWO_ONE);
    expect(fixed.steps.filter((s) => s.id.startsWith('grad.b') || s.id.startsWith('new.b'))).toEqual([]);
    expect(fixed.summary.updated.map((u) => u.bias)).toEqual([[0.1, -0.1], [0.2]]);
    expect(fixed.summary.updated.map((u) => u.weights)).toEqual(free.summary.updated.map((u) => u.weights));
    // ∂E/∂b is still reported in the summary (it is δ), only not applied.
    expect(fixed.summary.backward.map((b) => b.gradBias)).toEqual(free.summary.backward.map((b) => b.gradBias));
  });

  it('false with a non-zero bias: the bias still appears in net', () => {
    const net = trace({ ...TWO_TWO_ONE, updateBias: false }).steps.find((s) => s.id === 'net.2.1');
    expect(net?.generalFormula).toBe('w^{(2)}_{11} h^{(1)}_{1} + w^{(2)}_{12} h^{(1)}_{2} + b^{(2)}_{1}');
  });
});
