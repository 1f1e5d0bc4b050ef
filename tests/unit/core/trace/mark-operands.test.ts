import { describe, expect, it } from 'vitest';
import { fixedText } from '../../../../src/core/trace/numbers';
import { renderNumbers, type Operand } from '../../../../src/core/trace/render';
import { traceTrainingStep } from '../../../../src/core/trace/trace';
import type { Trace, TraceOptions } from '../../../../src/core/trace/types';
import { CASES, DECK_CHAIN, type TraceCase } from './cases';

function trace(c: TraceCase, options: Partial<TraceOptions> = {}): Trace {
  return traceTrainingStep(c.spec, c, { learningRate: c.learningRate, loss: c.loss, updateBias: c.updateBias, ...options });
}

const MARK = /\\htmlData\{step=([^}]*)\}\{([^}]*)\}/g;
const unmark = (latex: string) => latex.replace(MARK, '$2');
const ALL = CASES.map((c) => [c.name, c] as const);

describe('renderNumbers(template, markOperands)', () => {
  const delta: Operand = { symbol: '\\delta', text: '-0.1355', value: -0.1355, id: 'delta.2.1' };
  const w: Operand = { symbol: 'w', text: '-0.3', value: -0.3 };

  it('renderNumbers(δ·w, true) wraps the step operand, not the given weight; a negative one inside its parentheses', () => {
    expect(renderNumbers((r) => r.juxtapose(r.lead(delta), r.at(w)), true)).toBe('\\htmlData{step=delta.2.1}{-0.1355} \\cdot (-0.3)');
    expect(renderNumbers((r) => r.juxtapose(r.lead(w), r.at(delta)), true)).toBe('-0.3 \\cdot (\\htmlData{step=delta.2.1}{-0.1355})');
  });

  it('renderNumbers(template) without the flag is unchanged', () => {
    expect(renderNumbers((r) => r.juxtapose(r.lead(delta), r.at(w)))).toBe('-0.1355 \\cdot (-0.3)');
  });
});

describe('traceTrainingStep(…, { markOperands })', () => {
  it.each(ALL)('%s: off by default — no \\htmlData anywhere', (_, c) => {
    for (const step of trace(c).steps) expect(step.symbol + step.formula + step.generalFormula).not.toContain('htmlData');
  });

  it.each(ALL)('%s: on — the formula minus its marks is the plain formula; each mark is a dependency showing its value', (_, c) => {
    for (const decimals of [4, 9] as const) {
      const plain = trace(c, { rounding: { decimals } }).steps;
      const marked = trace(c, { markOperands: true, rounding: { decimals } }).steps;
      const values = new Map(plain.map((s) => [s.id, s.value]));
      marked.forEach((step, k) => {
        expect(unmark(step.formula), step.id).toBe(plain[k].formula);
        expect({ ...step, formula: plain[k].formula }).toEqual(plain[k]);
        for (const [, id, text] of step.formula.matchAll(MARK)) {
          expect(step.dependsOn, step.id).toContain(id);
          expect(text, `${step.id} uses ${id}`).toBe(fixedText(values.get(id) as number, decimals));
        }
      });
    }
  });

  it('the deck chain: δ⁽¹⁾₁ marks δ⁽²⁾₁ and h⁽¹⁾₁ (twice), not the given w⁽²⁾₁₁', () => {
    const step = trace(DECK_CHAIN, { markOperands: true }).steps.find((s) => s.id === 'delta.1.1');
    expect(step?.formula).toBe(
      '\\htmlData{step=delta.2.1}{-0.1355} \\cdot (-0.3) \\cdot \\htmlData{step=out.1.1}{0.6225} \\cdot (1 - \\htmlData{step=out.1.1}{0.6225})',
    );
  });

  it('every step operand of every formula is marked: the marked ids are exactly dependsOn (but piecewise slopes)', () => {
    for (const c of CASES) {
      for (const step of trace(c, { markOperands: true }).steps) {
        const marked = new Set([...step.formula.matchAll(MARK)].map((m) => m[1]));
        const piecewise = /ReLU|step/.test(step.generalFormula);
        if (!piecewise) expect([...marked].sort(), `${c.name} ${step.id}`).toEqual([...step.dependsOn].sort());
      }
    }
  });

  it('a ReLU slope (a number derived from net, not its value) is not marked', () => {
    const relu = CASES.find((c) => c.name.startsWith('2-3-1 relu hidden, sigmoid output'));
    const step = trace(relu as TraceCase, { markOperands: true }).steps.find((s) => s.id === 'delta.1.1');
    // δ⁽¹⁾₁ = δ⁽²⁾₁ w⁽²⁾₁₁ · ReLU'(net⁽¹⁾₁): the slope shows as a bare 1.
    expect(step?.formula).toMatch(/ \\cdot 1$/);
    expect(step?.dependsOn).toContain('net.1.1');
  });
});
