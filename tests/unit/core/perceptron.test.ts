import { describe, expect, it } from 'vitest';
import { makeLogicGate } from '../../../src/core/datasets';
import { createPerceptron, deltaRuleStep, perceptronNet, perceptronOutput } from '../../../src/core/perceptron';
import { createPerceptronRun, trainPerceptron } from '../../../src/core/perceptron-training';
import { fromRows } from '../../../src/core/matrix';

/** Steps a run through its next epoch (4 samples) and returns that epoch's record. */
function nextEpoch(run: ReturnType<typeof createPerceptronRun>) {
  for (let k = 0; k < 4; k++) run.step();
  return run.epochs.at(-1)!;
}

describe('perceptronNet and perceptronOutput', () => {
  it('perceptronNet(W = (0.5, −1), b = 0.25, x = (2, 1)) = 0.5·2 − 1·1 + 0.25 = 0.25; output step(0.25) = 1', () => {
    const p = createPerceptron(2, { weights: [0.5, -1], bias: 0.25 });
    expect(perceptronNet(p, [2, 1])).toBe(0.25);
    expect(perceptronOutput(p, [2, 1])).toBe(1);
    expect(perceptronOutput(p, [0, 1])).toBe(0); // net = −0.75
  });

  it('a tie net = 0 gives y = 1 even where binary floating point leaves 2.8e-17 (0.1 + 0.2 − 0.3)', () => {
    // By hand: net = 0.1·1 + 0.2·1 − 0.3 = 0, step(0) = 1.
    // In doubles: −0.3 + 0.1 + 0.2 = 2.7755575615628914e-17; rounded to 12 places it is 0.
    const p = createPerceptron(2, { weights: [0.1, 0.2], bias: -0.3 });
    expect(perceptronNet(p, [1, 1])).toBe(0);
    expect(perceptronOutput(p, [1, 1])).toBe(1);
  });
});

describe('deltaRuleStep, one epoch at a time (createPerceptronRun)', () => {
  it('the first epoch on AND with α = 0.1, W = (0, 0), b = 0, samples in order, worked by hand', () => {
    // Wᵢ ← Wᵢ + α[d − y]Xᵢ,  b ← b + α[d − y],  y = step(W·X + b), step(0) = 1
    // sample 0: X = (0,0), d = 0: net = 0·0 + 0·0 + 0       = 0    → y = 1, d − y = −1,
    //           ΔW = (−0.1·0, −0.1·0) = (0, 0), Δb = −0.1          → W = (0, 0),     b = −0.1
    // sample 1: X = (0,1), d = 0: net = 0·0 + 0·1 − 0.1     = −0.1 → y = 0, d − y = 0, no change
    // sample 2: X = (1,0), d = 0: net = 0·1 + 0·0 − 0.1     = −0.1 → y = 0, d − y = 0, no change
    // sample 3: X = (1,1), d = 1: net = 0·1 + 0·1 − 0.1     = −0.1 → y = 0, d − y = 1,
    //           ΔW = (0.1·1, 0.1·1) = (0.1, 0.1), Δb = 0.1         → W = (0.1, 0.1), b = 0
    // 2 errors in the epoch.
    const run = createPerceptronRun(makeLogicGate('and'), { alpha: 0.1 });
    const p = run.perceptron;
    const epoch = nextEpoch(run);
    const rows = epoch.updates.map((u) => ({
      epoch: u.epoch,
      sample: u.sample,
      x: Array.from(u.x),
      net: u.net,
      y: u.y,
      d: u.d,
      error: u.error,
      deltaWeights: Array.from(u.deltaWeights),
      deltaBias: u.deltaBias,
      weights: Array.from(u.weights),
      bias: u.bias,
    }));
    expect(rows).toEqual([
      { epoch: 1, sample: 0, x: [0, 0], net: 0, y: 1, d: 0, error: -1, deltaWeights: [0, 0], deltaBias: -0.1, weights: [0, 0], bias: -0.1 },
      { epoch: 1, sample: 1, x: [0, 1], net: -0.1, y: 0, d: 0, error: 0, deltaWeights: [0, 0], deltaBias: 0, weights: [0, 0], bias: -0.1 },
      { epoch: 1, sample: 2, x: [1, 0], net: -0.1, y: 0, d: 0, error: 0, deltaWeights: [0, 0], deltaBias: 0, weights: [0, 0], bias: -0.1 },
      { epoch: 1, sample: 3, x: [1, 1], net: -0.1, y: 0, d: 1, error: 1, deltaWeights: [0.1, 0.1], deltaBias: 0.1, weights: [0.1, 0.1], bias: 0 },
    ]);
    expect(epoch.errors).toBe(2);
    expect(Array.from(p.weights)).toEqual([0.1, 0.1]);
    expect(p.bias).toBe(0);
  });

  it('the second epoch on AND continues from W = (0.1, 0.1), b = 0', () => {
    // sample 0: X = (0,0), d = 0: net = 0                 → y = 1, error −1, ΔW = (0, 0),    Δb = −0.1 → W = (0.1, 0.1), b = −0.1
    // sample 1: X = (0,1), d = 0: net = 0.1 − 0.1 = 0     → y = 1, error −1, ΔW = (0, −0.1), Δb = −0.1 → W = (0.1, 0),   b = −0.2
    // sample 2: X = (1,0), d = 0: net = 0.1 − 0.2 = −0.1  → y = 0, error 0
    // sample 3: X = (1,1), d = 1: net = 0.1 + 0 − 0.2 = −0.1 → y = 0, error 1, ΔW = (0.1, 0.1), Δb = 0.1 → W = (0.2, 0.1), b = −0.1
    const run = createPerceptronRun(makeLogicGate('and'), { alpha: 0.1, weights: [0.1, 0.1], bias: 0 });
    const p = run.perceptron;
    const epoch = nextEpoch(run);
    expect(epoch.updates.map((u) => u.net)).toEqual([0, 0, -0.1, -0.1]);
    expect(epoch.updates.map((u) => u.error)).toEqual([-1, -1, 0, 1]);
    expect(epoch.errors).toBe(3);
    expect(Array.from(p.weights)).toEqual([0.2, 0.1]);
    expect(p.bias).toBe(-0.1);
  });

  it('deltaRuleStep reports copies: later updates do not change an earlier report', () => {
    const p = createPerceptron(2);
    const first = deltaRuleStep(p, [1, 1], 1, 0.5);
    deltaRuleStep(p, [1, 1], 1, 0.5);
    expect(Array.from(first.weights)).toEqual([0, 0]); // net = 0 → y = 1 = d: no change
    const third = deltaRuleStep(p, [1, 0], 0, 0.5);
    expect(Array.from(third.weights)).toEqual([-0.5, 0]);
    expect(Array.from(first.weights)).toEqual([0, 0]);
  });
});

describe('createPerceptronRun(data, options): the run a widget steps', () => {
  it('nextSample walks 0, 1, 2, 3, 0 … and errorsThisEpoch restarts at each epoch', () => {
    const run = createPerceptronRun(makeLogicGate('and'), { alpha: 0.1 });
    expect(run.nextSample).toBe(0);
    run.step(); // (0,0): net 0, y 1, d 0 → an error
    expect([run.nextSample, run.errorsThisEpoch, run.epochs.length]).toEqual([1, 1, 0]);
    for (let k = 0; k < 3; k++) run.step(); // (1,1) is the epoch's second error
    expect([run.nextSample, run.errorsThisEpoch, run.epochs.length]).toEqual([0, 0, 1]);
    expect(run.epochs[0]).toMatchObject({ epoch: 1, errors: 2 });
    expect(run.updates).toHaveLength(4);
  });

  it('decides only after an epoch’s last sample, and refuses to step once stopped', () => {
    // OR from zeros with α = 0.1, (W₁, W₂, b) entering each epoch and its errors:
    //   epoch 1 (0, 0, 0):       (0,0) net 0 → y 1 ✗ b −0.1; (0,1) net −0.1 → 0 ✗ W₂ 0.1, b 0; (1,0), (1,1) ✓ → 2
    //   epoch 2 (0, 0.1, 0):     (0,0) net 0 ✗ b −0.1; (0,1) net 0 ✓; (1,0) net −0.1 ✗ W₁ 0.1, b 0; (1,1) ✓ → 2
    //   epoch 3 (0.1, 0.1, 0):   (0,0) net 0 ✗ b −0.1; the rest net ≥ 0 ✓ → 1
    //   epoch 4 (0.1, 0.1, −0.1): (0,0) net −0.1 ✓; (0,1), (1,0) net 0 ✓; (1,1) net 0.1 ✓ → 0: converged
    // so the run decides nothing before step 16, the last of epoch 4.
    const run = createPerceptronRun(makeLogicGate('or'), { alpha: 0.1 });
    for (let k = 0; k < 15; k++) run.step();
    expect(run.stop).toBeNull();
    run.step();
    expect(run.stop).toEqual({ kind: 'converged', epoch: 4 });
    expect(run.epochs.map((e) => e.errors)).toEqual([2, 2, 1, 0]);
    expect(() => run.step()).toThrow(/stopped/);
  });

  it('a cycle found at the last allowed epoch is reported as a cycle, not as the cap', () => {
    // XOR from zeros, α = 0.1: (W₁, W₂, b) entering epochs 1, 2, 3, 4 is (0, 0, 0), (−0.1, 0, −0.1),
    // (−0.1, 0, 0), (−0.1, 0, 0) (worked in the XOR test below). With maxEpochs = 3 the repeat is
    // known when epoch 3 ends, so the reason is the cycle; with 2, epoch 3's state is new: the cap.
    const atCap = createPerceptronRun(makeLogicGate('xor'), { alpha: 0.1, maxEpochs: 3 });
    while (!atCap.stop) atCap.step();
    expect(atCap.stop).toEqual({ kind: 'cycle', firstEpoch: 3, repeatEpoch: 4 });
    const capped = createPerceptronRun(makeLogicGate('xor'), { alpha: 0.1, maxEpochs: 2 });
    while (!capped.stop) capped.step();
    expect(capped.stop).toEqual({ kind: 'epoch-cap', epochs: 2 });
  });

  it('refuses data without samples', () => {
    const none = { x: { rows: 0, cols: 2, data: new Float64Array(0) }, y: { rows: 0, cols: 1, data: new Float64Array(0) } };
    expect(() => createPerceptronRun(none, { alpha: 0.1 })).toThrow(/no samples/);
  });
});

describe('trainPerceptron(data, options)', () => {
  it('AND, OR and NAND converge (α = 0.1, zero start): an error-free last epoch that classifies all four rows', () => {
    // Epochs until the first error-free one (traced): AND 6, OR 4, NAND 6.
    const epochsNeeded = { and: 6, or: 4, nand: 6 } as const;
    for (const gate of ['and', 'or', 'nand'] as const) {
      const data = makeLogicGate(gate);
      const result = trainPerceptron(data, { alpha: 0.1 });
      expect(result.verdict).toBe('converged');
      expect(result.converged).toBe(true);
      expect(result.cycle).toBeNull();
      expect(result.epochs).toHaveLength(epochsNeeded[gate]);
      expect(result.epochs.at(-1)!.errors).toBe(0);
      for (let row = 0; row < 4; row++) {
        expect(perceptronOutput(result.perceptron, data.x.data.subarray(row * 2, row * 2 + 2))).toBe(data.y.data[row]);
      }
    }
  });

  it('AND ends at W = (0.2, 0.1), b = −0.3 for α = 0.1, and at exactly 10× that for α = 1 (decimal arithmetic is exact)', () => {
    // From W = 0, b = 0 every quantity is a multiple of α, so the α = 1 run is the α = 0.1 run × 10.
    const small = trainPerceptron(makeLogicGate('and'), { alpha: 0.1 });
    const large = trainPerceptron(makeLogicGate('and'), { alpha: 1 });
    expect(Array.from(small.perceptron.weights)).toEqual([0.2, 0.1]);
    expect(small.perceptron.bias).toBe(-0.3);
    expect(Array.from(large.perceptron.weights)).toEqual([2, 1]);
    expect(large.perceptron.bias).toBe(-3);
    expect(large.epochs.map((e) => e.errors)).toEqual(small.epochs.map((e) => e.errors));
  });

  it('XOR does not converge: the state entering epoch 4 repeats epoch 3’s, reported as a cycle', () => {
    // Errors per epoch: 3, 3, 4. Epoch 3 starts at W = (−0.1, 0), b = 0:
    //   X = (0,0), d = 0: net = 0    → y = 1, error −1 → W = (−0.1, 0),   b = −0.1
    //   X = (0,1), d = 1: net = −0.1 → y = 0, error +1 → W = (−0.1, 0.1), b = 0
    //   X = (1,0), d = 1: net = −0.1 → y = 0, error +1 → W = (0, 0.1),    b = 0.1
    //   X = (1,1), d = 0: net = 0.2  → y = 1, error −1 → W = (−0.1, 0),   b = 0
    // and ends where it began: every later epoch is this one again, with 4 errors.
    const result = trainPerceptron(makeLogicGate('xor'), { alpha: 0.1, maxEpochs: 1000 });
    expect(result.verdict).toBe('cycle');
    expect(result.converged).toBe(false);
    expect(result.cycle).toEqual({ firstEpoch: 3, repeatEpoch: 4, period: 1 });
    expect(result.epochs.map((e) => e.errors)).toEqual([3, 3, 4]);
    expect(result.epochs.every((e) => e.errors > 0)).toBe(true);
  });

  it('XOR from other starting weights also never has an error-free epoch (cycle or cap)', () => {
    for (const [w1, w2, b] of [
      [0.3, -0.2, 0.1],
      [1, 1, -1],
      [-0.7, 0.4, 0.25],
    ]) {
      const result = trainPerceptron(makeLogicGate('xor'), { alpha: 0.1, weights: [w1, w2], bias: b, maxEpochs: 500 });
      expect(result.converged).toBe(false);
      expect(['cycle', 'epoch-cap']).toContain(result.verdict);
      expect(result.epochs.every((e) => e.errors > 0)).toBe(true);
    }
  });

  it("XOR with maxEpochs: 2 stops at the cap with the verdict 'epoch-cap'", () => {
    const result = trainPerceptron(makeLogicGate('xor'), { alpha: 0.1, maxEpochs: 2 });
    expect(result.verdict).toBe('epoch-cap');
    expect(result.epochs).toHaveLength(2);
    expect(result.cycle).toBeNull();
  });

  it('rejects α ≤ 0, targets other than 0/1, and mismatched shapes', () => {
    const and = makeLogicGate('and');
    expect(() => trainPerceptron(and, { alpha: 0 })).toThrow(/alpha/);
    expect(() => trainPerceptron(and, { alpha: 0.1, maxEpochs: 0 })).toThrow(/maxEpochs/);
    expect(() => trainPerceptron({ x: and.x, y: fromRows([[0], [1], [2], [1]]) }, { alpha: 0.1 })).toThrow(/0 or 1/);
    expect(() => trainPerceptron({ x: and.x, y: fromRows([[0], [1]]) }, { alpha: 0.1 })).toThrow(RangeError);
    expect(() => trainPerceptron(and, { alpha: 0.1, weights: [0, 0, 0] })).toThrow(/weights/);
    expect(() => perceptronNet(createPerceptron(2), [1])).toThrow(RangeError);
  });
});
