/**
 * The delta-reuse widget's model against hand-derived numbers.
 *
 * The chain 1–1–1 is the chapter's example: x = 1, w₁ = 0.5, w₂ = −0.3, y′ = 1.
 *   h = sig(0.5) = 0.622459…,   y = sig(−0.3 · 0.622459) = sig(−0.186738) = 0.453451…
 *   δ_y = (y − y′) · y(1 − y) = (−0.546549) · 0.453451 · 0.546549 = −0.135453…
 *   ∂E/∂w₂ = δ_y · h = −0.084314…
 *   δ_h = δ_y · w₂ · h(1 − h) = −0.135453 · (−0.3) · 0.622459 · 0.377541 = 0.0095496…
 *   ∂E/∂w₁ = δ_h · x = 0.009549…
 * Counts (tests/unit/core/delta-reuse.test.ts): unit y costs 2 (δ) + 1 (gradient) = 3 with δ, 3 the
 * long way; unit h costs 3 + 1 = 4 with δ, 6 the long way: 7 against 9 in all.
 */
import { describe, expect, it } from 'vitest';
import { deltaReuseModel, growthRows, knownDeltas, progress } from '../../../../src/widgets/delta-reuse/model';
import { formatCount, formatRelative, formatValue, texValue } from '../../../../src/widgets/delta-reuse/format';
import { mathChunks } from '../../../../src/widgets/delta-reuse/chunks';
import { deltaNames, unitLabels, unitName } from '../../../../src/widgets/delta-reuse/names';
import { DELTA_REUSE_TABLE, MAX_STEP } from '../../../../src/widgets/delta-reuse/state';
import { defaults } from '../../../../src/widgets/kit/url-state';

const sig = (z: number) => 1 / (1 + Math.exp(-z));

describe('delta-reuse model', () => {
  it('opens on 2–3–3–1 before the first δ; steps reach 10 (3–4–4–2 has 4 + 4 + 2 units)', () => {
    expect(defaults(DELTA_REUSE_TABLE)).toEqual({ shape: '2-3-3-1', step: 0 });
    expect(MAX_STEP).toBe(10);
  });

  it('the chain 1–1–1: δ_y, then δ_h reading δ_y, with the hand-derived values', () => {
    const model = deltaReuseModel('1-1-1');
    const h = sig(0.5);
    const y = sig(-0.3 * h);
    const dy = (y - 1) * y * (1 - y);
    const dh = dy * -0.3 * h * (1 - h);
    expect(y).toBeCloseTo(0.453451, 6);
    expect(dy).toBeCloseTo(-0.135453, 6);
    expect(dy * h).toBeCloseTo(-0.084314, 6);
    expect(dh).toBeCloseTo(0.0095496, 7);
    const [out, hidden] = model.units;
    expect([out.id, out.reads, out.delta.value]).toEqual(['u2.0', [], expect.closeTo(dy, 12)]);
    expect(out.gradients.map((g) => [g.edge, g.value])).toEqual([['e2.0.0', expect.closeTo(dy * h, 12)]]);
    expect([hidden.id, hidden.reads, hidden.readEdges, hidden.delta.value]).toEqual(['u1.0', ['u2.0'], ['e2.0.0'], expect.closeTo(dh, 12)]);
    expect(hidden.gradients[0].value).toBeCloseTo(dh * 1, 12);
    // The formula in the trace's symbols, with the numbers of the chapter.
    expect(out.delta.general).toBe("(y_{1} - y'_{1}) \\cdot y_{1} (1 - y_{1})");
    expect(hidden.delta.numbers).toContain('(-0.3)');
    expect([out.backprop, out.naive, hidden.backprop, hidden.naive]).toEqual([3, 3, 4, 6]);
    expect([progress(model, 0), progress(model, 1), progress(model, 2)]).toEqual([
      { backprop: 0, naive: 0, weights: 0 },
      { backprop: 3, naive: 3, weights: 1 },
      { backprop: 7, naive: 9, weights: 2 },
    ]);
    expect(knownDeltas(model, 1)).toEqual(new Map([['u2.0', out.delta.value]]));
  });

  it('2–3–3–1: a first-layer unit reads the three δ’s of layer 2; the finite differences agree', () => {
    const model = deltaReuseModel('2-3-3-1');
    expect(model.units.map((u) => u.id)).toEqual(['u3.0', 'u2.0', 'u2.1', 'u2.2', 'u1.0', 'u1.1', 'u1.2']);
    const unit = model.units[5]; // h₂⁽¹⁾
    expect(unit.reads).toEqual(['u2.0', 'u2.1', 'u2.2']);
    expect(unit.readEdges).toEqual(['e2.1.0', 'e2.1.1', 'e2.1.2']);
    expect(unit.gradients.map((g) => g.edge)).toEqual(['e1.0.1', 'e1.1.1']);
    // δ_j = (Σ_k w_kj δ_k) · h_j(1 − h_j), from the δ's of the three units above.
    const w = model.problem.layers[1].weights;
    const above = model.units.slice(1, 4).map((u) => u.delta.value);
    const x = model.problem.input;
    const h = sig(model.problem.layers[0].weights[1][0] * x[0] + model.problem.layers[0].weights[1][1] * x[1]);
    expect(unit.delta.value).toBeCloseTo((w[0][1] * above[0] + w[1][1] * above[1] + w[2][1] * above[2]) * h * (1 - h), 12);
    expect(unit.gradients[1].value).toBeCloseTo(unit.delta.value * x[1], 12);
    for (const g of model.units.flatMap((u) => u.gradients)) expect(Math.abs(g.value - g.numeric)).toBeLessThan(1e-9);
    expect(model.worstError).toBeLessThan(1e-6);
    expect(progress(model, 7)).toEqual({ backprop: 44, naive: 225, weights: 18 });
  });

  it('the growth table: a chain of L layers costs 4L − 1 with δ and 3L(L + 1)/2 the long way', () => {
    // Chain: 2 (δ_y) + 3 per hidden δ (L − 1 of them) + L gradients = 4L − 1; the long way Σ 3(L − l + 1).
    // Width 3, L = 3 (3–3–3–1): with δ 2 + 3·(1 + 2) + 3·(3 + 2) + (9 + 9 + 3) = 47; the long way
    // 3·3 + 9·6 + 9·3·9 = 9 + 54 + 243 = 306.
    const rows = growthRows();
    expect(rows.map((r) => [r.depth, r.chain.backprop, r.chain.naive])).toEqual([
      [2, 7, 9],
      [3, 11, 18],
      [4, 15, 30],
      [5, 19, 45],
      [6, 23, 63],
    ]);
    expect([rows[1].wide.backprop, rows[1].wide.naive]).toEqual([47, 306]);
  });

  it('names and numbers as shown', () => {
    expect(unitLabels([2, 3, 1])).toEqual([['x₁', 'x₂'], ['h₁⁽¹⁾', 'h₂⁽¹⁾', 'h₃⁽¹⁾'], ['y₁']]);
    expect(unitName(2, 4, [3, 4, 4, 2])).toBe('h₄⁽²⁾');
    expect(deltaNames('1-1-1')).toContain('\\delta_y');
    expect(deltaNames('2-2-1')).toBeNull();
    expect(formatValue(-0.0158312)).toBe('−0.01583');
    expect(formatValue(0.0000321)).toBe('3.21 × 10⁻⁵');
    expect(texValue(-0.0000321)).toBe('-3.21 \\times 10^{-5}');
    expect(formatRelative(2.13e-11)).toBe('2.1 × 10⁻¹¹');
    expect(formatCount(1080)).toBe('1,080');
  });

  it('cuts a hidden δ before =, + (inside the sum too) and an outer ·, never inside (1 − h) or braces', () => {
    const tex = String.raw`\delta^{(1)}_{1} = \left(\delta^{(2)}_{1} w^{(2)}_{11} + \delta^{(2)}_{2} w^{(2)}_{21}\right) \cdot h^{(1)}_{1} (1 - h^{(1)}_{1})`;
    expect(mathChunks(tex)).toEqual([
      String.raw`\delta^{(1)}_{1}`,
      String.raw`= \; (\delta^{(2)}_{1} w^{(2)}_{11}`,
      String.raw`+ \; \delta^{(2)}_{2} w^{(2)}_{21})`,
      String.raw`\cdot \; h^{(1)}_{1} (1 - h^{(1)}_{1})`,
    ]);
    expect(mathChunks('a = -0.5')).toEqual(['a', '= -0.5']);
  });
});
