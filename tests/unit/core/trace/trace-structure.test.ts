import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { traceTrainingStep } from '../../../../src/core/trace/trace';
import type { Trace, TraceOptions, TracePhase } from '../../../../src/core/trace/types';
import { CASES, TWO_TWO_ONE, type TraceCase } from './cases';

function trace(c: TraceCase, options: Partial<TraceOptions> = {}): Trace {
  return traceTrainingStep(c.spec, c, { learningRate: c.learningRate, loss: c.loss, updateBias: c.updateBias, ...options });
}

const ALL = CASES.map((c) => [c.name, c] as const);

describe('step order: forward by layer then unit, E, output δ’s, hidden δ’s, gradients, updates', () => {
  it('the 2-2-1 example, id by id', () => {
    expect(trace(TWO_TWO_ONE).steps.map((s) => s.id)).toEqual([
      'net.1.1', 'out.1.1', 'net.1.2', 'out.1.2', 'net.2.1', 'out.2.1',
      'E',
      'delta.2.1', 'delta.1.1', 'delta.1.2',
      'grad.W.2.1.1', 'grad.W.2.1.2', 'grad.b.2.1',
      'grad.W.1.1.1', 'grad.W.1.1.2', 'grad.b.1.1', 'grad.W.1.2.1', 'grad.W.1.2.2', 'grad.b.1.2',
      'new.W.2.1.1', 'new.W.2.1.2', 'new.b.2.1',
      'new.W.1.1.1', 'new.W.1.1.2', 'new.b.1.1', 'new.W.1.2.1', 'new.W.1.2.2', 'new.b.1.2',
    ]);
  });

  it('a softmax layer lists all its nets before its outputs (each output needs every net)', () => {
    const softmax = CASES.find((c) => c.name.startsWith('3-2 softmax')) as TraceCase;
    expect(trace(softmax).steps.slice(0, 5).map((s) => s.id)).toEqual(['net.1.1', 'net.1.2', 'out.1.1', 'out.1.2', 'E']);
  });

  it.each(ALL)('%s: phases in order, forward layers ascending, δ layers descending', (_, c) => {
    const { steps } = trace(c);
    const rank: Record<TracePhase, number> = { forward: 0, loss: 1, delta: 2, gradient: 3, update: 4 };
    for (let k = 1; k < steps.length; k++) expect(rank[steps[k].phase]).toBeGreaterThanOrEqual(rank[steps[k - 1].phase]);
    const layersOf = (phase: TracePhase) => steps.filter((s) => s.phase === phase).map((s) => s.layer);
    const forward = layersOf('forward');
    expect(forward).toEqual([...forward].sort((a, b) => a - b));
    for (const phase of ['delta', 'gradient', 'update'] as const) {
      const layers = layersOf(phase);
      expect(layers).toEqual([...layers].sort((a, b) => b - a));
    }
    expect(steps.filter((s) => s.phase === 'loss').map((s) => s.id)).toEqual(['E']);
  });
});

describe('ids and dependencies', () => {
  it.each(ALL)('%s: ids are unique and every dependsOn id is an earlier step', (_, c) => {
    const { steps } = trace(c);
    const seen = new Set<string>();
    for (const step of steps) {
      expect(seen.has(step.id), step.id).toBe(false);
      for (const id of step.dependsOn) expect(seen.has(id), `${step.id} depends on ${id}`).toBe(true);
      seen.add(step.id);
    }
  });

  it.each(ALL)('%s: each id spells its phase, layer, unit and input', (_, c) => {
    for (const step of trace(c).steps) {
      const expected =
        step.phase === 'loss'
          ? 'E'
          : step.phase === 'forward'
            ? `${step.id.startsWith('net') ? 'net' : 'out'}.${step.layer}.${step.unit}`
            : step.phase === 'delta'
              ? `delta.${step.layer}.${step.unit}`
              : `${step.phase === 'gradient' ? 'grad' : 'new'}.${step.input === undefined ? 'b' : 'W'}.${step.layer}.${step.unit}${step.input === undefined ? '' : `.${step.input}`}`;
      expect(step.id).toBe(expected);
    }
  });

  it('ids are stable: the same shapes with other numbers (and other options) give the same ids', () => {
    const other: TraceCase = {
      ...TWO_TWO_ONE,
      spec: { layers: TWO_TWO_ONE.spec.layers.map((l) => ({ ...l, weights: l.weights.map((row) => row.map((w) => -2 * w)) })) },
      input: [-3, 0.25],
      target: [0],
    };
    const ids = (t: Trace) => t.steps.map((s) => s.id);
    const reference = ids(trace(TWO_TWO_ONE));
    expect(ids(trace(other))).toEqual(reference);
    expect(ids(trace(TWO_TWO_ONE, { notation: 'partial', rounding: { decimals: 9, fromRounded: true } }))).toEqual(reference);
  });

  it('what a step depends on: out on its net; a hidden δ on the δ’s above and its own output; an update on its gradient', () => {
    const tanh = CASES.find((c) => c.name === '2-3-2 tanh, ½(y − y′)²') as TraceCase;
    const deps = (id: string) => trace(tanh).steps.find((s) => s.id === id)?.dependsOn;
    expect(deps('out.1.2')).toEqual(['net.1.2']);
    expect(deps('net.2.1')).toEqual(['out.1.1', 'out.1.2', 'out.1.3']);
    expect(deps('E')).toEqual(['out.2.1', 'out.2.2']);
    expect(deps('delta.1.3')).toEqual(['delta.2.1', 'delta.2.2', 'out.1.3']);
    expect(deps('grad.W.2.2.3')).toEqual(['delta.2.2', 'out.1.3']);
    expect(deps('grad.W.1.1.2')).toEqual(['delta.1.1']);
    expect(deps('new.b.1.3')).toEqual(['grad.b.1.3']);
  });

  it('a ReLU unit’s slope depends on its net, shown as the branch’s number', () => {
    const relu = CASES.find((c) => c.name === '2-3-1 relu hidden, sigmoid output') as TraceCase;
    const { steps } = trace(relu);
    const delta = (j: number) => steps.find((s) => s.id === `delta.1.${j}`);
    // net¹ = (0.1, −0.2, 0): slopes 1, 0 and 1 (x ≥ 0 branch at 0)
    expect(delta(1)?.generalFormula).toBe("\\delta^{(2)}_{1} w^{(2)}_{11} \\cdot \\text{ReLU}'(\\text{net}^{(1)}_{1})");
    expect(delta(1)?.formula.endsWith('\\cdot 1')).toBe(true);
    expect(delta(2)?.formula.endsWith('\\cdot 0')).toBe(true);
    expect(delta(2)?.value).toBe(0);
    expect(delta(3)?.formula.endsWith('\\cdot 1')).toBe(true);
    expect(delta(3)?.dependsOn).toEqual(['delta.2.1', 'net.1.3']);
  });
});

describe('formulas', () => {
  it.each(ALL)('%s: formulas hold numbers, not symbols, including every dependency’s value', (_, c) => {
    const t = trace(c);
    const text = new Map(t.steps.map((s) => [s.id, s.value.toFixed(4).replace(/^-(0\.0+)$/, '$1')]));
    for (const step of t.steps) {
      expect(step.formula, step.id).not.toMatch(/[wxhb]\^|[xy]_\{|\\delta|\\eta|\\text\{net\}/);
      expect(step.formula, step.id).toMatch(/\d/);
      for (const id of step.dependsOn) {
        // A ReLU-type slope shows its branch's slope instead of its net.
        if (id.startsWith('net.') && step.phase === 'delta') continue;
        expect(step.formula, `${step.id} shows ${id}`).toContain(text.get(id));
      }
    }
  });

  it.each(ALL)('%s: every symbol and formula is valid KaTeX', (_, c) => {
    for (const notation of ['delta', 'partial'] as const) {
      for (const step of trace(c, { notation }).steps) {
        for (const latex of [step.symbol, step.formula, step.generalFormula]) {
          expect(() => katex.renderToString(latex, { throwOnError: true }), latex).not.toThrow();
        }
      }
    }
  });

  it('loss formulas: ½[(…)² + (…)²], mse and mae over K, cross-entropy −Σ y′ log y', () => {
    const tanh = (loss: TraceCase['loss']) => ({ ...(CASES[2] as TraceCase), loss });
    const e = (c: TraceCase) => trace(c).steps.find((s) => s.id === 'E');
    expect(e(tanh('half-squared-error'))?.generalFormula).toBe("\\frac{1}{2}\\left[(y_{1} - y'_{1})^2 + (y_{2} - y'_{2})^2\\right]");
    expect(e(tanh('mse'))?.generalFormula).toBe("\\frac{(y'_{1} - y_{1})^2 + (y'_{2} - y_{2})^2}{2}");
    expect(e(tanh('mae'))?.generalFormula).toBe("\\frac{\\lvert y'_{1} - y_{1} \\rvert + \\lvert y'_{2} - y_{2} \\rvert}{2}");
    const softmax = CASES.find((c) => c.name.startsWith('3-2 softmax')) as TraceCase;
    expect(e(softmax)?.generalFormula).toBe("-\\left(y'_{1} \\log y_{1} + y'_{2} \\log y_{2}\\right)");
    // softmax + cross-entropy: δ_j = y_j − y′_j
    expect(trace(softmax).steps.find((s) => s.id === 'delta.1.2')?.generalFormula).toBe("y_{2} - y'_{2}");
  });
});
