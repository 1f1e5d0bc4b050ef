import { describe, expect, it } from 'vitest';
import { traceTrainingStep } from '../../../../src/core';
import { REVEAL, deeperSpec, deeperValues, revealedDeltas, visibleNames } from '../../../../src/widgets/backprop-deeper/reveal';
import { DEEPER_TABLE } from '../../../../src/widgets/backprop-deeper/state';

const inputs = { x: 1, w1: 0.5, w2: -0.3, w3: 0.8, yt: 1 };

describe('deeperValues — the deeper chain\'s numbers from the core\'s trace', () => {
  const v = deeperValues(inputs);

  it('the chapter\'s note: ∂E/∂w₂ = δ₂h₁ = −0.012251 for x = 1, w = (0.5, −0.3, 0.8), y′ = 1', () => {
    expect(v.g2).toBeCloseTo(-0.012251, 6);
  });

  it('each δ is the product of its revealed factors: δ_y = (y − y′)·y(1 − y), δ₂ = δ_y·h₂(1 − h₂)·w₃, δ₁ = δ₂·h₁(1 − h₁)·w₂', () => {
    expect(v.dy).toBeCloseTo(v.aerr * v.asy, 15);
    expect(v.d2).toBeCloseTo(v.bdy * v.bs2 * v.bw3, 15);
    expect(v.d1).toBeCloseTo(v.cd2 * v.cs1 * v.cw2, 15);
    expect(v.g3).toBeCloseTo(v.edy * v.eh2, 15);
    expect(v.g2).toBeCloseTo(v.fd2 * v.fh1, 15);
    expect(v.g1).toBeCloseTo(v.gd1 * v.gx, 15);
  });

  it('the slope in δ₂ is h₂(1 − h₂), not the literal y(1 − y) (the chapter\'s note)', () => {
    expect(v.bs2).toBeCloseTo(v.h2 * (1 - v.h2), 15);
    expect(v.bs2).not.toBeCloseTo(v.asy, 3);
  });

  it('a reused δ is the same number as the line it comes from', () => {
    for (const step of REVEAL.filter((s) => s.reuses)) expect(v[step.name]).toBe(v[step.reuses!]);
  });

  it('the δ\'s and gradients are exactly the trace\'s', () => {
    const { summary } = traceTrainingStep(deeperSpec(inputs), { input: [1], target: [1] }, { learningRate: 0.1, updateBias: false });
    const layer = (l: number) => summary.backward.find((b) => b.layer === l)!;
    expect([v.d1, v.d2, v.dy]).toEqual([1, 2, 3].map((l) => layer(l).delta[0]));
    expect([v.g1, v.g2, v.g3]).toEqual([1, 2, 3].map((l) => layer(l).gradWeights[0][0]));
    expect(v.E).toBe(summary.loss);
  });
});

describe('REVEAL — one factor at a time', () => {
  it('has 14 steps; the URL table\'s step runs 0 … 14', () => {
    expect(REVEAL).toHaveLength(14);
    const step = DEEPER_TABLE.find((f) => f.key === 'step');
    expect(step && 'max' in step ? step.max : undefined).toBe(14);
  });

  it('a δ is reused only after the step that completes it', () => {
    REVEAL.forEach((step, k) => {
      if (!step.reuses) return;
      const completedAt = REVEAL.findIndex((s) => s.completes?.name === step.reuses);
      expect(completedAt).toBeGreaterThanOrEqual(0);
      expect(completedAt).toBeLessThan(k);
    });
  });

  it('visibleNames(0) is the forward pass only; visibleNames(2) adds (y − y′), y(1 − y) and δ_y', () => {
    expect([...visibleNames(0)].sort()).toEqual(['E', 'h1', 'h2', 'x', 'y', 'yt']);
    const two = visibleNames(2);
    expect(two.has('aerr') && two.has('asy') && two.has('dy')).toBe(true);
    expect(two.has('bdy')).toBe(false);
  });

  it('after all 14 steps every placeholder of deeperValues is visible', () => {
    const all = visibleNames(14);
    for (const name of Object.keys(deeperValues(inputs))) expect(all.has(name)).toBe(true);
  });

  it('revealedDeltas: δ_y after 2 steps, δ₂ after 5, δ₁ after 8', () => {
    expect([...revealedDeltas(1)]).toEqual([]);
    expect([...revealedDeltas(2)]).toEqual(['delta:3']);
    expect([...revealedDeltas(5)].sort()).toEqual(['delta:2', 'delta:3']);
    expect([...revealedDeltas(8)].sort()).toEqual(['delta:1', 'delta:2', 'delta:3']);
  });
});
