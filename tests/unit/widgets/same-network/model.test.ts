import { describe, expect, it } from 'vitest';
import { makeLogicGate } from '../../../../src/core';
import { createRace, makeNetwork } from '../../../../src/widgets/same-network/model';
import { createSweep } from '../../../../src/widgets/same-network/sweep';
import { ACTIVATIONS, PLANS } from '../../../../src/widgets/same-network/state';

const XOR_2 = { data: 'xor', depth: '1', width: 2, eta: 2 } as const;

describe('five networks, one seed', () => {
  it('start from the same weights whatever their activation: Xavier U[−a, a), a = √(6/(2 + 2)) for 2 → 2, biases 0', () => {
    const [first, ...rest] = ACTIVATIONS.map((a) => makeNetwork({ ...XOR_2, seed: 7 }, a));
    for (const network of rest) expect(Array.from(network.parameters)).toEqual(Array.from(first.parameters));
    const a = Math.sqrt(6 / 4);
    const w = first.parameter('layer1.W').data;
    for (const v of w) expect(Math.abs(v)).toBeLessThan(a);
    expect(Array.from(first.parameter('layer1.b').data)).toEqual([0, 0]);
    // A different seed gives different weights.
    expect(Array.from(makeNetwork({ ...XOR_2, seed: 8 }, 'tanh').parameters)).not.toEqual(Array.from(first.parameters));
  });

  it('at (0, 0) with zero biases every hidden net input is 0: tanh, ReLU and Leaky ReLU output 0 there, so the network says sig(0) = 0.5 exactly', () => {
    // h = f(0) = 0 for tanh, ReLU (0 ≥ 0 takes the x branch: 0) and Leaky ReLU; output = sig(v·0 + 0) = 0.5.
    for (const a of ['tanh', 'relu', 'leaky-relu'] as const) {
      expect(makeNetwork({ ...XOR_2, seed: 3 }, a).predict([0, 0])[0]).toBe(0.5);
    }
    // Sigmoid: h = (0.5, 0.5), output sig(0.5·(v₁ + v₂)); step: h = step(0) = (1, 1), output sig(v₁ + v₂).
    const net = makeNetwork({ ...XOR_2, seed: 3 }, 'sigmoid');
    const v = net.parameter('layer2.W').data;
    const sig = (z: number) => 1 / (1 + Math.exp(-z));
    expect(net.predict([0, 0])[0]).toBeCloseTo(sig(0.5 * (v[0] + v[1])), 15);
    expect(makeNetwork({ ...XOR_2, seed: 3 }, 'step').predict([0, 0])[0]).toBeCloseTo(sig(v[0] + v[1]), 15);
  });

  it('the step network’s hidden weights never move (step′ = 0), while its output unit does learn', () => {
    const race = createRace({ ...XOR_2, seed: 5 });
    const step = race.lanes[0];
    const before = Array.from(step.network.parameters);
    for (let k = 0; k < 300; k++) race.step();
    const after = Array.from(step.network.parameters);
    // 2-2-1: W₁ (4) and b₁ (2) are the first 6 parameters, then W₂ (2) and b₂ (1).
    expect(after.slice(0, 6)).toEqual(before.slice(0, 6));
    expect(step.hiddenChange()).toBe(0);
    expect(after.slice(6)).not.toEqual(before.slice(6));
    // Every other network's hidden layer did move.
    for (const lane of race.lanes.slice(1)) expect(lane.hiddenChange()).toBeGreaterThan(0);
  });

  it('is deterministic per seed: two races from one seed have the same losses', () => {
    const a = createRace({ ...XOR_2, seed: 11 });
    const b = createRace({ ...XOR_2, seed: 11 });
    for (let k = 0; k < 50; k++) expect(a.step()).toBe(b.step());
    a.lanes.forEach((lane, k) => expect(lane.losses).toEqual(b.lanes[k].losses));
  });

  it('the race’s loss is the sum of the five E, each the mean of ½(y − y′)² over the points', () => {
    const race = createRace({ ...XOR_2, seed: 2 });
    const xor = makeLogicGate('xor');
    let sum = 0;
    for (const lane of race.lanes) {
      let e = 0;
      for (let r = 0; r < 4; r++) e += 0.5 * (lane.network.predict([xor.x.data[2 * r], xor.x.data[2 * r + 1]])[0] - xor.y.data[r]) ** 2;
      expect(lane.initialLoss).toBeCloseTo(e / 4, 14);
      sum += e / 4;
    }
    expect(race.initialLoss).toBeCloseTo(sum, 14);
  });
});

describe('the 20-seed run', () => {
  it('XOR with 2 hidden units, η = 2, 1000 epochs: ReLU solves it less often than tanh, step never', () => {
    const sweep = createSweep(XOR_2);
    while (!sweep.advance(997));
    const solved = Object.fromEntries(sweep.results.map((r) => [r.activation, r.solved]));
    expect(sweep.results.every((r) => r.runs === 20)).toBe(true);
    // The inequalities.
    expect(solved.relu).toBeLessThan(solved.tanh);
    expect(solved.step).toBe(0);
    // The counts this code finds, pinned after checking that they are plausible: step 0 — its two hidden
    // lines never move from where Xavier put them, through the origin (zero biases), and (0,0) then sits
    // on both lines, so the fixed features cannot give the output unit XOR; sigmoid 11 and tanh 13 of 20 —
    // 2-2-1 on XOR is the classic net with local minima (the training-loop widget meets them too, see
    // its plateau.ts), so about half the starts failing is expected; ReLU 6 and Leaky ReLU 6 — a ReLU
    // unit outputs 0 on the whole side of its line, so with only two units a start whose lines leave two
    // points of different classes both on the off side of both units has no gradient to separate them.
    expect(solved).toEqual({ step: 0, sigmoid: 11, tanh: 13, relu: 6, 'leaky-relu': 6 });
  }, 30_000);

  it('the run in slices of any size counts the same as in one go (a slice may end mid-seed)', () => {
    const whole = createSweep(XOR_2, [1, 2, 3]);
    whole.advance(Infinity);
    const sliced = createSweep(XOR_2, [1, 2, 3]);
    let slices = 0;
    while (!sliced.advance(37)) slices++;
    expect(slices).toBeGreaterThan(3 * (PLANS.xor.epochs / 37) - 2);
    expect(sliced.results).toEqual(whole.results);
    expect(sliced.done).toBe(3);
  });

  it('circles with 4 hidden units: tanh and ReLU solve it from most seeds, sigmoid rarely, step never', () => {
    const sweep = createSweep({ data: 'circles', ...PLANS.circles.start });
    sweep.advance(Infinity);
    const solved = Object.fromEntries(sweep.results.map((r) => [r.activation, r.solved]));
    expect(solved.step).toBe(0);
    expect(solved.sigmoid).toBeLessThan(solved.tanh);
    expect(solved.sigmoid).toBeLessThan(solved.relu);
    expect(solved.tanh).toBeGreaterThanOrEqual(15);
    expect(solved.relu).toBeGreaterThanOrEqual(15);
  }, 60_000);
});
