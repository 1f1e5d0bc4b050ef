import { describe, expect, it } from 'vitest';
import { createStreamFrom, createWidgetModel, pickDistinct } from '../../../../src/widgets/bn-test-time/model';
import { BATCHES, DRAWS, TRAINING_SET_SIZE, WRONG_SIZES } from '../../../../src/widgets/bn-test-time/state';
import { createRng } from '../../../../src/core';

/**
 * A training set of six inputs  2, 4, 6, 8, 7, 9  (indices 0 … 5) and two mini-batches of four:
 *   batch 1 = indices 0 1 2 3 → (2, 4, 6, 8):  μ_B = 20/4 = 5,   σ²_B = (9 + 1 + 1 + 9)/4 = 5
 *   batch 2 = indices 2 4 3 5 → (6, 7, 8, 9):  μ_B = 30/4 = 7.5, σ²_B = (2.25 + 0.25 + 0.25 + 2.25)/4 = 1.25
 * γ = 1.5, β = 0.5 (the chapter's), no drift, ε = 10⁻⁵ (the core's default).
 */
const hand = { base: [2, 4, 6, 8, 7, 9], batches: [[0, 1, 2, 3], [2, 4, 3, 5]], drift: 0, gamma: 1.5, beta: 0.5 };
const EPS = 1e-5;

describe('bn-test-time: the running averages (momentum weighs the old value)', () => {
  it('after two hand-computed batches with momentum 0.9', () => {
    const s = createStreamFrom({ ...hand, momentum: 0.9 });
    expect(Array.from(s.batchMean)).toEqual([5, 7.5]);
    expect(Array.from(s.batchVariance)).toEqual([5, 1.25]);
    // Start: μ_run = 0, σ²_run = 1.
    // After batch 1: μ_run = 0.9·0 + 0.1·5 = 0.5;      σ²_run = 0.9·1 + 0.1·5 = 1.4.
    // After batch 2: μ_run = 0.9·0.5 + 0.1·7.5 = 1.2;  σ²_run = 0.9·1.4 + 0.1·1.25 = 1.26 + 0.125 = 1.385.
    expect(s.runningMean[0]).toBe(0);
    expect(s.runningVariance[0]).toBe(1);
    expect(s.runningMean[1]).toBeCloseTo(0.5, 14);
    expect(s.runningVariance[1]).toBeCloseTo(1.4, 14);
    expect(s.runningMean[2]).toBeCloseTo(1.2, 14);
    expect(s.runningVariance[2]).toBeCloseTo(1.385, 14);
  });

  it('PyTorch’s momentum 0.1 (weight of the new batch) is the core’s 0.9; momentum 0 keeps only the last batch', () => {
    // PyTorch: running = (1 − 0.1)·running + 0.1·batch — the same numbers as above: 0.5, then 1.2.
    const pytorch = (old: number, batch: number) => (1 - 0.1) * old + 0.1 * batch;
    const s = createStreamFrom({ ...hand, momentum: 0.9 });
    expect(s.runningMean[2]).toBeCloseTo(pytorch(pytorch(0, 5), 7.5), 14);
    // momentum 0: running = batch: 5, then 7.5.
    const last = createStreamFrom({ ...hand, momentum: 0 });
    expect(Array.from(last.runningMean)).toEqual([0, 5, 7.5]);
  });

  it('the chapter’s three batch means 4.8, 5.1, 5.4 from 0 give 0.48, 0.942, 1.3878', () => {
    // One-example batches whose means are the chapter's: 0.1·4.8 = 0.48; 0.9·0.48 + 0.51 = 0.942;
    // 0.9·0.942 + 0.54 = 0.8478 + 0.54 = 1.3878.
    const s = createStreamFrom({ ...hand, base: [4.8, 5.1, 5.4], batches: [[0], [1], [2]], momentum: 0.9 });
    expect(s.runningMean[1]).toBeCloseTo(0.48, 14);
    expect(s.runningMean[2]).toBeCloseTo(0.942, 14);
    expect(s.runningMean[3]).toBeCloseTo(1.3878, 14);
  });
});

describe('bn-test-time: the seminar’s two test-time choices against the running average', () => {
  it('the average of the batch statistics after two batches', () => {
    const t = createStreamFrom({ ...hand, momentum: 0.9 }).testAt(2, 6);
    // E = (5 + 7.5)/2 = 6.25, Var = (5 + 1.25)/2 = 3.125; x̂ = (6 − 6.25)/√3.12501 = −0.25/1.767770… = −0.141421…
    expect(t.average!.mean).toBe(6.25);
    expect(t.average!.variance).toBe(3.125);
    expect(t.average!.xHat).toBeCloseTo(-0.25 / Math.sqrt(3.125 + EPS), 12);
    expect(t.average!.xHat).toBeCloseTo(-0.141421, 5);
    // Unbiased (Ioffe & Szegedy): m/(m − 1) · E_B[σ²_B] = 4/3 · 3.125 = 4.1666…
    expect(t.unbiasedVariance).toBeCloseTo(12.5 / 3, 12);
  });

  it('the whole-training-set choice is the population mean and biased variance', () => {
    // The six inputs: mean 36/6 = 6; deviations −4 −2 0 2 1 3, squares 16 4 0 4 1 9, sum 34 → Var = 34/6 = 5.6667.
    const t = createStreamFrom({ ...hand, momentum: 0.9 }).testAt(2, 6);
    expect(t.population.mean).toBe(6);
    expect(t.population.variance).toBeCloseTo(34 / 6, 14);
    // x = 6 is the mean: x̂ = 0, y = β = 0.5.
    expect(t.population.xHat).toBe(0);
    expect(t.population.y).toBe(0.5);
  });

  it('the chapter’s worked example: E = 5, Var = 5 gives x̂ = 0.4472 and y = 1.1708 for x = 6', () => {
    // Training set 2, 4, 6, 8: mean 5, biased variance 5. x̂ = 1/√5.00001 = 0.447213…, y = 1.5·0.447213 + 0.5 = 1.170820.
    const t = createStreamFrom({ ...hand, base: [2, 4, 6, 8], batches: [[0, 1, 2, 3]], momentum: 0.9 }).testAt(1, 6);
    expect(t.population.mean).toBe(5);
    expect(t.population.variance).toBe(5);
    expect(t.population.xHat).toBeCloseTo(0.447213, 6);
    expect(t.population.y).toBeCloseTo(1.170820, 6);
    // One batch that is the whole set: the batch average is the same statistics.
    expect(t.average!.y).toBe(t.population.y);
    // The running average after one batch (μ = 0.5, σ² = 1.4) is still far off: x̂ = 5.5/√1.40001 = 4.648…
    expect(t.running.mean).toBeCloseTo(0.5, 14);
    expect(t.running.xHat).toBeCloseTo(5.5 / Math.sqrt(1.4 + EPS), 12);
  });

  it('before any batch: the running average is its start (0, 1), and there is no batch average yet', () => {
    const t = createStreamFrom({ ...hand, momentum: 0.9 }).testAt(0, 6);
    expect([t.running.mean, t.running.variance]).toEqual([0, 1]);
    expect(t.average).toBeNull();
    expect(t.unbiasedVariance).toBeNull();
  });

  it('with drift, the training set moves: every input +drift·t, the population mean with it, the variance not', () => {
    // drift 0.5: after 2 batches each input is 1 higher: mean 7, same variance 34/6; batch 1 was (2.5, 4.5, 6.5, 8.5).
    const s = createStreamFrom({ ...hand, momentum: 0.9, drift: 0.5 });
    expect(Array.from(s.batchInputs(1))).toEqual([2.5, 4.5, 6.5, 8.5]);
    expect(s.populationMean[2]).toBe(7);
    expect(s.populationVariance[2]).toBeCloseTo(34 / 6, 13);
    expect(s.batchMean[1]).toBe(8.5); // (7 + 8 + 9 + 10)/4
  });
});

describe('bn-test-time: a test example normalized with its batch-mates (the wrong way)', () => {
  it('in a batch of 1 the output is β exactly, whatever x', () => {
    const s = createStreamFrom({ ...hand, momentum: 0.9 });
    for (const x of [-40, 0, 6, 1e3]) {
      // μ_B = x, σ²_B = 0, x̂ = 0/√ε = 0, y = γ·0 + β = β.
      const w = s.inBatch(2, x, []);
      expect(w.batchMean).toBe(x);
      expect(w.batchVariance).toBe(0);
      expect(w.y).toBe(0.5);
    }
  });

  it('in a batch of 2 it depends on the batch-mate: x = 6 with 2 → y ≈ β + γ, with 8 → y ≈ β − γ', () => {
    const s = createStreamFrom({ ...hand, momentum: 0.9 });
    // (6, 2): μ_B = 4, σ²_B = (4 + 4)/2 = 4, x̂ = 2/√4.00001 ≈ 1, y ≈ 1.5 + 0.5 = 2.
    // (6, 8): μ_B = 7, σ²_B = (1 + 1)/2 = 1, x̂ = −1/√1.00001 ≈ −1, y ≈ −1.5 + 0.5 = −1.
    const high = s.inBatch(0, 6, [0]);
    const low = s.inBatch(0, 6, [3]);
    expect(high.y).toBeCloseTo(1.5 * (2 / Math.sqrt(4 + EPS)) + 0.5, 12);
    expect(low.y).toBeCloseTo(1.5 * (-1 / Math.sqrt(1 + EPS)) + 0.5, 12);
    // In a batch of two, x̂ is ±1 (up to ε) whatever the mate: only its sign depends on who is larger.
    expect(Math.abs(high.y - 0.5)).toBeCloseTo(1.5, 5);
  });

  it('the wrong batches leave the stream untouched and are the same for the same seed and draw', () => {
    const settings = { m: 8, momentum: 0.9, mean: 5, spread: 2, drift: 0, seed: 3, gamma: 1.5, beta: 0.5, draw: 0 };
    const a = createWidgetModel(settings);
    const before = a.testAt(BATCHES, 6).running.y;
    const wrong = a.wrongAt(BATCHES, 6);
    expect(wrong.map((w) => w.size)).toEqual([...WRONG_SIZES]);
    expect(wrong.every((w) => w.draws.length === DRAWS)).toBe(true);
    expect(wrong[0].draws.every((d) => d.y === 0.5)).toBe(true);
    // Batches of 2 and 8: the outputs differ between draws.
    expect(new Set(wrong[1].draws.map((d) => d.y)).size).toBeGreaterThan(1);
    expect(new Set(wrong[2].draws.map((d) => d.y)).size).toBeGreaterThan(1);
    expect(a.testAt(BATCHES, 6).running.y).toBe(before);
    expect(createWidgetModel(settings).wrongAt(BATCHES, 6)).toEqual(wrong);
    expect(createWidgetModel({ ...settings, draw: 1 }).wrongAt(BATCHES, 6)).not.toEqual(wrong);
    // A new draw changes only the batch-mates, not the training stream.
    expect(Array.from(createWidgetModel({ ...settings, draw: 1 }).runningMean)).toEqual(Array.from(a.runningMean));
  });
});

describe('bn-test-time: the seeded stream', () => {
  it('a large seeded training set has about the set mean and spread; every batch has m distinct examples', () => {
    const w = createWidgetModel({ m: 16, momentum: 0.9, mean: 5, spread: 2, drift: 0, seed: 1, gamma: 1.5, beta: 0.5, draw: 0 });
    expect(w.inputsAt(0).length).toBe(TRAINING_SET_SIZE);
    // 256 normal draws: the sample mean is within 4 standard errors (4·2/16 = 0.5) of 5.
    expect(Math.abs(w.populationMean[0] - 5)).toBeLessThan(0.5);
    expect(Math.abs(Math.sqrt(w.populationVariance[0]) - 2)).toBeLessThan(0.4);
    // After 100 batches the running mean (momentum 0.9: the start weighs 0.9¹⁰⁰ ≈ 2.7·10⁻⁵) is near the set's mean.
    expect(Math.abs(w.runningMean[BATCHES] - w.populationMean[BATCHES])).toBeLessThan(0.5);
    expect(pickDistinct(createRng(1), 10, 10).sort((p, q) => p - q)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('with m = 1 every σ²_B is 0, so the running variance decays towards 0 (0.9^t)', () => {
    const w = createWidgetModel({ m: 1, momentum: 0.9, mean: 5, spread: 2, drift: 0, seed: 1, gamma: 1.5, beta: 0.5, draw: 0 });
    expect(Array.from(w.batchVariance).every((v) => v === 0)).toBe(true);
    expect(w.runningVariance[10]).toBeCloseTo(0.9 ** 10, 12);
    expect(w.testAt(10, 6).unbiasedVariance).toBeNull();
  });
});
