import { describe, expect, it } from 'vitest';
import { createOptimizer, lineFitLoss } from '../../../../src/core';
import { defaults, parse } from '../../../../src/widgets/kit/url-state';
import { createRace, formulaValues } from '../../../../src/widgets/sgd-vs-gd/model';
import { SCATTER_COUNT, SGD_TABLE } from '../../../../src/widgets/sgd-vs-gd/state';

const start = defaults(SGD_TABLE);

describe('sgd-vs-gd model', () => {
  it('opens on η = 0.3, |B| = 4 of N = 40 points, seed 1; both lanes at the loss’s start (−0.5, −2)', () => {
    expect([start.eta, start.batch, start.n, start.seed]).toEqual([0.3, 4, 40, 1]);
    const race = createRace(start);
    expect(Array.from(race.gd.theta)).toEqual([-0.5, -2]);
    expect(Array.from(race.sgd.theta)).toEqual([-0.5, -2]);
    expect(race.gd.gaps[0]).toBe(race.sgd.gaps[0]);
  });

  it('gradient descent’s lane is the core’s gd with the full gradient: θ₁ = θ₀ − η∇J(θ₀)', () => {
    const race = createRace(start);
    race.step();
    const loss = lineFitLoss(40, 1);
    const theta = Float64Array.from(loss.start);
    const g = new Float64Array(2);
    createOptimizer('gd', { lr: 0.3 }).step(theta, (p) => loss.gradient(p, g));
    expect(Array.from(race.gd.theta)).toEqual(Array.from(theta));
    // θ₁ = θ₀ − 0.3·∇J(θ₀), written out.
    loss.gradient(loss.start, g);
    expect(race.gd.theta[0]).toBeCloseTo(-0.5 - 0.3 * g[0], 14);
    expect(race.gd.theta[1]).toBeCloseTo(-2 - 0.3 * g[1], 14);
  });

  it('SGD’s step uses exactly the mean gradient of its batch: θ₁ = θ₀ − η·(1/|B|) Σ_{i∈B} ∇Jᵢ(θ₀)', () => {
    const race = createRace(start);
    race.step();
    expect(race.lastBatch.length).toBe(4);
    const loss = race.loss;
    // The per-example gradient of ½(w·x + b − y)² is r·(x, 1) with r = w·x + b − y; their mean over the batch.
    let gw = 0;
    let gb = 0;
    for (const i of race.lastBatch) {
      const r = -0.5 * loss.xs[i] - 2 - loss.ys[i];
      gw += (r * loss.xs[i]) / 4;
      gb += r / 4;
    }
    expect(race.sgd.theta[0]).toBeCloseTo(-0.5 - 0.3 * gw, 14);
    expect(race.sgd.theta[1]).toBeCloseTo(-2 - 0.3 * gb, 14);
  });

  it('counts examples: gradient descent N a step, SGD |B| a step, an epoch of N = 40 with |B| = 4 is 10 steps', () => {
    const race = createRace(start);
    for (let k = 0; k < 11; k++) race.step();
    expect(race.gd.examples.slice(0, 3)).toEqual([0, 40, 80]);
    expect(race.sgd.examples[10]).toBe(40);
    expect(race.sgd.examples[11]).toBe(44);
    expect(race.batches.epoch).toBe(2);
  });

  it('with |B| = N (or more, clamped) SGD takes gradient descent’s steps exactly', () => {
    const race = createRace({ ...start, batch: 100, n: 12 });
    expect(race.batchSize).toBe(12);
    for (let k = 0; k < 5; k++) race.step();
    // The same examples, summed in another order: equal up to rounding.
    expect(race.sgd.theta[0]).toBeCloseTo(race.gd.theta[0], 12);
    expect(race.sgd.theta[1]).toBeCloseTo(race.gd.theta[1], 12);
    expect(race.scatter().exact.sdWithoutReplacement[0]).toBe(0);
  });

  it('the scatter at SGD’s point: its mean is near ∇J, its sd near the formula, and formulaValues shows those', () => {
    const race = createRace(start);
    for (let k = 0; k < 3; k++) race.step();
    const s = race.scatter();
    expect(s.points.length).toBe(SCATTER_COUNT);
    expect(s.at).toEqual([race.sgd.theta[0], race.sgd.theta[1]]);
    const g = race.loss.gradient(s.at, new Float64Array(2));
    for (let j = 0; j < 2; j++) {
      expect(s.exact.mean[j]).toBeCloseTo(g[j], 12);
      // 120 draws: the mean within 5 standard errors, the sd within 30 % (its relative error ≈ 1/√240 ≈ 6.5 %).
      expect(Math.abs(s.measured.mean[j] - g[j])).toBeLessThan((5 * s.exact.sdWithoutReplacement[j]) / Math.sqrt(SCATTER_COUNT));
      expect(s.measured.sd[j] / s.exact.sdWithoutReplacement[j]).toBeGreaterThan(0.7);
      expect(s.measured.sd[j] / s.exact.sdWithoutReplacement[j]).toBeLessThan(1.3);
    }
    // Computed once per step: the same object until the next step.
    expect(race.scatter()).toBe(s);
    const values = formulaValues(race);
    expect([values.tw, values.tb]).toEqual([g[0], g[1]]);
    expect([values.sw, values.sb]).toEqual(Array.from(s.exact.sdWithoutReplacement));
  });

  it('η = 3 is above 2/λ_max: the loss grows without bound and step() reports it', () => {
    // The Hessian of J is [[mean x², mean x], [mean x, 1]], λ_max ≈ 1.07 here, so 2/λ_max ≈ 1.9 < 3.
    const race = createRace({ ...start, eta: 3 });
    let worst = 0;
    for (let k = 0; k < 60; k++) worst = race.step();
    expect(worst).toBeGreaterThan(1e6 * race.gd.gaps[0]);
  });

  it('a hand-edited URL out of range or not a number falls back to the default with a reason', () => {
    const parsed = parse(new URLSearchParams('sgd-vs-gd.eta=9&sgd-vs-gd.batch=abc&sgd-vs-gd.axis=time'), 'sgd-vs-gd', SGD_TABLE);
    expect(parsed.state).toEqual(start);
    expect(parsed.ignored.map((i) => i.key).sort()).toEqual(['sgd-vs-gd.axis', 'sgd-vs-gd.batch', 'sgd-vs-gd.eta']);
  });
});
