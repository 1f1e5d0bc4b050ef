import { describe, expect, it } from 'vitest';
import { defaults } from '../../../../src/widgets/kit/url-state';
import { defaultPick, entryDetail, layerMatricesModel, picksOf, problemOf } from '../../../../src/widgets/layer-matrices/model';
import { LAYER_MATRICES_TABLE, STEP_COUNT } from '../../../../src/widgets/layer-matrices/state';

const start = defaults(LAYER_MATRICES_TABLE);

describe('layer-matrices model on the stepper’s 2-2-2 network (x = (1, 0.5), y′ = (1, 0))', () => {
  // Hidden layer as in chapter 1: a⁽¹⁾ = (sig 0.1, sig 0.45) = (0.524979, 0.610639).
  // Output 1 (W row (0.7, −0.5), b 0.2): y₁ = 0.565169, δ⁽²⁾₁ = (0.565169 − 1)(0.565169)(0.434831) = −0.106861.
  // Output 2 (W row (−0.3, 0.6), b −0.1): net = −0.3·0.524979 + 0.6·0.610639 − 0.1 = 0.108890,
  //   y₂ = sig(0.108890) = 0.527196, δ⁽²⁾₂ = (0.527196 − 0)(0.527196)(0.472804) = 0.131409.
  // W⁽²⁾ = [[0.7, −0.5], [−0.3, 0.6]], so W⁽²⁾ᵀ = [[0.7, −0.3], [−0.5, 0.6]] and
  //   (W⁽²⁾ᵀδ⁽²⁾)₁ = 0.7·(−0.106861) + (−0.3)·0.131409 = −0.074803 − 0.039423 = −0.114226
  //   (W⁽²⁾ᵀδ⁽²⁾)₂ = (−0.5)·(−0.106861) + 0.6·0.131409 = 0.053431 + 0.078845 = 0.132276
  // δ⁽¹⁾ = (−0.114226·0.249376, 0.132276·0.237759) = (−0.028485, 0.031450).
  const model = layerMatricesModel(start);

  it('is the stepper’s problem with four steps: δ⁽²⁾, its gradients, δ⁽¹⁾, its gradients', () => {
    expect(model.sizes).toEqual([2, 2, 2]);
    expect(model.steps.map((s) => `${s.kind}${s.layer}`)).toEqual(['delta2', 'grad2', 'delta1', 'grad1']);
    expect(model.steps).toHaveLength(STEP_COUNT);
    expect(model.steps[0].values.delta[1]).toBeCloseTo(0.131409, 6);
  });

  it('shows W⁽²⁾ᵀ with rows and columns swapped, and each entry of W⁽²⁾ᵀδ⁽²⁾ as Σₖ wₖⱼδₖ', () => {
    const hidden = model.steps[2];
    expect(hidden.values.weightsAboveT).toEqual([[0.7, -0.3], [-0.5, 0.6]]);
    const first = entryDetail(model, hidden, 'r.0')!;
    expect(first.kind).toBe('sum');
    expect(first.terms[0][0]).toBe(0.7);
    expect(first.terms[1][0]).toBe(-0.3);
    expect(first.terms[0][1]).toBeCloseTo(-0.106861, 6);
    expect(first.terms[1][1]).toBeCloseTo(0.131409, 6);
    expect(first.value).toBeCloseTo(-0.114226, 5);
    // Row 1 of W⁽²⁾ᵀ is column 1 of W⁽²⁾: the weights leaving h₁, to y₁ and y₂.
    expect(first.uses).toEqual(['wt.0.0', 'wt.0.1', 'w.0.0', 'w.1.0', 'da.0', 'da.1']);
    expect(first.units).toEqual(['u1.0', 'u2.0', 'u2.1']);
    expect(first.edges).toEqual(['e2.0.0', 'e2.0.1']);
    expect(entryDetail(model, hidden, 'r.1')!.value).toBeCloseTo(0.132276, 5);
    expect(entryDetail(model, hidden, 'd.0')!.value).toBeCloseTo(-0.028485, 5);
    expect(entryDetail(model, hidden, 'd.1')!.value).toBeCloseTo(0.03145, 5);
  });

  it('links every entry to the stepper’s step with the same value', () => {
    for (const step of model.steps) {
      for (const pick of picksOf(step)) {
        const detail = entryDetail(model, step, pick)!;
        const traced = model.trace.steps[detail.tracePosition - 1];
        expect(traced.id).toBe(detail.traceId);
        if (!pick.startsWith('r')) expect(detail.value).toBeCloseTo(traced.value, 12);
      }
    }
    // δ⁽²⁾₁ is the trace's first δ: after 8 forward values (net and a of 4 units) and E, step 10.
    expect(entryDetail(model, model.steps[0], 'd.0')!.tracePosition).toBe(10);
  });

  it('refuses entries the step does not show', () => {
    expect(entryDetail(model, model.steps[0], 'g.0.0')).toBeNull();
    expect(entryDetail(model, model.steps[1], 'g.0.2')).toBeNull();
    expect(entryDetail(model, model.steps[1], 'r.5')).toBeNull();
    expect(entryDetail(model, model.steps[1], 'nonsense')).toBeNull();
    expect(defaultPick(model.steps[0])).toBe('r.0');
    expect(defaultPick(model.steps[1])).toBe('g.0.0');
  });
});

describe('layer-matrices model on chapter 1’s 2-2-1 example (the chapter’s worked numbers)', () => {
  const model = layerMatricesModel({ ...start, net: '221', t2: 0.3 });

  it('ignores y′₂ and has one output', () => {
    expect(problemOf({ ...start, net: '221', t2: 0.3 }).target).toEqual([1]);
    expect(model.sizes).toEqual([2, 2, 1]);
  });

  it('gives (y − y′) = 0.565169 − 1, and δ⁽²⁾ = −0.106861', () => {
    const out = entryDetail(model, model.steps[0], 'r.0')!;
    expect(out.kind).toBe('difference');
    expect(out.terms[0][0]).toBeCloseTo(0.565169, 6);
    expect(out.terms[0][1]).toBe(1);
    expect(entryDetail(model, model.steps[0], 'd.0')!.value).toBeCloseTo(-0.106861, 6);
  });

  it('gives ∂E/∂W⁽²⁾ = δ⁽²⁾(a⁽¹⁾)ᵀ = [−0.056100 −0.065254] and ∂E/∂w⁽¹⁾₂₁ = δ⁽¹⁾₂·x₁ = 0.012704', () => {
    // −0.106861·0.524979 = −0.056100, −0.106861·0.610639 = −0.065254; δ⁽¹⁾₂ = 0.053431·0.237759 = 0.012704.
    expect(entryDetail(model, model.steps[1], 'g.0.0')!.value).toBeCloseTo(-0.0561, 6);
    expect(entryDetail(model, model.steps[1], 'g.0.1')!.value).toBeCloseTo(-0.065254, 6);
    const g = entryDetail(model, model.steps[3], 'g.1.0')!;
    expect(g.terms[0][1]).toBe(1);
    expect(g.value).toBeCloseTo(0.012704, 6);
    expect(g.uses).toEqual(['d.1', 'a.0']);
    expect(g.edges).toEqual(['e1.0.1']);
  });

  it('follows an edited input: x = (0, 0) gives net⁽¹⁾ = b⁽¹⁾ = (0.1, −0.1)', () => {
    const m = layerMatricesModel({ ...start, net: '221', x1: 0, x2: 0 });
    expect(m.matrices.forward[0].net).toEqual([0.1, -0.1]);
    // With x = 0 every gradient of W⁽¹⁾ is δ·0 = 0.
    expect(m.steps[3].values.gradWeights.flat().every((g) => g === 0)).toBe(true);
  });
});
