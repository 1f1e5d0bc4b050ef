import { describe, expect, it } from 'vitest';
import { createRng } from '../../../../src/core';
import { defaults } from '../../../../src/widgets/kit/url-state';
import { formulaValues } from '../../../../src/widgets/linear-collapse/formula';
import { GRID_LINES, LINE_SAMPLES, createCollapse, type Polyline } from '../../../../src/widgets/linear-collapse/model';
import { COLLAPSE_TABLE, DEFAULT_ETA, DEFAULT_SEED, MAX_EPOCHS, type HiddenActivation } from '../../../../src/widgets/linear-collapse/state';

/**
 * The largest distance of a polyline's samples from the chord through its first and last sample,
 * relative to the chord's length: 0 for a straight line (up to rounding).
 */
function bend(line: Polyline): number {
  const n = line.xs.length - 1;
  const dx = line.xs[n] - line.xs[0];
  const dy = line.ys[n] - line.ys[0];
  const length = Math.hypot(dx, dy);
  if (length === 0) return 0;
  let worst = 0;
  for (let k = 0; k <= n; k++) {
    // |cross((p_k − p₀), chord)| / |chord| is the distance of p_k from the chord's line.
    const d = Math.abs((line.xs[k] - line.xs[0]) * dy - (line.ys[k] - line.ys[0]) * dx) / length;
    worst = Math.max(worst, d / length);
  }
  return worst;
}

/** Trains until all four points are right; the epoch, or −1 if not within `max`. */
function solvedAt(act: HiddenActivation, seed: number, eta: number, max: number): number {
  const model = createCollapse({ act, seed, eta });
  for (let epoch = 1; epoch <= max; epoch++) {
    model.step();
    if (model.accuracy().correct === 4) return epoch;
  }
  return -1;
}

describe('linear-collapse model', () => {
  it('defaults: linear hidden units, seed 30, η = 2, traced input (1, 1)', () => {
    const s = defaults(COLLAPSE_TABLE);
    expect([s.act, s.seed, s.eta, s.x1, s.x2]).toEqual(['linear', DEFAULT_SEED, DEFAULT_ETA, 1, 1]);
    expect([DEFAULT_SEED, DEFAULT_ETA]).toEqual([30, 2]);
  });

  it('the trace is the network written out: h = f(W₁x + b₁), z = W₂h + b₂, y = sig(z)', () => {
    const model = createCollapse({ act: 'tanh', seed: DEFAULT_SEED, eta: 2 });
    const [one, two] = model.network.toSpec().layers;
    const x: [number, number] = [0.3, -1.2];
    const h = one.weights.map((row, j) => Math.tanh(row[0] * x[0] + row[1] * x[1] + one.bias[j]));
    const z = two.weights[0][0] * h[0] + two.weights[0][1] * h[1] + two.bias[0];
    const trace = model.trace(x);
    expect(trace.h[0]).toBeCloseTo(h[0], 12);
    expect(trace.h[1]).toBeCloseTo(h[1], 12);
    expect(trace.z).toBeCloseTo(z, 12);
    expect(trace.y).toBeCloseTo(1 / (1 + Math.exp(-z)), 12);
  });

  it('the formula’s A = W₂W₁ is [v₁w₁₁ + v₂w₂₁, v₁w₁₂ + v₂w₂₂] and c = v₁b₁₁ + v₂b₁₂ + b₂', () => {
    const model = createCollapse({ act: 'linear', seed: DEFAULT_SEED, eta: 2 });
    for (let k = 0; k < 25; k++) model.step();
    const [one, two] = model.network.toSpec().layers;
    const [v1, v2] = two.weights[0];
    const v = formulaValues(model, [1, 1]);
    expect([v.w11, v.w12, v.w21, v.w22, v.v1, v.v2]).toEqual([...one.weights[0], ...one.weights[1], v1, v2]);
    expect(v.a1).toBeCloseTo(v1 * one.weights[0][0] + v2 * one.weights[1][0], 12);
    expect(v.a2).toBeCloseTo(v1 * one.weights[0][1] + v2 * one.weights[1][1], 12);
    expect(v.c).toBeCloseTo(v1 * one.bias[0] + v2 * one.bias[1] + two.bias[0], 12);
  });

  it('with f linear the network’s W₂h + b₂ equals Ax + c at random inputs, before and after training', () => {
    const model = createCollapse({ act: 'linear', seed: DEFAULT_SEED, eta: 2 });
    const rng = createRng(1);
    for (const epochs of [0, 50, 500]) {
      while (model.epoch < epochs) model.step();
      for (let k = 0; k < 10; k++) {
        const trace = model.trace([rng.uniform(-2, 3), rng.uniform(-2, 3)]);
        expect(trace.z).toBeCloseTo(trace.zA, 12);
      }
    }
  });

  it('with f linear every grid line stays straight after layer 1; with tanh, trained, some line bends', () => {
    const linear = createCollapse({ act: 'linear', seed: DEFAULT_SEED, eta: 2 });
    for (let k = 0; k < 200; k++) linear.step();
    const straight = linear.grid();
    expect(straight.input).toHaveLength(2 * GRID_LINES);
    expect(straight.hidden[0].xs).toHaveLength(LINE_SAMPLES);
    for (const line of straight.hidden) expect(bend(line)).toBeLessThan(1e-9);

    const tanh = createCollapse({ act: 'tanh', seed: DEFAULT_SEED, eta: 2 });
    for (let k = 0; k < 200; k++) tanh.step();
    expect(Math.max(...tanh.grid().hidden.map(bend))).toBeGreaterThan(0.01);
    // …and the network is no longer Ax + c: at (0, 0) they differ.
    const trace = tanh.trace([0, 0]);
    expect(Math.abs(trace.z - trace.zA)).toBeGreaterThan(0.1);
  });

  it('with f linear no seed gets more than 3 of the 4 XOR points right, at any epoch of a whole run', () => {
    // y ≥ 0.5 ⇔ z = Ax + c ≥ 0: a half-plane, and no half-plane holds (0,1), (1,0) but not (0,0), (1,1).
    for (let seed = 0; seed < 6; seed++) {
      const model = createCollapse({ act: 'linear', seed, eta: 2 });
      let best = model.accuracy().correct;
      while (model.epoch < MAX_EPOCHS) {
        model.step();
        if (model.epoch % 50 === 0) best = Math.max(best, model.accuracy().correct);
      }
      expect(best).toBeLessThanOrEqual(3);
      expect(model.isDone(model.epoch)).toBe(true);
    }
  });

  it('from the defaults (seed 30, η = 2) tanh solves XOR at epoch 121, ReLU at 40, sigmoid at 738', () => {
    expect(solvedAt('tanh', DEFAULT_SEED, DEFAULT_ETA, 1000)).toBe(121);
    expect(solvedAt('relu', DEFAULT_SEED, DEFAULT_ETA, 1000)).toBe(40);
    expect(solvedAt('sigmoid', DEFAULT_SEED, DEFAULT_ETA, 1000)).toBe(738);
    expect(solvedAt('linear', DEFAULT_SEED, DEFAULT_ETA, 1000)).toBe(-1);
  });

  it('the output unit’s border in the hidden plane separates the points it calls 1 from those it calls 0', () => {
    const model = createCollapse({ act: 'tanh', seed: DEFAULT_SEED, eta: 2 });
    for (let k = 0; k < 300; k++) model.step();
    const { w1, w2, b } = model.outputLine();
    const points = model.hiddenPoints();
    const { outputs } = model.accuracy();
    outputs.forEach((y, k) => expect(w1 * points.xs[k] + w2 * points.ys[k] + b >= 0).toBe(y >= 0.5));
    expect(outputs.map((y) => (y >= 0.5 ? 1 : 0))).toEqual([0, 1, 1, 0]);
  });

  it('the loss is E = mean of ½(y − y′)² over the four points, and one step is one epoch', () => {
    const model = createCollapse({ act: 'tanh', seed: DEFAULT_SEED, eta: 2 });
    const targets = [0, 1, 1, 0];
    const expected = model.accuracy().outputs.reduce((sum, y, k) => sum + 0.5 * (y - targets[k]) ** 2, 0) / 4;
    expect(model.initialLoss).toBeCloseTo(expected, 12);
    // The first step's loss is taken before its update: the same E.
    expect(model.step()).toBeCloseTo(expected, 12);
    expect(model.epoch).toBe(1);
  });
});
